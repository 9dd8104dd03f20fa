//! `tarikh export --format acled` through the binary: ACLED's columns and vocabulary as a script
//! written for ACLED reads them (checked with the csv crate against real ACLED files and
//! ACLED's rules), and the round trip back through `tarikh import` (ACLED detected by header).

mod workdir;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::Value;
use workdir::{TARIKH_CSV_HEADER, Workdir, format_sample, repo_file};

/// tarikh's event types and the ACLED disorder type, event type and sub-event type each is
/// written as (the README's table, restated here so that a change to the code shows).
const TABLE: [(&str, &str, &str, &str); 20] = [
    (
        "armed_clash",
        "Political violence",
        "Battles",
        "Armed clash",
    ),
    (
        "shelling",
        "Political violence",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "air_strike",
        "Political violence",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "attack",
        "Political violence",
        "Violence against civilians",
        "Attack",
    ),
    (
        "mob_violence",
        "Political violence",
        "Riots",
        "Mob violence",
    ),
    (
        "violent_demonstration",
        "Demonstrations",
        "Riots",
        "Violent demonstration",
    ),
    ("protest", "Demonstrations", "Protests", "Peaceful protest"),
    ("ceasefire", SD, SD, "Agreement"),
    ("agreement", SD, SD, "Agreement"),
    ("withdrawal", SD, SD, "Change to group/activity"),
    ("deployment", SD, SD, "Change to group/activity"),
    ("arrest", SD, SD, "Arrests"),
    (
        "property_destruction",
        SD,
        SD,
        "Looting/property destruction",
    ),
    ("displacement", SD, SD, "Other"),
    ("talks", SD, SD, "Other"),
    ("visit", SD, SD, "Other"),
    ("statement", SD, SD, "Other"),
    ("accusation", SD, SD, "Other"),
    ("aid", SD, SD, "Other"),
    ("other", SD, SD, "Other"),
];
const SD: &str = "Strategic developments";

type Row = HashMap<String, String>;

/// An event_date, a time_precision and how the notes open.
type Expected = (&'static str, &'static str, &'static str);

/// The rows of a CSV file, by column name, and its header.
fn read_csv(path: &Path) -> (Vec<String>, Vec<Row>) {
    let mut reader = csv::Reader::from_path(path).expect("a CSV file");
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("a CSV record");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect();
    (header, rows)
}

/// Export as ACLED; the rows and standard error.
fn export_acled(wd: &Workdir, name: &str, extra: &[&str]) -> (Vec<Row>, String) {
    let mut args = vec!["export", "-o", name, "--format", "acled"];
    args.extend_from_slice(extra);
    let out = wd.run(&args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "export failed: {stderr}");
    let (header, rows) = read_csv(&wd.path(name));
    assert_eq!(header.len(), 31);
    (rows, stderr)
}

/// Every incident of a database, as the JSON export writes it.
fn incidents(wd: &Workdir, db: &Path) -> Vec<Value> {
    serde_json::from_str(&wd.stdout_on(db, &["export", "-o", "-", "--format", "json"]))
        .expect("the JSON export")
}

fn bundled(wd: &Workdir) {
    let reports = repo_file("data/reports");
    wd.stdout(&["import", reports.to_str().unwrap()]);
}

fn day(v: &Value) -> Option<NaiveDate> {
    v.as_str().map(|s| s.parse().expect("an ISO day"))
}

/// ACLED's precisions are a day, a week and a month: a date whose days all lie within seven,
/// or within one calendar month, fits; an open or longer one does not.
fn acled_can_hold(record: &Value) -> bool {
    match (day(&record["date_start"]), day(&record["date_end"])) {
        (Some(a), Some(b)) => {
            use chrono::Datelike;
            (b - a).num_days() < 7 || (a.year(), a.month()) == (b.year(), b.month())
        }
        _ => false,
    }
}

/// Import a file of the folder into `db`; what the import said (on standard error).
fn import(wd: &Workdir, db: &Path, name: &str) -> String {
    let out = wd.run_on(db, &["import", wd.path(name).to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "import {name} failed: {said}");
    said
}

fn add(wd: &Workdir, args: &[&str]) {
    let mut all = vec!["add"];
    all.extend_from_slice(args);
    wd.stdout(&all);
}

#[test]
fn header_is_acleds_current_export() {
    let wd = Workdir::new();
    add(
        &wd,
        &[
            "--date",
            "2021-04-29",
            "--type",
            "armed_clash",
            "--title",
            "Clash",
        ],
    );
    let out = wd.stdout(&["export", "-o", "-", "--format", "acled"]);
    let (real, _) = read_csv(&format_sample("acled_2024_current_format_sample.csv"));
    let first = out.lines().next().unwrap();
    // No byte-order mark: scripts find `event_id_cnty` by name.
    assert_eq!(first, real.join(","));
}

#[test]
fn bundled_reports_round_trip_through_the_acled_reader() {
    let wd = Workdir::new();
    bundled(&wd);
    let original = incidents(&wd, &wd.db());
    let (rows, stderr) = export_acled(&wd, "acled.csv", &[]);

    let (kept, left): (Vec<&Value>, Vec<&Value>) = original.iter().partition(|r| acled_can_hold(r));
    assert!(!kept.is_empty() && !left.is_empty());
    assert_eq!(rows.len(), kept.len());
    // Nothing is left out silently: each one is named with its date.
    assert!(
        stderr.contains(&format!("{} incidents left out", left.len())),
        "{stderr}"
    );
    for r in &left {
        let named = format!("{} (its date {}", r["id"], r["date"].as_str().unwrap());
        assert!(stderr.contains(&named), "{named} not in {stderr}");
    }

    // Into a fresh database, detected as ACLED by its header.
    let fresh = wd.path("fresh.db");
    let said = import(&wd, &fresh, "acled.csv");
    assert!(
        said.contains(&format!("{} new incidents stored", kept.len())),
        "{said}"
    );
    let back = incidents(&wd, &fresh);
    assert_eq!(back.len(), kept.len());
    let by_uid: HashMap<&str, &Value> = back
        .iter()
        .map(|r| (r["uid"].as_str().unwrap(), r))
        .collect();
    for r in &kept {
        let uid = r["uid"].as_str().unwrap();
        let b = by_uid
            .get(uid)
            .unwrap_or_else(|| panic!("{uid} did not come back"));
        for field in [
            "date",
            "date_start",
            "date_end",
            "precision",
            "event_type",
            "status",
            "actors",
            "place",
            "country",
            "latitude",
            "longitude",
            "fatalities_low",
            "fatalities_best",
            "fatalities_high",
            "sources",
        ] {
            assert_eq!(b[field], r[field], "{uid} ({}): {field}", r["title"]);
        }
    }

    // The export read into the database it came from, or again, adds nothing: the same uids.
    for db in [wd.db(), fresh] {
        let again = import(&wd, &db, "acled.csv");
        assert!(again.contains("already stored; nothing new"), "{again}");
    }
    assert_eq!(incidents(&wd, &wd.db()).len(), original.len());
}

#[test]
fn acled_columns_are_true_without_the_tarikh_tags() {
    let wd = Workdir::new();
    bundled(&wd);
    let original = incidents(&wd, &wd.db());
    let by_uid: HashMap<&str, &Value> = original
        .iter()
        .map(|r| (r["uid"].as_str().unwrap(), r))
        .collect();
    let (rows, _) = export_acled(&wd, "acled.csv", &[]);

    // What an ACLED user sees: the columns, not tarikh's tags.
    let (header, _) = read_csv(&wd.path("acled.csv"));
    let mut bare = csv::Writer::from_path(wd.path("bare.csv")).unwrap();
    bare.write_record(&header).unwrap();
    for row in &rows {
        let cells = header
            .iter()
            .map(|h| if h == "tags" { "" } else { row[h].as_str() });
        bare.write_record(cells).unwrap();
    }
    bare.flush().unwrap();
    let fresh = wd.path("bare.db");
    wd.stdout_on(&fresh, &["import", wd.path("bare.csv").to_str().unwrap()]);
    let back = incidents(&wd, &fresh);
    assert_eq!(back.len(), rows.len());

    for row in &rows {
        // Without the tags, the reader's uid is ACLED's: `acled:` and event_id_cnty (which is
        // tarikh's uid).
        let uid = row["event_id_cnty"].as_str();
        let r = by_uid[uid];
        let b = back
            .iter()
            .find(|b| b["uid"] == format!("acled:{uid}"))
            .unwrap_or_else(|| panic!("{uid} came back"));
        // The date ACLED's columns give holds every day the incident's date allows.
        assert!(day(&b["date_start"]) <= day(&r["date_start"]), "{uid}");
        assert!(day(&b["date_end"]) >= day(&r["date_end"]), "{uid}");
        // Precision 1 only for a day the source gives as such.
        let exact = r["precision"] == "day" && !r["date"].as_str().unwrap().ends_with(['~', '?']);
        assert_eq!(row["time_precision"] == "1", exact, "{uid}: {}", r["date"]);
        // The class is the table's; only strategic developments are coarser than tarikh's type.
        let (_, disorder, event, sub) = TABLE
            .iter()
            .find(|t| t.0 == r["event_type"])
            .expect("a type of the table");
        assert_eq!(
            (
                row["disorder_type"].as_str(),
                row["event_type"].as_str(),
                row["sub_event_type"].as_str()
            ),
            (*disorder, *event, *sub),
            "{uid}"
        );
        if b["event_type"] != r["event_type"] {
            assert_eq!(*event, SD, "{uid}");
        }
        // ACLED's figure is never above the lowest figure the sources give.
        let figure: u32 = row["fatalities"].parse().unwrap();
        let lowest = [&r["fatalities_low"], &r["fatalities_best"]]
            .iter()
            .filter_map(|v| v.as_u64())
            .min();
        assert!(u64::from(figure) <= lowest.unwrap_or(0), "{uid}");
        assert_eq!(b["fatalities_low"], figure, "{uid}");
        assert_eq!(b["place"], r["place"], "{uid}");
        assert_eq!(b["actors"], r["actors"], "{uid}");
    }
}

#[test]
fn dates_and_notes_as_acled_writes_them() {
    let wd = Workdir::new();
    // tarikh's date, and the event_date, time_precision and opening of the notes (none: left out).
    let cases: [(&str, Option<Expected>); 8] = [
        (
            "2021-04-29",
            Some(("29 April 2021", "1", "On 29 April 2021, ")),
        ),
        (
            "2021-04-03~",
            Some(("03 April 2021", "2", "Around 3 April 2021, ")),
        ),
        (
            "[2021-04-28..2021-04-30]",
            Some(("29 April 2021", "2", "Between 28 and 30 April 2021, ")),
        ),
        (
            "2021-04-28/2021-05-01",
            Some(("29 April 2021", "2", "From 28 April to 1 May 2021, ")),
        ),
        ("2021-05", Some(("15 May 2021", "3", "In May 2021, "))),
        (
            "[2021-05-05..2021-05-31]",
            Some(("18 May 2021", "3", "Between 5 and 31 May 2021, ")),
        ),
        ("1991", None),
        ("[..2021-05-10]", None),
    ];
    for (i, (date, _)) in cases.iter().enumerate() {
        let title = format!("case {i}");
        add(
            &wd,
            &["--date", date, "--type", "armed_clash", "--title", &title],
        );
    }
    let (rows, stderr) = export_acled(&wd, "acled.csv", &[]);
    assert!(stderr.contains("2 incidents left out"), "{stderr}");
    for (i, (date, want)) in cases.iter().enumerate() {
        let title = format!("case {i}");
        let row = rows.iter().find(|r| r["notes"].ends_with(&title));
        match (want, row) {
            (None, None) => {}
            (Some((event_date, precision, notes)), Some(row)) => {
                assert_eq!(row["event_date"], *event_date, "{date}");
                assert_eq!(row["year"], event_date[event_date.len() - 4..], "{date}");
                assert_eq!(row["time_precision"], *precision, "{date}");
                assert_eq!(row["notes"], format!("{notes}{title}"), "{date}");
            }
            (want, row) => panic!("{date}: expected {want:?}, got {row:?}"),
        }
    }
    // The event_date parses the way the real current export's does.
    let (real, real_rows) = read_csv(&format_sample("acled_2024_current_format_sample.csv"));
    assert!(real.contains(&"event_date".to_string()));
    for row in real_rows.iter().chain(&rows) {
        NaiveDate::parse_from_str(&row["event_date"], "%d %B %Y")
            .unwrap_or_else(|e| panic!("{}: {e}", row["event_date"]));
    }
}

#[test]
fn every_type_through_the_table() {
    let wd = Workdir::new();
    for (tarikh_type, ..) in TABLE {
        add(
            &wd,
            &[
                "--date",
                "2021-04-29",
                "--type",
                tarikh_type,
                "--title",
                tarikh_type,
            ],
        );
    }
    let (rows, _) = export_acled(&wd, "acled.csv", &[]);
    assert_eq!(rows.len(), TABLE.len());
    for (tarikh_type, disorder, event, sub) in TABLE {
        let row = rows
            .iter()
            .find(|r| r["notes"] == format!("On 29 April 2021, {tarikh_type}"))
            .unwrap_or_else(|| panic!("no row for {tarikh_type}"));
        assert_eq!(row["disorder_type"], disorder, "{tarikh_type}");
        assert_eq!(row["event_type"], event, "{tarikh_type}");
        assert_eq!(row["sub_event_type"], sub, "{tarikh_type}");
        let targeting = if event == "Violence against civilians" {
            "Civilian targeting"
        } else {
            ""
        };
        assert_eq!(row["civilian_targeting"], targeting, "{tarikh_type}");
    }
    // Each comes back as its own type.
    let fresh = wd.path("fresh.db");
    wd.stdout_on(&fresh, &["import", wd.path("acled.csv").to_str().unwrap()]);
    let mut types: Vec<String> = incidents(&wd, &fresh)
        .iter()
        .map(|r| r["event_type"].as_str().unwrap().to_string())
        .collect();
    types.sort();
    let mut want: Vec<String> = TABLE.iter().map(|t| t.0.to_string()).collect();
    want.sort();
    assert_eq!(types, want);
}

#[test]
fn fatalities_follow_acleds_lowest_figure_rule() {
    let wd = Workdir::new();
    add(
        &wd,
        &[
            "--date",
            "2021-04-29",
            "--type",
            "armed_clash",
            "--title",
            "range",
            "--fatalities",
            "31-55",
        ],
    );
    add(
        &wd,
        &[
            "--date",
            "2021-04-29",
            "--type",
            "armed_clash",
            "--title",
            "none",
        ],
    );
    add(
        &wd,
        &[
            "--date",
            "2021-04-29",
            "--type",
            "armed_clash",
            "--title",
            "exact",
            "--fatalities",
            "7",
        ],
    );
    // A vague word, as the report reader stores it: a range with the phrase it came from.
    let csv = wd.write(
        "dozens.csv",
        format!(
            "{TARIKH_CSV_HEADER}\n\
             ,2021-04-30,,,,shelling,occurred,dozens,,,,,,24,,99,,,,dozens of people were killed,,dozens-1\n"
        ),
    );
    wd.stdout(&["import", csv.to_str().unwrap()]);

    let (rows, _) = export_acled(&wd, "acled.csv", &[]);
    let figure = |title: &str| {
        rows.iter()
            .find(|r| r["notes"].ends_with(title))
            .unwrap_or_else(|| panic!("no row {title}"))["fatalities"]
            .clone()
    };
    assert_eq!(figure("range"), "31");
    assert_eq!(figure("none"), "0");
    assert_eq!(figure("exact"), "7");
    assert_eq!(figure("dozens"), "12");

    // The ranges come back to tarikh as they were.
    let fresh = wd.path("fresh.db");
    wd.stdout_on(&fresh, &["import", wd.path("acled.csv").to_str().unwrap()]);
    let back = incidents(&wd, &fresh);
    // ACLED has no titles: the incidents are found by uid.
    let original = incidents(&wd, &wd.db());
    for r in &original {
        let b = back
            .iter()
            .find(|b| b["uid"] == r["uid"])
            .unwrap_or_else(|| panic!("{} came back", r["title"]));
        for f in ["fatalities_low", "fatalities_best", "fatalities_high"] {
            assert_eq!(b[f], r[f], "{}: {f}", r["title"]);
        }
    }
}

#[test]
fn a_row_edited_on_one_side_only_is_refused() {
    let wd = Workdir::new();
    add(
        &wd,
        &[
            "--date",
            "[2021-04-28..2021-04-30]",
            "--type",
            "talks",
            "--title",
            "Talks",
        ],
    );
    let (rows, _) = export_acled(&wd, "acled.csv", &[]);
    assert_eq!(rows.len(), 1);
    assert!(
        rows[0]["tags"].contains("tarikh date=[2021-04-28..2021-04-30]"),
        "{:?}",
        rows[0]
    );
    assert!(
        rows[0]["tags"].contains("tarikh type=talks"),
        "{:?}",
        rows[0]
    );
    let text = String::from_utf8(wd.read("acled.csv")).unwrap();

    // The day moved in the spreadsheet, the tag did not.
    let moved = wd.write("moved.csv", text.replace("29 April 2021", "15 June 2021"));
    let fresh = wd.path("moved.db");
    let out = wd.run_on(&fresh, &["import", moved.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("column 'tags'") && err.contains("tarikh date="),
        "{err}"
    );
    assert!(!fresh.exists(), "a failed import leaves no database behind");

    // The class changed, the tag did not.
    let reclassed = wd.write(
        "reclassed.csv",
        text.replace(
            "Strategic developments,Other",
            "Strategic developments,Arrests",
        ),
    );
    let out = wd.run_on(&fresh, &["import", reclassed.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("tarikh type=talks"), "{err}");

    // Without the tags it is plain ACLED data, read as such.
    let bare = wd.write("bare.csv", text.replace(&rows[0]["tags"], ""));
    wd.stdout_on(&fresh, &["import", bare.to_str().unwrap()]);
    let back = incidents(&wd, &fresh);
    assert_eq!(back[0]["event_type"], "other");
    assert_eq!(back[0]["date"], "[2021-04-26..2021-05-02]");
}

#[test]
fn rows_from_acled_go_back_as_they_came() {
    let wd = Workdir::new();
    let sample = format_sample("acled_2020_kyrgyzstan_tajikistan_extract.csv");
    wd.stdout(&["import", sample.to_str().unwrap()]);
    let (rows, stderr) = export_acled(&wd, "acled.csv", &[]);
    assert!(!stderr.contains("left out"), "{stderr}");
    let (_, real) = read_csv(&sample);
    assert_eq!(rows.len(), real.len());
    for original in &real {
        let id = &original["event_id_cnty"];
        let row = rows
            .iter()
            .find(|r| &r["event_id_cnty"] == id)
            .unwrap_or_else(|| panic!("{id} was not exported"));
        let written = NaiveDate::parse_from_str(&row["event_date"], "%d %B %Y").unwrap();
        let was = NaiveDate::parse_from_str(&original["event_date"], "%d-%b-%y").unwrap();
        assert_eq!(written, was, "{id}");
        for column in [
            "year",
            "time_precision",
            "event_type",
            "sub_event_type",
            "country",
            "location",
            "latitude",
            "longitude",
            "notes",
            "fatalities",
        ] {
            assert_eq!(row[column], original[column], "{id}: {column}");
        }
        assert_eq!(
            row["source"].split("; ").collect::<Vec<_>>(),
            original["source"].split("; ").collect::<Vec<_>>(),
            "{id}"
        );
        assert_eq!(row["tags"], "", "{id}: nothing to add to ACLED's own row");
        let actors = |r: &Row, columns: &[&str]| {
            let mut all: Vec<String> = columns
                .iter()
                .flat_map(|c| r[*c].split(';').map(|a| a.trim().to_string()))
                .filter(|a| !a.is_empty())
                .collect();
            all.sort();
            all
        };
        let columns = ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"];
        assert_eq!(actors(row, &columns), actors(original, &columns), "{id}");
        assert_eq!(row["actor1"], original["actor1"], "{id}");
    }
}
