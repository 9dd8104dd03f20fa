//! Merge benchmark: the cost of importing one report into a database that already holds many
//! incidents read from reports. Merging looks for candidates through the mentions' date
//! windows, so the cost per report should stay flat as the database grows.
//!
//! `cargo bench --bench merge` (add `-- 20000` for a quicker run with that many incidents at
//! the largest size). It fills a database in `target/bench-merge/` with generated reports (ten
//! incidents each, two reports a day, four pairs of sides and five event types, so that many
//! readings meet; a fifth of the dates "on or before" a day, one in twenty a month and one in
//! forty a year), and at 1%, 10% and 100% of the size times the import of 5 rounds of 200 more
//! generated reports on days already covered, one transaction each, as `tarikh import` stores them.
//! Coverage keeps the same density as the database grows (more days, not more reports a day):
//! the cost of a report depends on how many readings meet around its days, which the
//! benchmark holds constant, and should not depend on the database's size.

use std::path::PathBuf;
use std::time::Instant;

use chrono::{Datelike, Duration, NaiveDate};
use tarikh::date::IncidentDate;
use tarikh::ingest::Vocabulary;
use tarikh::model::{EventType, Evidence, Incident, Report};
use tarikh::store::{Store, StoreError};

const ACTORS: &[&str] = &[
    "Kyrgyzstan",
    "Tajikistan",
    "Armenia",
    "Azerbaijan",
    "India",
    "Pakistan",
    "Sudan",
    "Ethiopia",
];
const TYPES: &[EventType] = &[
    EventType::ArmedClash,
    EventType::Shelling,
    EventType::Ceasefire,
    EventType::Talks,
    EventType::Statement,
];
const PER_REPORT: usize = 10;

/// A small deterministic generator (no dependency, same data on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// Report `serial`, published the day after day number `day` from 2000-01-01.
fn report(rng: &mut Lcg, serial: usize, day: usize) -> (Report, Vec<Incident>) {
    let base = NaiveDate::from_ymd_opt(2000, 1, 1).expect("a day");
    let day = base + Duration::days(day as i64);
    let pair = rng.next(ACTORS.len() / 2) * 2;
    let report = Report {
        hash: format!("bench-{serial:08}"),
        title: format!("Generated report {serial}"),
        source: format!("Outlet {}", serial % 40),
        url: Some(format!("https://bench.example/{serial}")),
        language: "en".into(),
        published: day + Duration::days(1),
        text: String::new(),
        path: None,
    };
    let incidents = (0..PER_REPORT)
        .map(|k| {
            let on = day - Duration::days(rng.next(3) as i64);
            // A fifth "on or before" a day; a few told by their month or year, as background is
            // (wide readings have their own search).
            let date = match rng.next(40) {
                0..=7 => IncidentDate::one_of(None, Some(on)).expect("a bound"),
                8 | 9 => IncidentDate::month(on.year(), on.month()).expect("a month"),
                10 => IncidentDate::year(on.year()),
                _ => IncidentDate::day(on),
            };
            let t = TYPES[rng.next(TYPES.len())];
            let mut i = Incident::new(date, t, format!("{t} {serial}/{k}"));
            i.uid = format!("bench-{serial}-{k}");
            i.seq = k as i64;
            i.actors = vec![ACTORS[pair].to_string(), ACTORS[pair + 1].to_string()];
            i.sources = vec![report.source.clone()];
            i.evidence = vec![Evidence {
                sentence: format!("Sentence {k} of report {serial}."),
                report: Some(report.hash.clone()),
                char_start: Some(k * 40),
                char_end: Some(k * 40 + 30),
            }];
            i
        })
        .collect();
    (report, incidents)
}

fn main() {
    let largest: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = PathBuf::from("target/bench-merge");
    std::fs::create_dir_all(&dir).expect("a folder for the database");
    let path = dir.join("merge.db");
    let _ = std::fs::remove_file(&path);
    let _ = std::fs::remove_file(dir.join("merge.db-wal"));
    let _ = std::fs::remove_file(dir.join("merge.db-shm"));
    let names = &Vocabulary::builtin()
        .expect("the built-in vocabulary")
        .gazetteer;
    let mut store = Store::open(&path).expect("a database");
    let mut rng = Lcg(7);
    let mut serial = 0;
    let mut held = 0;
    println!(
        "incidents read from reports | per report imported (median of 5 rounds of 200 reports, 10 readings each)"
    );
    for size in [largest / 100, largest / 10, largest] {
        // Fill to the size, in transactions of 1,000 reports.
        while held < size {
            store
                .transaction(|b| -> Result<(), StoreError> {
                    for _ in 0..1000.min((size - held).div_ceil(PER_REPORT)) {
                        // Two reports a day, in order of publication.
                        let (r, incidents) = report(&mut rng, serial, serial / 2);
                        serial += 1;
                        b.save_report(&r, &incidents, &[], &[], names)?;
                    }
                    Ok(())
                })
                .expect("filling the database");
            held = serial * PER_REPORT;
        }
        // Each probe is rolled back, so that the probes do not thicken the days they land on.
        // Five rounds of 200 probes; the median round is the figure, the range shows the noise.
        let mut probe = Lcg(size as u64);
        let mut rounds: Vec<f64> = (0..5)
            .map(|round| {
                let started = Instant::now();
                for k in 0..200 {
                    let day = probe.next(serial / 2);
                    let (r, incidents) =
                        report(&mut probe, 90_000_000 + size + round * 200 + k, day);
                    let rolled_back = store.transaction(|b| -> Result<(), StoreError> {
                        b.save_report(&r, &incidents, &[], &[], names)?;
                        Err(StoreError::Invalid("roll back the probe".into()))
                    });
                    assert!(rolled_back.is_err());
                }
                started.elapsed().as_secs_f64() * 1000.0 / 200.0
            })
            .collect();
        rounds.sort_by(f64::total_cmp);
        println!(
            "{size:>27} | {:.2} ms (rounds {:.2} to {:.2})",
            rounds[2], rounds[0], rounds[4]
        );
    }
}
