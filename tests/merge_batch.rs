//! The writer keeps the stored readings it parsed through a batch (one import): the database
//! is the same as when each report is imported on its own, with nothing kept from one to the
//! next.

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
            files.push(path.to_str().expect("utf-8 path").to_string());
        }
    }
    files.sort();
    assert!(files.len() >= 20, "{files:?}");
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
    let (batched, single) = (export(&batch), export(&one_by_one));
    assert!(batched.len() > 1000, "{batched}");
    // (The databases differ only in the times of import.)
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
