//! The publication day: reading a report's dateline ("05/10 16:08", "May 01 2021 11:34 AM",
//! "دبي 2 مايو 2021", "16 сентября 2022", "BISHKEK, May 1 (Reuters) -") into candidate days, and
//! settling a dateline that lacks its year or whose day/month order is open with evidence from
//! the text only: the temporal tagger, run with each candidate as the publication day, reports
//! clues about the publication day itself (today is a Monday; this month is May; this year is
//! 2021; N years ago, with the year the text names; "Thursday, Sept. 16" falls on a Thursday;
//! "fighting erupted in April 2021" was told after April 2021). Exactly one surviving candidate
//! is accepted and explained; otherwise the caller refuses and asks for `--published`. File
//! dates are never used, and today's date only bounds a year the dateline does not give (a
//! report is not published after today): it never picks one.

use crate::date::{month_name, weekday_name};
use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::ingest::lexicon::{LangTag, tsv_rows};
use crate::ingest::text::{Token, fold, is_list_item, tokenize};
use crate::tagger::{self, Lang, PublicationClue, TagOptions, TemporalExpr};

const CALENDAR: &str = include_str!("../../../data/lexicon/calendar.tsv");

/// Month and weekday names (see `data/lexicon/calendar.tsv`).
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    months: Vec<(Vec<String>, u32)>,
    weekdays: Vec<(Vec<String>, u32)>,
}

impl Calendar {
    pub fn builtin() -> Result<Calendar, String> {
        let mut c = Calendar::default();
        c.add(CALENDAR, "built-in data/lexicon/calendar.tsv")?;
        Ok(c)
    }

    pub fn add(&mut self, text: &str, origin: &str) -> Result<(), String> {
        for (line, f) in tsv_rows(text) {
            let at = format!("{origin}:{line}");
            LangTag::parse(f.first().copied().unwrap_or("")).map_err(|e| format!("{at}: {e}"))?;
            let words: Vec<String> = tokenize(f.get(1).copied().unwrap_or(""), 0)
                .into_iter()
                .map(|t| t.norm)
                .collect();
            if words.is_empty() {
                return Err(format!("{at}: empty calendar word"));
            }
            let n: u32 = f
                .get(3)
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| format!("{at}: the fourth column must be a number"))?;
            match f.get(2).copied() {
                Some("month") if (1..=12).contains(&n) => self.months.push((words, n)),
                Some("weekday") if (1..=7).contains(&n) => self.weekdays.push((words, n)),
                _ => {
                    return Err(format!(
                        "{at}: kind must be 'month' (1-12) or 'weekday' (1-7)"
                    ));
                }
            }
        }
        // Longest names first so that "تشرين الاول" wins over a shorter name.
        self.months.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        self.weekdays
            .sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Ok(())
    }

    fn match_list(list: &[(Vec<String>, u32)], tokens: &[Token], i: usize) -> Option<(u32, usize)> {
        for (words, n) in list {
            if i + words.len() <= tokens.len()
                && words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| tokens[i + k].forms().any(|v| v == w))
            {
                return Some((*n, words.len()));
            }
        }
        None
    }

    /// The month named at token `i`: (month, tokens used).
    pub fn month_at(&self, tokens: &[Token], i: usize) -> Option<(u32, usize)> {
        Self::match_list(&self.months, tokens, i)
    }

    /// The weekday named at token `i` (1 = Monday).
    pub fn weekday_at(&self, tokens: &[Token], i: usize) -> Option<(u32, usize)> {
        Self::match_list(&self.weekdays, tokens, i)
    }

    /// The weekday named anywhere in a short text.
    pub fn weekday_in(&self, text: &str) -> Option<Weekday> {
        let toks = tokenize(text, 0);
        (0..toks.len())
            .find_map(|i| self.weekday_at(&toks, i))
            .and_then(|(n, _)| weekday_from(n))
    }
}

pub fn weekday_from(n: u32) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

/// One way to read a dateline's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// The order assumed for a numeric date ("month/day" or "day/month"), for the notes.
    pub order: &'static str,
}

impl Reading {
    fn describe(&self) -> String {
        let month = month_name(self.month);
        match self.year {
            Some(y) => format!("{} {month} {y}", self.day),
            None => format!("{} {month}", self.day),
        }
    }
}

/// A dateline found in a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Byte range of the date as written, in the report text.
    pub start: usize,
    pub end: usize,
    /// The date as written.
    pub text: String,
    /// The possible days (more than one when the day/month order is open).
    pub readings: Vec<Reading>,
}

fn num(t: &Token) -> Option<u32> {
    let s = t.norm.trim_end_matches(|c: char| c.is_alphabetic());
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "1st", "2nd", "21st": digits with an English ordinal ending.
    let rest = &t.norm[s.len()..];
    if !rest.is_empty() && !["st", "nd", "rd", "th"].contains(&rest) {
        return None;
    }
    s.parse().ok()
}

fn year_of(t: &Token) -> Option<i32> {
    if t.norm.len() == 4 && t.is_number() {
        t.norm
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2199).contains(y))
    } else {
        None
    }
}

fn gap(t: &Token) -> &str {
    t.gap_before.trim()
}

/// Find a date in a token run. Returns (first token, end token (exclusive), readings).
fn date_in(tokens: &[Token], cal: &Calendar) -> Option<(usize, usize, Vec<Reading>)> {
    let n = tokens.len();
    for i in 0..n {
        // Numeric: Y-M-D, A/B/Y, A/B.
        if tokens[i].is_number() {
            let sep = tokens.get(i + 1).map(gap).unwrap_or("");
            let numeric_sep = matches!(sep, "/" | "-" | ".");
            if numeric_sep && tokens.get(i + 1).is_some_and(|t| t.is_number()) {
                let a = &tokens[i];
                let b = &tokens[i + 1];
                let third = tokens.get(i + 2).filter(|t| t.is_number() && gap(t) == sep);
                if let Some(c) = third {
                    if a.norm.len() == 4 {
                        let (y, m, d) = (a.norm.parse().ok()?, num(b)?, num(c)?);
                        if NaiveDate::from_ymd_opt(y, m, d).is_some() {
                            return Some((
                                i,
                                i + 3,
                                vec![Reading {
                                    year: Some(y),
                                    month: m,
                                    day: d,
                                    order: "year-month-day",
                                }],
                            ));
                        }
                    } else if a.norm.len() <= 2
                        && b.norm.len() <= 2
                        && matches!(c.norm.len(), 2 | 4)
                    {
                        let y: i32 = c.norm.parse().ok()?;
                        let y = if c.norm.len() == 2 {
                            if y < 70 { 2000 + y } else { 1900 + y }
                        } else {
                            y
                        };
                        let readings = numeric_readings(num(a)?, num(b)?, Some(y));
                        if !readings.is_empty() {
                            return Some((i, i + 3, readings));
                        }
                    }
                } else if a.norm.len() <= 2 && b.norm.len() <= 2 {
                    // Not part of a time (16:08) and not followed by a further number.
                    let before_is_time = matches!(gap(a), ":");
                    let after = tokens.get(i + 2);
                    let after_is_time =
                        after.is_some_and(|t| gap(t) == ":" || (gap(t) == sep && t.is_number()));
                    if !before_is_time && !after_is_time {
                        let readings = numeric_readings(num(a)?, num(b)?, None);
                        if !readings.is_empty() {
                            return Some((i, i + 2, readings));
                        }
                    }
                }
            }
        }
        // Named month with the day before it: "2 مايو 2021", "16 сентября 2022", "1 May, 2021".
        if let Some(day) = num(&tokens[i]).filter(|d| (1..=31).contains(d)) {
            let mut j = i + 1;
            // Glue words between day and month: "2 من شهر مايو".
            while j < n && j <= i + 3 && ["من", "شهر"].contains(&tokens[j].norm.as_str()) {
                j += 1;
            }
            if let Some((month, used)) = cal.month_at(tokens, j) {
                let mut end = j + used;
                let year = year_after(tokens, &mut end, cal);
                if let Some(found) = named_month_date(i, end, year, month, day) {
                    return Some(found);
                }
            }
        }
        // Named month with the day after it: "May 01 2021", "May 1, 2021".
        if let Some((month, used)) = cal.month_at(tokens, i)
            && let Some(day) = tokens
                .get(i + used)
                .and_then(num)
                .filter(|d| (1..=31).contains(d))
        {
            let mut end = i + used + 1;
            let year = year_after(tokens, &mut end, cal);
            if let Some(found) = named_month_date(i, end, year, month, day) {
                return Some(found);
            }
        }
    }
    None
}

/// A date written with a month name, as a dateline match, when the day exists in that month
/// (in any year when the year is not given: 29 February stays possible).
fn named_month_date(
    first: usize,
    end: usize,
    year: Option<i32>,
    month: u32,
    day: u32,
) -> Option<(usize, usize, Vec<Reading>)> {
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
    Some((
        first,
        end,
        vec![Reading {
            year,
            month,
            day,
            order: "",
        }],
    ))
}

/// A year right after a day-month (possibly after "عام"/"سنة"/a second month name), moving
/// `end` past it. A second month name is part of the date with or without a year after it
/// ("10 تشرين الأول/أكتوبر (الضاد) -").
fn year_after(tokens: &[Token], end: &mut usize, cal: &Calendar) -> Option<i32> {
    let mut j = *end;
    // A second month name: "9 أيار/مايو 2021".
    if let Some((_, used)) = cal.month_at(tokens, j) {
        j += used;
        *end = j;
    }
    while j < tokens.len()
        && j <= *end + 2
        && ["عام", "سنه", "لعام", "of"].contains(&tokens[j].norm.as_str())
    {
        j += 1;
    }
    let y = tokens.get(j).and_then(year_of)?;
    *end = j + 1;
    Some(y)
}

fn numeric_readings(a: u32, b: u32, year: Option<i32>) -> Vec<Reading> {
    let y = year.unwrap_or(2000);
    let mut out = Vec::new();
    if NaiveDate::from_ymd_opt(y, a, b).is_some() {
        out.push(Reading {
            year,
            month: a,
            day: b,
            order: "month/day",
        });
    }
    if a != b && NaiveDate::from_ymd_opt(y, b, a).is_some() {
        out.push(Reading {
            year,
            month: b,
            day: a,
            order: "day/month",
        });
    }
    out
}

/// Words that may stand on a dateline line besides the date, time, weekday and a place name.
const FILLER: &[&str] = &[
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
    "gmt",
    "utc",
    "am",
    "pm",
    "a",
    "p",
    "m",
    "edt",
    "est",
    "bst",
    "cet",
    "msk",
    "نشر",
    "في",
    "بتاريخ",
    "تاريخ",
    "النشر",
    "اخر",
    "تحديث",
    "بتوقيت",
    "غرينتش",
    "ص",
    "م",
    "ساعه",
    "الساعه",
    "منذ",
    "опубликовано",
    "обновлено",
    "г",
    "года",
    "в",
];

fn iso_regex() -> &'static regex::Regex {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"(?:^|[^0-9])(([0-9]{4})-([0-9]{2})-([0-9]{2}))(?:[^0-9]|$)")
            .expect("constant regex compiles")
    })
}

/// Look for the dateline: a short line near the top (or anywhere, if short and mostly a date),
/// or the head of the first paragraph ("BISHKEK, May 1 (Reuters) -").
pub fn find(
    text: &str,
    lines: &[(usize, usize)],
    first_paragraph: Option<(usize, usize)>,
    cal: &Calendar,
) -> Option<Dateline> {
    let iso = iso_regex();
    for &(start, end) in lines {
        let line = &text[start..end];
        // "- 30 تموز: مجزرة قانا" in a box of milestones is an item of a list, not the day of
        // writing.
        if is_list_item(line) {
            continue;
        }
        if let Some(c) = iso.captures(line) {
            let (Some(all), Some(y), Some(m), Some(d)) = (c.get(1), c.get(2), c.get(3), c.get(4))
            else {
                continue;
            };
            if let (Ok(y), Ok(m), Ok(d)) = (
                y.as_str().parse::<i32>(),
                m.as_str().parse::<u32>(),
                d.as_str().parse::<u32>(),
            ) && NaiveDate::from_ymd_opt(y, m, d).is_some()
                && line.split_whitespace().count() <= 8
            {
                return Some(Dateline {
                    start: start + all.start(),
                    end: start + all.end(),
                    text: all.as_str().to_string(),
                    readings: vec![Reading {
                        year: Some(y),
                        month: m,
                        day: d,
                        order: "year-month-day",
                    }],
                });
            }
        }
        let tokens = tokenize(line, start);
        if tokens.is_empty() || tokens.len() > 14 {
            continue;
        }
        let Some((a, b, readings)) = date_in(&tokens, cal) else {
            continue;
        };
        let others = tokens
            .iter()
            .enumerate()
            .filter(|(k, t)| {
                !(a..b).contains(k)
                    && !t.is_number()
                    && !FILLER.contains(&t.norm.as_str())
                    && cal.weekday_at(&tokens, *k).is_none()
            })
            .count();
        if others > 4 {
            continue;
        }
        return Some(Dateline {
            start: tokens[a].start,
            end: tokens[b - 1].end,
            text: text[tokens[a].start..tokens[b - 1].end].to_string(),
            readings,
        });
    }
    if let Some((start, end)) = first_paragraph {
        // Only the paragraph's head can be a dateline: a bounded prefix is read, so that a
        // paragraph of megabytes is not tokenized here.
        let head_end = text.floor_char_boundary(end.min(start + HEAD_BYTES));
        let tokens = tokenize(&text[start..head_end], start);
        let head = &tokens[..tokens.len().min(10)];
        if let Some((a, b, readings)) = date_in(head, cal) {
            let followed_by_break = tokens
                .get(b)
                .is_none_or(|t| t.gap_before.contains(['(', '-', '–', '—', ':']))
                || agency_tail(&text[tokens[b - 1].end..head_end]).is_some();
            let line_start = text[..tokens[a].start].rfind('\n').map_or(0, |i| i + 1);
            let in_list = is_list_item(&text[line_start..tokens[a].start]);
            if a <= 4 && followed_by_break && !in_list {
                return Some(Dateline {
                    start: tokens[a].start,
                    end: tokens[b - 1].end,
                    text: text[tokens[a].start..tokens[b - 1].end].to_string(),
                    readings,
                });
            }
        }
    }
    None
}

/// The agency's mark that ends a dateline at the head of a paragraph, right after its date, as
/// the Russian agencies write it: "БИШКЕК, 16 сентября. /ТАСС/.", "/Корр. ТАСС Имя Фамилия/.",
/// "Душанбе. 11 июня. INTERFAX.RU -", "ХУДЖАНД, 2 окт — РИА Новости.", "— АКИpress.". Its
/// length in bytes from the end of the date (the stop after the date included), or `None`.
pub fn agency_tail(rest: &str) -> Option<usize> {
    let head = rest.trim_start_matches(['.', ',']).trim_start();
    let skipped = rest.len() - head.len();
    // "/ТАСС/." and "/Корр. ТАСС .../.": a short slashed name.
    if let Some(inner) = head.strip_prefix('/') {
        let close = inner.find('/')?;
        let name = &inner[..close];
        if name.is_empty() || name.chars().count() > 60 || name.contains('\n') {
            return None;
        }
        let after = &inner[close + 1..];
        let stop = after.len() - after.trim_start_matches(['.', ':']).len();
        return Some(skipped + 1 + close + 1 + stop);
    }
    // "INTERFAX.RU -", "ИНТЕРФАКС -", "Интерфакс -".
    for name in ["INTERFAX.RU", "INTERFAX", "ИНТЕРФАКС", "Интерфакс"] {
        if let Some(after) = head.strip_prefix(name) {
            let trimmed = after.trim_start();
            let dash = trimmed
                .chars()
                .next()
                .filter(|c| matches!(c, '-' | '–' | '—'))?;
            return Some(rest.len() - trimmed.len() + dash.len_utf8());
        }
    }
    // "— РИА Новости.", "— АКИpress.", "- Sputnik Таджикистан.": a dash, one to three
    // capitalised words with no stop inside, and the stop that ends them.
    let dash = head
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    let after = &head[dash.len_utf8()..];
    let stop = after.find('.')?;
    let name = &after[..stop];
    let words: Vec<&str> = name.split_whitespace().collect();
    let agency_like = (1..=3).contains(&words.len())
        && name.chars().count() <= 40
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && !name.contains([',', ':', ';', '\n']);
    agency_like.then_some(skipped + dash.len_utf8() + stop + 1)
}

/// How much of a first paragraph is read for a run-in dateline: far more than its first ten
/// words and the break after them take in any script.
const HEAD_BYTES: usize = 600;

/// The outcome of settling the publication day from the dateline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settled {
    Day { date: NaiveDate, notes: Vec<String> },
    Refused { reason: String },
}

/// Years a dateline without a year may belong to. Only a range to search; a day is accepted
/// only when the text's clues leave exactly one.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Years the text names as four-digit numbers ("1991", "١٩٩١").
pub fn named_years(text: &str) -> BTreeSet<i32> {
    tokenize(text, 0).iter().filter_map(year_of).collect()
}

/// A day a dateline can be, the reading it is a day of, and the clues that leave it.
type Survivor = (NaiveDate, Reading, Vec<String>);

/// Settle the publication day from a dateline with the clues in `text`, `today` being the
/// last day a report can have been published: accepted when the clues leave exactly one day,
/// refused otherwise.
pub fn settle(
    text: &str,
    dateline: &Dateline,
    lang: Lang,
    cal: &Calendar,
    today: NaiveDate,
) -> Settled {
    let (mut survivors, eliminated) = days_that_fit(text, dateline, lang, today);
    if survivors.len() == 1 {
        return accept(text, dateline, lang, cal, survivors.remove(0), &eliminated);
    }
    Settled::Refused {
        reason: refusal(dateline, &survivors, &eliminated, today),
    }
}

/// The days each reading of the dateline can be after the clues the text gives about its
/// publication day (tagged against a provisional day of that reading), and the readings a clue
/// ruled out.
fn days_that_fit(
    text: &str,
    dateline: &Dateline,
    lang: Lang,
    today: NaiveDate,
) -> (Vec<Survivor>, Vec<String>) {
    let years_named = named_years(text);
    let mut survivors: Vec<Survivor> = Vec::new();
    let mut eliminated: Vec<String> = Vec::new();
    // Tag with a provisional day in a leap year (29 February must exist), near today so that
    // the tagger reads recent years as years; the clues do not depend on it.
    let leap_year = (0..4)
        .map(|back| today.year() - back)
        .find(|y| NaiveDate::from_ymd_opt(*y, 2, 29).is_some())
        .unwrap_or(2000);
    for reading in &dateline.readings {
        let provisional_year = reading.year.unwrap_or(leap_year);
        let Some(provisional) =
            NaiveDate::from_ymd_opt(provisional_year, reading.month, reading.day)
        else {
            continue;
        };
        let exprs = tag_outside(text, provisional, lang, dateline);
        let clues: Vec<(PublicationClue, String)> = exprs
            .iter()
            .filter_map(|e| e.clue.map(|c| (c, e.text.clone())))
            .collect();
        match days_the_clues_leave(reading, &clues, &years_named, today) {
            Ok((cands, why)) => {
                for c in cands {
                    survivors.push((c, *reading, why.clone()));
                }
            }
            Err(ruled_out) => eliminated.push(ruled_out),
        }
    }
    (survivors, eliminated)
}

/// The days of a reading's years (its own, or any in [`YEARS`] up to `today`) that the clues
/// leave ("today, Monday", "this May", "30 years after 1991" with 1991 named, "Thursday, Sept.
/// 16", "fighting erupted in April 2021"), with why; `Err`: the clue that ruled the reading
/// out.
fn days_the_clues_leave(
    reading: &Reading,
    clues: &[(PublicationClue, String)],
    years_named: &BTreeSet<i32>,
    today: NaiveDate,
) -> Result<(Vec<NaiveDate>, Vec<String>), String> {
    let years: Vec<i32> = match reading.year {
        Some(y) => vec![y],
        None => YEARS.collect(),
    };
    let mut cands: Vec<NaiveDate> = years
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, reading.month, reading.day))
        .collect();
    let mut why: Vec<String> = Vec::new();
    let ruled_out = |clue: &str| {
        let order = if reading.order.is_empty() {
            String::new()
        } else {
            format!(" ({})", reading.order)
        };
        format!("{}{order}, as {clue}", reading.describe())
    };
    // Told-as-past dates bound the day from below; the latest of them says all they say.
    let mut not_before: Option<(NaiveDate, &str)> = None;
    for (clue, said) in clues {
        let before = cands.len();
        match *clue {
            PublicationClue::TodayIs { weekday } => {
                cands.retain(|d| d.weekday() == weekday);
                why.push(format!(
                    "'{said}' says the day is a {}",
                    weekday_name(weekday)
                ));
            }
            PublicationClue::MonthIs { month } => {
                cands.retain(|d| d.month() == month);
                why.push(format!("'{said}' says the month is {}", month_name(month)));
            }
            PublicationClue::YearIs { year } => {
                cands.retain(|d| d.year() == year);
                why.push(format!("'{said}' says the year is {year}"));
            }
            PublicationClue::YearNamedBeside { year, named } => {
                cands.retain(|d| d.year() == year);
                why.push(format!("'{said}' beside {named} says the year is {year}"));
            }
            PublicationClue::DateIsWeekday {
                month,
                day,
                weekday,
            } => {
                cands.retain(|p| near_day_falls_on(*p, month, day, weekday));
                let w = weekday_name(weekday);
                why.push(if (month, day) == (reading.month, reading.day) {
                    format!("'{said}' says the day is a {w}")
                } else {
                    format!(
                        "'{said}' says {day} {} near the day is a {w}",
                        month_name(month)
                    )
                });
            }
            PublicationClue::NotBefore { day } => {
                if not_before.is_none_or(|(d, _)| day > d) {
                    not_before = Some((day, said));
                }
            }
            PublicationClue::YearsAgo { years } => {
                let fits: Vec<NaiveDate> = cands
                    .iter()
                    .copied()
                    .filter(|d| years_named.contains(&(d.year() - years)))
                    .collect();
                if !fits.is_empty() {
                    let anchors: BTreeSet<i32> = fits.iter().map(|d| d.year() - years).collect();
                    let anchors: Vec<String> = anchors.iter().map(|y| y.to_string()).collect();
                    why.push(format!(
                        "'{said}' with the year {} named in the text",
                        anchors.join("/")
                    ));
                    cands = fits;
                }
            }
        }
        if before > 0 && cands.is_empty() {
            return Err(ruled_out(&why.last().cloned().unwrap_or_default()));
        }
    }
    // Noted only when it leaves out a day the other clues left.
    if let Some((day, said)) = not_before {
        let before = cands.len();
        cands.retain(|d| *d >= day);
        if cands.len() < before {
            why.push(format!(
                "'{said}' is told as past, so the day is not before {day}"
            ));
        }
        if before > 0 && cands.is_empty() {
            return Err(ruled_out(&why.last().cloned().unwrap_or_default()));
        }
    }
    // A year the dateline does not give is not one after today's; a day's room is left for a
    // report from a time zone ahead of this machine's.
    if reading.year.is_none() {
        let latest = today.succ_opt().unwrap_or(today);
        let before = cands.len();
        cands.retain(|d| *d <= latest);
        if cands.len() < before {
            why.push(after_today(today));
        }
        if before > 0 && cands.is_empty() {
            return Err(ruled_out(&why.last().cloned().unwrap_or_default()));
        }
    }
    Ok((cands, why))
}

/// The note of the bound today sets.
fn after_today(today: NaiveDate) -> String {
    format!("it is not after today ({today})")
}

/// Whether an occurrence of day `day` of `month` within half a year of `p` falls on `weekday`:
/// what a date written with its weekday and no year ("Thursday, Sept. 16") says about the
/// publication day `p`.
fn near_day_falls_on(p: NaiveDate, month: u32, day: u32, weekday: Weekday) -> bool {
    (p.year() - 1..=p.year() + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .filter(|d| (*d - p).num_days().abs() <= 183)
        .any(|d| d.weekday() == weekday)
}

/// The one day left, checked against the text once more (dates written with their weekday must
/// agree), with the note that says how it was read.
fn accept(
    text: &str,
    dateline: &Dateline,
    lang: Lang,
    cal: &Calendar,
    (date, reading, why): Survivor,
    eliminated: &[String],
) -> Settled {
    // Check the day against the text once more: dates written with their weekday must agree.
    let exprs = tag_outside(text, date, lang, dateline);
    if let Some(bad) = weekday_disagreement(&exprs, cal) {
        return Settled::Refused {
            reason: format!(
                "the dateline '{}' read as {date} makes '{bad}' fall on another weekday, so the text does not settle the day",
                dateline.text
            ),
        };
    }
    let mut because = why;
    if !eliminated.is_empty() {
        because.push(format!("ruled out {}", eliminated.join(", ")));
    }
    let what = if reading.year.is_some() && dateline.readings.len() == 1 {
        format!(
            "publication date {date} from the dateline '{}'",
            dateline.text
        )
    } else {
        let order = if reading.order.is_empty() {
            String::new()
        } else {
            format!(" ({})", reading.order)
        };
        format!(
            "publication date {date} inferred from the dateline '{}'{order}: {}",
            dateline.text,
            if because.is_empty() {
                "the only possible reading".to_string()
            } else {
                because.join("; ")
            }
        )
    };
    Settled::Day {
        date,
        notes: vec![what],
    }
}

/// Why the dateline does not settle the day: no day fits the clues, or several do (listed, or
/// counted with their span), with the clues the text gives.
fn refusal(
    dateline: &Dateline,
    survivors: &[Survivor],
    eliminated: &[String],
    today: NaiveDate,
) -> String {
    if survivors.is_empty() {
        return format!(
            "the dateline '{}' fits none of the clues in the text ({})",
            dateline.text,
            if eliminated.is_empty() {
                "no reading".to_string()
            } else {
                eliminated.join("; ")
            }
        );
    }
    let possible = if survivors.len() <= 4 {
        let days: Vec<String> = survivors.iter().map(|(d, _, _)| d.to_string()).collect();
        format!("it could be {}", days.join(" or "))
    } else {
        let first = survivors.iter().map(|(d, _, _)| *d).min();
        let last = survivors.iter().map(|(d, _, _)| *d).max();
        match (first, last) {
            (Some(a), Some(b)) => {
                format!("{} days from {a} to {b} remain possible", survivors.len())
            }
            _ => format!("{} days remain possible", survivors.len()),
        }
    };
    let bound = after_today(today);
    let mut used: Vec<String> = Vec::new();
    for (_, _, why) in survivors {
        for w in why {
            if !used.contains(w) && *w != bound {
                used.push(w.clone());
            }
        }
    }
    let mut clues = if used.is_empty() {
        "the text gives no clue about the publication day".to_string()
    } else {
        used.join("; ")
    };
    if survivors.iter().any(|(_, _, why)| why.contains(&bound)) {
        clues = format!("{clues}; {bound}");
    }
    let lacks = if dateline.readings.iter().any(|r| r.year.is_none()) {
        "has no year"
    } else {
        "has an open day/month order"
    };
    format!(
        "the dateline '{}' {lacks} and the text does not settle it ({clues}; {possible})",
        dateline.text
    )
}

/// Tag the text with a candidate publication day, leaving out expressions inside the dateline.
fn tag_outside(
    text: &str,
    published: NaiveDate,
    lang: Lang,
    dateline: &Dateline,
) -> Vec<TemporalExpr> {
    tagger::tag(
        text,
        &TagOptions {
            published,
            lang: Some(lang),
        },
    )
    .into_iter()
    .filter(|e| e.end <= dateline.start || e.start >= dateline.end)
    .collect()
}

/// An expression that names both a weekday and a full day, where the day falls on another
/// weekday.
pub fn weekday_disagreement(exprs: &[TemporalExpr], cal: &Calendar) -> Option<String> {
    for e in exprs {
        let Some(day) = e.date.as_ref().and_then(|d| d.exact_day()) else {
            continue;
        };
        let has_day_number = tokenize(&e.text, 0).iter().any(|t| t.is_number());
        if !has_day_number {
            continue;
        }
        if let Some(w) = cal.weekday_in(&e.text)
            && w != day.weekday()
        {
            return Some(e.text.clone());
        }
    }
    None
}

/// Parse a `published` value from the front matter: `YYYY-MM-DD`, optionally followed by a time.
pub fn parse_published(s: &str) -> Option<NaiveDate> {
    let s = fold(s.trim());
    let day = s.get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(line: &str) -> Option<Dateline> {
        let cal = Calendar::builtin().unwrap();
        find(line, &[(0, line.len())], None, &cal)
    }

    fn days(d: &Dateline) -> Vec<(Option<i32>, u32, u32)> {
        d.readings
            .iter()
            .map(|r| (r.year, r.month, r.day))
            .collect()
    }

    #[test]
    fn datelines_of_several_kinds() {
        let d = dl("05/10 16:08").unwrap();
        assert_eq!(d.text, "05/10");
        assert_eq!(days(&d), vec![(None, 5, 10), (None, 10, 5)]);
        let d = dl("May 01 2021 11:34 AM").unwrap();
        assert_eq!(days(&d), vec![(Some(2021), 5, 1)]);
        let d = dl("دبي 2 مايو 2021").unwrap();
        assert_eq!(days(&d), vec![(Some(2021), 5, 2)]);
        let d = dl("16 сентября 2022").unwrap();
        assert_eq!(days(&d), vec![(Some(2022), 9, 16)]);
        let d = dl("الاثنين ١٠ أيار/مايو ٢٠٢١").unwrap();
        assert_eq!(days(&d), vec![(Some(2021), 5, 10)]);
        // A wire head with two cities and a month named twice, without its year.
        let cal = Calendar::builtin().unwrap();
        let head = "أنقرة - القامشلي، ١٠ تشرين الأول/أكتوبر (الضاد) - أعلن الرئيس التركي";
        let d = find(head, &[], Some((0, head.len())), &cal).unwrap();
        assert_eq!(d.text, "١٠ تشرين الأول/أكتوبر");
        assert_eq!(days(&d), vec![(None, 10, 10)]);
        let d = dl("Published: 2021-05-10T08:00Z").unwrap();
        assert_eq!(days(&d), vec![(Some(2021), 5, 10)]);
        let d = dl("10/05/2021").unwrap();
        assert_eq!(days(&d), vec![(Some(2021), 10, 5), (Some(2021), 5, 10)]);
        let d = dl("25/04/2021 - 10:00").unwrap();
        assert_eq!(days(&d), vec![(Some(2021), 4, 25)]);
        assert!(dl("The clashes of 29 April killed dozens of people on both sides of the border, officials said.").is_none());
        assert!(dl("16:08").is_none());
    }

    #[test]
    fn paragraph_head_dateline() {
        let cal = Calendar::builtin().unwrap();
        let text = "BISHKEK, May 1 (Reuters) - Kyrgyzstan said on Saturday ...";
        let d = find(text, &[], Some((0, text.len())), &cal).unwrap();
        assert_eq!(d.text, "May 1");
        assert_eq!(days(&d), vec![(None, 5, 1)]);
    }

    #[test]
    fn published_values() {
        assert_eq!(
            parse_published("2021-05-10"),
            NaiveDate::from_ymd_opt(2021, 5, 10)
        );
        assert_eq!(
            parse_published("2021-05-10T16:08:00+03:00"),
            NaiveDate::from_ymd_opt(2021, 5, 10)
        );
        assert_eq!(parse_published("10 May"), None);
    }

    /// The machine's date in these tests.
    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
    }

    fn yearless(month: u32, day: u32) -> Reading {
        Reading {
            year: None,
            month,
            day,
            order: "",
        }
    }

    fn ymd(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// What the clues leave of a reading: the days, or the reason it is ruled out.
    fn left(reading: Reading, clues: &[(PublicationClue, &str)]) -> Result<Vec<NaiveDate>, String> {
        let clues: Vec<(PublicationClue, String)> =
            clues.iter().map(|(c, s)| (*c, s.to_string())).collect();
        days_the_clues_leave(&reading, &clues, &BTreeSet::new(), today()).map(|(d, _)| d)
    }

    #[test]
    fn dates_with_their_weekday_and_years_named_beside_narrow_a_yearless_dateline() {
        use PublicationClue::*;
        let sept16 = yearless(9, 16);
        let thursday = TodayIs {
            weekday: Weekday::Thu,
        };
        // The dateline's own date with its weekday says what "today, Thursday" says.
        let same_day = DateIsWeekday {
            month: 9,
            day: 16,
            weekday: Weekday::Thu,
        };
        assert_eq!(
            left(sept16, &[(same_day, "Thursday, Sept. 16")]),
            left(sept16, &[(thursday, "today, Thursday")])
        );
        // So does a date two days before it with its own weekday.
        let two_days_before = DateIsWeekday {
            month: 9,
            day: 14,
            weekday: Weekday::Tue,
        };
        assert_eq!(
            left(sept16, &[(two_days_before, "Tuesday, Sept. 14")]),
            left(sept16, &[(thursday, "today, Thursday")])
        );
        // A year named beside "last year", "earlier this year".
        let cases = [
            (
                YearNamedBeside {
                    year: 2022,
                    named: 2021,
                },
                "last year",
                "2022-09-16",
            ),
            (
                YearNamedBeside {
                    year: 2023,
                    named: 2023,
                },
                "earlier this year",
                "2023-09-16",
            ),
        ];
        for (clue, said, want) in cases {
            assert_eq!(left(sept16, &[(clue, said)]), Ok(vec![ymd(want)]), "{said}");
        }
        // With a weekday that fits the year: one day; with one that does not: none.
        let clues = [
            (
                YearNamedBeside {
                    year: 2021,
                    named: 2020,
                },
                "last year",
            ),
            (same_day, "Thursday, Sept. 16"),
        ];
        assert_eq!(left(sept16, &clues), Ok(vec![ymd("2021-09-16")]));
        let clues = [
            (
                YearNamedBeside {
                    year: 2022,
                    named: 2021,
                },
                "last year",
            ),
            (same_day, "Thursday, Sept. 16"),
        ];
        assert!(left(sept16, &clues).is_err());
        // A date near the turn of the year: 29 Dec before a 3 Jan dateline is the previous
        // year's. 29 Dec 2021 was a Wednesday, 29 Dec 2022 a Thursday.
        let dec29 = (
            DateIsWeekday {
                month: 12,
                day: 29,
                weekday: Weekday::Wed,
            },
            "Wednesday, Dec. 29",
        );
        let jan3 = yearless(1, 3);
        assert_eq!(
            left(jan3, &[dec29, (YearIs { year: 2022 }, "this year, 2022")]),
            Ok(vec![ymd("2022-01-03")])
        );
        assert!(left(jan3, &[dec29, (YearIs { year: 2023 }, "this year, 2023")]).is_err());
    }

    #[test]
    fn each_clue_kind_narrows_a_yearless_dateline() {
        use PublicationClue::*;
        let thursday = TodayIs {
            weekday: Weekday::Thu,
        };
        let after_april_2021 = NotBefore {
            day: ymd("2021-04-01"),
        };
        let sept16 = yearless(9, 16);
        // Each case: the clues, and the one day they leave.
        let cases: Vec<(Vec<(PublicationClue, &str)>, &str)> = vec![
            // A weekday for today and a past year: the Thursday 16 Sept between 2021 and today.
            (
                vec![
                    (thursday, "today, Thursday"),
                    (after_april_2021, "April 2021"),
                ],
                "2021-09-16",
            ),
            // The dateline's own date with its weekday says the same.
            (
                vec![
                    (
                        DateIsWeekday {
                            month: 9,
                            day: 16,
                            weekday: Weekday::Thu,
                        },
                        "Thursday, Sept. 16",
                    ),
                    (after_april_2021, "April 2021"),
                ],
                "2021-09-16",
            ),
            // Another date with its weekday, two days earlier.
            (
                vec![
                    (
                        DateIsWeekday {
                            month: 9,
                            day: 14,
                            weekday: Weekday::Tue,
                        },
                        "Tuesday, Sept. 14",
                    ),
                    (after_april_2021, "April 2021"),
                ],
                "2021-09-16",
            ),
            // A year named beside "last year" and beside "this year".
            (
                vec![(
                    YearNamedBeside {
                        year: 2022,
                        named: 2021,
                    },
                    "last year",
                )],
                "2022-09-16",
            ),
            (
                vec![(
                    YearNamedBeside {
                        year: 2023,
                        named: 2023,
                    },
                    "earlier this year",
                )],
                "2023-09-16",
            ),
            (
                vec![(YearIs { year: 2024 }, "this year, 2024")],
                "2024-09-16",
            ),
            // Of several past years, the latest bounds the day.
            (
                vec![
                    (thursday, "today, Thursday"),
                    (
                        NotBefore {
                            day: ymd("1999-01-01"),
                        },
                        "1999",
                    ),
                    (after_april_2021, "April 2021"),
                ],
                "2021-09-16",
            ),
        ];
        for (clues, want) in cases {
            assert_eq!(left(sept16, &clues), Ok(vec![ymd(want)]), "{clues:?}");
        }
        // A date near the turn of the year: 29 Dec before a 3 Jan dateline is the previous
        // year's; 29 Dec 2021 was a Wednesday.
        let clues = [
            (
                DateIsWeekday {
                    month: 12,
                    day: 29,
                    weekday: Weekday::Wed,
                },
                "Wednesday, Dec. 29",
            ),
            (
                NotBefore {
                    day: ymd("2021-06-01"),
                },
                "June 2021",
            ),
        ];
        assert_eq!(left(yearless(1, 3), &clues), Ok(vec![ymd("2022-01-03")]));
    }

    #[test]
    fn clues_that_do_not_settle_leave_several_days() {
        use PublicationClue::*;
        let sept16 = yearless(9, 16);
        // A weekday and a past year that leave two: 16 Sept was a Thursday in 2010 and 2021.
        let clues = [
            (
                TodayIs {
                    weekday: Weekday::Thu,
                },
                "today, Thursday",
            ),
            (
                NotBefore {
                    day: ymd("2009-01-01"),
                },
                "2009",
            ),
        ];
        assert_eq!(
            left(sept16, &clues),
            Ok(vec![ymd("2010-09-16"), ymd("2021-09-16")])
        );
        // A weekday alone, and a past year alone, leave many.
        assert!(left(sept16, &clues[..1]).unwrap().len() > 10);
        assert_eq!(left(sept16, &clues[1..]).unwrap().len(), 18);
    }

    #[test]
    fn a_clue_that_fits_no_day_rules_the_reading_out() {
        use PublicationClue::*;
        // A month that is not the dateline's.
        let err = left(yearless(9, 16), &[(MonthIs { month: 10 }, "this October")]);
        assert!(
            err.as_ref().is_err_and(|e| e.contains("October")),
            "{err:?}"
        );
        // A past date after every day the weekday leaves.
        let err = left(
            yearless(9, 16),
            &[
                (
                    TodayIs {
                        weekday: Weekday::Thu,
                    },
                    "today, Thursday",
                ),
                (
                    NotBefore {
                        day: ymd("2022-01-01"),
                    },
                    "2022",
                ),
            ],
        );
        assert!(err.as_ref().is_err_and(|e| e.contains("today")), "{err:?}");
    }

    #[test]
    fn today_bounds_only_a_year_the_dateline_does_not_give() {
        let given = Reading {
            year: Some(2030),
            month: 5,
            day: 10,
            order: "month/day",
        };
        assert_eq!(left(given, &[]), Ok(vec![ymd("2030-05-10")]));
        // A day's room for a report from a time zone ahead.
        let days = left(yearless(12, 4), &[]).unwrap();
        assert_eq!(days.last(), Some(&ymd("2026-12-04")));
    }

    /// Settle an English wire report's yearless dateline.
    fn settle_en(text: &str) -> Settled {
        let cal = Calendar::builtin().unwrap();
        let d = find(text, &[], Some((0, text.len())), &cal).unwrap();
        settle(text, &d, Lang::En, &cal, today())
    }

    #[test]
    fn english_wire_copy_settled_by_its_text() {
        let cases = [
            // A day word beside the weekday, a year told as past.
            "BISHKEK, Sept 16 (Reuters) - Border guards exchanged fire today, Thursday, officials said. It was the worst fighting since April 2021.",
            // The dateline's date with its weekday, a year at the head of a past sentence.
            "BISHKEK, Sept 16 (Reuters) - Border guards exchanged fire on Thursday, Sept. 16, officials said. In 2021, the two sides fought a brief war.",
            // The weekday in brackets; a past verb right before the year.
            "BISHKEK, Sept 16 (Reuters) - Border guards exchanged fire on Thursday (today). Fighting erupted in April 2021.",
        ];
        for text in cases {
            match settle_en(text) {
                Settled::Day { date, notes } => {
                    assert_eq!(date, ymd("2021-09-16"), "{text}");
                    let note = notes.join(" ");
                    assert!(
                        note.contains("Thursday")
                            && note.contains("2021")
                            && note.contains("today"),
                        "{note}"
                    );
                }
                Settled::Refused { reason } => panic!("{text}: refused: {reason}"),
            }
        }
        // "last year (2021)": 2022.
        let text = "BISHKEK, Sept 16 (Reuters) - Talks resumed after clashes last year (2021) killed dozens.";
        assert!(matches!(settle_en(text), Settled::Day { date, .. } if date == ymd("2022-09-16")));
    }

    #[test]
    fn english_wire_copy_that_does_not_settle_is_refused() {
        let cases = [
            // No clue at all.
            "BISHKEK, Sept 16 (Reuters) - Border guards exchanged fire, officials said.",
            // A weekday with no year: many Thursdays.
            "BISHKEK, Sept 16 (Reuters) - Border guards exchanged fire today, Thursday, officials said.",
            // Years of plans, deadlines and a clause to come are no bound: the weekday alone.
            "BISHKEK, Sept 16 (Reuters) - Border guards exchanged fire today, Thursday. Elections are due in 2021. The vote was postponed until 2021. Parliament will meet in 2021.",
            // A weekday and a year that leave 2010 and 2021.
            "BISHKEK, Sept 16 (Reuters) - Border guards exchanged fire today, Thursday. It was the worst fighting since 2009.",
            // A bare weekday is not today's.
            "BISHKEK, Sept 16 (Reuters) - Border guards exchanged fire on Thursday. It was the worst fighting since April 2021.",
        ];
        for text in cases {
            match settle_en(text) {
                Settled::Refused { reason } => {
                    assert!(reason.contains("'Sept 16' has no year"), "{reason}")
                }
                Settled::Day { date, notes } => panic!("{text}: read as {date}: {notes:?}"),
            }
        }
        let Settled::Refused { reason } = settle_en(cases[3]) else {
            panic!("refused");
        };
        assert!(
            reason.contains("it could be 2010-09-16 or 2021-09-16"),
            "{reason}"
        );
    }

    #[test]
    fn named_years_in_text() {
        let y = named_years("منذ عام ١٩٩١ وحتى 2021، و 12345 ليس عاما");
        assert_eq!(y.into_iter().collect::<Vec<_>>(), vec![1991, 2021]);
    }
}
