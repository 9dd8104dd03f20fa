//! The coming reading (`TemporalExpr::coming`) of dates with no year and no direction word:
//! "talks will resume on June 7-8" is read as the most recent June 7-8, and `coming` gives the
//! next one for a report that speaks of the future. It must be absent when the text fixes the
//! year or the direction, and when the default reading is the publication day or contains it.
//!
//! Each case: publication day, phrase, span the tagger must find, EDTF of `date`, EDTF of
//! `coming` (`-` for none).

use chrono::NaiveDate;
use tarikh::tagger::{Lang, TagOptions, tag};

/// 2021-05-10 is a Monday.
const MON: &str = "2021-05-10";
/// 2021-05-09 is a Sunday.
const SUN: &str = "2021-05-09";
const JAN: &str = "2021-01-05";

const CASES: &[(&str, &str, &str, &str, &str)] = &[
    // ----- English: day and month, ranges.
    (
        MON,
        "Talks will resume on June 7-8.",
        "June 7-8",
        "2020-06-07/2020-06-08",
        "2021-06-07/2021-06-08",
    ),
    (
        MON,
        "Clashes broke out on April 29.",
        "April 29",
        "2021-04-29",
        "2022-04-29",
    ),
    (
        JAN,
        "The deadline is December 30.",
        "December 30",
        "2020-12-30",
        "2021-12-30",
    ),
    (
        MON,
        "The army said on May 10 that",
        "May 10",
        "2021-05-10",
        "-",
    ),
    (
        MON,
        "on April 29, 2021 the army",
        "April 29, 2021",
        "2021-04-29",
        "-",
    ),
    (MON, "last April", "last April", "2021-04", "-"),
    // The weekday agrees with 2021-04-29 only: the coming 29 April is a Friday.
    (
        MON,
        "on Thursday, April 29 the army",
        "Thursday, April 29",
        "2021-04-29",
        "-",
    ),
    // ----- English: months and parts of months.
    (
        MON,
        "Elections are due in June.",
        "June",
        "2020-06",
        "2021-06",
    ),
    (MON, "Fighting went on in May.", "May", "2021-05", "-"),
    (
        MON,
        "The summit is planned for late June.",
        "late June",
        "2020-06-21/2020-06-30~",
        "2021-06-21/2021-06-30~",
    ),
    (
        MON,
        "It began in early May.",
        "early May",
        "2021-05-01/2021-05-10~",
        "-",
    ),
    (
        MON,
        "during the first week of June",
        "the first week of June",
        "[2020-06-01..2020-06-07]",
        "[2021-06-01..2021-06-07]",
    ),
    // ----- English: weekdays.
    (
        MON,
        "The vote is set for Sunday.",
        "Sunday",
        "2021-05-09",
        "2021-05-16",
    ),
    (
        SUN,
        "The vote is set for Sunday.",
        "Sunday",
        "2021-05-09",
        "-",
    ),
    (MON, "next Sunday", "next Sunday", "2021-05-16", "-"),
    (MON, "last Sunday", "last Sunday", "2021-05-09", "-"),
    (MON, "this Sunday", "this Sunday", "2021-05-16", "-"),
    (
        MON,
        "between Thursday and Friday",
        "Thursday and Friday",
        "2021-05-06/2021-05-07",
        "2021-05-13/2021-05-14",
    ),
    // ----- English: feasts.
    (
        MON,
        "The truce ends at Christmas.",
        "Christmas",
        "2020-12-25",
        "2021-12-25",
    ),
    // ----- Arabic: day and month, ranges.
    (
        MON,
        "سيزور موسكو في 7 يونيو",
        "7 يونيو",
        "2020-06-07",
        "2021-06-07",
    ),
    (
        MON,
        "قتل ثلاثة جنود يوم 3 مايو",
        "3 مايو",
        "2021-05-03",
        "2022-05-03",
    ),
    (
        MON,
        "سيزور موسكو في 7 يونيو 2021",
        "7 يونيو 2021",
        "2021-06-07",
        "-",
    ),
    (
        MON,
        "وقعت الاشتباكات في 29 أبريل الماضي",
        "29 أبريل الماضي",
        "2021-04-29",
        "-",
    ),
    (
        MON,
        "تنعقد القمة في 15 مايو المقبل",
        "15 مايو المقبل",
        "2021-05-15",
        "-",
    ),
    (
        MON,
        "استمرت المعارك من 28 أبريل إلى 1 مايو",
        "28 أبريل إلى 1 مايو",
        "2021-04-28/2021-05-01",
        "2022-04-28/2022-05-01",
    ),
    // The range contains the publication day.
    (
        MON,
        "جرت المفاوضات في 9 و10 مايو",
        "9 و10 مايو",
        "2021-05-09/2021-05-10",
        "-",
    ),
    (MON, "في 10 مايو", "10 مايو", "2021-05-10", "-"),
    (
        MON,
        "ولد في 29 فبراير",
        "29 فبراير",
        "2020-02-29",
        "2024-02-29",
    ),
    (
        MON,
        "وقع الهجوم في 25/04",
        "25/04",
        "2021-04-25",
        "2022-04-25",
    ),
    // ----- Arabic: months and parts of months.
    (
        MON,
        "تجرى الانتخابات في يونيو",
        "يونيو",
        "2020-06",
        "2021-06",
    ),
    (MON, "في شهر مايو الجاري", "شهر مايو الجاري", "2021-05", "-"),
    (
        MON,
        "في كانون الأول الماضي",
        "كانون الأول الماضي",
        "2020-12",
        "-",
    ),
    (JAN, "في ديسمبر", "ديسمبر", "2020-12", "2021-12"),
    (JAN, "في يناير", "يناير", "2021-01", "-"),
    (
        MON,
        "تعقد القمة أواخر يونيو",
        "أواخر يونيو",
        "2020-06-21/2020-06-30~",
        "2021-06-21/2021-06-30~",
    ),
    // The most recent late May is still ahead of the publication day: no other reading.
    (
        MON,
        "تعقد القمة أواخر مايو",
        "أواخر مايو",
        "2021-05-21/2021-05-31~",
        "-",
    ),
    (
        MON,
        "أواخر يونيو الماضي",
        "أواخر يونيو الماضي",
        "2020-06-21/2020-06-30~",
        "-",
    ),
    // ----- Arabic: weekdays.
    (
        MON,
        "ستجرى الانتخابات يوم الأحد",
        "يوم الأحد",
        "2021-05-09",
        "2021-05-16",
    ),
    (
        SUN,
        "ستجرى الانتخابات يوم الأحد",
        "يوم الأحد",
        "2021-05-09",
        "-",
    ),
    (MON, "الأحد الماضي", "الأحد الماضي", "2021-05-09", "-"),
    (MON, "الأحد المقبل", "الأحد المقبل", "2021-05-16", "-"),
    (MON, "اليوم الإثنين", "اليوم الإثنين", "2021-05-10", "-"),
    (
        MON,
        "ليلة الجمعة",
        "ليلة الجمعة",
        "[2021-05-06..2021-05-07]",
        "[2021-05-13..2021-05-14]",
    ),
    // ----- Arabic: Hijri dates and feasts (Umm al-Qura).
    (
        MON,
        "بعد عيد الأضحى",
        "عيد الأضحى",
        "2020-07-31~",
        "2021-07-20~",
    ),
    (
        MON,
        "عيد الأضحى الماضي",
        "عيد الأضحى الماضي",
        "2020-07-31~",
        "-",
    ),
    (MON, "في 15 شعبان", "15 شعبان", "2021-03-28", "2022-03-18"),
    // Ramadan 1442 runs over the publication day.
    (
        MON,
        "في شهر رمضان",
        "شهر رمضان",
        "[2021-04-13..2021-05-12]",
        "-",
    ),
];

#[test]
fn coming_readings() {
    let mut failures = Vec::new();
    for &(published, phrase, span, date, coming) in CASES {
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        let lang = if phrase.is_ascii() {
            Lang::En
        } else {
            Lang::Ar
        };
        let found = tag(
            phrase,
            &TagOptions {
                published: p,
                lang: Some(lang),
            },
        );
        let edtf = |d: Option<tarikh::date::IncidentDate>| d.map_or("-".into(), |d| d.to_edtf());
        let Some(e) = found.iter().find(|e| e.text == span) else {
            let all: Vec<_> = found.iter().map(|e| e.text.as_str()).collect();
            failures.push(format!("«{phrase}» ({published}): no «{span}» in {all:?}"));
            continue;
        };
        let (got_date, got_coming) = (edtf(e.date), edtf(e.coming));
        if got_date != date || got_coming != coming {
            failures.push(format!(
                "«{phrase}» ({published}): expected {date} coming {coming}, got {got_date} coming {got_coming} ({})",
                e.rule
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Numeric dates whose order is settled by the other dates of the text take the coming
/// reading of the same order.
#[test]
fn settled_numeric_date_takes_the_same_order() {
    let p = NaiveDate::parse_from_str(MON, "%Y-%m-%d").unwrap();
    let found = tag(
        "جرى ذلك في 25/04 ثم في 03/04",
        &TagOptions {
            published: p,
            lang: Some(Lang::Ar),
        },
    );
    let e = found.iter().find(|e| e.text == "03/04").expect("03/04");
    assert_eq!(e.date.map(|d| d.to_edtf()).as_deref(), Some("2021-04-03"));
    assert_eq!(e.coming.map(|d| d.to_edtf()).as_deref(), Some("2022-04-03"));
}

/// Whatever the text, a coming reading lies wholly after the publication day and the date it
/// stands beside wholly before it.
#[test]
fn coming_is_after_and_date_before_the_publication_day() {
    let text = "Talks on June 7-8, Sunday, late June, Christmas, April 29, in May, 05/10.\n\
                في 7 يونيو ويوم الأحد وأواخر يونيو وعيد الفطر و15 شعبان ورمضان و03/04";
    let start = NaiveDate::from_ymd_opt(2020, 12, 20).unwrap();
    for k in 0..400 {
        let p = start + chrono::Days::new(k);
        for e in tag(
            text,
            &TagOptions {
                published: p,
                lang: None,
            },
        ) {
            if let Some(c) = e.coming {
                let d = e.date.expect("coming without a date");
                assert!(d.latest().is_some_and(|l| l < p), "{p}: {e:?}");
                assert!(c.earliest().is_some_and(|f| f > p), "{p}: {e:?}");
                let back: tarikh::date::IncidentDate = c.to_edtf().parse().expect("EDTF");
                assert_eq!(back.to_edtf(), c.to_edtf());
            }
        }
    }
}
