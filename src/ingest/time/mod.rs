//! Stage: time. When things happened, from the report's temporal expressions and its story:
//! - [`expressions`]: the tagger's expressions of the report (outside its dateline), and those
//!   of each sentence;
//! - [`mention`]: the expression that governs each mention of a sentence ([`govern`]), "since"
//!   and "said on" bounds, time marks ("since independence");
//! - [`running`]: an act told as in its Nth day ("for a second day on Monday") spans the days
//!   it has run;
//! - [`sections`]: the day heading a section of a report told day by day dates what it tells;
//! - [`discourse`]: a sentence that steps back in the story (a pluperfect, an earlier opening
//!   date);
//! - [`story`]: each incident's date from its mentions' expressions (competing readings kept and
//!   marked disputed), or honest bounds from the relations the text gives and from the story.
//!   No day is invented.

pub mod discourse;
pub mod expressions;
pub mod govern;
pub mod mention;
pub mod running;
pub mod sections;
pub mod story;

use chrono::NaiveDate;

use crate::date::{IncidentDate, Precision};

/// A date read from a temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub struct DateReading {
    pub date: IncidentDate,
    pub text: String,
    /// The coming reading of a date with no year and no direction word ("will meet on
    /// Sunday"), from the tagger; used when the event is planned.
    pub coming: Option<IncidentDate>,
    /// The tagger took the coming reading, from the tense of the clause or its nearness ("set
    /// for Nov. 5", "will meet Thursday"): what it dates is planned, unless it is fighting,
    /// which is never scheduled.
    pub ahead: bool,
    /// A day word the tagger counted from the publication day ("yesterday", "overnight",
    /// "أمس", "فجر اليوم"): under a day's heading it counts from that day instead.
    pub from_now: bool,
    /// "the same day", "the next day": the days counted from the date told before it.
    pub counts_from_anchor: Option<i64>,
    /// A weekday told with a direction word ("next Tuesday", "в прошлую пятницу", "الثلاثاء
    /// المقبل"): counted from the publication day, never from a day heading above it.
    pub directed: bool,
}

/// Whether an expression's date can date an event: a day, month or year, or a span of at most
/// a season or quarter ("خريف 2020", "the first quarter") with both ends known.
pub fn usable(date: &IncidentDate) -> bool {
    match date.precision() {
        Precision::Day | Precision::Month | Precision::Year => true,
        Precision::Range | Precision::Unknown => match (date.earliest(), date.latest()) {
            (Some(a), Some(b)) => (b - a).num_days() <= 92,
            _ => false,
        },
    }
}

/// The later of two days, either of which may be unknown.
pub fn max_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

/// The earlier of two days, either of which may be unknown.
pub fn min_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn usable_dates_are_days_months_years_and_seasons() {
        assert!(usable(&IncidentDate::day(d("2021-04-29"))));
        let season = IncidentDate::one_of(Some(d("2020-09-01")), Some(d("2020-11-30"))).unwrap();
        assert!(usable(&season));
        let half_year = IncidentDate::one_of(Some(d("2022-01-01")), Some(d("2022-06-30"))).unwrap();
        assert!(!usable(&half_year));
        let open = IncidentDate::one_of(None, Some(d("2022-06-30"))).unwrap();
        assert!(!usable(&open));
    }
}
