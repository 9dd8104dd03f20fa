//! The seed report (data/reports/) read as its owner reads it: the incidents of
//! ../shared/seed/README.md, with their dates, types and statuses.

mod ingest_support;
mod workdir;

use chrono::NaiveDate;

use ingest_support::print;
use tarikh::ingest::{Extraction, IngestOptions, ingest_report};
use tarikh::model::{EventType, Incident, Status};
use workdir::day;

const SEED_PATH: &str = "data/reports/2021-05-10-putin-japarov-kg-tj-border.ar.txt";

fn seed() -> String {
    std::fs::read_to_string(SEED_PATH).expect("the seed report is in data/reports/")
}

fn find(x: &Extraction, t: EventType, pred: impl Fn(&Incident) -> bool) -> &Incident {
    let found: Vec<&Incident> = x
        .incidents
        .iter()
        .filter(|i| i.event_type == t && pred(i))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one {t} incident matching, found {}",
        found.len()
    );
    found[0]
}

fn bounds(i: &Incident) -> (Option<NaiveDate>, Option<NaiveDate>) {
    (i.date.earliest(), i.date.latest())
}

/// The undated incidents stay within the stated bounds and are never one invented day.
fn assert_within(i: &Incident, lo: Option<&str>, hi: &str) {
    let (a, b) = bounds(i);
    if let Some(lo) = lo {
        assert!(
            a.is_some_and(|a| a >= day(lo)),
            "{}: {} starts before {lo}",
            i.title,
            i.date.to_edtf()
        );
    }
    assert!(
        b.is_some_and(|b| b <= day(hi)),
        "{}: {} ends after {hi}",
        i.title,
        i.date.to_edtf()
    );
    assert!(
        i.date.exact_day().is_none(),
        "{}: {} is a single day the text does not give",
        i.title,
        i.date.to_edtf()
    );
}

#[test]
fn seed_with_published_reads_as_the_readme_table() {
    let opts = IngestOptions {
        published: Some(day("2021-05-10")),
        ..Default::default()
    };
    let x = ingest_report(SEED_PATH, &seed(), &opts).expect("the seed is read");
    print(&x);
    assert_eq!(x.report.published, day("2021-05-10"));
    assert_eq!(x.report.language, "ar");
    assert!(!x.report.text.contains("---"));

    // 1: 1991 background.
    let i = find(&x, EventType::Other, |i| i.date.to_edtf() == "1991");
    assert_eq!(i.status, Status::Occurred);
    assert!(i.evidence.len() >= 2, "independence is told twice");
    // 2: cameras installed on or before 28 April.
    let i = find(&x, EventType::Other, |i| i.title.contains("installation"));
    assert_eq!(i.date.latest(), Some(day("2021-04-28")));
    assert!(i.date.exact_day().is_none());
    // 3: stone-throwing on 28 April.
    let i = find(&x, EventType::MobViolence, |_| true);
    assert_eq!(i.date.to_edtf(), "2021-04-28");
    assert_eq!(i.status, Status::Occurred);
    // 4: border guards intervene, 28 or 29 April.
    let i = find(&x, EventType::Deployment, |_| true);
    assert_eq!(
        bounds(i),
        (Some(day("2021-04-28")), Some(day("2021-04-29")))
    );
    // 5: armed clashes on 29 April, Batken, dozens killed and injured (no death toll asserted).
    let i = find(&x, EventType::ArmedClash, |_| true);
    assert_eq!(i.date.to_edtf(), "2021-04-29");
    assert_eq!(i.place.as_deref(), Some("Batken Region"));
    assert!(i.fatalities.best.is_none() && i.fatalities.high.is_none());
    assert!(!i.fatalities.phrase.is_empty());
    assert!(i.evidence.len() >= 2);
    // 6: ceasefire between 29 April and 10 May.
    let i = find(&x, EventType::Ceasefire, |_| true);
    assert_within(i, Some("2021-04-29"), "2021-05-10");
    assert!(
        i.evidence.len() >= 2,
        "the ceasefire is told in two paragraphs"
    );
    assert_eq!(i.status, Status::Occurred);
    // 7: withdrawal of armoured vehicles after the ceasefire.
    let i = find(&x, EventType::Withdrawal, |_| true);
    assert_within(i, Some("2021-04-29"), "2021-05-10");
    // 8: mutual violations, claimed.
    let i = find(&x, EventType::Accusation, |_| true);
    assert_within(i, Some("2021-04-29"), "2021-05-10");
    assert_eq!(i.status, Status::Claimed);
    // 9: the governor's claim that the Tajik side refused to remove the cameras.
    let i = find(&x, EventType::Statement, |_| true);
    assert_within(i, Some("2021-04-29"), "2021-05-10");
    assert_eq!(i.status, Status::Claimed);
    // 10: the phone call on 10 May.
    let i = find(&x, EventType::Talks, |_| true);
    assert_eq!(i.date.to_edtf(), "2021-05-10");
    assert_eq!(i.status, Status::Occurred);
    assert!(
        i.actors.contains(&"Sadyr Japarov".to_string())
            && i.actors.contains(&"Vladimir Putin".to_string())
    );
    // 11: the visit to Moscow at the end of May, planned.
    let i = find(&x, EventType::Visit, |_| true);
    assert_eq!(i.status, Status::Planned);
    assert_eq!(i.place.as_deref(), Some("Moscow"));
    let (a, b) = bounds(i);
    assert!(
        a.is_some_and(|a| a >= day("2021-05-11")) && b == Some(day("2021-05-31")),
        "{}",
        i.date.to_edtf()
    );

    assert_eq!(x.incidents.len(), 11, "the README table has 11 incidents");
    // Evidence offsets are character offsets into the report text.
    for i in &x.incidents {
        for e in &i.evidence {
            let (s, t) = (e.char_start.unwrap_or(0), e.char_end.unwrap_or(0));
            let got: String = x.report.text.chars().skip(s).take(t - s).collect();
            assert_eq!(got, e.sentence);
        }
    }
    // Nothing was disputed in this report.
    assert!(x.incidents.iter().all(|i| i.disputed.is_empty()));
}

#[test]
fn seed_without_published_is_dated_from_its_dateline_and_text() {
    // The dateline '05/10' has no year; "today, Monday", "the end of this May" and "30 years
    // after 1991" settle it.
    let x = ingest_report(SEED_PATH, &seed(), &IngestOptions::default())
        .expect("the seed is read without --published");
    print(&x);
    assert_eq!(x.report.published, day("2021-05-10"));
    assert!(
        x.notes
            .iter()
            .any(|n| n.contains("2021-05-10") && n.contains("inferred from the dateline '05/10'")),
        "{:?}",
        x.notes
    );
    assert_eq!(
        x.incidents.len(),
        11,
        "the same incidents as with --published"
    );
}
