//! Developer aid: `INGEST_SHOW=path cargo test --test ingest_show -- --nocapture` prints what the
//! ingester reads from a report (with `INGEST_PUBLISHED=YYYY-MM-DD` to set the day).

use tarikh::ingest::{IngestOptions, ingest_report};

#[test]
fn show() {
    let Ok(path) = std::env::var("INGEST_SHOW") else {
        return;
    };
    let raw = std::fs::read_to_string(&path).expect("readable report");
    let published = std::env::var("INGEST_PUBLISHED")
        .ok()
        .and_then(|s| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let opts = IngestOptions {
        published,
        ..Default::default()
    };
    match ingest_report(&path, &raw, &opts) {
        Err(e) => eprintln!("refused: {e}"),
        Ok(x) => {
            for n in &x.notes {
                eprintln!("note: {n}");
            }
            for i in &x.incidents {
                eprintln!(
                    "{:>2} {:<26} {:<12} {:<9} {} | toll {:?}/{:?}/{:?} '{}' | disputed '{}'",
                    i.seq,
                    i.date.to_edtf(),
                    i.event_type.as_str(),
                    i.status.as_str(),
                    i.title,
                    i.fatalities.low,
                    i.fatalities.best,
                    i.fatalities.high,
                    i.fatalities.phrase,
                    i.disputed
                );
                for e in &i.evidence {
                    eprintln!("      - {}", e.sentence);
                }
            }
        }
    }
}
