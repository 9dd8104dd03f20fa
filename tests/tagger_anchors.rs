//! "The next day", "two days later": counted from the nearest preceding date only when that date
//! is a day (or a range of days); after a coarser one they are left undated, never counted from
//! an older date or from the publication day.

use chrono::NaiveDate;
use tarikh::tagger::{TagOptions, tag};

fn dates(text: &str) -> Vec<(String, Option<String>)> {
    let options = TagOptions {
        published: NaiveDate::from_ymd_opt(2021, 5, 10).unwrap(),
        lang: None,
    };
    tag(text, &options)
        .into_iter()
        .map(|e| (e.text, e.date.map(|d| d.to_edtf())))
        .collect()
}

fn date_of(text: &str, expr: &str) -> Option<Option<String>> {
    dates(text)
        .into_iter()
        .find(|(t, _)| t == expr)
        .map(|(_, d)| d)
}

#[test]
fn counted_from_a_preceding_day() {
    assert_eq!(
        date_of(
            "On 28 April clashes broke out. The next day troops left.",
            "The next day"
        ),
        Some(Some("2021-04-29".into()))
    );
    assert_eq!(
        date_of(
            "اندلعت الاشتباكات في 28 أبريل. وفي اليوم التالي انسحبت القوات.",
            "اليوم التالي"
        ),
        Some(Some("2021-04-29".into()))
    );
}

#[test]
fn never_counted_past_a_coarser_date() {
    for (text, expr) in [
        (
            "In late April the clashes erupted. The next day, troops withdrew.",
            "The next day",
        ),
        (
            "Clashes erupted in April. Two days later, troops withdrew.",
            "Two days later",
        ),
        (
            "On 28 April clashes broke out. In May talks began. Two days later troops left.",
            "Two days later",
        ),
        (
            "اندلعت الاشتباكات أواخر أبريل. وفي اليوم التالي انسحبت القوات.",
            "اليوم التالي",
        ),
        (
            "اندلعت الاشتباكات في 28 أبريل. وبدأت المحادثات في مايو. وبعد يومين انسحبت القوات.",
            "بعد يومين",
        ),
    ] {
        let found = date_of(text, expr);
        assert!(
            matches!(found, None | Some(None)),
            "{text}: {expr} was dated {found:?}"
        );
    }
}

#[test]
fn with_no_date_before_the_publication_day_counts() {
    assert_eq!(
        date_of(
            "Officials said the next day would bring talks.",
            "the next day"
        ),
        Some(Some("2021-05-11".into()))
    );
}
