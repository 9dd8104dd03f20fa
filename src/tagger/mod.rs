//! The temporal tagger: finds temporal expressions in news text and resolves them against the
//! publication day into [`IncidentDate`]s. Knows nothing of the database.
//!
//! How it works: each line is folded (`normalize`: alef/yeh/teh-marbuta variants, diacritics,
//! digits, case) with a map back to input offsets, split into tokens with Arabic proclitics
//! stripped and words looked up in the word lists (`lex`, `ar`, `en`), and scanned once by
//! the rules in `grammar`, which resolve against the publication day (`resolve`). Expressions
//! never cross a line. Relative expressions ("the next day") count from the nearest preceding
//! explicit date; numeric dates whose day/month order is open are settled at the end from
//! the other numeric dates of the same text, or reported with both readings.

mod ar;
mod en;
mod grammar;
mod lex;
mod normalize;
mod resolve;

use chrono::{NaiveDate, Weekday};
use serde::Serialize;

use crate::date::{IncidentDate, Precision};

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
    /// give no usable bound, and for a written range that cannot be one ("from 30 May to 2
    /// May": it would end before it starts; `note` says so).
    pub date: Option<IncidentDate>,
    /// Name of the rule that matched, so a user can see why.
    pub rule: &'static str,
    /// Problems worth telling the user, e.g. a weekday that disagrees with the date.
    pub note: Option<String>,
    /// What it says about the publication day, if anything.
    pub clue: Option<PublicationClue>,
    /// The reading if the text speaks of the coming occurrence ("talks will resume on June
    /// 7-8", "سيزور موسكو في 7 يونيو", "the vote is set for Sunday"). Set only when the
    /// expression had no year and no direction word (a day and month, a month or part of
    /// one, a weekday, a feast, or a range of these with no year on either end), so that
    /// `date` is its default reading, the most recent one on or before the publication day
    /// (for a range: the most recent one starting on or before it); and only when that
    /// reading lies wholly before the publication day, so never for a range that contains
    /// it. Always after the publication day. `None` otherwise.
    pub coming: Option<IncidentDate>,
}

/// Find and resolve every temporal expression in `text`.
pub fn tag(text: &str, options: &TagOptions) -> Vec<TemporalExpr> {
    let mut out = Vec::new();
    let mut ctx = grammar::Ctx {
        published: options.published,
        anchors: Vec::new(),
        last_year: None,
        coarse_since_anchor: false,
    };
    let mut folded = normalize::Folded::default();
    let mut toks = Vec::new();
    // Pending numeric dates (index into `out`) and the order the unambiguous ones show.
    let mut pending: Vec<(usize, grammar::Ambiguous)> = Vec::new();
    let (mut day_first, mut month_first) = (0usize, 0usize);
    let mut base = 0usize;
    for (line_no, line) in text.split('\n').enumerate() {
        let start_of_line = base;
        base += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        folded.fill(line, start_of_line);
        lex::tokenize(&folded.text, options.lang, &mut toks);
        for t in toks.iter_mut() {
            if t.script == lex::Script::Latin {
                let at = folded.map.get(t.s).copied().unwrap_or(0);
                t.cap = text
                    .get(at..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_uppercase);
            }
        }
        let mut i = 0;
        while i < toks.len() {
            let found = {
                let parser = grammar::Parser {
                    t: &toks,
                    text: &folded.text,
                    ctx: &ctx,
                };
                parser.best_at(i).map(|f| parser.extend(f))
            };
            let Some(f) = found else {
                i += 1;
                continue;
            };
            let (Some(first), Some(last)) = (toks.get(f.start), toks.get(f.end.saturating_sub(1)))
            else {
                i += 1;
                continue;
            };
            let (s, e) = folded.input_range(text, first.core, last.e);
            // The date model (and EDTF as tarikh writes it) covers years 1 to 9999 only; a
            // publication day near either end can push a resolution past it.
            if f.date.is_some_and(|d| !representable(&d)) {
                i = f.end.max(i + 1);
                continue;
            }
            if f.anchor
                && let Some(d) = f.date
            {
                ctx.anchors.push(d);
                ctx.coarse_since_anchor = false;
            } else if f.date.is_some_and(|d| d.precision() != Precision::Day) {
                ctx.coarse_since_anchor = true;
            }
            if let Some(d) = f.date
                && let (Some(a), Some(b)) = (d.earliest(), d.latest())
                && chrono::Datelike::year(&a) == chrono::Datelike::year(&b)
            {
                ctx.last_year = Some(chrono::Datelike::year(&a));
            }
            match f.day_first {
                Some(true) => day_first += 1,
                Some(false) => month_first += 1,
                None => {}
            }
            if let Some(a) = f.pending {
                pending.push((out.len(), a));
            }
            let coming = coming_reading(f.date, f.coming, options.published);
            out.push(TemporalExpr {
                start: s,
                end: e,
                line: line_no + 1,
                text: text[s..e].to_string(),
                date: f.date,
                rule: f.rule,
                note: f.note,
                clue: f.clue,
                coming,
            });
            i = f.end.max(i + 1);
        }
    }
    // Numeric dates like 05/10: if the text's other numeric dates all put the day first (or
    // all the month first), read them the same way; otherwise keep both readings.
    for (idx, a) in pending {
        let Some(expr) = out.get_mut(idx) else {
            continue;
        };
        let choice = match (day_first > 0, month_first > 0) {
            (true, false) => Some((a.day_first, "day/month")),
            (false, true) => Some((a.month_first, "month/day")),
            _ => None,
        };
        if let Some((d, order)) = choice {
            let next = if order == "day/month" {
                a.day_first_coming
            } else {
                a.month_first_coming
            };
            expr.date = Some(IncidentDate::day(d));
            expr.coming = coming_reading(expr.date, next.map(IncidentDate::day), options.published);
            expr.note = Some(format!(
                "{:02}/{:02} read as {order}, the order of the other numeric dates in the text",
                a.raw.0, a.raw.1
            ));
        }
    }
    out
}

/// The coming reading `coming` of an expression read as `date`, kept only if `date` lies
/// wholly before the publication day `p` (a reading that is `p` or contains it is both the
/// recent and the coming one) and `coming` wholly after it.
fn coming_reading(
    date: Option<IncidentDate>,
    coming: Option<IncidentDate>,
    p: NaiveDate,
) -> Option<IncidentDate> {
    let past = date?.latest().is_some_and(|l| l < p);
    coming.filter(|c| past && c.earliest().is_some_and(|e| e > p) && representable(c))
}

fn representable(d: &IncidentDate) -> bool {
    let ok =
        |x: Option<NaiveDate>| x.is_none_or(|x| (1..=9999).contains(&chrono::Datelike::year(&x)));
    (d.earliest().is_some() || d.latest().is_some()) && ok(d.earliest()) && ok(d.latest())
}
