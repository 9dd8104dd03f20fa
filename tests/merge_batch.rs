//! The writer keeps the stored readings it parsed through a batch (one import), and groups the
//! readings of the reports it stores a batch at a time: the incidents are the same as when each
//! report is imported on its own, with nothing kept from one to the next (ids aside: one
//! import numbers the incidents once the reports are grouped).

mod workdir;

use workdir::{Workdir, repo_file};

#[test]
fn one_batch_stores_what_one_import_per_report_stores() {
    // Two stories told by twenty reports, in both languages: every report meets the readings
    // of the ones before.
    let mut files: Vec<String> = Vec::new();
    for lang in ["ar", "en"] {
        let folder = repo_file(&format!("tests/data/mergeset/fresh1/{lang}"));
        let entries = std::fs::read_dir(&folder).expect("the merge set");
        for entry in entries {
            let path = entry.expect("a file").path();
            // The reports, not their gold tables.
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path.to_str().expect("utf-8 path").to_string());
            }
        }
    }
    files.sort();
    assert_eq!(files.len(), 20, "{files:?}");
    let export = |wd: &Workdir| wd.stdout(&["export", "-o", "-", "--format", "json"]);

    let batch = Workdir::new();
    let mut args = vec!["import", "--jobs", "1"];
    args.extend(files.iter().map(String::as_str));
    let out = batch.run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let one_by_one = Workdir::new();
    for file in &files {
        let out = one_by_one.run(&["import", file]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Each incident without its id and uid, sorted.
    let incidents = |json: String| -> Vec<String> {
        let rows: Vec<serde_json::Value> = serde_json::from_str(&json).expect("a JSON export");
        let mut rows: Vec<String> = rows
            .into_iter()
            .map(|mut row| {
                let fields = row.as_object_mut().expect("an object per incident");
                fields.remove("id");
                fields.remove("uid");
                row.to_string()
            })
            .collect();
        rows.sort();
        rows
    };
    let (batched, single) = (incidents(export(&batch)), incidents(export(&one_by_one)));
    assert!(batched.len() > 50, "{batched:?}");
    assert_eq!(batched, single);
}

/// A report whose storing was undone (`import --keep-going` after a failure) takes the actors
/// and places it wrote with it: a later report of the batch that names them writes them again.
#[test]
fn names_written_by_an_undone_report_are_written_again() {
    use tarikh::ingest::{IngestOptions, Vocabulary, ingest_report};
    use tarikh::store::{Store, StoreError};

    enum Failure {
        Store,
        Refused,
    }
    impl From<StoreError> for Failure {
        fn from(_: StoreError) -> Failure {
            Failure::Store
        }
    }
    let path = repo_file("data/reports/2021-04-29-steppe-wire-clash.en.txt");
    let text = std::fs::read_to_string(&path).expect("a bundled report");
    let x = ingest_report("wire", &text, &IngestOptions::default()).expect("read");
    assert!(!x.actors.is_empty(), "the report names actors");
    let names = &Vocabulary::builtin().expect("vocabulary").gazetteer;
    // Each table's rows, stored once without and once after an undone attempt.
    let tables = |undo: bool| -> Vec<i64> {
        let dir = Workdir::new();
        let db = dir.path("names.db");
        let mut store = Store::open(&db).expect("a new database");
        let stored = store.transaction(|b| -> Result<bool, Failure> {
            if undo {
                let undone = b.attempt(|b| -> Result<(), Failure> {
                    b.save_report(&x.report, &x.incidents, &x.actors, &x.places, names)?;
                    Err(Failure::Refused)
                });
                assert!(matches!(undone, Err(Failure::Refused)));
            }
            let again = b.save_report(&x.report, &x.incidents, &x.actors, &x.places, names)?;
            Ok(again.is_some())
        });
        assert!(matches!(stored, Ok(true)));
        drop(store);
        let conn = rusqlite::Connection::open(&db).expect("open");
        ["actors", "actor_aliases", "places", "place_aliases"]
            .iter()
            .map(|t| {
                conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                    .expect("count")
            })
            .collect()
    };
    assert_eq!(tables(true), tables(false));
}

/// Two bundled reports of the same clash, read.
fn two_reports_of_one_clash() -> Vec<tarikh::ingest::Extraction> {
    use tarikh::ingest::{IngestOptions, ingest_report};
    [
        "data/reports/2021-04-29-steppe-wire-clash.en.txt",
        "data/reports/2021-04-30-frontier-ministry-statement.en.txt",
    ]
    .iter()
    .map(|p| {
        let text = std::fs::read_to_string(repo_file(p)).expect("a bundled report");
        ingest_report(p, &text, &IngestOptions::default()).expect("read")
    })
    .collect()
}

/// Staged reports are grouped when the batch settles them: each report's figures say what it
/// added and what it told of incidents a report before it told, with the incidents' final ids.
#[test]
fn staged_reports_are_grouped_and_counted_when_settled() {
    use tarikh::ingest::Vocabulary;
    use tarikh::store::{Store, StoreError};
    let names = &Vocabulary::builtin().expect("vocabulary").gazetteer;
    let xs = two_reports_of_one_clash();
    let mut store = Store::open_in_memory().expect("a database");
    let figures = store
        .transaction(|b| -> Result<_, StoreError> {
            let mut tickets = Vec::new();
            for x in &xs {
                tickets.push(b.stage_report(&x.report, &x.incidents, &x.actors, &x.places)?);
            }
            // The same text again is already stored, staged or not.
            let again = &xs[0];
            assert_eq!(
                b.stage_report(
                    &again.report,
                    &again.incidents,
                    &again.actors,
                    &again.places
                )?,
                None
            );
            // Each staged report is stored under its own id, in order.
            let ids: Vec<i64> = tickets.iter().map(|t| t.expect("stored")).collect();
            assert!(ids[0] < ids[1], "{ids:?}");
            assert_eq!(
                b.staged_readings(),
                xs.iter().map(|x| x.incidents.len()).sum::<usize>()
            );
            b.settle_staged(names)?;
            assert_eq!(b.staged_readings(), 0);
            ids.iter()
                .map(|&id| b.report_figures(id))
                .collect::<Result<Vec<_>, _>>()
        })
        .expect("stored");
    assert_eq!(figures.len(), 2);
    let (first, second) = (&figures[0], &figures[1]);
    assert_eq!(first.ids.len(), xs[0].incidents.len());
    assert_eq!(second.ids.len(), xs[1].incidents.len());
    // The first report adds all it tells; the second joins some of them (the same clash).
    assert_eq!(first.merged, 0);
    assert!(first.added > 0);
    assert!(second.merged > 0, "{second:?}");
    let shared = second
        .ids
        .iter()
        .filter(|id| first.ids.contains(id))
        .count() as u64;
    assert_eq!(second.merged, shared);
    // Every id named is a stored incident.
    for id in first.ids.iter().chain(&second.ids) {
        store.get(*id).expect("a stored incident");
    }
}

/// A batch that ends with reports staged and never grouped fails, and stores nothing.
#[test]
fn a_batch_left_with_staged_reports_fails_and_stores_nothing() {
    use tarikh::store::{Filter, Store, StoreError};
    let xs = two_reports_of_one_clash();
    let mut store = Store::open_in_memory().expect("a database");
    let outcome = store.transaction(|b| -> Result<(), StoreError> {
        b.stage_report(
            &xs[0].report,
            &xs[0].incidents,
            &xs[0].actors,
            &xs[0].places,
        )?;
        Ok(())
    });
    let error = outcome.expect_err("staged and never grouped");
    assert!(error.to_string().contains("settle_staged"), "{error}");
    let mut stored = 0;
    store
        .for_each(&Filter::default(), |_| -> Result<(), StoreError> {
            stored += 1;
            Ok(())
        })
        .expect("the timeline");
    assert_eq!(stored, 0);
}

/// A staged report whose storing is undone (`import --keep-going`) leaves the staged list as it
/// was: settling groups only the reports still stored.
#[test]
fn an_undone_staged_report_is_not_grouped() {
    use tarikh::ingest::Vocabulary;
    use tarikh::store::{Store, StoreError};
    let names = &Vocabulary::builtin().expect("vocabulary").gazetteer;
    let xs = two_reports_of_one_clash();
    let mut store = Store::open_in_memory().expect("a database");
    let figures = store
        .transaction(|b| -> Result<_, StoreError> {
            let kept = b.stage_report(
                &xs[0].report,
                &xs[0].incidents,
                &xs[0].actors,
                &xs[0].places,
            )?;
            let undone = b.attempt(|b| -> Result<(), StoreError> {
                let x = &xs[1];
                b.stage_report(&x.report, &x.incidents, &x.actors, &x.places)?;
                Err(StoreError::Invalid("refused after staging".into()))
            });
            assert!(undone.is_err());
            assert_eq!(b.staged_readings(), xs[0].incidents.len());
            b.settle_staged(names)?;
            b.report_figures(kept.expect("stored"))
        })
        .expect("stored");
    // The report kept is grouped alone: it adds what it tells.
    assert_eq!(figures.ids.len(), xs[0].incidents.len());
    assert_eq!(figures.merged, 0);
}
