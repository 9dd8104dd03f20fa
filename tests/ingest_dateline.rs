//! The publication day: flag > front matter > dateline; a dateline without its year or with an
//! open day/month order is settled only by clues in the text, and refused (naming --published)
//! when they do not settle it. File dates and today's date are never used.

mod workdir;

use tarikh::ingest::{IngestOptions, ingest_report};
use workdir::day;

fn read(raw: &str) -> Result<tarikh::ingest::Extraction, String> {
    ingest_report("r.txt", raw, &IngestOptions::default()).map_err(|e| e.to_string())
}

#[test]
fn full_english_dateline() {
    let raw = "Kyrgyz and Tajik troops pull back\n\nMay 01 2021 11:34 AM\n\nBoth sides withdrew troops from the border on Friday, officials said.\n";
    let x = read(raw).expect("read");
    assert_eq!(x.report.published, day("2021-05-01"));
    assert!(
        x.notes
            .iter()
            .any(|n| n.contains("2021-05-01") && n.contains("May 01 2021")),
        "{:?}",
        x.notes
    );
    assert_eq!(x.incidents[0].date.to_edtf(), "2021-04-30");
}

#[test]
fn full_arabic_dateline_with_place() {
    let raw = "دبي 2 مايو 2021\n\nأعلنت وزارة الدفاع سحب القوات من المنطقة الحدودية أمس السبت.\n";
    let x = read(raw).expect("read");
    assert_eq!(x.report.published, day("2021-05-02"));
    assert_eq!(x.incidents[0].date.to_edtf(), "2021-05-01");
}

#[test]
fn yearless_dateline_settled_by_clues() {
    // 11 April fits "Sunday" in 2021 and 2027; "this year 2021" settles it. "04/11" could also be
    // 4 November, which "this April" rules out.
    let raw = "04/11 09:15\n\nبحث وزيرا خارجية البلدين اليوم الأحد الوضع على الحدود خلال اتصال هاتفي، بعد اشتباكات وقعت في أبريل الجاري، وهي الأولى في العام الجاري 2021.\n";
    let x = read(raw).expect("read");
    assert_eq!(x.report.published, day("2021-04-11"));
    let note = x
        .notes
        .iter()
        .find(|n| n.contains("inferred"))
        .expect("an inference note");
    assert!(
        note.contains("04/11") && note.contains("Sunday") && note.contains("April"),
        "{note}"
    );
}

#[test]
fn yearless_dateline_without_enough_clues_is_refused() {
    // Weekday and month leave several years: refuse, never guess.
    let raw = "04/11 09:15\n\nبحث وزيرا خارجية البلدين اليوم الأحد الوضع على الحدود، بعد اشتباكات وقعت في أبريل الجاري.\n";
    let err = read(raw).unwrap_err();
    assert!(err.starts_with("r.txt: "), "{err}");
    assert!(
        err.contains("04/11") && err.contains("--published"),
        "{err}"
    );
    assert!(
        err.contains("Sunday") && err.contains("days from"),
        "the clues and what is left are named: {err}"
    );
    // No clue at all.
    let raw = "05/10 16:08\n\nThe two presidents discussed the border in a phone call.\n";
    let err = read(raw).unwrap_err();
    assert!(
        err.contains("05/10") && err.contains("--published"),
        "{err}"
    );
    // An English wire dateline without a year.
    let raw = "BISHKEK, May 1 (Reuters) - Kyrgyzstan and Tajikistan agreed a ceasefire on Friday after clashes on the border.\n";
    let err = read(raw).unwrap_err();
    assert!(
        err.contains("May 1") && err.contains("--published"),
        "{err}"
    );
}

#[test]
fn no_publication_day_at_all_is_refused() {
    let err = read("Clashes broke out on the border on Thursday, officials said.\n").unwrap_err();
    assert!(err.contains("--published"), "{err}");
}

#[test]
fn open_day_month_order_settled_by_the_month() {
    // 03/04/2022: 3 April or 4 March; "this March" picks 4 March.
    let raw =
        "03/04/2022 10:00\n\nوقعت اشتباكات بين قوات البلدين في مارس الجاري، حسب وزارة الدفاع.\n";
    let x = read(raw).expect("read");
    assert_eq!(x.report.published, day("2022-03-04"));
    // Without a clue the order stays open: refused.
    let raw = "03/04/2022 10:00\n\nوقعت اشتباكات بين قوات البلدين أمس، حسب وزارة الدفاع.\n";
    let err = read(raw).unwrap_err();
    assert!(
        err.contains("open day/month order") && err.contains("2022-03-04 or 2022-04-03"),
        "{err}"
    );
    assert!(err.contains("--published"), "{err}");
}

#[test]
fn flag_and_front_matter_come_first() {
    let raw = "---\npublished: 2021-05-09\n---\n05/10 16:08\n\nThe two presidents discussed the border in a phone call today.\n";
    let x = read(raw).expect("read");
    assert_eq!(x.report.published, day("2021-05-09"));
    assert!(
        x.notes
            .iter()
            .any(|n| n.contains("does not read as 2021-05-09")),
        "{:?}",
        x.notes
    );
    let opts = IngestOptions {
        published: Some(day("2021-05-10")),
        ..Default::default()
    };
    let x = ingest_report("r.txt", raw, &opts).expect("read");
    assert_eq!(x.report.published, day("2021-05-10"));
    assert_eq!(x.incidents[0].date.to_edtf(), "2021-05-10");
}

#[test]
fn published_line_is_the_dateline() {
    let raw = "Published: 12 May 2021\nUpdated: 13 May 2021\n\nTroops were deployed to the border on Tuesday, the ministry said.\n";
    let x = read(raw).expect("read");
    assert_eq!(x.report.published, day("2021-05-12"));
    assert_eq!(x.incidents[0].date.to_edtf(), "2021-05-11");
}
