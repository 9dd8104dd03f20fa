//! The two readings of dates with no year and no direction word: the last one and the coming
//! one. The tense of the clause picks one ("talks will resume on June 7-8" is the coming June
//! 7-8, "clashes broke out on April 29" the last 29 April); with no tense, a weekday is the
//! last one and a yearly date the nearer one. `alternative` holds the other reading; it must
//! be absent when the text fixes the year or the direction, and when a reading is the
//! publication day or contains it.
//!
//! Each case: publication day, phrase, span the tagger must find, EDTF of `date`, EDTF of
//! `alternative` (`-` for none).

use chrono::NaiveDate;
use tarikh::tagger::{Lang, TagOptions, tag};

/// 2021-05-10 is a Monday.
const MON: &str = "2021-05-10";
/// 2021-05-09 is a Sunday.
const SUN: &str = "2021-05-09";
const JAN: &str = "2021-01-05";

const CASES: &[(&str, &str, &str, &str, &str)] = &[
    // A present form of a scheduled act used as a plural noun ("the heads of") tells no time
    // to come.
    (
        MON,
        "Despite the agreement reached on the evening of 7 May between the heads of the border services, troops stayed.",
        "7 May",
        "2021-05-07",
        "2022-05-07",
    ),
    // ----- The tense of the clause picks the reading.
    // A past verb, a future one; a weekday in wire style, with no preposition.
    (
        MON,
        "The minister met them on Friday.",
        "Friday",
        "2021-05-07",
        "2021-05-14",
    ),
    (
        MON,
        "The ministers will meet on Friday.",
        "Friday",
        "2021-05-14",
        "2021-05-07",
    ),
    (
        MON,
        "Clinton Saturday vowed to press on.",
        "Saturday",
        "2021-05-08",
        "2021-05-15",
    ),
    // A present-tense verb of schedule.
    (
        MON,
        "Parliament meets again Wednesday.",
        "Wednesday",
        "2021-05-12",
        "2021-05-05",
    ),
    // A deadline word, unless a past verb stands right before it.
    (
        MON,
        "Schools stay closed until Friday.",
        "Friday",
        "2021-05-14",
        "2021-05-07",
    ),
    (
        MON,
        "Shelling went on until Friday.",
        "Friday",
        "2021-05-07",
        "2021-05-14",
    ),
    // Or a word before it: a state reached ("fell silent by"), unless the verb grants a time.
    (
        MON,
        "The guns fell silent by Saturday night.",
        "Saturday night",
        "2021-05-08",
        "2021-05-15",
    ),
    (
        MON,
        "Kabul gave them until Friday to leave.",
        "Friday",
        "2021-05-14",
        "2021-05-07",
    ),
    // A weekday with a count of weeks back: the last such weekday, that many weeks earlier.
    (
        MON,
        "The truce agreed on Wednesday a week ago held.",
        "Wednesday a week ago",
        "2021-04-28",
        "-",
    ),
    (
        MON,
        "أعلنت الهدنة مساء الأربعاء قبل أسبوعين.",
        "مساء الأربعاء قبل أسبوعين",
        "2021-04-21",
        "-",
    ),
    // A weekday "before last": the one before the last such weekday, with no other reading.
    (
        MON,
        "Gunmen attacked the town on the Wednesday before last.",
        "Wednesday before last",
        "2021-04-28",
        "-",
    ),
    (
        MON,
        "شن المسلحون الهجوم ليل الأربعاء قبل الماضي.",
        "ليل الأربعاء قبل الماضي",
        "2021-04-28",
        "-",
    ),
    // Written on a Monday: the last Monday is a week back, the one before it two.
    (
        MON,
        "التقى الوزيران يوم الاثنين قبل الماضي.",
        "يوم الاثنين قبل الماضي",
        "2021-04-26",
        "-",
    ),
    // "before" another thing is no direction.
    (
        MON,
        "The truce was agreed on Wednesday before the talks.",
        "Wednesday",
        "2021-05-05",
        "2021-05-12",
    ),
    // No tense: a weekday is the last one, the publication day included.
    (MON, "Monday's decision", "Monday", "2021-05-10", "-"),
    (
        MON,
        "Thursday's decision",
        "Thursday",
        "2021-05-06",
        "2021-05-13",
    ),
    // Yearly dates: a verb right beside it decides; a verb of saying does not.
    (
        JAN,
        "Fighting broke out on Dec. 28.",
        "Dec. 28",
        "2020-12-28",
        "2021-12-28",
    ),
    (
        "2021-11-02",
        "The vote is set for Nov. 16.",
        "Nov. 16",
        "2021-11-16",
        "2020-11-16",
    ),
    (
        "2021-10-17",
        "The truce takes effect at midnight on 18 October.",
        "18 October",
        "2021-10-18",
        "2020-10-18",
    ),
    (
        "2021-01-09",
        "Iraq had insisted on Jan. 12.",
        "Jan. 12",
        "2021-01-12",
        "2020-01-12",
    ),
    // Far from the publication day, the tense decides.
    (
        "2021-09-15",
        "The ministers met in March.",
        "March",
        "2021-03",
        "2022-03",
    ),
    (
        "2021-09-15",
        "Elections will be held in March.",
        "March",
        "2022-03",
        "2021-03",
    ),
    (
        "2021-09-15",
        "The report was published in March.",
        "March",
        "2021-03",
        "2022-03",
    ),
    // No tense: the nearer one.
    (
        "2021-01-09",
        "the Dec. 28 attack",
        "Dec. 28",
        "2020-12-28",
        "2021-12-28",
    ),
    (
        "2021-11-02",
        "the Nov. 16 vote",
        "Nov. 16",
        "2021-11-16",
        "2020-11-16",
    ),
    // Arabic: a past verb at the head of the sentence, the future prefix.
    (
        "2021-09-15",
        "وقعت الحادثة في ديسمبر",
        "ديسمبر",
        "2020-12",
        "2021-12",
    ),
    (
        MON,
        "سيلتقي الوزيران يوم الجمعة",
        "يوم الجمعة",
        "2021-05-14",
        "2021-05-07",
    ),
    // ----- English: day and month, ranges.
    (
        MON,
        "Talks will resume on June 7-8.",
        "June 7-8",
        "2021-06-07/2021-06-08",
        "2020-06-07/2020-06-08",
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
        "2021-06",
        "2020-06",
    ),
    (MON, "Fighting went on in May.", "May", "2021-05", "-"),
    (
        MON,
        "The summit is planned for late June.",
        "late June",
        "2021-06-21/2021-06-30~",
        "2020-06-21/2020-06-30~",
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
        "[2021-06-01..2021-06-07]",
        "[2020-06-01..2020-06-07]",
    ),
    // ----- English: weekdays.
    (
        MON,
        "The vote is set for Sunday.",
        "Sunday",
        "2021-05-16",
        "2021-05-09",
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
        "2021-12-25",
        "2020-12-25",
    ),
    // ----- Arabic: day and month, ranges.
    (
        MON,
        "سيزور موسكو في 7 يونيو",
        "7 يونيو",
        "2021-06-07",
        "2020-06-07",
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
        "2021-06",
        "2020-06",
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
        "2021-06-21/2021-06-30~",
        "2020-06-21/2020-06-30~",
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
        "2021-05-16",
        "2021-05-09",
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
fn last_and_coming_readings() {
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
        let (got_date, got_coming) = (edtf(e.date), edtf(e.alternative));
        if got_date != date || got_coming != coming {
            failures.push(format!(
                "«{phrase}» ({published}): expected {date} or {coming}, got {got_date} or {got_coming} ({})",
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

/// Numeric dates whose order is settled by the other dates of the text keep the other reading
/// in the same order.
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
    assert_eq!(
        e.alternative.map(|d| d.to_edtf()).as_deref(),
        Some("2022-04-03")
    );
}

/// Whatever the text and the publication day, of a date and its alternative one lies wholly
/// before the publication day and the other wholly after it.
#[test]
fn one_reading_before_and_one_after_the_publication_day() {
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
            if let Some(a) = e.alternative {
                let d = e.date.expect("an alternative without a date");
                let (before, after) = if d.latest().is_some_and(|l| l < p) {
                    (d, a)
                } else {
                    (a, d)
                };
                assert!(before.latest().is_some_and(|l| l < p), "{p}: {e:?}");
                assert!(after.earliest().is_some_and(|f| f > p), "{p}: {e:?}");
                let c = a;
                let back: tarikh::date::IncidentDate = c.to_edtf().parse().expect("EDTF");
                assert_eq!(back.to_edtf(), c.to_edtf());
            }
        }
    }
}
