//! What a shell and a terminal expect of a command-line tool: completion scripts, a manual page,
//! consistent exit codes and messages that read right.

mod workdir;

use workdir::Workdir;

#[test]
fn completion_scripts_for_every_shell_and_bash_accepts_its_own() {
    let wd = Workdir::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = wd.run(&["completions", shell]);
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).expect("UTF-8");
        // Every subcommand is completed.
        for sub in ["import", "timeline", "export", "merge", "reprocess"] {
            assert!(script.contains(sub), "{shell} completes no '{sub}'");
        }
        if shell == "bash" {
            let path = wd.write("tarikh.bash", &script);
            let check = std::process::Command::new("bash")
                .arg("-n")
                .arg(&path)
                .output()
                .expect("bash runs");
            assert!(
                check.status.success(),
                "bash -n: {}",
                String::from_utf8_lossy(&check.stderr)
            );
        }
    }
    let out = wd.run(&["completions", "tcsh"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
    assert!(!wd.db().exists(), "nothing here opens a database");
}

#[test]
fn a_manual_page_with_every_subcommand_and_its_options() {
    let wd = Workdir::new();
    let out = wd.run(&["man"]);
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(page.starts_with(".TH tarikh 1"), "{}", &page[..80]);
    for section in ["TARIKH IMPORT", "TARIKH EXPORT", "TARIKH EDIT"] {
        assert!(page.contains(&format!(".SH \"{section}\"")), "{section}");
    }
    // Options as roff writes them, with their help.
    assert!(
        page.contains("\\fB\\-\\-keep\\-going\\fR"),
        "import's --keep-going"
    );
    assert!(page.contains("Store every good file"), "its help text");
}

/// "1 incident", never "1 incidents": counts and their nouns agree.
#[test]
fn counts_and_nouns_agree() {
    let wd = Workdir::new();
    let out = wd.run(&[
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "armed_clash",
        "--title",
        "Clash at Kok-Tash",
    ]);
    assert!(out.status.success());
    let csv = wd.path("one.csv");
    let out = wd.run(&["export", "-o", csv.to_str().expect("utf-8 path")]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 incident written"), "{said}");
    let fresh = wd.path("fresh.db");
    let out = wd.run_on(&fresh, &["import", csv.to_str().expect("utf-8 path")]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("1 new incident stored"), "{said}");
    let out = wd.run_on(&fresh, &["import", csv.to_str().expect("utf-8 path")]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("the one row already stored"), "{said}");
}
