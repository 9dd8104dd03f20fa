//! Bulk import. `import --keep-going`: a folder with bad files in it stores every good file,
//! names each bad one with its reason, and exits with code 3; a bad data file stores none of its
//! rows. Without the flag, one bad file refuses the whole import. `import --manifest`: a CSV
//! gives each report of an archive its publication day, source, URL, language and title.

mod workdir;

use workdir::{Workdir, repo_file};

const REPORT: &str = "data/reports/2021-04-29-steppe-wire-clash.en.txt";

/// A tarikh CSV whose third data row has an impossible date.
fn bad_csv(wd: &Workdir) -> String {
    let scratch = wd.path("scratch.db");
    let report = repo_file(REPORT);
    let out = wd.run_on(&scratch, &["import", report.to_str().expect("utf-8 path")]);
    assert!(out.status.success());
    let out = wd.run_on(&scratch, &["export", "-o", "-", "--format", "csv-plain"]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    assert!(lines.len() >= 4, "{text}");
    // Give every row a new uid, so that they are not the report's incidents again, and break
    // the third row's start day.
    for (k, line) in lines.iter_mut().enumerate().skip(1) {
        let cells: Vec<&str> = line.splitn(2, ',').collect();
        *line = format!("{},{}", 1000 + k, cells[1]);
    }
    lines[3] = lines[3].replacen(",20", ",2021-02-30,20", 1);
    let mut csv = lines.join("\n");
    csv.push('\n');
    csv
}

#[test]
fn keep_going_stores_the_good_files_and_names_the_bad() {
    let wd = Workdir::new();
    let folder = wd.path("inbox");
    std::fs::create_dir(&folder).expect("a folder");
    std::fs::copy(repo_file(REPORT), folder.join("good.txt")).expect("a copy");
    std::fs::write(folder.join("empty.txt"), "").expect("a file");
    std::fs::write(
        folder.join("undated.txt"),
        "Border guards clashed near the post.\n",
    )
    .expect("a file");
    std::fs::write(folder.join("broken.csv"), bad_csv(&wd)).expect("a file");
    let inbox = folder.to_str().expect("utf-8 path");

    // Without the flag: nothing stored, and the database the command would have created is
    // not left behind, though the good report was stored before the bad files came.
    let out = wd.run(&["import", inbox]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!wd.db().exists(), "a failed import leaves no new database");

    // A dry run lists the refused files too, without storing anything.
    let out = wd.run(&["import", "--dry-run", "--keep-going", inbox]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("3 of 4 files refused; the others would be stored"),
        "{err}"
    );
    assert!(err.contains("broken.csv:4:"), "{err}");
    assert!(!wd.db().exists(), "a dry run creates no database");

    let out = wd.run(&["import", "--keep-going", inbox]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("3 of 4 files refused"), "{err}");
    assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
    assert!(
        err.contains("undated.txt") && err.contains("--published"),
        "{err}"
    );
    assert!(err.contains("broken.csv:4:"), "{err}");
    let stored = wd.stdout(&["timeline", "--format", "csv"]).lines().count() - 1;
    let alone = Workdir::new();
    alone.run(&["import", repo_file(REPORT).to_str().expect("utf-8 path")]);
    let expected = alone
        .stdout(&["timeline", "--format", "csv"])
        .lines()
        .count()
        - 1;
    assert_eq!(
        stored, expected,
        "the good report's incidents, and no row of broken.csv"
    );

    // Again: the same refusals, nothing new.
    let before = wd.dump();
    let out = wd.run(&["import", "--keep-going", inbox]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(wd.dump(), before);
}

#[test]
fn a_manifest_gives_each_report_its_publication_day_and_source() {
    let wd = Workdir::new();
    let folder = wd.path("archive");
    std::fs::create_dir(&folder).expect("a folder");
    std::fs::write(
        folder.join("one.txt"),
        "Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on Thursday, officials said.\n",
    )
    .expect("a file");
    std::fs::write(
        folder.join("two.txt"),
        "Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on Thursday, officials said.\n\nThe clash was the first in weeks.\n",
    )
    .expect("a file");
    let manifest = folder.join("manifest.csv");
    std::fs::write(
        &manifest,
        "path,published,source,url\none.txt,2021-04-30,Example Wire,https://wire.example/1\ntwo.txt,2021-05-07,Example Daily,\n",
    )
    .expect("a manifest");
    let out = wd.run(&[
        "import",
        "--manifest",
        manifest.to_str().expect("utf-8 path"),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    // Standard error is a pipe here: no progress bar in it.
    assert!(!err.contains("/s,") && !err.contains('█'), "{err}");
    let csv = wd.stdout(&["timeline", "--format", "csv"]);
    // Thursday before each publication day: 29 April and 6 May.
    assert!(csv.contains("2021-04-29"), "{csv}");
    assert!(csv.contains("2021-05-06"), "{csv}");
    let json = wd.stdout(&["export", "-o", "-", "--format", "json"]);
    assert!(
        json.contains("Example Wire") && json.contains("https://wire.example/1"),
        "{json}"
    );

    // A bad day in the manifest names its line and column, and nothing is stored.
    std::fs::write(
        &manifest,
        "path,published\none.txt,2021-04-30\ntwo.txt,30/04/2021\n",
    )
    .expect("a manifest");
    let other = wd.path("other.db");
    let out = wd.run_on(
        &other,
        &[
            "import",
            "--manifest",
            manifest.to_str().expect("utf-8 path"),
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("manifest.csv:3:") && err.contains("published"),
        "{err}"
    );
    assert!(!other.exists());
}

/// `tarikh import FOLDER 2>&1 | head`: standard error closed while notes are still to come.
/// The notes are lost, the reports are stored, and the import ends (it used to panic on the
/// first note and hang, its reading threads waiting for the writer).
#[test]
fn a_closed_standard_error_neither_hangs_nor_loses_reports() {
    let wd = Workdir::new();
    let folder = repo_file("data/reports");
    let mut child = wd
        .command(&["import", folder.to_str().expect("utf-8 path")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("tarikh starts");
    drop(child.stderr.take());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("the import did not end with standard error closed");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    let stored = wd.stdout(&["timeline", "--format", "jsonl"]);
    assert!(stored.lines().count() > 10, "{stored}");
}

/// When every file is refused, `--keep-going` says nothing was stored (not "the others are
/// stored"), still with exit code 3.
#[test]
fn keep_going_with_every_file_refused_says_nothing_is_stored() {
    let wd = Workdir::new();
    let empty = wd.write("empty.txt", "");
    let out = wd.run(&[
        "import",
        "--keep-going",
        empty.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(3));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 file refused; nothing is stored"), "{said}");
    assert!(!said.contains("the others"), "{said}");
}

/// A file named twice, or reached through its folder too, is read and stored once.
#[test]
fn a_file_named_twice_is_read_once() {
    let wd = Workdir::new();
    let report = repo_file(REPORT);
    let path = report.to_str().expect("utf-8 path");
    let folder = report
        .parent()
        .and_then(|p| p.to_str())
        .expect("the report's folder");
    let out = wd.run(&["import", path, path, folder]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    let name = "2021-04-29-steppe-wire-clash.en.txt";
    let lines: Vec<&str> = said
        .lines()
        .filter(|l| l.contains(name) && l.contains("publication date"))
        .collect();
    assert_eq!(lines.len(), 1, "{said}");
    assert!(!said.contains("already imported"), "{said}");
}
