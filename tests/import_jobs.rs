//! Reports are read on several threads (`import --jobs N`, one per core by default): the
//! database is the same as with one, ids included.

mod workdir;

use workdir::{Workdir, repo_file};

#[test]
fn any_number_of_jobs_stores_the_same_incidents_with_the_same_ids() {
    let folders = [
        repo_file("data/reports"),
        repo_file("tests/data/merge"),
        repo_file("tests/data/devset/fresh3/en"),
    ];
    let folders: Vec<&str> = folders
        .iter()
        .map(|p| p.to_str().expect("utf-8 path"))
        .collect();
    let export = |jobs: &str| {
        let wd = Workdir::new();
        let mut args = vec!["import", "--jobs", jobs];
        args.extend(folders.iter().copied());
        let out = wd.run(&args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            String::from_utf8_lossy(&out.stderr).into_owned(),
            wd.stdout(&["export", "-o", "-", "--format", "json"]),
        )
    };
    let (notes_one, one) = export("1");
    let (notes_four, four) = export("4");
    assert!(one.len() > 1000, "{one}");
    assert_eq!(one, four);
    assert_eq!(
        notes_one, notes_four,
        "the notes come in the order of the files"
    );
}
