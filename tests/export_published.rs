//! The `published` column: the publication day of each report that tells an incident, oldest
//! first, at the end of every export that carries provenance (CSV, XLSX, JSON, JSON Lines,
//! GeoJSON, the HTML page's data, ACLED's tags), read back by tarikh's own importers, and filled
//! in for incidents stored before it existed.

mod workdir;

use calamine::{Data, Reader, Xlsx, open_workbook};
use workdir::{Workdir, repo_file};

/// Two reports of one clash: the wire's of 30 April, the Arabic daily's of 1 May.
const WIRE: &str = "tests/data/merge/wire-clash.en.txt";
const DAILY: &str = "tests/data/merge/daily-clash.ar.txt";

const DAYS: [&str; 2] = ["2021-04-30", "2021-05-01"];

fn path(relative: &str) -> String {
    repo_file(relative).display().to_string()
}

/// A database with the two reports imported, the daily first (the days must come out oldest
/// first whatever the order of the imports).
fn two_reports() -> Workdir {
    let wd = Workdir::new();
    assert!(wd.run(&["import", &path(DAILY)]).status.success());
    assert!(wd.run(&["import", &path(WIRE)]).status.success());
    wd
}

/// The JSON Lines export's clash.
fn clash(wd: &Workdir) -> serde_json::Value {
    let clashes: Vec<serde_json::Value> = wd
        .stdout(&["export", "--format", "jsonl", "-o", "-"])
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("a JSON line"))
        .filter(|v| v["event_type"] == "armed_clash")
        .collect();
    assert_eq!(clashes.len(), 1, "{clashes:#?}");
    clashes[0].clone()
}

#[test]
fn json_lines_and_json_give_each_reports_day_oldest_first() {
    let wd = two_reports();
    let clash = clash(&wd);
    assert_eq!(clash["source_count"], 2);
    assert_eq!(clash["published"], serde_json::json!(DAYS));
    let array: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["export", "--format", "json", "-o", "-"])).unwrap();
    let from_array = array
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["uid"] == clash["uid"])
        .expect("the clash");
    assert_eq!(from_array["published"], serde_json::json!(DAYS));
    // An incident one report tells has that report's day.
    let truce = wd
        .stdout(&[
            "export",
            "--format",
            "jsonl",
            "-o",
            "-",
            "--type",
            "ceasefire",
        ])
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .next()
        .expect("the ceasefire");
    let told = truce["source_count"].as_u64().unwrap() as usize;
    assert_eq!(truce["published"].as_array().unwrap().len(), told);
}

#[test]
fn csv_has_published_as_its_last_column_and_reads_back() {
    let wd = two_reports();
    wd.stdout(&["export", "-o", "out.csv"]);
    let text = String::from_utf8(wd.read("out.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header.last().map(String::as_str), Some("published"));
    assert_eq!(
        header[header.len() - 5..],
        [
            "source_count",
            "source_urls",
            "first_reported",
            "last_reported",
            "published"
        ],
        "new columns only at the end"
    );
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|r| &r[at("event_type")] == "armed_clash")
        .expect("the clash");
    assert_eq!(&row[at("published")], DAYS.join("; "));

    // tarikh's CSV import reads it back as it was.
    let copy = wd.path("copy.db");
    let out = wd.run_on(&copy, &["import", "out.csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = wd.stdout_on(&copy, &["export", "--format", "jsonl", "-o", "-"]);
    assert!(
        again.contains(&format!("\"published\":[\"{}\",\"{}\"]", DAYS[0], DAYS[1])),
        "{again}"
    );
    // An older export without the column still imports.
    let short: String = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|line| {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(line.as_bytes());
            let rec = r.records().next().unwrap().unwrap();
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(rec.iter().take(rec.len() - 1)).unwrap();
            String::from_utf8(w.into_inner().unwrap()).unwrap()
        })
        .collect();
    wd.write("short.csv", short);
    let older = wd.path("older.db");
    let out = wd.run_on(&older, &["import", "short.csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_bad_day_in_published_is_refused_with_its_column() {
    let wd = Workdir::new();
    wd.write(
        "rows.csv",
        "date,event_type,title,published\n2021-04-29,armed_clash,Clash,2021-04-30; 2021-02-30\n",
    );
    let err = wd.stderr_of_failure(&["import", "rows.csv"]);
    assert!(err.contains("column 'published'"), "{err}");
    assert!(err.contains("2021-02-30"), "{err}");
}

#[test]
fn xlsx_has_published_as_its_last_column() {
    let wd = two_reports();
    wd.stdout(&["export", "-o", "out.xlsx"]);
    let mut book: Xlsx<_> = open_workbook(wd.path("out.xlsx")).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let width = range.width();
    assert_eq!(
        range.get((0, width - 1)),
        Some(&Data::String("published".into()))
    );
    let col = |name: &str| {
        (0..width)
            .find(|&c| range.get((0, c)) == Some(&Data::String(name.into())))
            .unwrap()
    };
    let row = (1..range.height())
        .find(|&r| range.get((r, col("event_type"))) == Some(&Data::String("armed_clash".into())))
        .expect("the clash");
    assert_eq!(
        range.get((row, col("published"))),
        Some(&Data::String(DAYS.join("; ")))
    );
}

#[test]
fn geojson_properties_html_data_and_acled_tags_carry_the_days() {
    let wd = two_reports();
    let doc: serde_json::Value = serde_json::from_str(&wd.stdout(&[
        "export",
        "--format",
        "geojson",
        "--include-unlocated",
        "-o",
        "-",
    ]))
    .unwrap();
    let feature = doc["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["event_type"] == "armed_clash")
        .expect("the clash");
    assert_eq!(feature["properties"]["published"], serde_json::json!(DAYS));

    let page = wd.stdout(&["export", "--format", "html", "-o", "-"]);
    assert!(
        page.contains(&format!("\"published\":[\"{}\",\"{}\"]", DAYS[0], DAYS[1])),
        "the page's data has the days"
    );

    let acled = wd.stdout(&["export", "--format", "acled", "-o", "-"]);
    assert!(
        acled.contains(&format!("tarikh published={},{}", DAYS[0], DAYS[1])),
        "{acled}"
    );
    // ACLED's 31 columns stay 31, and the file reads back with the days.
    let header = acled.lines().next().unwrap();
    assert_eq!(header.split(',').count(), 31, "{header}");
    wd.write("acled.csv", &acled);
    let copy = wd.path("copy.db");
    let out = wd.run_on(&copy, &["import", "acled.csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let back = wd.stdout_on(&copy, &["export", "--format", "jsonl", "-o", "-"]);
    assert!(
        back.contains(&format!("\"published\":[\"{}\",\"{}\"]", DAYS[0], DAYS[1])),
        "{back}"
    );
}

/// A database from before the column (schema 4) gets each incident's days when a command that
/// writes opens it.
#[test]
fn incidents_stored_before_the_column_get_their_days() {
    let wd = two_reports();
    {
        let conn = rusqlite::Connection::open(wd.db()).unwrap();
        conn.execute_batch(
            "ALTER TABLE incidents DROP COLUMN published;
             PRAGMA user_version = 4;",
        )
        .unwrap();
    }
    // Already imported: nothing is read again, so the days can only come from the upgrade.
    let out = wd.run(&["import", &path(WIRE)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(clash(&wd)["published"], serde_json::json!(DAYS));
}

/// The Markdown table ends with the same three columns, and the TimelineJS slides say how
/// many reports tell each incident, when they were published, and link their URLs.
#[test]
fn markdown_and_timelinejs_carry_count_days_and_urls() {
    let wd = two_reports();
    let md = wd.stdout(&["export", "--format", "markdown", "-o", "-"]);
    let header = md.lines().next().expect("a header");
    assert!(
        header.ends_with("| fatalities | source_count | published | source_urls |"),
        "{header}"
    );
    let clash = md
        .lines()
        .find(|l| l.contains("armed_clash"))
        .expect("the clash row");
    assert!(
        clash.contains(&format!("| 2 | {}; {} |", DAYS[0], DAYS[1])),
        "{clash}"
    );
    let timeline: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["export", "--format", "timelinejs-json", "-o", "-"]))
            .unwrap();
    let texts: Vec<&str> = timeline["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["text"]["text"].as_str())
        .collect();
    let told = format!(
        "<b>Reported:</b> 2 reports, published {}, {}",
        DAYS[0], DAYS[1]
    );
    assert!(texts.iter().any(|t| t.contains(&told)), "{texts:#?}");
    assert!(
        texts.iter().any(|t| t.contains("<a href=\"http")),
        "{texts:#?}"
    );
}
