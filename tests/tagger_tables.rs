//! Table-driven tests of the temporal tagger: each line of `tests/data/tagger/*.tsv` is a
//! phrase, the publication day, the span the tagger must find and the EDTF it must resolve to
//! (precision follows from the EDTF). A span of `-` means nothing may be found in the phrase;
//! an EDTF of `none` means the expression is found but given no date (vague).
//!
//! Columns: published, phrase, span, edtf. `#` starts a comment line.

use chrono::NaiveDate;
use tarikh::date::IncidentDate;
use tarikh::tagger::{Lang, TagOptions, tag};

struct Outcome {
    rows: usize,
    failures: Vec<String>,
}

fn run_table(name: &str, lang: Option<Lang>) -> Outcome {
    let path = format!("{}/tests/data/tagger/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Outcome {
        rows: 0,
        failures: Vec::new(),
    };
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [published, phrase, span, edtf] = cols[..] else {
            out.failures.push(format!(
                "{name}:{}: expected 4 tab-separated columns",
                n + 1
            ));
            continue;
        };
        out.rows += 1;
        let published = NaiveDate::parse_from_str(published, "%Y-%m-%d")
            .unwrap_or_else(|e| panic!("{name}:{}: bad day {published}: {e}", n + 1));
        let found = tag(phrase, &TagOptions { published, lang });
        let shown = || {
            found
                .iter()
                .map(|e| {
                    format!(
                        "«{}» {} ({})",
                        e.text,
                        e.date.map(|d| d.to_edtf()).unwrap_or("none".into()),
                        e.rule
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let fail = |why: String| {
            format!(
                "{name}:{}: «{phrase}» ({published}): {why}; found: [{}]",
                n + 1,
                shown()
            )
        };
        if span == "-" {
            if !found.is_empty() {
                out.failures.push(fail("expected nothing".into()));
            }
            continue;
        }
        let Some(e) = found.iter().find(|e| e.text == span) else {
            out.failures.push(fail(format!("expected span «{span}»")));
            continue;
        };
        match (edtf, e.date) {
            ("none", None) => {}
            ("none", Some(d)) => out
                .failures
                .push(fail(format!("expected no date, got {}", d.to_edtf()))),
            (want, Some(d)) => {
                let want_date: IncidentDate = want
                    .parse()
                    .unwrap_or_else(|err| panic!("{name}:{}: bad EDTF {want}: {err}", n + 1));
                if d.to_edtf() != want || d.precision() != want_date.precision() {
                    out.failures
                        .push(fail(format!("expected {want}, got {}", d.to_edtf())));
                }
            }
            (want, None) => out
                .failures
                .push(fail(format!("expected {want}, got no date"))),
        }
    }
    out
}

fn check(name: &str, lang: Option<Lang>, min_rows: usize) {
    let out = run_table(name, lang);
    assert!(out.rows >= min_rows, "{name}: only {} rows", out.rows);
    assert!(
        out.failures.is_empty(),
        "{} of {} rows failed:\n{}",
        out.failures.len(),
        out.rows,
        out.failures.join("\n")
    );
}

#[test]
fn arabic_phrases() {
    check("ar.tsv", Some(Lang::Ar), 150);
}

#[test]
fn arabic_phrases_auto_language() {
    check("ar.tsv", None, 150);
}

#[test]
fn english_phrases() {
    check("en.tsv", Some(Lang::En), 100);
}

#[test]
fn english_phrases_auto_language() {
    check("en.tsv", None, 100);
}

#[test]
fn must_not_match() {
    check("negative.tsv", None, 40);
}
