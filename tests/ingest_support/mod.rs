//! What the ingester tests share: one sentence read as a report of its own and the table check
//! of the incidents it gives (the event tables of every language), and a listing of what a
//! report was read into, printed on failure (cargo shows a test's standard error only when it
//! fails). Test days are `workdir::day`.
#![allow(dead_code)]

use tarikh::ingest::{Extraction, IngestOptions, ingest_report};
use tarikh::model::{EventType, Incident};

/// The publication day of the one-sentence reports: a Saturday.
pub const PUBLISHED: &str = "2022-09-17";

/// One sentence read as a report of its own, in `lang`.
pub fn read_sentence(lang: &str, sentence: &str) -> Extraction {
    let raw = format!("---\npublished: {PUBLISHED}\nlanguage: {lang}\n---\n{sentence}\n");
    ingest_report("t.txt", &raw, &IngestOptions::default()).expect("the report is read")
}

/// (type, title) of each incident read from one sentence.
pub fn incidents_of(lang: &str, sentence: &str) -> Vec<(EventType, String)> {
    read_sentence(lang, sentence)
        .incidents
        .iter()
        .map(|i| (i.event_type, i.title.clone()))
        .collect()
}

/// Each row: the sentence and the incidents it must give, as (type, a word of the title's
/// concept). Exactly these, in any order.
pub fn check_events(lang: &str, rows: &[(&str, &[(EventType, &str)])]) {
    let mut failures = Vec::new();
    for (sentence, want) in rows {
        let got = incidents_of(lang, sentence);
        let mut left = got.clone();
        let mut ok = true;
        for (t, concept) in *want {
            match left.iter().position(|(gt, title)| {
                gt == t && title.to_lowercase().contains(&concept.to_lowercase())
            }) {
                Some(k) => {
                    left.remove(k);
                }
                None => ok = false,
            }
        }
        if !ok || !left.is_empty() {
            failures.push(format!("{sentence}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert_rows(&failures, rows.len());
}

/// A table test passes when none of its `rows` failed; else every failure is listed.
pub fn assert_rows(failures: &[String], rows: usize) {
    assert!(
        failures.is_empty(),
        "{} of {} rows differ:\n{}",
        failures.len(),
        rows,
        failures.join("\n")
    );
}

/// The notes and incidents of an extraction, one line each, to standard error.
pub fn print(x: &Extraction) {
    for n in &x.notes {
        eprintln!("note: {n}");
    }
    for i in &x.incidents {
        eprintln!(
            "{:>2} {:<26} {:<20} {:<9} {} | actors {:?} | place {:?} | toll {:?}/{:?}/{:?} '{}' | disputed '{}' | {}",
            i.seq,
            i.date.to_edtf(),
            i.event_type.as_str(),
            i.status.as_str(),
            i.title,
            i.actors,
            i.place,
            i.fatalities.low,
            i.fatalities.best,
            i.fatalities.high,
            i.fatalities.phrase,
            i.disputed,
            i.evidence
                .iter()
                .map(|e| e.sentence.chars().take(60).collect::<String>())
                .collect::<Vec<_>>()
                .join(" / ")
        );
    }
}

/// The incidents of type `t`.
pub fn all(x: &Extraction, t: EventType) -> Vec<&Incident> {
    x.incidents.iter().filter(|i| i.event_type == t).collect()
}

/// The one incident of type `t` that `pred` picks.
pub fn one(x: &Extraction, t: EventType, pred: impl Fn(&Incident) -> bool) -> &Incident {
    let found: Vec<&Incident> = all(x, t).into_iter().filter(|i| pred(i)).collect();
    assert_eq!(
        found.len(),
        1,
        "expected one {t} incident matching, found {}",
        found.len()
    );
    found[0]
}
