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
             DROP TABLE mention_links;
             DROP INDEX incidents_in_order;
             DROP INDEX incidents_open_start;
             CREATE INDEX incidents_by_date ON incidents (sort_start, sort_end);
             ALTER TABLE incidents DROP COLUMN sort_at;
             ALTER TABLE incidents DROP COLUMN overrides;
             ALTER TABLE incidents DROP COLUMN source_count;
             ALTER TABLE incidents DROP COLUMN source_urls;
             ALTER TABLE incidents DROP COLUMN first_reported;
             ALTER TABLE incidents DROP COLUMN last_reported;
             ALTER TABLE incidents DROP COLUMN published;
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

/// The incidents' (date, source_count) pairs for one event type, sorted.
fn of_type(wd: &Workdir, event_type: &str) -> Vec<(String, u64)> {
    let mut rows: Vec<(String, u64)> = incidents(wd)
        .iter()
        .filter(|v| v["event_type"] == event_type)
        .map(|v| {
            (
                v["date"].as_str().unwrap_or_default().to_string(),
                v["source_count"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    rows.sort();
    rows
}

fn clash_id(wd: &Workdir, date: &str) -> String {
    incidents(wd)
        .iter()
        .find(|v| v["event_type"] == "armed_clash" && v["date"] == date)
        .map(|v| v["id"].to_string())
        .unwrap_or_else(|| panic!("no clash on {date}"))
}

#[test]
fn a_split_by_hand_holds_through_later_imports_and_can_be_undone() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE), &path(DAILY)]);
    let id = clash_id(&wd, "2021-04-29");
    let out = wd.run(&["split", &id, "--source", "2", "--reason", "two clashes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let split = [("2021-04-29".to_string(), 1), ("2021-04-29".to_string(), 1)];
    assert_eq!(of_type(&wd, "armed_clash"), split);
    assert!(wd.stdout(&["show", &id]).contains("split by hand"));

    // A report imported later does not undo the analyst's split.
    wd.run(&["import", &path(NEXT_DAY)]);
    let mut expected = split.to_vec();
    expected.push(("2021-04-30".to_string(), 1));
    assert_eq!(of_type(&wd, "armed_clash"), expected);

    assert!(wd.run(&["undo", &id]).status.success());
    assert_eq!(
        of_type(&wd, "armed_clash"),
        [("2021-04-29".to_string(), 2), ("2021-04-30".to_string(), 1)]
    );
    assert!(wd.stdout(&["show", &id]).contains("undid op"));
}

#[test]
fn a_merge_by_hand_joins_what_the_rules_keep_apart() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE), &path(NEXT_DAY)]);
    let (first, second) = (clash_id(&wd, "2021-04-29"), clash_id(&wd, "2021-04-30"));
    let out = wd.run(&["merge", &first, &second]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let joined = of_type(&wd, "armed_clash");
    assert_eq!(joined, [("[2021-04-29..2021-04-30]".to_string(), 2)]);
    let merged = clash_id(&wd, "[2021-04-29..2021-04-30]");
    let shown = wd.stdout(&["show", &merged]);
    assert!(
        shown.contains("date: 2021-04-29 (Example Wire) / 2021-04-30 (Example Agency)"),
        "{shown}"
    );

    // The same report again changes nothing, nor does reading every report again; undo
    // brings both back.
    wd.run(&["import", &path(WIRE)]);
    assert_eq!(of_type(&wd, "armed_clash"), joined);
    assert!(wd.run(&["reprocess"]).status.success());
    assert_eq!(of_type(&wd, "armed_clash"), joined);
    assert!(wd.run(&["undo", &merged]).status.success());
    assert_eq!(
        of_type(&wd, "armed_clash"),
        [("2021-04-29".to_string(), 1), ("2021-04-30".to_string(), 1)]
    );
}

/// The two clashes of the wire and the agency, a day apart, merged by hand: the merged
/// incident's id.
fn merged_by_hand(wd: &Workdir) -> String {
    wd.run(&["import", &path(WIRE), &path(NEXT_DAY)]);
    let (first, second) = (clash_id(wd, "2021-04-29"), clash_id(wd, "2021-04-30"));
    assert!(wd.run(&["merge", &first, &second]).status.success());
    clash_id(wd, "[2021-04-29..2021-04-30]")
}

/// The number `show` gives an outlet's source of an incident.
fn source_number(wd: &Workdir, id: &str, outlet: &str) -> String {
    let shown = wd.stdout(&["show", id]);
    shown
        .lines()
        .find_map(|l| {
            let (n, rest) = l.trim_start().split_once(". ")?;
            rest.starts_with(outlet).then(|| n.to_string())
        })
        .unwrap_or_else(|| panic!("no source {outlet}: {shown}"))
}

#[test]
fn a_split_takes_out_what_an_earlier_merge_by_hand_joined() {
    let wd = Workdir::new();
    let merged = merged_by_hand(&wd);

    // The analyst changes their mind: the later word parts the two again.
    let agency = source_number(&wd, &merged, "Example Agency");
    let out = wd.run(&["split", &merged, "--source", &agency]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains(&format!("into incident {merged} ")),
        "the split named the incident it split as the new one: {stderr}"
    );
    let apart = [("2021-04-29".to_string(), 1), ("2021-04-30".to_string(), 1)];
    assert_eq!(of_type(&wd, "armed_clash"), apart);
    // It holds when the reports are read again.
    assert!(wd.run(&["reprocess"]).status.success());
    assert_eq!(of_type(&wd, "armed_clash"), apart);

    // Undoing the split brings back the merge, and says where the sources went, not every
    // incident grouped again around them.
    let out = wd.run(&["undo", &merged]);
    assert!(out.status.success());
    assert_eq!(
        of_type(&wd, "armed_clash"),
        [("[2021-04-29..2021-04-30]".to_string(), 2)]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("the sources now tell incident {merged}\n")),
        "{stderr}"
    );
}

/// A split takes sources out into an incident of their own and leaves every other incident
/// as it was: the sources taken out do not join a neighbour, nor are the neighbours grouped
/// anew around them.
#[test]
fn a_split_leaves_the_other_incidents_as_they_were() {
    let wd = Workdir::new();
    wd.run(&["import", &path("data/reports")]);
    let before = incidents(&wd);
    let most_told = before
        .iter()
        .max_by_key(|v| v["source_count"].as_u64().unwrap_or_default())
        .expect("incidents");
    assert!(most_told["source_count"].as_u64().unwrap_or_default() >= 3);
    let id = most_told["id"].to_string();
    let out = wd.run(&["split", &id, "--source", "2", "--source", "3"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let new_id = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let after = incidents(&wd);
    assert_eq!(after.len(), before.len() + 1, "one incident more");
    let others = |all: &[serde_json::Value]| -> Vec<String> {
        let mut rows: Vec<String> = all
            .iter()
            .filter(|v| ![id.parse().ok(), new_id.parse().ok()].contains(&v["id"].as_i64()))
            .map(serde_json::Value::to_string)
            .collect();
        rows.sort();
        rows
    };
    assert_eq!(others(&before), others(&after));
    let taken = after
        .iter()
        .find(|v| v["id"].as_i64() == new_id.parse().ok())
        .expect("the new incident");
    assert_eq!(taken["source_count"], 2);

    // Undoing it brings back what was, and says where the sources went.
    let out = wd.run(&["undo", &id]);
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains(&format!("the sources now tell incident {id}\n"))
    );
    let mut again: Vec<String> = incidents(&wd).iter().map(content).collect();
    let mut first: Vec<String> = before.iter().map(content).collect();
    again.sort();
    first.sort();
    assert_eq!(again, first);
}

#[test]
fn show_names_the_report_that_tells_an_incident_after_its_first_report_left_it() {
    let wd = Workdir::new();
    let merged = merged_by_hand(&wd);
    // Take the wire's reading out: the incident that keeps its id is told by the agency only.
    let wire = source_number(&wd, &merged, "Example Wire");
    assert!(
        wd.run(&["split", &merged, "--source", &wire])
            .status
            .success()
    );
    let shown = wd.stdout(&["show", &merged]);
    let report = shown
        .split("\nReport\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .unwrap_or_else(|| panic!("no report section: {shown}"));
    let sources = shown
        .lines()
        .find(|l| l.trim_start().starts_with("sources"))
        .unwrap_or_default();
    assert!(sources.contains("Example Agency"), "{shown}");
    assert!(report.contains("Example Agency"), "{report}");
    assert!(!report.contains("Example Wire"), "{report}");
}

#[test]
fn merge_and_split_refuse_what_they_cannot_do() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE), &path(DAILY)]);
    let id = clash_id(&wd, "2021-04-29");
    let err = wd.stderr_of_failure(&["split", &id, "--source", "7"]);
    assert!(err.contains("no source 7"), "{err}");
    let err = wd.stderr_of_failure(&["split", &id, "--source", "1,2"]);
    assert!(err.contains("every source"), "{err}");
    wd.run(&[
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "armed_clash",
        "--title",
        "typed in",
    ]);
    let typed = incidents(&wd)
        .iter()
        .find(|v| v["title"] == "typed in")
        .map(|v| v["id"].to_string())
        .unwrap();
    let err = wd.stderr_of_failure(&["merge", &id, &typed]);
    assert!(err.contains("not read from a report"), "{err}");
    let err = wd.stderr_of_failure(&["undo", &id]);
    assert!(err.contains("no merge or split by hand"), "{err}");
}

#[test]
fn reprocessing_keeps_the_incidents_their_ids_and_a_split_by_hand() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE), &path(DAILY), &path(NEXT_DAY)]);
    let id = clash_id(&wd, "2021-04-29");
    assert!(wd.run(&["split", &id, "--source", "2"]).status.success());
    let before: Vec<String> = incidents(&wd).iter().map(|v| v.to_string()).collect();
    let out = wd.run(&["reprocess"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after: Vec<String> = incidents(&wd).iter().map(|v| v.to_string()).collect();
    assert_eq!(
        after, before,
        "the same rules read the same reports the same way"
    );
    // `--report all` says explicitly what no `--report` means.
    assert!(wd.run(&["reprocess", "--report", "all"]).status.success());
    let again: Vec<String> = incidents(&wd).iter().map(|v| v.to_string()).collect();
    assert_eq!(again, before);
    let err = wd.stderr_of_failure(&["reprocess", "--report", "99"]);
    assert!(err.contains("no report with id 99"), "{err}");
    let err = wd.stderr_of_failure(&["reprocess", "--report", "latest"]);
    assert!(err.contains("a report id (a number) or `all`"), "{err}");
}

#[test]
fn a_report_replaced_with_a_corrected_publication_day_moves_its_incidents() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE), &path(NEXT_DAY)]);
    assert_eq!(
        of_type(&wd, "armed_clash"),
        [("2021-04-29".to_string(), 1), ("2021-04-30".to_string(), 1)]
    );
    // Without --replace the same text is the same report: nothing changes.
    let out = wd.run(&["import", &path(NEXT_DAY), "--published", "2021-05-08"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--replace"));
    assert_eq!(of_type(&wd, "armed_clash").len(), 2);
    // With it, "on Friday" is read against the corrected day: 7 May, and no copy is left.
    let out = wd.run(&[
        "import",
        &path(NEXT_DAY),
        "--published",
        "2021-05-08",
        "--replace",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        of_type(&wd, "armed_clash"),
        [("2021-04-29".to_string(), 1), ("2021-05-07".to_string(), 1)]
    );
}

#[test]
fn an_analysts_edit_holds_when_another_report_joins_and_on_reprocessing() {
    let wd = Workdir::new();
    wd.run(&["import", &path(WIRE)]);
    let id = clash_id(&wd, "2021-04-29");
    let out = wd.run(&[
        "edit",
        &id,
        "--title",
        "Golovnoy intake clash",
        "--reason",
        "name",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    wd.run(&["import", &path(DAILY)]);
    wd.run(&["reprocess"]);
    let all = incidents(&wd);
    let clash = all
        .iter()
        .find(|v| v["event_type"] == "armed_clash")
        .expect("the clash");
    assert_eq!(clash["title"], "Golovnoy intake clash");
    assert_eq!(
        clash["source_count"], 2,
        "the new source joined all the same"
    );
    assert_eq!(
        clash["fatalities_high"], 41,
        "fields not edited follow the sources"
    );
}

/// Merge and no-merge in each language pair: two reports of the 29 April clash make one
/// incident; a clash on the next day stays its own, whatever the languages.
#[test]
fn each_language_pair_merges_the_same_clash_and_keeps_another_day_apart() {
    const MINISTRY: &str = "tests/data/merge/ministry-clash.en.txt";
    const AGENCY: &str = "tests/data/merge/agency-clash.ar.txt";
    const AGENCY_NEXT_DAY: &str = "tests/data/merge/agency-second-day.ar.txt";
    let same_clash = [
        ("en + en", WIRE, MINISTRY),
        ("en + ar", WIRE, AGENCY),
        ("ar + ar", DAILY, AGENCY),
    ];
    for (pair, a, b) in same_clash {
        let wd = Workdir::new();
        wd.run(&["import", &path(a), &path(b)]);
        assert_eq!(
            of_type(&wd, "armed_clash"),
            [("2021-04-29".to_string(), 2)],
            "{pair}: one clash told by both"
        );
    }
    let other_day = [
        ("en + en", WIRE, NEXT_DAY),
        ("en + ar", WIRE, AGENCY_NEXT_DAY),
        ("ar + ar", AGENCY, AGENCY_NEXT_DAY),
    ];
    for (pair, a, b) in other_day {
        let wd = Workdir::new();
        wd.run(&["import", &path(a), &path(b)]);
        let clashes = of_type(&wd, "armed_clash");
        assert!(
            clashes.contains(&("2021-04-30".to_string(), 1)),
            "{pair}: the next day's clash stays apart: {clashes:?}"
        );
    }
}

/// A report that dates a clash only to a span holding two told on exact days ("earlier this
/// week" after the 29th and the 30th) could be telling either: it stays its own incident rather
/// than join one of them. With one clash in its span, it joins it.
#[test]
fn a_vague_date_that_fits_two_clashes_joins_neither() {
    const WEEKLY: &str = "---
title: Week on the border
source: Example Weekly
published: 2021-05-02
---
Kyrgyz and Tajik border guards exchanged fire near Kok-Tash earlier this week, officials said on Sunday.
";
    let wd = Workdir::new();
    let weekly = wd.write("weekly.txt", WEEKLY);
    let weekly = weekly.to_str().expect("utf-8 path");
    wd.run(&["import", &path(WIRE), weekly]);
    let clashes = of_type(&wd, "armed_clash");
    assert!(
        clashes.contains(&("2021-04-29".to_string(), 2)),
        "one clash in its span: joined: {clashes:?}"
    );

    let wd = Workdir::new();
    let weekly = wd.write("weekly.txt", WEEKLY);
    let weekly = weekly.to_str().expect("utf-8 path");
    wd.run(&["import", &path(WIRE), &path(NEXT_DAY), weekly]);
    let clashes = of_type(&wd, "armed_clash");
    assert!(
        clashes.contains(&("2021-04-29".to_string(), 1))
            && clashes.contains(&("2021-04-30".to_string(), 1))
            && clashes.iter().filter(|(_, n)| *n == 1).count() == 3,
        "two clashes in its span: it joins neither: {clashes:?}"
    );
}

#[test]
fn the_import_table_lists_only_incidents_that_remain() {
    // Twenty reports of two episodes in one import: a later report's readings regroup earlier
    // ones, and an incident made empty on the way is gone. The table printed at the end lists
    // what the timeline holds, nothing that was merged away.
    let wd = Workdir::new();
    let out = wd.run(&[
        "import",
        "--keep-going",
        &path("tests/data/mergeset/fresh1"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listed: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect();
    let live: Vec<String> = incidents(&wd).iter().map(|v| v["id"].to_string()).collect();
    assert!(!listed.is_empty());
    let mut sorted = listed.clone();
    sorted.sort();
    let mut all = live.clone();
    all.sort();
    assert_eq!(sorted, all, "the table and the timeline differ");
}

/// A village the gazetteer does not list, named in English and in Arabic: the two reports of
/// one attack there make one incident, its place the name as the first report spells it and no
/// disagreement; an attack the same day in another unlisted town stays apart.
#[test]
fn reports_that_name_one_unlisted_place_in_two_scripts_make_one_incident() {
    let wd = Workdir::new();
    let front = |title: &str, url: &str, lang: &str| {
        format!(
            "---\ntitle: {title}\nsource: {title}\nurl: {url}\npublished: 2012-01-25\nlanguage: {lang}\n---\n"
        )
    };
    wd.write(
        "en.txt",
        format!(
            "{}Gunmen attacked an army post in Aguelhok on Tuesday, killing 12 soldiers, officials said.\n",
            front("Example Wire", "https://wire.example/post", "en")
        ),
    );
    wd.write(
        "ar.txt",
        format!(
            "{}هاجم مسلحون موقعا للجيش في بلدة أغلهوك يوم الثلاثاء وقتلوا 12 جنديا، بحسب مسؤولين.\n",
            front("Example Arabic", "https://ar.example/post", "ar")
        ),
    );
    wd.write(
        "other.txt",
        format!(
            "{}Gunmen attacked an army camp in Tessalit on Tuesday, killing three soldiers, officials said.\n",
            front("Other Wire", "https://other.example/camp", "en")
        ),
    );
    let out = wd.run(&["import", "en.txt", "ar.txt", "other.txt"]);
    assert!(out.status.success(), "{out:?}");
    let all = incidents(&wd);
    let attacks: Vec<_> = all.iter().filter(|v| v["event_type"] == "attack").collect();
    assert_eq!(attacks.len(), 2, "{all:#?}");
    let aguelhok = attacks
        .iter()
        .find(|v| v["place"] == "Aguelhok")
        .expect("the attack in Aguelhok");
    assert_eq!(aguelhok["source_count"], 2, "{aguelhok:#?}");
    assert_eq!(aguelhok["date"], "2012-01-24");
    let disputed = aguelhok["disputed"].as_str().unwrap_or_default();
    assert!(!disputed.contains("place"), "{disputed}");
    assert!(
        attacks
            .iter()
            .any(|v| v["place"] == "Tessalit" && v["source_count"] == 1)
    );
    // Each source's spelling finds the incident: the Arabic one is an alias of its place now.
    for spelling in ["Aguelhok", "أغلهوك"] {
        let found = wd.stdout(&["timeline", "--place", spelling, "--format", "csv"]);
        assert_eq!(found.lines().count(), 2, "--place {spelling}: {found}");
        assert!(found.contains("Aguelhok"), "--place {spelling}: {found}");
    }
}

/// A background war one report dates by its month and another by its year.
const WAR_BY_MONTH: &str = "---
title: Yemen's northern war enters its sixth round
source: Example Wire
published: 2009-11-04
language: en
---
SANAA, Nov 4 (Example Wire) - Fighting between Houthi rebels and the Yemeni army spread across \
Saada province on Wednesday, residents said.

The conflict began in June 2004, when Houthi fighters clashed with the army in Saada after the \
government tried to arrest their leader.
";
const WAR_BY_YEAR: &str = "---
title: Background: the Houthi wars
source: Example Daily
published: 2009-11-10
language: en
---
The Houthi movement has fought the government six times. The first war broke out in 2004, when \
the army clashed with Houthi fighters in Saada.

In 2005, a second round of fighting erupted in Saada and lasted until a truce in 2006.
";

#[test]
fn a_war_told_by_its_year_and_by_its_month_is_one_incident_in_either_order() {
    for order in [["month.txt", "year.txt"], ["year.txt", "month.txt"]] {
        let wd = Workdir::new();
        wd.write("month.txt", WAR_BY_MONTH);
        wd.write("year.txt", WAR_BY_YEAR);
        for file in order {
            let out = wd.run(&["import", &wd.path(file).display().to_string()]);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let mut clashes: Vec<(String, u64)> = incidents(&wd)
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
        // The month is the narrowest reading both allow; the next year's round stays apart.
        assert_eq!(
            clashes,
            [
                ("2004-06".to_string(), 2),
                ("2005".to_string(), 1),
                ("2009-11-04".to_string(), 1)
            ],
            "imported in the order {order:?}"
        );
    }
}

/// A database from before wide readings met (schema 6) kept no window for them: opened to
/// write, it gets one, and a reading told by its month meets the one stored by its year.
#[test]
fn a_wide_reading_stored_before_schema_7_is_found_after_the_upgrade() {
    let wd = Workdir::new();
    wd.write("month.txt", WAR_BY_MONTH);
    wd.write("year.txt", WAR_BY_YEAR);
    let out = wd.run(&["import", &wd.path("year.txt").display().to_string()]);
    assert!(out.status.success());
    {
        let conn = rusqlite::Connection::open(wd.db()).unwrap();
        conn.execute_batch(
            "UPDATE mentions SET win_start = NULL, win_end = NULL
                 WHERE win_end - win_start > 31;
             DROP INDEX mentions_search_broad;
             PRAGMA user_version = 6;",
        )
        .unwrap();
    }
    let out = wd.run(&["import", &wd.path("month.txt").display().to_string()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let war: Vec<_> = incidents(&wd)
        .into_iter()
        .filter(|v| v["date"] == "2004-06")
        .collect();
    assert_eq!(war.len(), 1, "{war:#?}");
    assert_eq!(war[0]["source_count"], 2, "{war:#?}");
}
