//! What the ingester tests share: a listing of what a report was read into, printed on failure
//! (cargo shows a test's standard error only when it fails). Test days are `workdir::day`.
#![allow(dead_code)]

use tarikh::ingest::Extraction;

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
