//! The foundation through the real binary: adding, ordering, exporting and importing incidents,
//! and refusing bad input without touching the database.

mod workdir;

use workdir::Workdir;

const HEADER: &str = "id,date,date_start,date_end,precision,event_type,status,title,actors,place,country,latitude,longitude,fatalities_low,fatalities_best,fatalities_high,sources,evidence";

/// A small database with every kind of date, Arabic text, and a formula-like title.
fn sample(wd: &Workdir) {
    let adds: &[&[&str]] = &[
        &[
            "add",
            "--date",
            "2021-05",
            "--type",
            "statement",
            "--title",
            "=HYPERLINK(\"http://x\")",
            "--actor",
            "Kyrgyzstan",
        ],
        &[
            "add",
            "--date",
            "2021-04-29",
            "--type",
            "armed_clash",
            "--title",
            "اشتباكات عنيفة على الحدود",
            "--actor",
            "Kyrgyzstan",
            "--actor",
            "Tajikistan",
            "--place",
            "Batken",
            "--country",
            "Kyrgyzstan",
            "--latitude",
            "40.06",
            "--longitude",
            "70.82",
            "--fatalities",
            "31-55",
            "--source",
            "Reuters",
            "--evidence",
            "Border guards exchanged fire; dozens were hurt.",
        ],
        &[
            "add",
            "--date",
            "[2021-04-29..2021-05-10]",
            "--type",
            "ceasefire",
            "--title",
            "Ceasefire agreed",
            "--actor",
            "Tajikistan",
        ],
        &[
            "add",
            "--date",
            "2021-05-21/2021-05-31~",
            "--type",
            "visit",
            "--status",
            "planned",
            "--title=-1 visit to Moscow",
        ],
        &[
            "add",
            "--date",
            "1991",
            "--type",
            "other",
            "--title",
            "Independence",
            "--summary",
            "@both states",
        ],
        &[
            "add",
            "--date",
            "2021-04-28",
            "--type",
            "mob_violence",
            "--title",
            "Stone-throwing",
            "--fatalities",
            "0",
        ],
        &[
            "add",
            "--date",
            "[..2021-04-28]",
            "--type",
            "other",
            "--title",
            "Cameras installed",
        ],
    ];
    for args in adds {
        wd.stdout(args);
    }
}

fn titles_in_order(csv: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap()[7].to_string())
        .collect()
}

#[test]
fn add_prints_ids_and_timeline_orders_mixed_precisions() {
    let wd = Workdir::new();
    assert_eq!(
        wd.stdout(&[
            "add",
            "--date",
            "2021-05",
            "--type",
            "statement",
            "--title",
            "a"
        ])
        .trim(),
        "1"
    );
    assert_eq!(
        wd.stdout(&[
            "add",
            "--date",
            "2021-04-29",
            "--type",
            "armed_clash",
            "--title",
            "b"
        ])
        .trim(),
        "2"
    );
    wd.stdout(&[
        "add",
        "--date",
        "[2021-04-29..2021-05-10]",
        "--type",
        "ceasefire",
        "--title",
        "c",
    ]);
    wd.stdout(&["add", "--date", "1991", "--type", "other", "--title", "d"]);
    wd.stdout(&[
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "withdrawal",
        "--title",
        "e",
    ]);
    wd.stdout(&[
        "add",
        "--date",
        "[..2021-04-01]",
        "--type",
        "other",
        "--title",
        "f",
    ]);
    let csv = wd.stdout(&["timeline", "--format", "csv"]);
    // Earliest day first, then latest day, then entry order; a date known only as "on or
    // before X" sorts at X, not above everything else.
    assert_eq!(titles_in_order(&csv), ["d", "f", "b", "e", "c", "a"]);
    let latest = wd.stdout(&["timeline", "--format", "csv", "--sort", "latest"]);
    assert_eq!(titles_in_order(&latest), ["d", "f", "b", "e", "c", "a"]);
    // The ones to review: open at one end, or spanning more than a month.
    let undated = wd.stdout(&["timeline", "--format", "csv", "--undated"]);
    assert_eq!(titles_in_order(&undated), ["d", "f"]);
}

#[test]
fn table_shows_dates_in_words_aligned_by_display_width() {
    let wd = Workdir::new();
    sample(&wd);
    let table = wd.stdout(&["timeline"]);
    for words in [
        "29 Apr 2021",
        "May 2021",
        "between 29 Apr and 10 May 2021",
        "about 21–31 May 2021",
        "on or before 28 Apr 2021",
    ] {
        assert!(table.contains(words), "missing {words:?} in\n{table}");
    }
    // Every row puts the type column at the same display column.
    use unicode_width::UnicodeWidthStr;
    let starts: Vec<usize> = table
        .lines()
        .skip(2)
        .map(|line| {
            let at = [
                "armed_clash",
                "statement",
                "ceasefire",
                "visit",
                "other",
                "mob_violence",
            ]
            .iter()
            .filter_map(|t| line.find(&format!("  {t} ")))
            .min()
            .unwrap();
            line[..at].width()
        })
        .collect();
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{table}");
}

#[test]
fn filters_select_by_date_type_actor_place_status_and_text() {
    let wd = Workdir::new();
    sample(&wd);
    let titles = |args: &[&str]| {
        let mut all = vec!["timeline", "--format", "csv"];
        all.extend_from_slice(args);
        titles_in_order(&wd.stdout(&all))
    };
    assert_eq!(
        titles(&["--type", "ceasefire,visit"]),
        ["Ceasefire agreed", "-1 visit to Moscow"]
    );
    assert_eq!(titles(&["--status", "planned"]), ["-1 visit to Moscow"]);
    assert_eq!(titles(&["--actor", "tajikistan"]).len(), 2);
    assert_eq!(
        titles(&["--place", "batken"]),
        ["اشتباكات عنيفة على الحدود"]
    );
    assert_eq!(titles(&["--text", "dozens"]), ["اشتباكات عنيفة على الحدود"]);
    // A span overlapping the filter's days is kept: the ceasefire may have been on 1 May.
    assert_eq!(
        titles(&["--from", "2021-05-01", "--to", "2021-05-15"]),
        ["Ceasefire agreed", "=HYPERLINK(\"http://x\")"]
    );
    assert_eq!(
        titles(&["--to", "1991"]),
        ["Independence", "Cameras installed"]
    );
    let err = wd.stderr_of_failure(&["timeline", "--from", "2021-13"]);
    assert!(err.contains("no month 13"), "{err}");
    let err = wd.stderr_of_failure(&["timeline", "--type", "battle"]);
    assert!(err.contains("armed_clash"), "{err}");
}

#[test]
fn export_import_export_gives_identical_bytes() {
    let wd = Workdir::new();
    sample(&wd);
    for (format, file) in [
        ("csv", "a.csv"),
        ("csv-plain", "a-plain.csv"),
        ("jsonl", "a.jsonl"),
        ("json", "a.json"),
    ] {
        wd.stdout(&["export", "-o", file, "--format", format]);
        let fresh = format!("fresh-{format}.db");
        let fresh_db = wd.path(&fresh);
        wd.stdout_on(&fresh_db, &["import", file]);
        let again = format!("again-{file}");
        wd.stdout_on(&fresh_db, &["export", "-o", &again, "--format", format]);
        assert_eq!(
            String::from_utf8_lossy(&wd.read(file)),
            String::from_utf8_lossy(&wd.read(&again)),
            "{format} export changed after a round trip"
        );
    }
}

#[test]
fn reimporting_stores_nothing_new() {
    let wd = Workdir::new();
    sample(&wd);
    wd.stdout(&["export", "-o", "all.csv"]);
    let before = wd.dump();
    let out = wd.run(&["import", "all.csv"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("already stored"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(before, wd.dump());
    // Into another database: once stores everything, twice nothing more.
    let other = wd.path("other.db");
    for _ in 0..2 {
        wd.stdout_on(&other, &["import", "all.csv"]);
    }
    let out_text = wd.stdout_on(&other, &["timeline", "--format", "csv"]);
    assert_eq!(titles_in_order(&out_text).len(), 7);
}

#[test]
fn spreadsheet_csv_has_bom_and_neutralised_formulas_that_read_back() {
    let wd = Workdir::new();
    sample(&wd);
    wd.stdout(&["export", "-o", "sheet.csv"]);
    let bytes = wd.read("sheet.csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with(HEADER));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let cells: Vec<String> = reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
        .collect();
    for cell in &cells {
        assert!(
            !cell.starts_with(['=', '+', '@', '\t', '\r']),
            "live formula cell {cell:?}"
        );
        if cell.starts_with('-') {
            assert!(cell.parse::<f64>().is_ok(), "live formula cell {cell:?}");
        }
    }
    assert!(cells.iter().any(|c| c == "'=HYPERLINK(\"http://x\")"));
    assert!(cells.iter().any(|c| c == "'-1 visit to Moscow"));
    // Read back into a fresh database: the original text, not the neutralised one.
    let fresh = wd.path("fresh.db");
    wd.stdout_on(&fresh, &["import", "sheet.csv"]);
    let jsonl = wd.stdout_on(&fresh, &["timeline", "--format", "jsonl"]);
    assert!(
        jsonl.contains(r#""title":"=HYPERLINK(\"http://x\")""#),
        "{jsonl}"
    );
    assert!(jsonl.contains(r#""title":"-1 visit to Moscow""#));
    assert!(jsonl.contains(r#""summary":"@both states""#));
}

#[test]
fn jsonl_has_one_object_per_line() {
    let wd = Workdir::new();
    sample(&wd);
    let out = wd.stdout(&["timeline", "--format", "jsonl"]);
    assert_eq!(out.lines().count(), 7);
    for line in out.lines() {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(value["date"].is_string() && value["actors"].is_array());
    }
}

/// Each kind of bad input is refused whole, naming the file and line, leaving the database as it was.
#[test]
fn bad_input_is_refused_and_leaves_the_database_unchanged() {
    let wd = Workdir::new();
    sample(&wd);
    wd.stdout(&["export", "-o", "good.csv", "--format", "csv-plain"]);
    let good = String::from_utf8(wd.read("good.csv")).unwrap();
    // Fresh uids so that the good rows would be new if the file were (wrongly) half-imported.
    let mut rows = csv::Reader::from_reader(good.as_bytes());
    let header = rows.headers().unwrap().clone();
    let uid = header.iter().position(|c| c == "uid").unwrap();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&header).unwrap();
    for row in rows.records() {
        let row = row.unwrap();
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(k, c)| {
                if k == uid {
                    format!("fresh{c}")
                } else {
                    c.to_string()
                }
            })
            .collect();
        out.write_record(&cells).unwrap();
    }
    let fresh = String::from_utf8(out.into_inner().unwrap()).unwrap();
    let lines: Vec<String> = fresh.lines().map(str::to_string).collect();
    let with_bad_row = |from: &str, to: &str| {
        let mut copy = lines.clone();
        let row = copy.iter().position(|l| l.contains(from)).unwrap();
        copy[row] = copy[row].replacen(from, to, 1);
        copy.join("\n") + "\n"
    };
    let mut invalid_utf8 = (lines[..4].join("\n") + "\n").into_bytes();
    let at = invalid_utf8.len() - 10;
    invalid_utf8[at] = 0xFF;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "short-row.csv",
            (lines.join("\n") + "\n1,2021-01-01,x\n").into_bytes(),
            ":9:",
        ),
        (
            "unknown-type.csv",
            with_bad_row(",armed_clash", ",battle").into_bytes(),
            "event_type",
        ),
        (
            "impossible-date.csv",
            with_bad_row(",2021-05,", ",2021-02-30,").into_bytes(),
            "February",
        ),
        (
            "wrong-header.csv",
            good.replacen("event_type", "kind", 1).into_bytes(),
            "kind",
        ),
        ("invalid-utf8.csv", invalid_utf8, "UTF-8"),
        (
            "binary.csv",
            vec![0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0xff, 0xfe],
            "binary",
        ),
        ("empty.csv", Vec::new(), "empty"),
        (
            "bad.jsonl",
            b"{\"date\":\"2021-04-31\",\"event_type\":\"other\",\"title\":\"x\"}\n".to_vec(),
            "April 2021 has 30 days",
        ),
        ("empty-report.txt", b"\n\n".to_vec(), "empty"),
    ];
    for (name, contents, expected) in cases {
        wd.write(name, contents);
        let dump = wd.dump();
        let bytes = wd.db_bytes();
        let err = wd.stderr_of_failure(&["import", "good.csv", name]);
        assert!(
            err.contains(name),
            "{name}: message does not name the file: {err}"
        );
        assert!(
            err.contains(expected),
            "{name}: expected {expected:?} in: {err}"
        );
        assert_eq!(dump, wd.dump(), "{name} changed the database");
        assert_eq!(bytes, wd.db_bytes(), "{name} changed the database file");
    }
}

#[test]
fn impossible_dates_name_line_and_column() {
    let wd = Workdir::new();
    wd.write(
        "x.csv",
        format!("{HEADER}\n,2021-02-30,,,,other,occurred,t,,,,,,,,,,\n"),
    );
    let err = wd.stderr_of_failure(&["import", "x.csv"]);
    assert!(err.contains("x.csv:2: column 'date'"), "{err}");
    assert!(err.contains("February 2021 has 28 days"), "{err}");
}

#[test]
fn newer_database_is_refused_untouched() {
    let wd = Workdir::new();
    sample(&wd);
    {
        let conn = rusqlite::Connection::open(wd.db()).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    wd.write("data.csv", format!("{HEADER}\n"));
    let bytes = wd.db_bytes();
    for args in [
        &["timeline"][..],
        &["add", "--date", "2021", "--type", "other", "--title", "x"],
        &["import", "data.csv"],
    ] {
        let err = wd.stderr_of_failure(args);
        assert!(err.contains("newer tarikh"), "{err}");
        assert_eq!(bytes, wd.db_bytes());
    }
    assert!(
        !wd.path("tarikh.db-wal").exists()
            || std::fs::read(wd.path("tarikh.db-wal")).unwrap().is_empty()
    );
}

#[test]
fn edit_delete_restore_keep_history() {
    let wd = Workdir::new();
    sample(&wd);
    wd.stdout(&[
        "edit",
        "2",
        "--date",
        "2021-04-28",
        "--status",
        "claimed",
        "--reason",
        "second source",
    ]);
    let shown = wd.stdout(&["show", "2"]);
    assert!(
        shown.contains("28 Apr 2021") && shown.contains("claimed"),
        "{shown}"
    );
    assert!(
        shown.contains("second source") && shown.contains("2021-04-29"),
        "history lost: {shown}"
    );
    assert!(
        shown.contains("Border guards exchanged fire; dozens were hurt."),
        "{shown}"
    );
    wd.stdout(&["delete", "2", "--reason", "duplicate"]);
    assert!(!wd.stdout(&["timeline"]).contains("اشتباكات"));
    assert!(wd.stdout(&["show", "2"]).contains("DELETED"));
    let err = wd.stderr_of_failure(&["edit", "2", "--title", "x"]);
    assert!(err.contains("restore"), "{err}");
    wd.stdout(&["restore", "2"]);
    assert!(wd.stdout(&["timeline"]).contains("اشتباكات"));
    let history = wd.stdout(&["show", "2"]);
    for action in ["edit", "delete", "restore"] {
        assert!(history.contains(&format!(" {action}")), "{history}");
    }
    let err = wd.stderr_of_failure(&["show", "99"]);
    assert!(err.contains("no incident with id 99"), "{err}");
}

#[test]
fn two_processes_on_one_database_wait_for_each_other() {
    let wd = Workdir::new();
    sample(&wd);
    wd.stdout(&["export", "-o", "all.jsonl", "--format", "jsonl"]);
    let shared = wd.path("shared.db");
    let children: Vec<_> = (0..4)
        .map(|_| {
            wd.command(&["import", "all.jsonl"])
                .env("TARIKH_DB", &shared)
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out_text = wd.stdout_on(&shared, &["timeline", "--format", "jsonl"]);
    assert_eq!(out_text.lines().count(), 7, "each incident stored once");
}

#[test]
fn help_has_examples() {
    let wd = Workdir::new();
    for command in [
        "add", "import", "timeline", "show", "edit", "delete", "export",
    ] {
        let help = wd.stdout(&[command, "--help"]);
        assert!(help.contains("Example"), "{command} --help has no examples");
    }
}

#[test]
fn editing_actors_moves_the_incident_between_actor_filters() {
    let wd = Workdir::new();
    sample(&wd);
    let count = |actor: &str| {
        wd.stdout(&["timeline", "--format", "jsonl", "--actor", actor])
            .lines()
            .count()
    };
    assert_eq!((count("Kyrgyzstan"), count("Tajikistan")), (2, 2));
    wd.stdout(&[
        "edit",
        "2",
        "--actor",
        "Tajikistan",
        "--reason",
        "only Tajik forces named",
    ]);
    assert_eq!((count("Kyrgyzstan"), count("Tajikistan")), (1, 2));
    wd.stdout(&["edit", "2", "--actor", "Uzbekistan"]);
    assert_eq!(
        (
            count("Kyrgyzstan"),
            count("Tajikistan"),
            count("Uzbekistan")
        ),
        (1, 1, 1)
    );
}

#[test]
fn acled_and_ucdp_exports_import_by_their_headers() {
    let wd = Workdir::new();
    let acled = workdir::format_sample("acled_2020_kyrgyzstan_tajikistan_extract.csv");
    let ucdp = workdir::format_sample("ucdp_ged_sample_1000.csv");
    let out = wd.run(&["import", acled.to_str().unwrap(), ucdp.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("5 new incidents") && stderr.contains("1000 new incidents"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning:"),
        "UCDP rows with deaths out of order are imported with a warning"
    );
    let clash = wd.stdout(&["timeline", "--format", "jsonl", "--place", "Kok-Tash"]);
    assert!(
        clash.contains(r#""date":"2020-05-08""#) && clash.contains("armed_clash"),
        "{clash}"
    );
    // Once is enough.
    let again = wd.run(&["import", acled.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("already stored"));
}

#[test]
fn exports_for_excel_and_timelinejs() {
    let wd = Workdir::new();
    sample(&wd);
    wd.stdout(&["export", "-o", "book.xlsx"]);
    assert!(
        wd.read("book.xlsx").starts_with(b"PK"),
        "an XLSX file is a zip archive"
    );
    wd.stdout(&["export", "-o", "slides.csv", "--format", "timelinejs-csv"]);
    let slides = String::from_utf8(wd.read("slides.csv")).unwrap();
    assert!(
        slides
            .trim_start_matches('\u{feff}')
            .starts_with("Year,Month,Day,Time,End Year")
    );
    assert!(
        slides.contains("between 29 Apr and 10 May 2021"),
        "{slides}"
    );
    let json = wd.stdout(&["export", "-o", "-", "--format", "timelinejs-json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["events"].as_array().map(Vec::len), Some(7));
    let err = wd.stderr_of_failure(&["export", "-o", "-", "--format", "xlsx"]);
    assert!(err.contains("-o FILE.xlsx"), "{err}");
}

#[test]
fn date_filters_find_long_open_and_edited_spans() {
    let wd = Workdir::new();
    for (date, title) in [
        ("2021", "all year"),
        ("2021-04-28/..", "ongoing"),
        ("[..2021-05-10]", "before"),
        ("2021-06-01", "one day"),
        ("2019-01-01", "long ago"),
    ] {
        wd.stdout(&["add", "--date", date, "--type", "other", "--title", title]);
    }
    let titles = |from: &str, to: &str| {
        let csv = wd.stdout(&["timeline", "--format", "csv", "--from", from, "--to", to]);
        let mut t = titles_in_order(&csv);
        t.sort();
        t
    };
    assert_eq!(
        titles("2021-06-01", "2021-06-02"),
        ["all year", "one day", "ongoing"]
    );
    assert_eq!(titles("2023-01-01", "2023-01-31"), ["ongoing"]);
    assert_eq!(titles("2021-01-01", "2021-01-02"), ["all year", "before"]);
    assert_eq!(titles("2019-01-01", "2019-01-01"), ["before", "long ago"]);
    // Lengthened by an edit, an incident is still found far from its start.
    wd.stdout(&["edit", "5", "--date", "2019-01-01/2024-12-31"]);
    assert_eq!(titles("2023-05-01", "2023-05-02"), ["long ago", "ongoing"]);
}

/// `tarikh timeline | head` closes the pipe early: that ends tarikh quietly, with success.
#[test]
fn a_closed_pipe_ends_output_quietly() {
    use std::io::Read;
    let wd = Workdir::new();
    let mut csv = format!("{HEADER}\n");
    for n in 1..=3000 {
        csv.push_str(&format!(
            ",2021-04-{:02},,,,other,occurred,Incident number {n},,,,,,,,,,\n",
            n % 28 + 1
        ));
    }
    wd.write("many.csv", csv);
    wd.stdout(&["import", "many.csv"]);
    for format in ["csv", "table", "jsonl"] {
        let mut child = wd
            .command(&["timeline", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 64];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The read end is dropped here, as `head` does.
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
