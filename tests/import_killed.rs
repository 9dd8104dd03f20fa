//! An import killed at any moment (SIGKILL: no chance to clean up) leaves the database whole
//! and as it was before, or with everything: never half a file.

mod workdir;

use std::time::Duration;

use workdir::Workdir;

/// A tarikh CSV of `rows` incidents.
fn rows(rows: usize) -> String {
    workdir::clashes_csv(
        rows,
        "Kyrgyzstan;Tajikistan",
        |k| format!("Clash {k}"),
        |k| format!("Border guards exchanged fire near post {k}."),
        |k| format!("killed-{k}"),
    )
}

fn count(wd: &Workdir) -> usize {
    let out = wd.run(&["timeline", "--format", "csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .count()
        .saturating_sub(1)
}

fn integrity(wd: &Workdir) -> String {
    let conn = rusqlite::Connection::open(wd.db()).expect("the database opens");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("an integrity check")
}

#[test]
fn an_import_killed_at_any_moment_stores_all_or_nothing() {
    const ROWS: usize = 20_000;
    let wd = Workdir::new();
    // A first import makes the database, so that a kill never finds it half created.
    let small = wd.write("first.csv", rows(10).replace("killed-", "first-"));
    assert!(
        wd.run(&["import", small.to_str().expect("utf-8 path")])
            .status
            .success()
    );
    let big = wd.write("big.csv", rows(ROWS));
    let big = big.to_str().expect("utf-8 path");
    // Kill at moments spread over the import, from its start to (most likely) after its end.
    for wait_ms in [5u64, 40, 120, 300, 700] {
        workdir::kill_after(wd.command(&["import", big]), Duration::from_millis(wait_ms));
        assert_eq!(integrity(&wd), "ok", "killed after {wait_ms} ms");
        let n = count(&wd);
        assert!(
            n == 10 || n == 10 + ROWS,
            "killed after {wait_ms} ms: {n} incidents, neither before nor after"
        );
    }
    // After all that, the import runs through.
    let out = wd.run(&["import", big]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(count(&wd), 10 + ROWS);
    assert_eq!(integrity(&wd), "ok");
}
