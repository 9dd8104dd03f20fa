//! Runs the built `tarikh dates` on the seed report and checks what an analyst expects from
//! it, the JSON Lines shape, character offsets and the error messages.

mod workdir;

use workdir::Workdir;

const SEED: &str = "data/reports/2021-05-10-putin-japarov-kg-tj-border.ar.txt";

/// Run `tarikh` in the repository's root (the seed's path is relative to it): success, standard
/// output, standard error.
fn tarikh(args: &[&str], stdin: Option<&[u8]>) -> (bool, String, String) {
    let wd = Workdir::new();
    let mut cmd = wd.command(args);
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    let out = match stdin {
        Some(input) => workdir::with_input(cmd, input),
        None => cmd.output().expect("run tarikh"),
    };
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn records(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("not one JSON object per line: {l}: {e}"))
        })
        .collect()
}

fn find<'a>(recs: &'a [serde_json::Value], text: &str) -> &'a serde_json::Value {
    recs.iter()
        .find(|r| r["text"].as_str().is_some_and(|t| t.contains(text)))
        .unwrap_or_else(|| panic!("no record containing «{text}» in {recs:#?}"))
}

#[test]
fn seed_report_dates() {
    let (ok, out, err) = tarikh(
        &[
            "dates",
            SEED,
            "--published",
            "2021-05-10",
            "--format",
            "jsonl",
        ],
        None,
    );
    assert!(ok, "{err}");
    let recs = records(&out);
    let expect = [
        ("29 أبريل الماضي", "2021-04-29", "2021-04-29", "day"),
        ("28 أبريل الماضي", "2021-04-28", "2021-04-28", "day"),
        ("اليوم الإثنين", "2021-05-10", "2021-05-10", "day"),
        ("نهاية شهر مايو الجاري", "2021-05-21", "2021-05-31", "range"),
        ("عام 1991", "1991-01-01", "1991-12-31", "year"),
        ("قبل 30 عامًا", "1991-01-01", "1991-12-31", "year"),
        ("05/10", "2021-05-10", "2021-05-10", "day"),
    ];
    for (text, lo, hi, precision) in expect {
        let r = find(&recs, text);
        assert_eq!(r["date_start"], lo, "{text}: {r}");
        assert_eq!(r["date_end"], hi, "{text}: {r}");
        assert_eq!(r["precision"], precision, "{text}: {r}");
    }
    assert_eq!(
        find(&recs, "نهاية شهر مايو الجاري")["edtf"],
        "2021-05-21/2021-05-31~"
    );
    assert_eq!(find(&recs, "قبل 30 عامًا")["edtf"], "1991");

    // Vague expressions never get a specific day.
    for r in &recs {
        let text = r["text"].as_str().unwrap_or_default();
        if ["لاحق", "السنوات الماضية", "منذ ذلك الحين"]
            .iter()
            .any(|v| text.contains(v))
        {
            assert_ne!(r["precision"], "day", "{r}");
        }
    }
    // Nothing inside other words: every record's text starts and ends at a word boundary.
    let seed = std::fs::read_to_string(workdir::repo_file(SEED)).expect("seed");
    let chars: Vec<char> = seed.chars().collect();
    for r in &recs {
        let start = r["start"].as_u64().expect("start") as usize;
        let end = r["end"].as_u64().expect("end") as usize;
        let text: String = chars[start..end].iter().collect();
        assert_eq!(
            text,
            r["text"].as_str().expect("text"),
            "character offsets: {r}"
        );
        let before = start.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(end).copied();
        for c in [before, after].into_iter().flatten() {
            // A clitic before the match (و, ب, ل...) is allowed; any other letter is not.
            let clitic = "وفبلك".contains(c);
            assert!(
                !c.is_alphabetic() || (Some(c) == before && clitic),
                "«{text}» is inside a word: {r}"
            );
        }
    }
    // Exactly the keys documented.
    for r in &recs {
        for key in [
            "line",
            "start",
            "end",
            "text",
            "date_start",
            "date_end",
            "precision",
            "edtf",
            "rule",
            "alternative",
        ] {
            assert!(r.get(key).is_some(), "{key} missing in {r}");
        }
    }
    // Dates with a direction word or the publication day itself have one reading only.
    assert!(find(&recs, "29 أبريل الماضي")["alternative"].is_null());
    assert!(find(&recs, "05/10")["alternative"].is_null());
}

#[test]
fn reading_by_tense_and_alternative_in_every_format() {
    let input = "Talks will resume on June 7-8.
سيزور موسكو يوم الأحد في 10 مايو.
";
    let run = |format: &str| {
        let (ok, out, err) = tarikh(
            &[
                "dates",
                "-",
                "--published",
                "2021-05-10",
                "--format",
                format,
            ],
            Some(input.as_bytes()),
        );
        assert!(ok, "{err}");
        out
    };

    let out = run("jsonl");
    let recs = records(&out);
    // "will resume", "سيزور": the coming ones, the last ones as the alternative.
    assert_eq!(
        find(&recs, "June 7-8")["edtf"],
        "2021-06-07/2021-06-08",
        "{out}"
    );
    assert_eq!(
        find(&recs, "June 7-8")["alternative"],
        "2020-06-07/2020-06-08",
        "{out}"
    );
    assert_eq!(find(&recs, "الأحد")["edtf"], "2021-05-16", "{out}");
    assert_eq!(find(&recs, "الأحد")["alternative"], "2021-05-09", "{out}");
    assert!(find(&recs, "10 مايو")["alternative"].is_null(), "{out}");

    let out = run("tsv");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].ends_with("\trule\tnote\talternative"),
        "alternative is the last column: {out}"
    );
    let cols = |text: &str| -> Vec<&str> {
        let line = lines
            .iter()
            .find(|l| l.contains(text))
            .unwrap_or_else(|| panic!("no «{text}» in {out}"));
        line.split('\t').collect()
    };
    assert_eq!(cols("June 7-8").len(), 11, "{out}");
    assert_eq!(cols("June 7-8")[10], "2020-06-07/2020-06-08", "{out}");
    assert_eq!(cols("10 مايو")[10], "", "{out}");

    let out = run("table");
    assert!(out.contains("      or: 2020-06-07/2020-06-08"), "{out}");
    assert!(out.contains("      or: 2021-05-09"), "{out}");
    assert_eq!(out.matches("or: ").count(), 2, "{out}");
}

#[test]
fn formats_and_stdin() {
    let input = "Clashes broke out on April 29.\nاندلعت الاشتباكات أمس.\n";
    let (ok, out, err) = tarikh(
        &["dates", "-", "--published", "2021-05-10", "--format", "tsv"],
        Some(input.as_bytes()),
    );
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("line\tstart\tend\ttext"), "{out}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("April 29\t2021-04-29\t2021-04-29\tday")),
        "{out}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("2\t") && l.contains("أمس\t2021-05-09")),
        "{out}"
    );

    let (ok, out, _) = tarikh(
        &["dates", "--published", "2021-05-10", "--lang", "en"],
        Some(input.as_bytes()),
    );
    assert!(ok);
    assert!(out.contains("April 29") && !out.contains("أمس"), "{out}");

    let (ok, out, _) = tarikh(
        &[
            "dates",
            "--published",
            "2021-05-10",
            "--lang",
            "ar",
            "--format",
            "jsonl",
        ],
        Some(input.as_bytes()),
    );
    assert!(ok);
    let recs = records(&out);
    assert_eq!(recs.len(), 1, "{out}");
    // Character offsets: line 2 starts after the 31 characters of line 1 (with its newline).
    assert_eq!(recs[0]["start"], 49, "{out}");
}

#[test]
fn clear_errors() {
    let (ok, _, err) = tarikh(
        &["dates", "no/such/file.txt", "--published", "2021-05-10"],
        None,
    );
    assert!(!ok);
    assert!(err.contains("no/such/file.txt"), "{err}");

    let wd = Workdir::new();
    let bad = wd.write("latin1.txt", b"caf\xe9 on May 1");
    let (ok, _, err) = tarikh(
        &[
            "dates",
            bad.to_str().expect("path"),
            "--published",
            "2021-05-10",
        ],
        None,
    );
    assert!(!ok);
    assert!(err.contains("latin1.txt") && err.contains("UTF-8"), "{err}");

    let (ok, _, err) = tarikh(&["dates", SEED, "--published", "10/05/2021"], None);
    assert!(!ok);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}
