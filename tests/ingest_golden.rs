//! Golden files: the whole reading of every report the tests and the README use, pinned.
//!
//! Each report under tests/data/reports/en/, tests/data/reports/ar/, tests/data/reports/*.txt
//! and data/reports/*.txt is read with `tarikh::ingest::ingest_report`, and everything that
//! comes out (the publication day, every incident in story order with its date, type, status,
//! actors, place, toll, dispute and evidence sentences, and the notes) is rendered as text and
//! compared with `NAME.golden` beside the report. The report tests say what must be read; the
//! golden files say that nothing else changed.
//!
//! Updating a golden file is a reviewed, deliberate change, never a way to make the suite pass:
//! run `TARIKH_BLESS=1 cargo test --test ingest_golden`, read `git diff -- '*.golden'` line by
//! line, and commit the golden files with the change that moved them, saying why the reading
//! changed.

mod ingest_support;
mod workdir;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use tarikh::ingest::{Extraction, IngestOptions, ingest_report};
use workdir::day;

/// The folders whose reports are pinned (relative to the package root).
const FOLDERS: &[&str] = &[
    "tests/data/reports/en",
    "tests/data/reports/ar",
    "tests/data/reports",
    "data/reports",
];

/// The day the golden readings take as today.
const TODAY: &str = "2026-12-03";

/// Reports whose text does not give their publication day, with the day the report tests pass
/// for them (`--published`).
const PUBLISHED: &[(&str, &str)] = &[
    (
        "tests/data/reports/en/2022-09-16-wire-kg-tj-ceasefire.txt",
        "2022-09-16",
    ),
    (
        "tests/data/reports/ar/15-rt-dateline-no-date-kg-tj.txt",
        "2022-09-21",
    ),
];

const BLESS: &str = "TARIKH_BLESS";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The reports of the folders (`.txt` files directly in each), as paths relative to the root.
fn reports() -> Vec<String> {
    let mut out = Vec::new();
    for folder in FOLDERS {
        let mut names: Vec<String> = std::fs::read_dir(root().join(folder))
            .unwrap_or_else(|e| panic!("{folder}: {e}"))
            .map(|e| e.expect("folder entry").path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        names.sort();
        out.extend(names.into_iter().map(|n| format!("{folder}/{n}")));
    }
    out
}

/// `NAME.txt` → `NAME.golden`, beside it.
fn golden_path(report: &str) -> PathBuf {
    root().join(report).with_extension("golden")
}

/// A sentence on one line, whatever it holds.
fn one_line(s: &str) -> String {
    s.replace('\r', "\\r").replace('\n', "\\n")
}

fn opt<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref().map_or("-".to_string(), T::to_string)
}

/// The whole extraction as stable, readable text.
fn render(x: &Extraction) -> String {
    let mut s = String::new();
    let r = &x.report;
    let _ = writeln!(s, "published: {}", r.published);
    let _ = writeln!(s, "language: {}", r.language);
    let _ = writeln!(s, "title: {}", one_line(&r.title));
    let _ = writeln!(s, "source: {}", one_line(&r.source));
    let _ = writeln!(s, "incidents: {}", x.incidents.len());
    for i in &x.incidents {
        let f = &i.fatalities;
        let _ = writeln!(s);
        let _ = writeln!(s, "incident {}", i.seq);
        let _ = writeln!(s, "  date: {}", i.date.to_edtf());
        let _ = writeln!(s, "  type: {}", i.event_type.as_str());
        let _ = writeln!(s, "  status: {}", i.status.as_str());
        let _ = writeln!(s, "  title: {}", one_line(&i.title));
        let _ = writeln!(s, "  actors: {}", i.actors.join("; "));
        let _ = writeln!(
            s,
            "  place: {} (country {})",
            opt(&i.place),
            opt(&i.country)
        );
        let _ = writeln!(
            s,
            "  fatalities: low {} best {} high {}",
            opt(&f.low),
            opt(&f.best),
            opt(&f.high)
        );
        let _ = writeln!(s, "  fatalities phrase: {}", one_line(&f.phrase));
        let _ = writeln!(s, "  disputed: {}", one_line(&i.disputed));
        let _ = writeln!(s, "  evidence (* the summary):");
        for e in &i.evidence {
            let mark = if e.sentence == i.summary { '*' } else { '-' };
            let _ = writeln!(s, "    {mark} {}", one_line(&e.sentence));
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "notes:");
    for n in &x.notes {
        let _ = writeln!(s, "  - {}", one_line(n));
    }
    s
}

/// Read one report as the report tests do, and render what comes out.
fn reading(report: &str) -> String {
    let raw = std::fs::read_to_string(root().join(report)).expect("report file");
    let mut head = format!(
        "# {report}: the whole reading, pinned by tests/ingest_golden.rs\n\
         # (update: TARIKH_BLESS=1 cargo test --test ingest_golden, then review the diff)\n"
    );
    // A fixed today, so that what a dateline without its year leaves open does not move with
    // the clock.
    let mut options = IngestOptions {
        today: Some(day(TODAY)),
        ..Default::default()
    };
    if let Some(&(_, published)) = PUBLISHED.iter().find(|(p, _)| *p == report) {
        let without = match ingest_report(report, &raw, &options) {
            Ok(_) => "read".to_string(),
            Err(e) => format!("refused: {}", one_line(&e.to_string())),
        };
        let _ = writeln!(head, "without --published: {without}");
        let _ = writeln!(head, "read with --published {published}");
        options.published = Some(day(published));
    }
    match ingest_report(report, &raw, &options) {
        Ok(x) => head + &render(&x),
        Err(e) => format!("{head}refused: {}\n", one_line(&e.to_string())),
    }
}

/// A line diff (longest common subsequence): `-` golden, `+` now, with two lines of context.
fn diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // (kind, golden line number, text): ' ' same, '-' only in the golden, '+' only now.
    let mut ops: Vec<(char, Option<usize>, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', Some(i + 1), a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', Some(i + 1), a[i]));
            i += 1;
        } else {
            ops.push(('+', None, b[j]));
            j += 1;
        }
    }
    let near_change = |k: usize| {
        let lo = k.saturating_sub(2);
        let hi = (k + 2).min(ops.len() - 1);
        (lo..=hi).any(|x| ops[x].0 != ' ')
    };
    let mut out = String::new();
    let mut gap = false;
    for (k, &(kind, line, text)) in ops.iter().enumerate() {
        if near_change(k) {
            if gap {
                out.push_str("   ...\n");
            }
            gap = false;
            let line = line.map_or(String::new(), |l| l.to_string());
            let _ = writeln!(out, "{kind} {line:>4} | {text}");
        } else {
            gap = true;
        }
    }
    out
}

#[test]
fn every_report_reads_as_its_golden_file() {
    let bless = std::env::var_os(BLESS).is_some();
    let reports = reports();
    assert!(reports.len() >= 30, "reports found: {reports:?}");
    let mut failures: Vec<String> = Vec::new();
    for report in &reports {
        let now = reading(report);
        let path = golden_path(report);
        let shown = path.strip_prefix(root()).unwrap_or(&path).display();
        if bless {
            std::fs::write(&path, &now).expect("write golden file");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(golden) if golden == now => {}
            Ok(golden) => failures.push(format!(
                "{report} no longer reads as {shown} (- golden line, + line now):\n{}",
                diff(&golden, &now)
            )),
            Err(_) => failures.push(format!("{report} has no golden file {shown}")),
        }
    }
    assert!(
        failures.is_empty(),
        "\n{}\n{} of {} reports differ from their golden files. If, and only if, the new \
         reading is the intended one, update them with `{BLESS}=1 cargo test --test \
         ingest_golden` and review `git diff -- '*.golden'` before committing.",
        failures.join("\n"),
        failures.len(),
        reports.len()
    );
}

#[test]
fn every_golden_file_has_its_report() {
    let reports = reports();
    for folder in FOLDERS {
        for entry in std::fs::read_dir(root().join(folder)).expect("folder") {
            let path = entry.expect("folder entry").path();
            if path.extension().is_some_and(|x| x == "golden") {
                assert!(
                    reports.iter().any(|r| golden_path(r) == path),
                    "{} is left over: no report NAME.txt beside it; delete it",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_diff_names_what_changed() {
    let d = diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nD\ne\nf\ng\n");
    assert_eq!(
        d,
        "   ...\n     2 | b\n     3 | c\n-    4 | d\n+      | D\n     5 | e\n     6 | f\n"
    );
}
