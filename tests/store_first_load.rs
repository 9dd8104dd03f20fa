//! The first load into an empty database is written under a rollback journal and the database
//! then goes back to WAL (Store::first_load_journal): the load stays all or nothing, killed or
//! failed; readers are told when a killed one is still to be undone; a database that another
//! connection has open keeps its WAL; and large loads stay idempotent.

mod workdir;

use std::path::Path;
use std::time::Duration;

use tarikh::store::{Store, StoreError};
use workdir::Workdir;

/// A tarikh CSV of `rows` incidents, each with an Arabic title and evidence.
fn rows(rows: usize) -> String {
    workdir::clashes_csv(
        rows,
        "قرغيزستان; Tajikistan",
        |k| format!("اشتباك مسلح قرب النقطة {k}"),
        |k| format!("تبادل حرس الحدود إطلاق النار قرب النقطة {k}."),
        |k| format!("row-{k:08x}"),
    )
}

fn pragma(db: &Path, name: &str) -> String {
    let conn = rusqlite::Connection::open(db).expect("the database opens");
    conn.query_row(&format!("PRAGMA {name}"), [], |r| {
        r.get::<_, rusqlite::types::Value>(0)
    })
    .map(|v| match v {
        rusqlite::types::Value::Integer(n) => n.to_string(),
        rusqlite::types::Value::Text(t) => t,
        other => format!("{other:?}"),
    })
    .expect("a pragma")
}

fn incidents(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).expect("the database opens");
    conn.query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
        .expect("a count")
}

fn journal(db: &Path) -> std::path::PathBuf {
    db.with_extension("db-journal")
}

#[test]
fn a_first_load_ends_in_wal_with_8_kb_pages_and_loads_nothing_twice() {
    const ROWS: usize = 50_000;
    let wd = Workdir::new();
    let csv = wd.write("rows.csv", rows(ROWS));
    let csv = csv.to_str().expect("utf-8 path");
    let first = wd.run(&["import", csv]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let db = wd.db();
    assert!(!journal(&db).exists(), "the rollback journal is left");
    assert_eq!(pragma(&db, "journal_mode"), "wal");
    assert_eq!(pragma(&db, "page_size"), "8192");
    assert_eq!(pragma(&db, "integrity_check"), "ok");
    assert_eq!(incidents(&db), ROWS as i64);
    let before = wd.dump();
    // Past the point where a load turns large (its date index deferred), the second time
    // stores nothing.
    let again = wd.run(&["import", csv]);
    assert!(again.status.success());
    let said = String::from_utf8_lossy(&again.stderr);
    assert!(said.contains("nothing new"), "{said}");
    assert_eq!(wd.dump(), before);
    // The date index was built again at the end of the first load.
    let conn = rusqlite::Connection::open(&db).expect("the database opens");
    let indexes: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN
             ('incidents_in_order', 'incidents_open_start', 'incidents_ongoing')",
            [],
            |r| r.get(0),
        )
        .expect("a count");
    assert_eq!(indexes, 3);
}

#[test]
fn a_large_load_with_repeated_rows_stores_each_once() {
    // Rows already stored come after the load turned large: nothing is done twice for it.
    let wd = Workdir::new();
    let once = rows(20_000);
    let twice = format!("{once}{}", once.split_once('\n').expect("a header").1);
    let csv = wd.write("twice.csv", twice);
    let out = wd.run(&["import", csv.to_str().expect("utf-8 path")]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("20000 new incidents stored, 20000 rows already stored"),
        "{said}"
    );
    assert_eq!(incidents(&wd.db()), 20_000);
    assert_eq!(pragma(&wd.db(), "integrity_check"), "ok");
}

#[test]
fn a_first_load_killed_at_any_moment_is_undone_and_readers_are_told() {
    const ROWS: usize = 30_000;
    let wd = Workdir::new();
    let csv = wd.write("rows.csv", rows(ROWS));
    let csv = csv.to_str().expect("utf-8 path");
    let mut interrupted = 0;
    for (round, wait_ms) in [5u64, 40, 120, 300, 700, 1500].into_iter().enumerate() {
        // An empty database, made first so that a kill never finds it half created.
        let db = wd.path(&format!("round-{round}.db"));
        drop(Store::open(&db).expect("a new database"));
        let mut import = wd.command(&["import", csv]);
        import.env("TARIKH_DB", &db);
        workdir::kill_after(import, Duration::from_millis(wait_ms));
        // A reading command first: it must never read half a load.
        let out = wd.run_on(&db, &["timeline", "--format", "csv"]);
        if out.status.success() {
            let n = String::from_utf8_lossy(&out.stdout)
                .lines()
                .count()
                .saturating_sub(1);
            assert!(
                n == 0 || n == ROWS,
                "killed after {wait_ms} ms: {n} incidents read"
            );
        } else {
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains("interrupted"),
                "killed after {wait_ms} ms: {err}"
            );
            assert!(journal(&db).exists(), "{err}");
            interrupted += 1;
        }
        // A command that writes undoes it, and the load then runs through.
        let out = wd.run_on(&db, &["import", csv]);
        assert!(
            out.status.success(),
            "killed after {wait_ms} ms, then: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(pragma(&db, "integrity_check"), "ok");
        assert_eq!(incidents(&db), ROWS as i64, "killed after {wait_ms} ms");
        assert_eq!(pragma(&db, "journal_mode"), "wal");
    }
    eprintln!("{interrupted} of 6 kills left a load to undo");
}

#[test]
fn a_database_another_connection_has_open_keeps_its_wal() {
    let wd = Workdir::new();
    let db = wd.db();
    drop(Store::open(&db).expect("a new database"));
    // A reader that stays: leaving WAL would shut it out, so the load is written to the WAL.
    let reader = rusqlite::Connection::open(&db).expect("a reader");
    let count = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
            .expect("a count")
    };
    assert_eq!(count(&reader), 0);
    let csv = wd.write("rows.csv", rows(3_000));
    let out = wd.run(&["import", csv.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(count(&reader), 3_000);
    let mode: String = reader
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("a mode");
    assert_eq!(mode, "wal");
}

#[test]
fn a_failed_first_load_stores_nothing_and_goes_back_to_wal() {
    let wd = Workdir::new();
    let db = wd.db();
    let mut store = Store::open(&db).expect("a new database");
    let csv = wd.write("rows.csv", rows(25_000));
    let good = tarikh::import::tarikh_csv::read(&csv).expect("a tarikh CSV");
    // Fails after the load has turned large (its date index dropped).
    let failing = good
        .take(24_000)
        .map(|r| r.map_err(StoreError::from))
        .chain(std::iter::once(Err(StoreError::Invalid(
            "stop here".into(),
        ))));
    let err = store.load(failing).expect_err("the load fails");
    assert!(err.to_string().contains("stop here"), "{err}");
    drop(store);
    assert_eq!(incidents(&db), 0);
    assert_eq!(pragma(&db, "journal_mode"), "wal");
    assert_eq!(pragma(&db, "integrity_check"), "ok");
    let conn = rusqlite::Connection::open(&db).expect("the database opens");
    let kept: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'incidents_in_order'",
            [],
            |r| r.get(0),
        )
        .expect("a count");
    assert_eq!(kept, 1, "the date index dropped by the failed load is back");
}
