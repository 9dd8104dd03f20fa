//! What a shell and a terminal expect of a command-line tool: completion scripts, a manual page,
//! consistent exit codes and messages that read right.

mod workdir;

use workdir::Workdir;

#[test]
fn completion_scripts_for_every_shell_and_bash_accepts_its_own() {
    let wd = Workdir::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = wd.run(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).expect("UTF-8");
        // Every subcommand is completed.
        for sub in ["import", "timeline", "export", "merge", "reprocess"] {
            assert!(script.contains(sub), "{shell} completes no '{sub}'");
        }
        if shell == "bash" {
            let path = wd.write("tarikh.bash", &script);
            let check = std::process::Command::new("bash")
                .arg("-n")
                .arg(&path)
                .output()
                .expect("bash runs");
            assert!(
                check.status.success(),
                "bash -n: {}",
                String::from_utf8_lossy(&check.stderr)
            );
        }
    }
    let out = wd.run(&["completions", "tcsh"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
    assert!(!wd.db().exists(), "nothing here opens a database");
}

#[test]
fn a_manual_page_with_every_subcommand_and_its_options() {
    let wd = Workdir::new();
    let out = wd.run(&["man"]);
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(page.starts_with(".TH tarikh 1"), "{}", &page[..80]);
    for section in ["TARIKH IMPORT", "TARIKH EXPORT", "TARIKH EDIT"] {
        assert!(page.contains(&format!(".SH \"{section}\"")), "{section}");
    }
    // Every argument of every subcommand has its line of help: in the page, each option's
    // heading (.TP and its name) is followed by text, not by the next heading.
    let lines: Vec<&str> = page.lines().collect();
    for (k, line) in lines.iter().enumerate() {
        if *line == ".TP" {
            let name = lines.get(k + 1).copied().unwrap_or_default();
            let help = lines.get(k + 2).copied().unwrap_or_default();
            assert!(
                !help.is_empty() && !help.starts_with(".TP") && !help.starts_with(".SH"),
                "{name} has no help"
            );
        }
    }
    // Options as roff writes them, with their help.
    assert!(
        page.contains("\\fB\\-\\-keep\\-going\\fR"),
        "import's --keep-going"
    );
    assert!(page.contains("Store every good file"), "its help text");
}

/// "1 incident", never "1 incidents": counts and their nouns agree.
#[test]
fn counts_and_nouns_agree() {
    let wd = Workdir::new();
    let out = wd.run(&[
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "armed_clash",
        "--title",
        "Clash at Kok-Tash",
    ]);
    assert!(out.status.success());
    let csv = wd.path("one.csv");
    let out = wd.run(&["export", "-o", csv.to_str().expect("utf-8 path")]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 incident written"), "{said}");
    let fresh = wd.path("fresh.db");
    let out = wd.run_on(&fresh, &["import", csv.to_str().expect("utf-8 path")]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 new incident stored"), "{said}");
    let out = wd.run_on(&fresh, &["import", csv.to_str().expect("utf-8 path")]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("the one row already stored"), "{said}");
}

fn add_clash(wd: &Workdir, place: &str, actors: &[&str]) {
    let mut args = vec![
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "armed_clash",
        "--title",
        "Clash",
        "--place",
        place,
    ];
    for a in actors {
        args.extend(["--actor", a]);
    }
    let out = wd.run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `add` and `edit` store names as `import` does: the gazetteer's canonical names, a known
/// place with its country and coordinates.
#[test]
fn names_typed_by_hand_go_through_the_gazetteer() {
    let wd = Workdir::new();
    add_clash(&wd, "باتكن", &["قرغيزستان", "Some Local Militia"]);
    let json = wd.stdout(&["export", "-o", "-", "--format", "jsonl"]);
    let row: serde_json::Value =
        serde_json::from_str(json.lines().next().expect("a row")).expect("JSON");
    assert_eq!(row["place"], "Batken");
    assert_eq!(row["country"], "Kyrgyzstan");
    assert!(
        row["latitude"]
            .as_f64()
            .is_some_and(|l| (39.0..41.0).contains(&l))
    );
    let actors = row["actors"].to_string();
    assert!(
        actors.contains("Kyrgyzstan") && actors.contains("Some Local Militia"),
        "{actors}"
    );
}

/// `edit --place` moves the incident: a known place brings its own point, a place the
/// gazetteer does not know (or none) keeps no point rather than the old place's, and
/// coordinates typed with the place stand.
#[test]
fn an_edited_place_never_keeps_the_old_places_point() {
    let wd = Workdir::new();
    add_clash(&wd, "Batken", &["Kyrgyzstan"]);
    let point = |wd: &Workdir| -> (serde_json::Value, serde_json::Value, serde_json::Value) {
        let json = wd.stdout(&["export", "-o", "-", "--format", "jsonl"]);
        let row: serde_json::Value =
            serde_json::from_str(json.lines().next().expect("a row")).expect("JSON");
        (
            row["place"].clone(),
            row["latitude"].clone(),
            row["longitude"].clone(),
        )
    };
    assert!(
        wd.run(&["edit", "1", "--place", "Nowhere-ville"])
            .status
            .success()
    );
    let (place, lat, lon) = point(&wd);
    assert_eq!(place, "Nowhere-ville");
    assert!(lat.is_null() && lon.is_null(), "{lat} {lon}");

    assert!(wd.run(&["edit", "1", "--place", "Vorukh"]).status.success());
    let (place, lat, _) = point(&wd);
    assert_eq!(place, "Vorukh");
    assert!(
        lat.as_f64().is_some_and(|l| (39.0..41.0).contains(&l)),
        "{lat}"
    );

    let typed = [
        "edit",
        "1",
        "--place",
        "Hill 12",
        "--latitude",
        "40.5",
        "--longitude",
        "71",
    ];
    assert!(wd.run(&typed).status.success());
    let (_, lat, lon) = point(&wd);
    assert_eq!((lat.as_f64(), lon.as_f64()), (Some(40.5), Some(71.0)));

    assert!(wd.run(&["edit", "1", "--place", ""]).status.success());
    let (place, lat, _) = point(&wd);
    assert!(place.is_null() || place == "", "{place}");
    assert!(lat.is_null(), "{lat}");
}

/// Usage errors exit with 2 whatever flag they are in; nothing to change is one of them and
/// writes no history.
#[test]
fn usage_errors_exit_2_and_an_empty_edit_changes_nothing() {
    let wd = Workdir::new();
    add_clash(&wd, "Batken", &["Kyrgyzstan"]);
    for args in [
        &["timeline", "--from", "2021-02-30"][..],
        &["timeline", "--to", "April"][..],
        &[
            "add",
            "--date",
            "2021-02-30",
            "--type",
            "armed_clash",
            "--title",
            "x",
        ][..],
        &["add", "--type", "armed_clash", "--title", "x"][..],
        &["edit", "1"][..],
    ] {
        let out = wd.run(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let shown = wd.stdout(&["show", "1"]);
    assert!(!shown.contains("History"), "{shown}");
    // The same values again: nothing changed, no history either.
    let out = wd.run(&["edit", "1", "--title", "Clash"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("nothing changed"));
    assert!(!wd.stdout(&["show", "1"]).contains("History"));
}

/// `--add-actor` and `--remove-actor` change the list by one name; the history says what every
/// edit changed, field by field.
#[test]
fn actors_added_and_removed_one_by_one_and_history_names_every_field() {
    let wd = Workdir::new();
    add_clash(&wd, "Batken", &["Kyrgyzstan"]);
    let out = wd.run(&[
        "edit",
        "1",
        "--add-actor",
        "طاجيكستان",
        "--reason",
        "second side",
    ]);
    assert!(out.status.success());
    let out = wd.run(&["edit", "1", "--remove-actor", "Киргизия"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = wd.run(&["edit", "1", "--remove-actor", "Russia"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has no actor 'Russia'"));
    // A name only looked for draws no note that the gazetteer keeps it as typed.
    let out = wd.run(&["edit", "1", "--remove-actor", "Nobody Known"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("has no actor 'Nobody Known'") && !said.contains("kept as typed"),
        "{said}"
    );
    let out = wd.run(&[
        "edit",
        "1",
        "--date",
        "2021-04-28",
        "--fatalities",
        "31",
        "--summary",
        "s",
    ]);
    assert!(out.status.success());
    let shown = wd.stdout(&["show", "1"]);
    assert!(shown.contains("edit: second side"), "{shown}");
    assert!(
        shown.contains("actors: Kyrgyzstan → Kyrgyzstan; Tajikistan"),
        "{shown}"
    );
    assert!(
        shown.contains("actors: Kyrgyzstan; Tajikistan → Tajikistan"),
        "{shown}"
    );
    assert!(shown.contains("date: 2021-04-29 → 2021-04-28"), "{shown}");
    assert!(shown.contains("fatalities: (none) → 31"), "{shown}");
    assert!(shown.contains("summary: (none) → s"), "{shown}");
}

/// `--db` goes before or after the subcommand of a command that uses the database; `dates`,
/// which uses none, neither lists nor takes it.
#[test]
fn db_where_it_is_used_and_nowhere_else() {
    let wd = Workdir::new();
    add_clash(&wd, "Batken", &["Kyrgyzstan"]);
    let db = wd.db();
    let db = db.to_str().expect("utf-8 path");
    let after = wd
        .command(&["timeline", "--db", db])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&after.stdout).contains("Clash"));
    let help = wd.stdout(&["dates", "--help"]);
    assert!(!help.contains("--db"), "{help}");
    let out = wd.run(&["dates", "--db", db, "--published", "2021-05-01"]);
    assert_eq!(out.status.code(), Some(2));
}

/// A CSV saved with semicolons between its cells (Excel in many locales) is refused with what
/// to do, not as an unrecognised header.
#[test]
fn a_semicolon_csv_is_refused_with_what_to_do() {
    let wd = Workdir::new();
    let csv = wd.write(
        "sheet.csv",
        "date;event_type;title\n2021-04-29;armed_clash;Clash at Kok-Tash\n",
    );
    let out = wd.run(&["import", csv.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("sheet.csv:1:")
            && err.contains("semicolons")
            && err.contains("Comma delimited"),
        "{err}"
    );
}

/// Import a hand-made CSV, which must succeed, and the JSON Lines export after it.
fn imported_csv(wd: &Workdir, text: &str) -> String {
    let csv = wd.write("sheet.csv", text);
    let out = wd.run(&["import", csv.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    wd.stdout(&["export", "-o", "-", "--format", "jsonl"])
}

/// A hand-made sheet with some of tarikh's columns, in any order, imports; one without a
/// required column is refused with the missing ones named, and nothing is stored.
#[test]
fn hand_made_csvs_with_some_columns() {
    let wd = Workdir::new();
    let json = imported_csv(
        &wd,
        "title,event_type,date,place\nClash at Kok-Tash,armed_clash,2021-04-29,Kok-Tash\n",
    );
    assert!(
        json.contains("Clash at Kok-Tash") && json.contains("\"occurred\""),
        "{json}"
    );

    let fresh = wd.path("fresh.db");
    let missing = wd.write("missing.csv", "date,place\n2021-04-29,Batken\n");
    let out = wd.run_on(&fresh, &["import", missing.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("missing.csv:1:") && err.contains("'event_type', 'title'"),
        "{err}"
    );
    assert!(!fresh.exists(), "nothing stored, no database left");
}

/// `add` with these flags after its required ones.
fn add_with(extra: &[&'static str]) -> Vec<&'static str> {
    let mut args = vec![
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "armed_clash",
        "--title",
        "Clash",
    ];
    args.extend(extra);
    args
}

/// A bad value of one argument (out of range, empty) and flags that do not go together are
/// usage errors, exit code 2 as the README says, with a message that says what is allowed; they
/// change nothing. What only the database can tell (an unknown incident) stays an error, exit 1.
#[test]
fn bad_argument_values_exit_2_saying_what_is_allowed() {
    let wd = Workdir::new();
    add_clash(&wd, "Batken", &["Kyrgyzstan"]);
    let before = wd.dump();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (add_with(&["--latitude", "95"]), "from -90 to 90"),
        (add_with(&["--longitude", "-180.5"]), "from -180 to 180"),
        (add_with(&["--latitude", "north"]), "from -90 to 90"),
        (
            vec![
                "add",
                "--date",
                "2021-04-29",
                "--type",
                "armed_clash",
                "--title",
                "",
            ],
            "a title cannot be empty",
        ),
        (vec!["edit", "1", "--latitude", "95"], "from -90 to 90"),
        (vec!["edit", "1", "--longitude", "200"], "from -180 to 180"),
        (vec!["edit", "1", "--title", ""], "a title cannot be empty"),
        (
            vec!["edit", "1", "--title", "  "],
            "a title cannot be empty",
        ),
        (vec!["edit", "1", "--actor", ""], "a name cannot be empty"),
        (
            vec!["edit", "1", "--add-actor", " "],
            "a name cannot be empty",
        ),
        (
            vec!["edit", "1", "--remove-actor", ""],
            "a name cannot be empty",
        ),
        (
            vec![
                "add",
                "--date",
                "2021-04-29",
                "--type",
                "talks",
                "--title",
                "x",
                "--source",
                "",
            ],
            "a name cannot be empty",
        ),
        (
            vec!["export", "-o", "-", "--format", "xlsx"],
            "pass -o FILE.xlsx",
        ),
        (vec!["export", "-o", ".."], "pass a file name"),
        (
            vec!["export", "-o", "x.csv", "--include-unlocated"],
            "--include-unlocated is for --format geojson (this export is csv)",
        ),
        (vec!["merge", "1", "1"], "two or more different incidents"),
        (vec!["import", "--jobs", "0", "x.txt"], "0 is not in 1.."),
        (
            vec!["edit", "1", "--fatalities", "4294967296"],
            "more people than a toll can hold",
        ),
        (
            vec!["timeline", "--from", "2021-05-10", "--to", "2021-04-01"],
            "is after --to",
        ),
        (
            vec!["export", "-o", "-", "--from", "2021-05", "--to", "2021-04"],
            "is after --to",
        ),
        (vec!["split", "1", "--source", "0"], "--source"),
    ];
    for (args, allowed) in &cases {
        let out = wd.run(args);
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {said}");
        assert!(
            said.contains(allowed),
            "{args:?} should say {allowed:?}: {said}"
        );
    }
    assert_eq!(wd.dump(), before, "a usage error changes nothing");
    // Flags that do not go together are refused before the database is looked for.
    let none = wd.path("none.db");
    let out = wd.run_on(&none, &["export", "-o", "-", "--format", "xlsx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!none.exists());
    // The bounds themselves are allowed.
    let out = wd.run(&["edit", "1", "--latitude", "-90", "--longitude", "180"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(wd.stdout(&["show", "1"]).contains("(-90, 180)"));
    // What only the database can tell is a runtime error.
    for args in [
        &["edit", "99", "--title", "x"][..],
        &["split", "1", "--source", "2"][..],
    ] {
        let out = wd.run(args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `edit` offers no `--evidence` (it always failed: evidence is what the sources said); `add`
/// still takes it.
#[test]
fn edit_does_not_offer_evidence_and_add_takes_it() {
    let wd = Workdir::new();
    let sentence = "Guards exchanged fire near Kok-Tash on Thursday.";
    let out = wd.run(&add_with(&["--evidence", sentence]));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(wd.stdout(&["show", "1"]).contains(sentence));
    assert!(wd.stdout(&["add", "--help"]).contains("--evidence"));
    let help = wd.stdout(&["edit", "--help"]);
    assert!(!help.contains("--evidence"), "{help}");
    let out = wd.run(&["edit", "1", "--evidence", "x"]);
    assert_eq!(out.status.code(), Some(2), "an unknown option");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--evidence"));
    let man = wd.stdout(&["man"]);
    let edit = man
        .split(".SH \"TARIKH EDIT\"")
        .nth(1)
        .and_then(|rest| rest.split(".SH ").next())
        .unwrap_or_default();
    assert!(
        edit.contains("\\-\\-reason") && !edit.contains("\\-\\-evidence"),
        "{edit}"
    );
}

/// One of anything is said in the singular: "1 report read again", "1 incident left out ...
/// cannot hold its date", "1 week back", "1 field", "only source 1", "source 2 taken out".
#[test]
fn one_of_anything_is_said_in_the_singular() {
    let wd = Workdir::new();
    let report = workdir::repo_file("data/reports/2021-04-29-steppe-wire-clash.en.txt");
    let out = wd.run(&["import", report.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = wd.run(&["reprocess"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 report read again;"), "{said}");
    assert!(!said.contains("(s)"), "{said}");

    // An incident told by one report has one source.
    let csv = wd.stdout(&["timeline", "--format", "csv"]);
    let id = csv
        .lines()
        .nth(1)
        .and_then(|row| row.split(',').next())
        .expect("an incident");
    let said = wd.stderr_of_failure(&["split", id, "--source", "2"]);
    assert!(
        said.contains(&format!("incident {id} has only source 1;")),
        "{said}"
    );

    // A year is more than ACLED can hold; a hand entry has no coordinates.
    let out = wd.run(&[
        "add",
        "--date",
        "2019",
        "--type",
        "armed_clash",
        "--title",
        "Old clash",
    ]);
    assert!(out.status.success());
    let one = wd.path("one.db");
    let out = wd.run_on(
        &one,
        &[
            "add",
            "--date",
            "2019",
            "--type",
            "armed_clash",
            "--title",
            "x",
        ],
    );
    assert!(out.status.success());
    let out = wd.run_on(&one, &["export", "-o", "-", "--format", "acled"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 incident left out:"), "{said}");
    assert!(said.contains("cannot hold its date:"), "{said}");
    let out = wd.run_on(&one, &["export", "-o", "-", "--format", "geojson"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(
            "1 incident without coordinates left out (--include-unlocated writes it with"
        ),
        "{said}"
    );

    // The tagger's notes.
    let text = "Fighting broke out on Wednesday a week ago.";
    let out = workdir::with_input(
        wd.command(&["dates", "-", "--published", "2021-05-10", "--lang", "en"]),
        text.as_bytes(),
    );
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("the last Wednesday, 1 week back"), "{table}");

    // A CSV row with one field.
    let bad = wd.write(
        "short.csv",
        format!("{}\nlonely\n", workdir::TARIKH_CSV_HEADER),
    );
    let said = wd.stderr_of_failure(&["import", bad.to_str().expect("utf-8 path")]);
    assert!(said.contains("has 1 field but the header has"), "{said}");

    // One source taken out of an incident that several reports tell.
    let all = Workdir::new();
    let reports = workdir::repo_file("data/reports");
    all.stdout(&["import", reports.to_str().expect("utf-8 path")]);
    let json = all.stdout(&["export", "-o", "-", "--format", "jsonl"]);
    let told = json
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
        .find(|row| row["source_count"].as_u64().is_some_and(|n| n >= 3))
        .expect("an incident told by three reports");
    let id = told["id"].to_string();
    all.stdout(&["split", &id, "--source", "2"]);
    let shown = all.stdout(&["show", &id]);
    assert!(shown.contains("source 2 taken out"), "{shown}");
}

/// A table as the terminal shows it: its header's cells, and each row's cells of the columns
/// up to the status (the ones before any free text, so that character offsets are columns),
/// the lines a cell wraps onto (a date, in a very narrow terminal) joined with spaces.
fn table_rows(table: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut lines = table.lines();
    let header_line = lines.next().unwrap_or_default();
    let header: Vec<String> = header_line.split_whitespace().map(String::from).collect();
    // Each column's span of characters, from the rule under the header.
    let rule: Vec<char> = lines.next().unwrap_or_default().chars().collect();
    let mut spans = Vec::new();
    let mut k = 0;
    while k < rule.len() {
        if rule[k] == '─' {
            let start = k;
            while k < rule.len() && rule[k] == '─' {
                k += 1;
            }
            spans.push((start, k));
        } else {
            k += 1;
        }
    }
    let status = header
        .iter()
        .position(|h| h == "status")
        .expect("a status column");
    let spans = &spans[..=status];
    let mut rows: Vec<Vec<String>> = Vec::new();
    for line in lines.take_while(|l| !l.is_empty()) {
        let chars: Vec<char> = line.chars().collect();
        let cells: Vec<String> = spans
            .iter()
            .map(|&(a, b)| {
                let cell: String = chars[a.min(chars.len())..b.min(chars.len())]
                    .iter()
                    .collect();
                cell.trim().to_string()
            })
            .collect();
        // A row's own line has its id; the lines it wraps onto have none.
        match rows.last_mut() {
            Some(row) if cells[0].is_empty() => {
                for (cell, more) in row.iter_mut().zip(cells) {
                    if !more.is_empty() {
                        cell.push(' ');
                        cell.push_str(&more);
                    }
                }
            }
            _ => rows.push(cells),
        }
    }
    (header, rows)
}

/// A timeline in a narrow terminal: no line is wider than the terminal, and no id, date or
/// status (with its "!" dispute mark) is cut; the free text gives up width first, then the least
/// needed columns are left out (and said to be). Piped, nothing is cut. (At 80 columns the
/// dates were cut to "28 Apr 20…" and the status to "occur…"; at 60, lines were 77 wide.)
#[cfg(target_os = "linux")]
#[test]
fn a_narrow_terminal_cuts_free_text_never_a_date_or_status() {
    use unicode_width::UnicodeWidthStr;
    let wd = Workdir::new();
    let reports = workdir::repo_file("data/reports");
    wd.stdout(&["import", reports.to_str().expect("utf-8 path")]);
    // Piped: every cell whole. Its rows give each incident's id, date and status.
    let piped = wd.stdout(&["timeline"]);
    let (header, full) = table_rows(&piped);
    assert_eq!(header.len(), 9, "{piped}");
    let expected: Vec<(String, String, String)> = full
        .iter()
        .map(|row| (row[0].clone(), row[1].clone(), row[row.len() - 1].clone()))
        .collect();
    assert!(
        expected
            .iter()
            .any(|(_, date, _)| date.starts_with("between "))
    );
    assert!(expected.iter().any(|(_, _, status)| status.ends_with('!')));
    let widest = piped.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
    assert!(widest > 120, "piped output is not cut: {widest}");
    let piped_narrow = wd
        .command(&["timeline"])
        .env("COLUMNS", "60")
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&piped_narrow.stdout), piped);

    // The table `import` prints fits as well.
    let fresh = wd.path("fresh.db");
    let mut cmd = wd.command(&["import", reports.to_str().expect("utf-8 path")]);
    cmd.env("TARIKH_DB", &fresh);
    let (shown, _) = workdir::in_terminal(cmd, 60, 40);
    assert!(shown.lines().all(|l| l.width() <= 60), "{shown}");
    assert_eq!(table_rows(&shown).1.len(), expected.len(), "{shown}");

    // (columns, rows, COLUMNS): a sized terminal; one whose rows are unset (`stty cols 80` in a
    // new one); one with no size, where COLUMNS says the width.
    let terminals: [(u16, u16, Option<&str>); 8] = [
        (200, 40, None),
        (120, 40, None),
        (100, 40, None),
        (80, 40, None),
        (60, 40, None),
        (36, 40, None),
        (80, 0, None),
        (0, 0, Some("70")),
    ];
    for (cols, rows, columns) in terminals {
        let mut cmd = wd.command(&["timeline"]);
        if let Some(columns) = columns {
            cmd.env("COLUMNS", columns);
        }
        let (shown, err) = workdir::in_terminal(cmd, cols, rows);
        assert!(err.is_empty(), "{err}");
        let width = columns.map_or(usize::from(cols), |c| c.parse().expect("a number"));
        for line in shown.lines() {
            assert!(
                line.width() <= width,
                "{width} columns, a line of {}:\n{shown}",
                line.width()
            );
        }
        let (header, rows) = table_rows(&shown);
        assert_eq!(rows.len(), expected.len(), "{width}:\n{shown}");
        for (row, (id, date, status)) in rows.iter().zip(&expected) {
            assert_eq!(&row[0], id, "{width}:\n{shown}");
            assert_eq!(&row[1], date, "{width}:\n{shown}");
            assert_eq!(&row[row.len() - 1], status, "{width}:\n{shown}");
        }
        assert!(shown.contains("! the sources disagree"), "{shown}");
        if header.len() < 9 {
            // Left out, and said to be; the free text had given up its width first.
            let said = shown.split_whitespace().collect::<Vec<_>>().join(" ");
            let note = said
                .split("columns left out at this width: ")
                .nth(1)
                .unwrap_or_default();
            assert!(note.contains("sources"), "{shown}");
            assert!(!header.contains(&"sources".to_string()), "{shown}");
        }
        let kept: &[&str] = match width {
            120.. => &["type", "title", "actors", "place"],
            100.. => &["type", "title", "actors"],
            _ => &[],
        };
        for column in kept {
            assert!(
                header.contains(&column.to_string()),
                "{width}: {column}\n{shown}"
            );
        }
        if width >= 60 {
            assert!(header.contains(&"title".to_string()), "{width}:\n{shown}");
        }
    }
}

/// A hand-made header names tarikh's columns as a person types them in a spreadsheet: in any
/// case and with spaces around them. What is missing is still named, a column that is no
/// tarikh column is still refused, and one named twice in two spellings is refused as such.
#[test]
fn hand_made_csv_headers_in_any_case() {
    let wd = Workdir::new();
    let json = imported_csv(
        &wd,
        "Date, Event_Type ,TITLE,Place\n2021-04-29,armed_clash,Clash at Kok-Tash,Kok-Tash\n",
    );
    assert!(
        json.contains("\"title\":\"Clash at Kok-Tash\"")
            && json.contains("\"place\":\"Kok-Tash\"")
            && json.contains("\"date\":\"2021-04-29\""),
        "{json}"
    );

    let fresh = wd.path("fresh.db");
    let refused = |name: &str, header: &str| {
        let file = wd.write(name, format!("{header}\n2021-04-29,armed_clash,Clash\n"));
        let out = wd.run_on(&fresh, &["import", file.to_str().expect("utf-8 path")]);
        assert_eq!(out.status.code(), Some(1), "{header}");
        assert!(
            !fresh.exists(),
            "{header}: nothing stored, no database left"
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let err = refused("missing.csv", "Date,Event_Type,Place");
    assert!(
        err.contains("missing.csv:1:") && err.contains("no column 'title'"),
        "{err}"
    );
    let err = refused("unknown.csv", "Date,Event_Type,Title,Weather");
    assert!(err.contains("unknown column 'Weather'"), "{err}");
    let err = refused("twice.csv", "date,Event_Type,title,DATE");
    assert!(err.contains("column 'DATE' appears twice"), "{err}");
}
