//! Commands that only read (`timeline`, `show`, `export`) open the database read-only: they
//! create nothing, switch nothing and write nothing, and they work on a copy the user cannot
//! write. The suite runs as root, whose writes file permissions do not stop, so the read-only
//! case runs the binary as the unprivileged user `nobody` (with `setpriv`) when it can.

mod workdir;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Command;

use workdir::{Workdir, repo_file};

fn import_bundled(wd: &Workdir) {
    let out = wd.run(&[
        "import",
        repo_file("data/reports").to_str().expect("utf-8 path"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn reading_commands_refuse_a_database_that_does_not_exist_and_create_none() {
    let wd = Workdir::new();
    let typo = wd.path("typo.db");
    let typo_arg = typo.to_str().expect("utf-8 path");
    for args in [
        vec!["timeline"],
        vec!["show", "1"],
        vec!["export", "-o", "-", "--format", "json"],
    ] {
        let mut full = vec!["--db", typo_arg];
        full.extend(args.iter().copied());
        let out = wd.command(&full).output().expect("run tarikh");
        assert!(!out.status.success(), "{args:?} succeeded");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no such database"), "{args:?}: {err}");
        assert!(!typo.exists(), "{args:?} created the file");
    }
}

/// Every file of a folder with its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("the folder")
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap_or_default(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn reading_commands_work_on_a_database_the_user_cannot_write() {
    let wd = Workdir::new();
    import_bundled(&wd);
    // A shared copy: a folder and a file the reader may read and not write.
    let shared = wd.path("shared");
    std::fs::create_dir(&shared).expect("a folder");
    let db = shared.join("copy.db");
    std::fs::copy(wd.db(), &db).expect("a copy");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    // The temporary folder must let the reader through.
    std::fs::set_permissions(wd.path(""), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let root = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
    let setpriv = Path::new("/usr/bin/setpriv").exists();
    if root && !setpriv {
        eprintln!("skipped: running as root without setpriv, a read-only test would prove nothing");
        return;
    }
    let before = snapshot(&shared);
    let bin = env!("CARGO_BIN_EXE_tarikh");
    let db_arg = db.to_str().expect("utf-8 path");
    for args in [
        vec!["timeline"],
        vec!["show", "1"],
        vec!["export", "-o", "-", "--format", "csv"],
    ] {
        let mut cmd = if root {
            let mut c = Command::new("/usr/bin/setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
            c
        } else {
            Command::new(bin)
        };
        let out = cmd
            .args(["--db", db_arg])
            .args(&args)
            .env_remove("TARIKH_DB")
            .current_dir("/")
            .output()
            .expect("run tarikh");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
    }
    assert_eq!(snapshot(&shared), before, "the shared folder changed");
}
