//! Merging across reports through the real binary: one incident however many reports tell it,
//! in Arabic and English, with each source's reading kept where they disagree; incidents that
//! differ stay apart; the result does not depend on the order of the imports.

mod workdir;

use workdir::{Workdir, repo_file};

const WIRE: &str = "tests/data/merge/wire-clash.en.txt";
const DAILY: &str = "tests/data/merge/daily-clash.ar.txt";
const NEXT_DAY: &str = "tests/data/merge/wire-second-day.en.txt";

fn path(relative: &str) -> String {
    repo_file(relative).display().to_string()
}

/// The exported incidents as JSON objects.
fn incidents(wd: &Workdir) -> Vec<serde_json::Value> {
    wd.stdout(&["export", "--format", "jsonl", "-o", "-"])
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

/// What an incident says, without the ids and uids that depend on the order of the imports.
fn content(v: &serde_json::Value) -> String {
    let mut v = v.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("id");
        o.remove("uid");
    }
    v.to_string()
}

#[test]
fn an_english_and_an_arabic_report_of_one_clash_make_one_incident_with_both_tolls() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE)]);
    let out = wd.run(&["import", &path(DAILY)]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("told by reports already stored"),
        "{stderr}"
    );

    let all = incidents(&wd);
    let clashes: Vec<_> = all
        .iter()
        .filter(|v| v["event_type"] == "armed_clash")
        .collect();
    assert_eq!(clashes.len(), 1, "{all:#?}");
    let clash = clashes[0];
    assert_eq!(clash["date"], "2021-04-29");
    assert_eq!(clash["source_count"], 2);
    assert_eq!(clash["first_reported"], "2021-04-30");
    assert_eq!(clash["last_reported"], "2021-05-01");
    assert_eq!(
        clash["source_urls"],
        serde_json::json!(["https://wire.example/kg-tj", "https://ar.example/kg-tj"])
    );
    assert_eq!(clash["fatalities_low"], 31);
    assert_eq!(clash["fatalities_high"], 41);
    assert_eq!(clash["fatalities_best"], 41, "the latest report's figure");
    let disputed = clash["disputed"].as_str().unwrap_or_default();
    assert!(
        disputed.contains("31 (Example Wire)") && disputed.contains("41 (Example Arabic)"),
        "{disputed}"
    );
    // The ceasefire neither names a side nor a place, but the two reports tell one story.
    let truces: Vec<_> = all
        .iter()
        .filter(|v| v["event_type"] == "ceasefire")
        .collect();
    assert_eq!(truces.len(), 1, "{all:#?}");
    assert_eq!(truces[0]["source_count"], 2);

    // `show` lists each source with its own reading.
    let id = clash["id"].to_string();
    let show = wd.stdout(&["show", &id]);
    assert!(show.contains("Sources (2)"), "{show}");
    assert!(
        show.contains("Example Wire, published 2021-04-30"),
        "{show}"
    );
    assert!(show.contains("· 41"), "{show}");
    assert!(show.contains("وقتل 41 شخصا في الاشتباكات"), "{show}");
}

#[test]
fn fighting_on_another_day_stays_its_own_incident() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE), &path(NEXT_DAY)]);
    let all = incidents(&wd);
    let mut clashes: Vec<(String, u64)> = all
        .iter()
        .filter(|v| v["event_type"] == "armed_clash")
        .map(|v| {
            (
                v["date"].as_str().unwrap_or_default().to_string(),
                v["source_count"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    clashes.sort();
    assert_eq!(
        clashes,
        [("2021-04-29".to_string(), 1), ("2021-04-30".to_string(), 1)],
        "{all:#?}"
    );
}

#[test]
fn the_same_incidents_in_any_order_of_import() {
    let orders: [&[&str]; 4] = [
        &[WIRE, DAILY, NEXT_DAY],
        &[NEXT_DAY, DAILY, WIRE],
        &[DAILY, NEXT_DAY, WIRE],
        &[WIRE, NEXT_DAY, DAILY],
    ];
    let mut results = Vec::new();
    for order in orders {
        let wd = Workdir::new();
        for report in order {
            assert!(wd.run(&["import", &path(report)]).status.success());
        }
        let mut rows: Vec<String> = incidents(&wd).iter().map(content).collect();
        rows.sort();
        results.push(rows);
    }
    let wd = Workdir::new();
    wd.run(&["import", &path(NEXT_DAY), &path(WIRE), &path(DAILY)]);
    let mut at_once: Vec<String> = incidents(&wd).iter().map(content).collect();
    at_once.sort();
    results.push(at_once);
    for r in &results[1..] {
        assert_eq!(r, &results[0]);
    }
}

#[test]
fn importing_a_report_again_adds_no_source() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE), &path(DAILY)]);
    let before = wd.dump();
    let out = wd.run(&["import", &path(DAILY)]);
    assert!(out.status.success());
    assert_eq!(wd.dump(), before);
}

/// A database written before merging existed (schema 1) is brought up to date, and a new report
/// joins the incidents its old reports tell.
#[test]
fn reports_stored_before_merging_existed_take_new_sources() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE)]);
    {
        // Take the database back to schema 1, as the previous tarikh left it.
        let conn = rusqlite::Connection::open(wd.db()).unwrap();
        conn.execute_batch(
            "DROP TABLE mentions;
             DROP INDEX incidents_in_order;
             ALTER TABLE incidents DROP COLUMN sort_at;
             ALTER TABLE incidents DROP COLUMN source_count;
             ALTER TABLE incidents DROP COLUMN source_urls;
             ALTER TABLE incidents DROP COLUMN first_reported;
             ALTER TABLE incidents DROP COLUMN last_reported;
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    assert!(wd.run(&["import", &path(DAILY)]).status.success());
    let all = incidents(&wd);
    let clashes: Vec<_> = all
        .iter()
        .filter(|v| v["event_type"] == "armed_clash")
        .collect();
    assert_eq!(clashes.len(), 1, "{all:#?}");
    assert_eq!(clashes[0]["source_count"], 2);
    let show = wd.stdout(&["show", &clashes[0]["id"].to_string()]);
    assert!(
        show.contains("Example Wire, published 2021-04-30"),
        "{show}"
    );
    assert!(
        show.contains("· 31"),
        "the old report's own reading is kept: {show}"
    );
}

#[test]
fn a_timeline_sorts_by_the_day_first_reported_on_request() {
    let wd = Workdir::new();
    let header = "id,date,date_start,date_end,precision,event_type,status,title,actors,place,\
                  country,latitude,longitude,fatalities_low,fatalities_best,fatalities_high,\
                  sources,evidence,summary,fatalities_phrase,disputed,uid,source_count,\
                  source_urls,first_reported,last_reported";
    let row = |date: &str, kind: &str, title: &str, reported: &str| {
        format!(",{date},,,,{kind},occurred,{title},,,,,,,,,,,,,,,,,{reported},{reported}\n")
    };
    wd.write(
        "rows.csv",
        format!(
            "{header}\n{}{}{}",
            row("2021-04-29", "armed_clash", "told late", "2021-05-03"),
            row("2021-04-30", "shelling", "told early", "2021-05-01"),
            row("2021-04-28", "other", "never reported", "")
        ),
    );
    assert!(
        wd.run(&["import", &wd.path("rows.csv").display().to_string()])
            .status
            .success()
    );
    let titles = |sort: &str| -> Vec<String> {
        wd.stdout(&["export", "--format", "jsonl", "-o", "-", "--sort", sort])
            .lines()
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                v["title"].as_str().unwrap_or_default().to_string()
            })
            .collect()
    };
    assert_eq!(
        titles("reported"),
        ["told early", "told late", "never reported"]
    );
    assert_eq!(
        titles("earliest"),
        ["never reported", "told late", "told early"]
    );
}
