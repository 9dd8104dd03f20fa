//! The publication day: flag > front matter > dateline; a dateline without its year or with an
//! open day/month order is settled only by clues in the text, and refused (naming --published)
//! when they do not settle it. File dates are never used; today's date only bounds a year the
//! dateline does not give (`TARIKH_TODAY` sets it for the binary).

mod workdir;

use tarikh::ingest::{IngestOptions, ingest_report};
use workdir::{Workdir, day};

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

/// `tarikh import --dry-run` on a report, `today` taken as today: whether it succeeded, and its
/// standard output and error.
fn dry_run(report: &str, today: &str) -> (bool, String, String) {
    let wd = Workdir::new();
    let path = wd.write("wire.txt", report);
    let out = wd
        .command(&["import", "--dry-run", path.to_str().expect("UTF-8 path")])
        .env("TARIKH_TODAY", today)
        .output()
        .expect("run tarikh");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// An English wire report with a yearless dateline, its date written with its weekday, and a
/// year told as past.
const WIRE_SETTLED: &str = "Border fighting flares again\n\n\
TASHKENT, Sept 16 (Example Wire) - Troops from the two neighbours exchanged mortar fire on \
Thursday, Sept. 16, along a disputed stretch of the border, the defence ministry said. Two \
soldiers were wounded.\n\n\
It was the heaviest fighting in the area since April 2021, when dozens of people were killed \
in clashes over water.\n";

#[test]
fn english_wire_dateline_settled_by_its_text() {
    let (ok, stdout, stderr) = dry_run(WIRE_SETTLED, "2026-12-03");
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("publication date 2021-09-16 inferred from the dateline 'Sept 16'"),
        "{stderr}"
    );
    // The note names the clues: the date with its weekday, the past year, today.
    for clue in ["'Thursday, Sept. 16'", "'April 2021'", "today (2026-12-03)"] {
        assert!(stderr.contains(clue), "{clue} not in: {stderr}");
    }
    assert!(stdout.contains("published 2021-09-16"), "{stdout}");
}

#[test]
fn english_wire_dateline_settled_by_today_and_a_named_year() {
    // "today, Thursday" and "In 2019, ..." leave Thursdays 16 Sept from 2019 to today: 2021.
    let report = "BISHKEK, Sept 16 (Example Wire) - Kyrgyz and Tajik border guards exchanged \
fire today, Thursday, near the village of Kok-Tash, officials said.\n\n\
In 2019, a similar dispute over a road ended in a brief ceasefire.\n";
    let (ok, _, stderr) = dry_run(report, "2026-12-03");
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("publication date 2021-09-16")
            && stderr.contains("'today, Thursday' says the day is a Thursday"),
        "{stderr}"
    );
    // "last year (2021)": the publication year is 2022, whatever today is.
    let report = "DUSHANBE, May 4 (Example Wire) - The two governments resumed border talks \
after clashes last year (2021) that killed dozens of people.\n";
    let (ok, _, stderr) = dry_run(report, "2026-12-03");
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("publication date 2022-05-04") && stderr.contains("beside 2021"),
        "{stderr}"
    );
}

#[test]
fn english_wire_dateline_the_text_does_not_settle_is_refused() {
    // A weekday for today, and only years of what is to come: every Thursday 16 Sept up to
    // today remains.
    let report = "BISHKEK, Sept 16 (Example Wire) - Kyrgyz and Tajik border guards exchanged \
fire today, Thursday, officials said. Parliamentary elections are due in 2024, and the two \
sides will hold talks on the border in 2025.\n";
    let (ok, stdout, stderr) = dry_run(report, "2026-12-03");
    assert!(!ok, "read as: {stdout}");
    assert!(
        stderr.contains("'Sept 16' has no year")
            && stderr.contains("'today, Thursday' says the day is a Thursday")
            && stderr.contains("remain possible")
            && stderr.contains("--published"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("2024-01-01"),
        "a future year was used: {stderr}"
    );
    // The settled report, on a machine whose today comes before 16 Sept 2021: no day fits.
    let (ok, stdout, stderr) = dry_run(WIRE_SETTLED, "2021-09-01");
    assert!(!ok, "read as: {stdout}");
    assert!(
        stderr.contains("fits none of the clues") && stderr.contains("--published"),
        "{stderr}"
    );
}
