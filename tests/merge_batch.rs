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
