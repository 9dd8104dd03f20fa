//! Ranges ("from 28 December to 2 January", "between April and June", "من الجمعة إلى الأحد")
//! are resolved as one unit and reported as one expression: a year on either end applies to
//! both; with no year and no direction word the range is the most recent one starting on or
//! before the publication day, its end following its start across a year or week boundary;
//! a range never ends before it starts and is never split in two.
//!
//! `tests/data/tagger/ranges.tsv`: published, phrase, span, EDTF of `date` (`none`: found
//! but given no date), EDTF of `alternative` (`-`: none).

mod workdir;

use chrono::{Datelike, Days, NaiveDate};
use tarikh::date::IncidentDate;
use tarikh::tagger::{Lang, TagOptions, TemporalExpr, tag};
use workdir::day;

fn lang_of(phrase: &str) -> Lang {
    if phrase.is_ascii() {
        Lang::En
    } else if phrase
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    {
        Lang::Ru
    } else {
        Lang::Ar
    }
}

fn run(phrase: &str, published: NaiveDate, lang: Option<Lang>) -> Vec<TemporalExpr> {
    tag(phrase, &TagOptions { published, lang })
}

fn edtf(d: Option<IncidentDate>, none: &str) -> String {
    d.map_or(none.to_string(), |d| d.to_edtf())
}

fn shown(found: &[TemporalExpr]) -> String {
    found
        .iter()
        .map(|e| format!("«{}» {} ({})", e.text, edtf(e.date, "none"), e.rule))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The one expression covering `span`: present, and nothing else overlapping it.
fn the_range<'a>(
    found: &'a [TemporalExpr],
    phrase: &str,
    span: &str,
) -> Result<&'a TemporalExpr, String> {
    let at = phrase
        .find(span)
        .ok_or_else(|| format!("span «{span}» not in the phrase"))?;
    let (s, e) = (at, at + span.len());
    let e0 = found
        .iter()
        .find(|x| x.start == s && x.end == e)
        .ok_or_else(|| format!("expected one expression «{span}»"))?;
    if found
        .iter()
        .any(|x| !std::ptr::eq(x, e0) && x.start < e && s < x.end)
    {
        return Err(format!("«{span}» split into several expressions"));
    }
    Ok(e0)
}

#[test]
fn range_table() {
    let path = format!(
        "{}/tests/data/tagger/ranges.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut rows = 0;
    let mut failures = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [published, phrase, span, want, want_coming] = cols[..] else {
            failures.push(format!("ranges.tsv:{}: expected 5 columns", n + 1));
            continue;
        };
        rows += 1;
        let p = day(published);
        for lang in [Some(lang_of(phrase)), None] {
            let found = run(phrase, p, lang);
            let fail = |why: String| {
                format!(
                    "ranges.tsv:{}: «{phrase}» ({published}, {lang:?}): {why}; found: [{}]",
                    n + 1,
                    shown(&found)
                )
            };
            let e = match the_range(&found, phrase, span) {
                Ok(e) => e,
                Err(why) => {
                    failures.push(fail(why));
                    continue;
                }
            };
            let (got, got_coming) = (edtf(e.date, "none"), edtf(e.alternative, "-"));
            if got != want || got_coming != want_coming {
                failures.push(fail(format!(
                    "expected {want} or {want_coming}, got {got} or {got_coming}"
                )));
            }
            if want != "none" {
                let w: IncidentDate = want.parse().expect("EDTF");
                if e.date.map(|d| d.precision()) != Some(w.precision()) {
                    failures.push(fail("precision differs".into()));
                }
            }
        }
    }
    assert!(rows >= 70, "only {rows} rows");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Ranges with no year and no direction word, on every day of two years: one expression, never
/// reversed; when it is under way on the publication day, that one alone; otherwise the last
/// one and the coming one (the nearer taken for a yearly range, the last for days of the
/// week and for Arabic ranges farther than 45 days), one wholly before the publication day and
/// the other wholly after it, on the same days of the calendar.
#[test]
fn yearless_ranges_on_every_day() {
    const PHRASES: &[(&str, &str)] = &[
        ("from December 30 to January 2", "December 30 to January 2"),
        ("from 28 December to 3 January", "28 December to 3 January"),
        ("from April 28 to May 1", "April 28 to May 1"),
        ("from 28 February to 1 March", "28 February to 1 March"),
        ("from April to June", "April to June"),
        ("from November to February", "November to February"),
        ("between June and August", "June and August"),
        ("from Friday to Sunday", "Friday to Sunday"),
        ("between Wednesday and Friday", "Wednesday and Friday"),
        ("from Saturday to Monday", "Saturday to Monday"),
        ("from Christmas to 2 January", "Christmas to 2 January"),
        ("from 28 April to June", "28 April to June"),
        (
            "from late December to early January",
            "late December to early January",
        ),
        ("من 15 أبريل إلى نهاية يونيو", "15 أبريل إلى نهاية يونيو"),
        ("من 28 أبريل إلى 1 مايو", "28 أبريل إلى 1 مايو"),
        ("من 30 ديسمبر إلى 2 يناير", "30 ديسمبر إلى 2 يناير"),
        ("بين 28 ديسمبر و2 يناير", "28 ديسمبر و2 يناير"),
        ("من الجمعة إلى الأحد", "الجمعة إلى الأحد"),
        ("بين الأربعاء والجمعة", "الأربعاء والجمعة"),
        ("بين أبريل ويونيو", "أبريل ويونيو"),
        ("من نوفمبر إلى فبراير", "نوفمبر إلى فبراير"),
        ("من 28 شعبان إلى 2 رمضان", "28 شعبان إلى 2 رمضان"),
        ("من 25 ذي الحجة إلى 5 محرم", "25 ذي الحجة إلى 5 محرم"),
    ];
    let start = day("2020-01-01");
    let mut failures = Vec::new();
    for k in 0..731 {
        let p = start + Days::new(k);
        for &(phrase, span) in PHRASES {
            let found = run(phrase, p, Some(lang_of(phrase)));
            let e = match the_range(&found, phrase, span) {
                Ok(e) => e,
                Err(why) => {
                    failures.push(format!("{p} «{phrase}»: {why}: [{}]", shown(&found)));
                    continue;
                }
            };
            let Some(d) = e.date else {
                failures.push(format!("{p} «{phrase}»: no date"));
                continue;
            };
            let (Some(a), Some(b)) = (d.earliest(), d.latest()) else {
                failures.push(format!("{p} «{phrase}»: open range {}", d.to_edtf()));
                continue;
            };
            if a >= b {
                failures.push(format!("{p} «{phrase}»: {}", d.to_edtf()));
            }
            let weekdays = ["Friday", "Wednesday", "Saturday", "الجمعة", "الأربعاء"]
                .iter()
                .any(|w| phrase.contains(w));
            match e.alternative {
                None if a <= p && p <= b => {}
                Some(c) => {
                    let ca = c.earliest().expect("alternative start");
                    let cb = c.latest().expect("alternative end");
                    let (before, after) = if b < p {
                        ((a, b), (ca, cb))
                    } else {
                        ((ca, cb), (a, b))
                    };
                    let same_days = phrase.is_ascii() && !phrase.contains("February") && !weekdays;
                    // Weekdays: the last one. Yearly dates: the nearer one (in Arabic, which
                    // marks the future, only within 45 days; the last one otherwise).
                    let (ahead, back) = ((after.0 - p).num_days(), (p - before.1).num_days());
                    let took_coming = (a, b) == after;
                    let last_one = weekdays || (!phrase.is_ascii() && ahead.min(back) > 45);
                    let nearer = if last_one {
                        !took_coming
                    } else {
                        (ahead < back) == took_coming
                    };
                    if before.1 >= p
                        || after.0 <= p
                        || cb <= ca
                        || !nearer
                        || (same_days
                            && ((ca.month(), ca.day(), cb.month(), cb.day())
                                != (a.month(), a.day(), b.month(), b.day())))
                    {
                        failures.push(format!(
                            "{p} «{phrase}»: {} or {}",
                            d.to_edtf(),
                            c.to_edtf()
                        ));
                    }
                }
                None => failures.push(format!(
                    "{p} «{phrase}»: {} with no alternative",
                    d.to_edtf()
                )),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// A year written on one end places the whole range, whatever the publication day.
#[test]
fn a_year_on_one_end_holds_for_both() {
    const CASES: &[(&str, &str, &str)] = &[
        (
            "from 28 April to 1 May 2021",
            "28 April to 1 May 2021",
            "2021-04-28/2021-05-01",
        ),
        (
            "28 December to 2 January 2021",
            "28 December to 2 January 2021",
            "2020-12-28/2021-01-02",
        ),
        (
            "from 30 December 2020 to 2 January",
            "30 December 2020 to 2 January",
            "2020-12-30/2021-01-02",
        ),
        (
            "from November to February 2021",
            "November to February 2021",
            "2020-11-01/2021-02-28",
        ),
        (
            "من 13 إلى 15 تموز 2020",
            "13 إلى 15 تموز 2020",
            "2020-07-13/2020-07-15",
        ),
        (
            "بين 28 ديسمبر و2 يناير 2021",
            "28 ديسمبر و2 يناير 2021",
            "2020-12-28/2021-01-02",
        ),
        (
            "من 25 ديسمبر 2020 إلى 3 يناير",
            "25 ديسمبر 2020 إلى 3 يناير",
            "2020-12-25/2021-01-03",
        ),
        (
            "من 28 أبريل إلى 1 مايو 2021",
            "28 أبريل إلى 1 مايو 2021",
            "2021-04-28/2021-05-01",
        ),
    ];
    let mut failures = Vec::new();
    for published in [
        "2020-01-15",
        "2020-12-29",
        "2021-01-01",
        "2021-03-01",
        "2021-05-10",
        "2022-06-01",
        "2030-11-30",
    ] {
        let p = day(published);
        for &(phrase, span, want) in CASES {
            let found = run(phrase, p, None);
            match the_range(&found, phrase, span) {
                Ok(e) => {
                    let got = edtf(e.date, "none");
                    if got != want || e.alternative.is_some() {
                        failures.push(format!(
                            "{published} «{phrase}»: expected {want}, got {got} or {}",
                            edtf(e.alternative, "-")
                        ));
                    }
                }
                Err(why) => failures.push(format!(
                    "{published} «{phrase}»: {why}: [{}]",
                    shown(&found)
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A Hijri end beside a Gregorian one: never a range of almost a year because the two
/// calendars slide against each other; either a short range within a year of the publication
/// day or no date at all.
#[test]
fn hijri_and_gregorian_ends_stay_close() {
    const PHRASES: &[(&str, &str)] = &[
        ("من عيد الفطر إلى 20 مايو", "عيد الفطر إلى 20 مايو"),
        ("من رمضان إلى يونيو", "رمضان إلى يونيو"),
        ("من 20 مارس إلى 5 رمضان", "20 مارس إلى 5 رمضان"),
    ];
    let start = day("2019-01-01");
    let mut failures = Vec::new();
    for k in (0..1500).step_by(3) {
        let p = start + Days::new(k);
        for &(phrase, span) in PHRASES {
            let found = run(phrase, p, None);
            let e = match the_range(&found, phrase, span) {
                Ok(e) => e,
                Err(why) => {
                    failures.push(format!("{p} «{phrase}»: {why}: [{}]", shown(&found)));
                    continue;
                }
            };
            let Some(d) = e.date else { continue };
            let (a, b) = (d.earliest().expect("start"), d.latest().expect("end"));
            if (p - a).num_days().abs() > 366 || (b - a).num_days() > 180 {
                failures.push(format!("{p} «{phrase}»: {}", d.to_edtf()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}
