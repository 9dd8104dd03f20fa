//! The notes `import` prints about a report's incidents name them by the id they were stored
//! under, which `tarikh show` takes; a dry run, which stores nothing, names them by their place
//! in the report.

mod workdir;

use workdir::Workdir;

const REPORT: &str = "---\ntitle: Clash\nsource: Example Wire\npublished: 2021-05-01\nlanguage: en\n---\nTroops of Kyrgyzstan and Tajikistan exchanged fire near Vorukh on Thursday.\n\nTajikistan accused Kyrgyzstan of shelling the village of Kok-Tash.\n";

#[test]
fn notes_on_incidents_name_their_stored_ids() {
    let wd = Workdir::new();
    // Ids 1 and 2 are taken, so that a report's first incident is not stored as 1.
    for title in ["Earlier talks", "Earlier visit"] {
        wd.stdout(&[
            "add",
            "--date",
            "2020-01-01",
            "--type",
            "talks",
            "--title",
            title,
        ]);
    }
    let file = wd.write("clash.txt", REPORT);
    let path = file.to_str().expect("utf-8 path");

    let dry = wd.run(&["import", "--dry-run", path]);
    let dry_notes = String::from_utf8_lossy(&dry.stderr);
    assert!(dry_notes.contains("incident 2 '"), "{dry_notes}");

    let out = wd.run(&["import", path]);
    assert!(out.status.success());
    let notes = String::from_utf8_lossy(&out.stderr);
    let named: Vec<i64> = notes
        .lines()
        .filter_map(|l| {
            l.split_once(": incident ")?
                .1
                .split_once(' ')?
                .0
                .parse()
                .ok()
        })
        .collect();
    assert!(!named.is_empty(), "{notes}");
    for id in named {
        assert!(
            id > 2,
            "a note names incident {id}, not a stored id: {notes}"
        );
        let shown = wd.stdout(&["show", &id.to_string()]);
        assert!(shown.contains("Example Wire"), "{shown}");
    }
}
