//! The temporal tagger: finds temporal expressions in news text and resolves them against the
//! publication day into [`IncidentDate`]s. Knows nothing of the database.
//!
//! (Interface fixed by the foundation; implementation in progress: see issue 3.)

use chrono::{NaiveDate, Weekday};
use serde::Serialize;

use crate::date::IncidentDate;

/// Languages the tagger reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }
}

/// What the tagger needs to resolve relative expressions.
#[derive(Debug, Clone)]
pub struct TagOptions {
    /// The reference day: the report's publication day.
    pub published: NaiveDate,
    /// `None` decides per text by script.
    pub lang: Option<Lang>,
}

/// Something an expression says about the publication day itself, used to settle a dateline
/// that lacks a year or whose day/month order is open ("اليوم الإثنين" says today is a Monday).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "clue", rename_all = "snake_case")]
pub enum PublicationClue {
    /// "today, Monday": the publication day is this weekday.
    TodayIs { weekday: Weekday },
    /// "this May", "مايو الجاري": the publication day falls in this month.
    MonthIs { month: u32 },
    /// "this year, 2021", "العام الجاري 2021": the publication year.
    YearIs { year: i32 },
    /// "N years ago": the publication year is N after some year the text may name.
    YearsAgo { years: i32 },
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemporalExpr {
    /// Byte offsets into the input; always on character boundaries, and
    /// `&input[start..end] == text`.
    pub start: usize,
    pub end: usize,
    /// 1-based line number of `start`.
    pub line: usize,
    /// The expression as written.
    pub text: String,
    /// What it resolves to. `None` for vague expressions ("later", "in recent years") that
    /// give no usable bound.
    pub date: Option<IncidentDate>,
    /// Name of the rule that matched, so a user can see why.
    pub rule: &'static str,
    /// Problems worth telling the user, e.g. a weekday that disagrees with the date.
    pub note: Option<String>,
    /// What it says about the publication day, if anything.
    pub clue: Option<PublicationClue>,
}

/// Find and resolve every temporal expression in `text`.
pub fn tag(_text: &str, _options: &TagOptions) -> Vec<TemporalExpr> {
    Vec::new()
}
