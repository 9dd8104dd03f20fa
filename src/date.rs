//! The date model: what a source says about *when*, with its uncertainty kept.
//!
//! An [`IncidentDate`] is one of the claims the taxonomy allows: an exact day, a month, a year, an
//! interval (it lasted from a to b), or one unknown day within a span (`[a..b]`, possibly open on
//! one side). Each knows its earliest and latest possible day and its precision, and reads and
//! writes the EDTF subset tarikh uses.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("empty date")]
    Empty,
    #[error(
        "'{0}' is not a date tarikh understands (expected EDTF such as 2021-04-29, 2021-05, 2021, 2021-04-28/2021-05-01 or [2021-04-29..2021-05-10])"
    )]
    Syntax(String),
    #[error("'{input}' is not a real date: {why}")]
    Impossible { input: String, why: String },
    #[error("'{0}' ends before it starts")]
    Reversed(String),
}

/// How precisely the date is known (the taxonomy's `precision` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Range,
    Month,
    Year,
    Unknown,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Range => "range",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Precision {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s {
            "day" => Precision::Day,
            "range" => Precision::Range,
            "month" => Precision::Month,
            "year" => Precision::Year,
            "unknown" => Precision::Unknown,
            _ => {
                return Err(format!(
                    "unknown precision '{s}' (day, range, month, year, unknown)"
                ));
            }
        })
    }
}

/// EDTF level-1 qualifier on a date: `?` uncertain, `~` approximate, `%` both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Qualifier {
    pub uncertain: bool,
    pub approximate: bool,
}

impl Qualifier {
    pub const NONE: Qualifier = Qualifier {
        uncertain: false,
        approximate: false,
    };
    pub const APPROXIMATE: Qualifier = Qualifier {
        uncertain: false,
        approximate: true,
    };
    pub const UNCERTAIN: Qualifier = Qualifier {
        uncertain: true,
        approximate: false,
    };

    fn suffix(self) -> &'static str {
        match (self.uncertain, self.approximate) {
            (false, false) => "",
            (true, false) => "?",
            (false, true) => "~",
            (true, true) => "%",
        }
    }
}

/// A calendar point at day, month or year grain: `2021-04-29`, `2021-04`, `2021`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Point {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Point {
    pub fn day(date: NaiveDate) -> Point {
        Point {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    pub fn month(year: i32, month: u32) -> Result<Point, DateError> {
        let p = Point {
            year,
            month: Some(month),
            day: None,
        };
        p.validate(&format!("{year:04}-{month:02}"))?;
        Ok(p)
    }

    pub fn year(year: i32) -> Point {
        Point {
            year,
            month: None,
            day: None,
        }
    }

    /// First day the point covers.
    pub fn first_day(&self) -> NaiveDate {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MIN)
    }

    /// Last day the point covers.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                NaiveDate::from_ymd_opt(self.year, m, d).unwrap_or(NaiveDate::MAX)
            }
            (Some(m), None) => last_day_of_month(self.year, m),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31).unwrap_or(NaiveDate::MAX),
        }
    }

    fn validate(&self, input: &str) -> Result<(), DateError> {
        let bad = |why: String| DateError::Impossible {
            input: input.to_string(),
            why,
        };
        if !(1..=9999).contains(&self.year) {
            return Err(bad(format!("year {} is outside 0001-9999", self.year)));
        }
        if let Some(m) = self.month {
            if !(1..=12).contains(&m) {
                return Err(bad(format!("there is no month {m}")));
            }
            if let Some(d) = self.day
                && NaiveDate::from_ymd_opt(self.year, m, d).is_none()
            {
                let last = last_day_of_month(self.year, m).day();
                return Err(bad(format!(
                    "{} {} has {} days",
                    month_name(m),
                    self.year,
                    last
                )));
            }
        }
        Ok(())
    }

    fn write_edtf(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{:04}", self.year);
        if let Some(m) = self.month {
            let _ = write!(out, "-{m:02}");
            if let Some(d) = self.day {
                let _ = write!(out, "-{d:02}");
            }
        }
    }

    fn parse(s: &str, input: &str) -> Result<Point, DateError> {
        let syntax = || DateError::Syntax(input.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| syntax())
            } else {
                Err(syntax())
            }
        };
        let point = match parts.as_slice() {
            [y] => Point {
                year: num(y, 4)? as i32,
                month: None,
                day: None,
            },
            [y, m] if *m == "XX" => Point {
                year: num(y, 4)? as i32,
                month: None,
                day: None,
            },
            [y, m] => Point {
                year: num(y, 4)? as i32,
                month: Some(num(m, 2)?),
                day: None,
            },
            [y, m, d] if *d == "XX" => Point {
                year: num(y, 4)? as i32,
                month: Some(num(m, 2)?),
                day: None,
            },
            [y, m, d] => Point {
                year: num(y, 4)? as i32,
                month: Some(num(m, 2)?),
                day: Some(num(d, 2)?),
            },
            _ => return Err(syntax()),
        };
        point.validate(input)?;
        Ok(point)
    }

    fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }
}

/// The claim a date makes. See the module documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateKind {
    /// One point at day, month or year grain (`2021-04-29`, `2021-05~`).
    Single(Point),
    /// It lasted from `start` to `end` (`a/b`); `None` is an unknown end (`a/`), and
    /// `open_end` marks an ongoing one (`a/..`).
    Interval {
        start: Option<Point>,
        end: Option<Point>,
        open_end: bool,
    },
    /// It happened on one unknown day between the bounds (`[a..b]`, `[..b]`, `[a..]`).
    OneOf {
        earliest: Option<Point>,
        latest: Option<Point>,
    },
}

/// A date as a source states it. Build with the constructors, or parse EDTF with `str::parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IncidentDate {
    pub kind: DateKind,
    pub qualifier: Qualifier,
}

impl IncidentDate {
    pub fn day(date: NaiveDate) -> IncidentDate {
        IncidentDate {
            kind: DateKind::Single(Point::day(date)),
            qualifier: Qualifier::NONE,
        }
    }

    pub fn month(year: i32, month: u32) -> Result<IncidentDate, DateError> {
        Ok(IncidentDate {
            kind: DateKind::Single(Point::month(year, month)?),
            qualifier: Qualifier::NONE,
        })
    }

    pub fn year(year: i32) -> IncidentDate {
        IncidentDate {
            kind: DateKind::Single(Point::year(year)),
            qualifier: Qualifier::NONE,
        }
    }

    /// It lasted over these days. Equal days collapse to a single day.
    pub fn interval(start: NaiveDate, end: NaiveDate) -> Result<IncidentDate, DateError> {
        if end < start {
            return Err(DateError::Reversed(format!("{start}/{end}")));
        }
        if start == end {
            return Ok(IncidentDate::day(start));
        }
        Ok(IncidentDate {
            kind: DateKind::Interval {
                start: Some(Point::day(start)),
                end: Some(Point::day(end)),
                open_end: false,
            },
            qualifier: Qualifier::NONE,
        })
    }

    /// One unknown day between the bounds (either may be open). Equal bounds give that day.
    pub fn one_of(
        earliest: Option<NaiveDate>,
        latest: Option<NaiveDate>,
    ) -> Result<IncidentDate, DateError> {
        if let (Some(a), Some(b)) = (earliest, latest) {
            if b < a {
                return Err(DateError::Reversed(format!("[{a}..{b}]")));
            }
            if a == b {
                return Ok(IncidentDate::day(a));
            }
        }
        Ok(IncidentDate {
            kind: DateKind::OneOf {
                earliest: earliest.map(Point::day),
                latest: latest.map(Point::day),
            },
            qualifier: Qualifier::NONE,
        })
    }

    /// The same date, marked approximate (`~`).
    pub fn approximate(mut self) -> IncidentDate {
        self.qualifier.approximate = true;
        self
    }

    /// The same date, marked uncertain (`?`).
    pub fn uncertain(mut self) -> IncidentDate {
        self.qualifier.uncertain = true;
        self
    }

    /// Earliest day it can have happened; `None` when open towards the past.
    pub fn earliest(&self) -> Option<NaiveDate> {
        match self.kind {
            DateKind::Single(p) => Some(p.first_day()),
            DateKind::Interval { start, .. } => start.map(|p| p.first_day()),
            DateKind::OneOf { earliest, .. } => earliest.map(|p| p.first_day()),
        }
    }

    /// Latest day it can have happened; `None` when open towards the future.
    pub fn latest(&self) -> Option<NaiveDate> {
        match self.kind {
            DateKind::Single(p) => Some(p.last_day()),
            DateKind::Interval { end, .. } => end.map(|p| p.last_day()),
            DateKind::OneOf { latest, .. } => latest.map(|p| p.last_day()),
        }
    }

    pub fn precision(&self) -> Precision {
        match self.kind {
            DateKind::Single(p) => p.precision(),
            DateKind::Interval { .. } => Precision::Range,
            DateKind::OneOf { .. } => Precision::Unknown,
        }
    }

    /// The day, when exactly one day is meant.
    pub fn exact_day(&self) -> Option<NaiveDate> {
        match self.kind {
            DateKind::Single(p) if p.day.is_some() => Some(p.first_day()),
            _ => None,
        }
    }

    /// Sort key for timelines: earliest possible day, then latest (open ends sort outermost).
    pub fn sort_key(&self) -> (i32, i32) {
        (
            self.earliest().map_or(i32::MIN, |d| d.num_days_from_ce()),
            self.latest().map_or(i32::MAX, |d| d.num_days_from_ce()),
        )
    }

    /// Where a timeline puts it: its earliest day, or its known end when it is known only as
    /// "on or before" that day (open at both ends: last); then its latest day.
    pub fn timeline_key(&self) -> (i32, i32) {
        match self.sort_key() {
            (i32::MIN, end) => (end, end),
            key => key,
        }
    }

    /// EDTF text for the date (the `date` column).
    pub fn to_edtf(&self) -> String {
        let mut out = String::new();
        match self.kind {
            DateKind::Single(p) => {
                p.write_edtf(&mut out);
                out.push_str(self.qualifier.suffix());
            }
            DateKind::Interval {
                start,
                end,
                open_end,
            } => {
                if let Some(p) = start {
                    p.write_edtf(&mut out)
                }
                out.push('/');
                match end {
                    Some(p) => p.write_edtf(&mut out),
                    None if open_end => out.push_str(".."),
                    None => {}
                }
                out.push_str(self.qualifier.suffix());
            }
            DateKind::OneOf { earliest, latest } => {
                out.push('[');
                if let Some(p) = earliest {
                    p.write_edtf(&mut out);
                }
                out.push_str("..");
                if let Some(p) = latest {
                    p.write_edtf(&mut out);
                }
                out.push(']');
                out.push_str(self.qualifier.suffix());
            }
        }
        out
    }

    /// Parse the EDTF subset tarikh writes (see [`IncidentDate::to_edtf`]).
    pub fn parse_edtf(input: &str) -> Result<IncidentDate, DateError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(DateError::Empty);
        }
        let (body, qualifier) = split_qualifier(s);
        let syntax = || DateError::Syntax(input.to_string());
        let date = if let Some(inner) = body.strip_prefix('[') {
            let inner = inner.strip_suffix(']').ok_or_else(syntax)?;
            let (a, b) = inner.split_once("..").ok_or_else(syntax)?;
            let earliest = if a.is_empty() {
                None
            } else {
                Some(Point::parse(a, input)?)
            };
            let latest = if b.is_empty() {
                None
            } else {
                Some(Point::parse(b, input)?)
            };
            if earliest.is_none() && latest.is_none() {
                return Err(syntax());
            }
            IncidentDate {
                kind: DateKind::OneOf { earliest, latest },
                qualifier,
            }
        } else if let Some((a, b)) = body.split_once('/') {
            let start = match a {
                "" | ".." => None,
                _ => Some(Point::parse(a, input)?),
            };
            let (end, open_end) = match b {
                "" => (None, false),
                ".." => (None, true),
                _ => (Some(Point::parse(b, input)?), false),
            };
            if start.is_none() && end.is_none() {
                return Err(syntax());
            }
            IncidentDate {
                kind: DateKind::Interval {
                    start,
                    end,
                    open_end,
                },
                qualifier,
            }
        } else {
            IncidentDate {
                kind: DateKind::Single(Point::parse(body, input)?),
                qualifier,
            }
        };
        if let (Some(a), Some(b)) = (date.earliest(), date.latest())
            && b < a
        {
            return Err(DateError::Reversed(input.to_string()));
        }
        Ok(date)
    }

    /// Human wording with the uncertainty: "29 Apr 2021", "May 2021",
    /// "between 29 Apr and 10 May 2021", "about 21–31 May 2021".
    pub fn describe(&self) -> String {
        let about = if self.qualifier.approximate {
            "about "
        } else {
            ""
        };
        let doubt = if self.qualifier.uncertain { " (?)" } else { "" };
        let body = match self.kind {
            DateKind::Single(p) => describe_point(&p),
            DateKind::Interval {
                start,
                end,
                open_end,
            } => match (start, end) {
                (Some(a), Some(b)) => describe_span(&a, &b, "–"),
                (Some(a), None) if open_end => format!("from {} (ongoing)", describe_point(&a)),
                (Some(a), None) => format!("from {} (end unknown)", describe_point(&a)),
                (None, Some(b)) => format!("until {}", describe_point(&b)),
                (None, None) => "unknown".to_string(),
            },
            DateKind::OneOf { earliest, latest } => match (earliest, latest) {
                (Some(a), Some(b)) => {
                    let span = describe_span(&a, &b, " and ");
                    format!("between {span}")
                }
                (Some(a), None) => format!("on or after {}", describe_point(&a)),
                (None, Some(b)) => format!("on or before {}", describe_point(&b)),
                (None, None) => "unknown".to_string(),
            },
        };
        format!("{about}{body}{doubt}")
    }
}

fn split_qualifier(s: &str) -> (&str, Qualifier) {
    match s.as_bytes().last() {
        Some(b'?') => (&s[..s.len() - 1], Qualifier::UNCERTAIN),
        Some(b'~') => (&s[..s.len() - 1], Qualifier::APPROXIMATE),
        Some(b'%') => (
            &s[..s.len() - 1],
            Qualifier {
                uncertain: true,
                approximate: true,
            },
        ),
        _ => (s, Qualifier::NONE),
    }
}

impl fmt::Display for IncidentDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_edtf())
    }
}

impl FromStr for IncidentDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, DateError> {
        IncidentDate::parse_edtf(s)
    }
}

impl Serialize for IncidentDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_edtf())
    }
}

impl<'de> Deserialize<'de> for IncidentDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        IncidentDate::parse_edtf(&s).map_err(serde::de::Error::custom)
    }
}

/// Timeline order: earliest possible day, then latest; the EDTF text breaks remaining ties so
/// that the order is total and agrees with equality.
impl Ord for IncidentDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key()
            .cmp(&other.sort_key())
            .then_with(|| self.to_edtf().cmp(&other.to_edtf()))
    }
}

impl PartialOrd for IncidentDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The English name of a weekday.
pub fn weekday_name(w: chrono::Weekday) -> &'static str {
    match w {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    }
}

pub fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The English name of a month (1-12); "?" for anything else.
pub fn month_name(m: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

fn abbr(m: u32) -> &'static str {
    MONTH_ABBR
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

fn describe_point(p: &Point) -> String {
    match (p.month, p.day) {
        (Some(m), Some(d)) => format!("{d} {} {}", abbr(m), p.year),
        (Some(m), None) => format!("{} {}", abbr(m), p.year),
        _ => p.year.to_string(),
    }
}

/// "21–31 May 2021", "29 Apr and 10 May 2021", "Dec 2020 and Jan 2021": share what both ends share.
fn describe_span(a: &Point, b: &Point, joiner: &str) -> String {
    match (a.month, a.day, b.month, b.day) {
        (Some(am), Some(ad), Some(bm), Some(bd))
            if a.year == b.year && am == bm && joiner == "–" =>
        {
            format!("{ad}–{bd} {} {}", abbr(am), a.year)
        }
        (Some(am), Some(ad), Some(bm), Some(bd)) if a.year == b.year => {
            format!("{ad} {}{joiner}{bd} {} {}", abbr(am), abbr(bm), a.year)
        }
        _ => format!("{}{joiner}{}", describe_point(a), describe_point(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn parses_and_bounds_each_kind() {
        let cases = [
            ("2021-04-29", "2021-04-29", "2021-04-29", Precision::Day),
            ("2021-05", "2021-05-01", "2021-05-31", Precision::Month),
            ("2020-02", "2020-02-01", "2020-02-29", Precision::Month),
            ("1991", "1991-01-01", "1991-12-31", Precision::Year),
            (
                "2021-04-28/2021-05-01",
                "2021-04-28",
                "2021-05-01",
                Precision::Range,
            ),
            (
                "[2021-04-29..2021-05-10]",
                "2021-04-29",
                "2021-05-10",
                Precision::Unknown,
            ),
            (
                "2021-05-21/2021-05-31~",
                "2021-05-21",
                "2021-05-31",
                Precision::Range,
            ),
            ("2021-05-XX", "2021-05-01", "2021-05-31", Precision::Month),
        ];
        for (edtf, lo, hi, precision) in cases {
            let date: IncidentDate = edtf.parse().unwrap();
            assert_eq!(date.earliest(), Some(d(lo)), "{edtf}");
            assert_eq!(date.latest(), Some(d(hi)), "{edtf}");
            assert_eq!(date.precision(), precision, "{edtf}");
        }
    }

    #[test]
    fn open_bounds() {
        let before: IncidentDate = "[..2021-05-10]".parse().unwrap();
        assert_eq!(before.earliest(), None);
        assert_eq!(before.latest(), Some(d("2021-05-10")));
        let ongoing: IncidentDate = "2021-04-28/..".parse().unwrap();
        assert_eq!(ongoing.latest(), None);
        assert_eq!(ongoing.to_edtf(), "2021-04-28/..");
        let unknown_end: IncidentDate = "2021-04-28/".parse().unwrap();
        assert_eq!(unknown_end.to_edtf(), "2021-04-28/");
    }

    #[test]
    fn rejects_impossible_dates_clearly() {
        let err = "2021-02-30".parse::<IncidentDate>().unwrap_err();
        assert!(
            err.to_string().contains("February 2021 has 28 days"),
            "{err}"
        );
        let err = "2021-13".parse::<IncidentDate>().unwrap_err();
        assert!(err.to_string().contains("no month 13"), "{err}");
        assert!(matches!(
            "2021-05-10/2021-05-01".parse::<IncidentDate>(),
            Err(DateError::Reversed(_))
        ));
        for junk in [
            "",
            "yesterday",
            "2021/05/10",
            "21-05-10",
            "[..]",
            "/",
            "2021-5-1",
            "[2021-05-01",
        ] {
            assert!(
                junk.parse::<IncidentDate>().is_err(),
                "{junk:?} should be rejected"
            );
        }
    }

    #[test]
    fn describes_with_uncertainty() {
        let cases = [
            ("2021-04-29", "29 Apr 2021"),
            ("2021-05", "May 2021"),
            ("[2021-04-29..2021-05-10]", "between 29 Apr and 10 May 2021"),
            ("2021-05-21/2021-05-31~", "about 21–31 May 2021"),
            ("[..2021-05-10]", "on or before 10 May 2021"),
            ("1991", "1991"),
            ("2021-04-28/2021-05-01", "28 Apr–1 May 2021"),
        ];
        for (edtf, text) in cases {
            assert_eq!(edtf.parse::<IncidentDate>().unwrap().describe(), text);
        }
    }

    #[test]
    fn timeline_order_mixes_precisions() {
        let mut dates: Vec<IncidentDate> = [
            "2021-05",
            "2021-04-29",
            "2021",
            "[2021-04-29..2021-05-10]",
            "2021-04-28",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        dates.sort();
        let order: Vec<String> = dates.iter().map(|d| d.to_edtf()).collect();
        assert_eq!(
            order,
            [
                "2021",
                "2021-04-28",
                "2021-04-29",
                "[2021-04-29..2021-05-10]",
                "2021-05"
            ]
        );
    }

    fn arb_point() -> impl Strategy<Value = Point> {
        (1i32..=9999, prop::option::of(1u32..=12), 1u32..=31).prop_map(|(year, month, day)| {
            let day = month.and_then(|m| (day <= last_day_of_month(year, m).day()).then_some(day));
            Point { year, month, day }
        })
    }

    fn arb_qualifier() -> impl Strategy<Value = Qualifier> {
        (any::<bool>(), any::<bool>()).prop_map(|(uncertain, approximate)| Qualifier {
            uncertain,
            approximate,
        })
    }

    fn arb_date() -> impl Strategy<Value = IncidentDate> {
        let kind = prop_oneof![
            arb_point().prop_map(DateKind::Single),
            (arb_point(), arb_point(), any::<bool>()).prop_map(|(a, b, open)| {
                let (a, b) = if a.first_day() <= b.last_day() {
                    (a, b)
                } else {
                    (b, a)
                };
                if open {
                    DateKind::Interval {
                        start: Some(a),
                        end: None,
                        open_end: true,
                    }
                } else {
                    DateKind::Interval {
                        start: Some(a),
                        end: Some(b),
                        open_end: false,
                    }
                }
            }),
            (prop::option::of(arb_point()), arb_point()).prop_map(|(a, b)| match a {
                Some(a) if a.first_day() <= b.last_day() => DateKind::OneOf {
                    earliest: Some(a),
                    latest: Some(b)
                },
                _ => DateKind::OneOf {
                    earliest: None,
                    latest: Some(b)
                },
            }),
        ];
        (kind, arb_qualifier()).prop_map(|(kind, qualifier)| IncidentDate { kind, qualifier })
    }

    proptest! {
        #[test]
        fn edtf_round_trips(date in arb_date()) {
            let text = date.to_edtf();
            let back: IncidentDate = text.parse().unwrap();
            prop_assert_eq!(back, date);
        }

        #[test]
        fn order_is_total_and_consistent(a in arb_date(), b in arb_date(), c in arb_date()) {
            prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
            prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
            if a <= b && b <= c {
                prop_assert!(a <= c);
            }
            if let (Some(lo), Some(hi)) = (a.earliest(), a.latest()) {
                prop_assert!(lo <= hi);
            }
        }

        #[test]
        fn parser_never_panics(s in "\\PC{0,30}") {
            let _ = s.parse::<IncidentDate>();
        }
    }
}
