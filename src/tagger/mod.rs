//! The temporal tagger: finds temporal expressions in news text and resolves them against the
//! publication day into [`IncidentDate`]s. Knows nothing of the database.
//!
//! How it works: each line is folded (`normalize`: alef/yeh/teh-marbuta variants, diacritics,
//! digits, case, ё, Latin look-alikes in Cyrillic words) with a map back to input offsets, split
//! into tokens with Arabic proclitics stripped and words looked up in the word lists (`lex`,
//! `ar`, `en`, `ru`), and scanned once by
//! the rules in `grammar`, which resolve against the publication day (`resolve`). Expressions
//! never cross a line. Relative expressions ("the next day") count from the nearest preceding
//! explicit date, and those that name a grain count at the grain of the date the text just
//! gave ("a year earlier" after "the third quarter" is a quarter; "the previous month" after
//! "September" is August; see `grammar/anaphora.rs`); numeric dates whose day/month order is
//! open are settled at the end from the other numeric dates of the same text, or reported with
//! both readings. The rules for quarters and halves, ordinals of weekdays, feasts that move,
//! years with no cue word, years in words and clock times with a day have their own files
//! under `grammar/`.

mod ar;
mod en;
mod grammar;
mod lex;
mod normalize;
mod resolve;
mod ru;

pub(crate) use ru::is_weekday_name as is_russian_weekday_name;
pub(crate) mod tense;

use chrono::{NaiveDate, Weekday};
use serde::Serialize;

use crate::date::{IncidentDate, Precision};

/// Whether a word (as written, in any of the three languages) names a month, a weekday or a
/// season in the tagger's word lists: the ingester does not take it for a place's name.
pub(crate) fn names_a_time(word: &str) -> bool {
    lex::lexicon().names_a_time(&normalize::fold_str(word))
}

/// Languages the tagger reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    En,
    Ru,
}

impl Lang {
    /// The language of a code as tarikh writes it ("ar", "en").
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Ru => "ru",
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
    /// "today, Monday", "Thursday (today)", "اليوم الإثنين": the publication day is this
    /// weekday; also from another day word ("yesterday, Wednesday": today is a Thursday).
    TodayIs { weekday: Weekday },
    /// "this May", "مايو الجاري": the publication day falls in this month.
    MonthIs { month: u32 },
    /// "this year, 2021", "العام الجاري 2021": the publication year.
    YearIs { year: i32 },
    /// "N years ago": the publication year is N after some year the text may name.
    YearsAgo { years: i32 },
    /// "Thursday, Sept. 16", "الأربعاء 14 سبتمبر": a date with its weekday and no year. The
    /// occurrence of that day nearest the publication day (within half a year) falls on that
    /// weekday; when it is the publication day's own date, this says its weekday.
    DateIsWeekday {
        month: u32,
        day: u32,
        weekday: Weekday,
    },
    /// "last year (2021)", "this year, 2022", "earlier this year, in March 2022": a year
    /// named beside a year counted from the publication day; the publication year is `year`.
    YearNamedBeside { year: i32, named: i32 },
    /// A date whose year is written out, told in a past-tense clause ("fighting erupted in
    /// April 2021", "since 1991", "In 2021, 50 people died"): the publication day is not
    /// before its first day (the first day of its year, for "since late 2020").
    NotBefore { day: NaiveDate },
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
    /// The other reading of an expression that gives no year and no direction word (a day and
    /// month, a month or part of one, a weekday, a feast, or a range of these): when one
    /// reading lies wholly before the publication day and the other wholly after it, `date` is
    /// the one the tense of the clause picks ("the vote is set for Nov. 16": the coming one;
    /// "fighting broke out on Dec. 28": the last one), or, with no tense to go by, a weekday's
    /// last occurrence and otherwise the nearer of the two; this is the other one. `None` when
    /// the expression allows one reading only.
    pub alternative: Option<IncidentDate>,
    /// "the same day", "the next day", "накануне" after a date: the days it counts from the
    /// date before it (0, 1, -1). Under a day heading it counts from the heading's day instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts_from_anchor: Option<i64>,
}

impl TemporalExpr {
    /// The reading on or before the publication day `p`, where the expression has one: what
    /// a report means when it tells of something that happened.
    pub fn recent(&self, p: NaiveDate) -> Option<IncidentDate> {
        match (self.date, self.alternative) {
            (Some(d), Some(a)) if d.earliest().is_some_and(|e| e > p) => Some(a),
            (d, _) => d,
        }
    }

    /// The reading after the publication day `p`, when the expression has two: what a report
    /// means when it tells of something to come.
    pub fn upcoming(&self, p: NaiveDate) -> Option<IncidentDate> {
        [self.date, self.alternative]
            .into_iter()
            .flatten()
            .find(|d| d.earliest().is_some_and(|e| e > p))
            .filter(|_| self.alternative.is_some())
    }
}

/// The longest piece of a line the tagger reads at once. A paragraph is far shorter; a text
/// without line breaks is read piece by piece, so that its tokens are not all held at once.
const MAX_PIECE: usize = 64 * 1024;

/// A line in pieces of at most [`MAX_PIECE`] bytes (with their offsets in the line), each cut
/// after a sentence's stop where the piece has one, else after a space, so that no expression
/// is cut in two where the text gives a place to cut.
fn bounded_pieces(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = &line[at..];
        let len = if rest.len() <= MAX_PIECE {
            done = true;
            rest.len()
        } else {
            let window = &rest[..rest.floor_char_boundary(MAX_PIECE)];
            let after_stop = window
                .rmatch_indices(['.', '!', '?', '؟', '\u{06D4}'])
                .map(|(k, m)| k + m.len())
                .find(|&k| window[k..].starts_with(char::is_whitespace));
            let after_space = || window.rfind(char::is_whitespace).map(|k| k + 1);
            after_stop
                .or_else(after_space)
                .filter(|&k| k > 0)
                .unwrap_or(window.len())
                .max(1)
        };
        let len = rest.ceil_char_boundary(len);
        let piece = (at, &rest[..len]);
        at += len;
        Some(piece)
    })
}

/// Find and resolve every temporal expression in `text`.
pub fn tag(text: &str, options: &TagOptions) -> Vec<TemporalExpr> {
    let mut out = Vec::new();
    let mut ctx = grammar::Ctx::new(options.published, speaks_of_quarters(text));
    let mut folded = normalize::Folded::default();
    let mut toks = Vec::new();
    // Pending numeric dates (index into `out`, the tense of their clause) and the order the
    // unambiguous ones show.
    let mut pending: Vec<Pending> = Vec::new();
    let (mut day_first, mut month_first) = (0usize, 0usize);
    let mut base = 0usize;
    let lines = text.split('\n').enumerate().flat_map(|(line_no, line)| {
        let start_of_line = base;
        base += line.len() + 1;
        bounded_pieces(line).map(move |(at, piece)| (line_no, start_of_line + at, piece))
    });
    for (line_no, start_of_line, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        folded.fill(line, start_of_line);
        lex::tokenize(&folded.text, options.lang, &mut toks);
        // Token positions start again with each piece.
        ctx.written_year = None;
        // Ten words or more: prose, not a heading or page furniture.
        let prose = toks
            .iter()
            .filter(|t| matches!(t.kind, lex::Kind::Word | lex::Kind::Num))
            .count()
            >= 10;
        let prose_before = ctx.prose_lines;
        ctx.prose_lines += usize::from(prose);
        for t in toks.iter_mut() {
            if matches!(t.script, lex::Script::Latin | lex::Script::Cyrillic) {
                let at = folded.map.get(t.s).copied().unwrap_or(0);
                t.cap = text
                    .get(at..)
                    .and_then(|s| s.chars().next())
                    .is_some_and(char::is_uppercase);
            }
            if t.script == lex::Script::Cyrillic && t.cap {
                // All capitals: every letter of the word as written.
                let (a, b) = folded.input_range(text, t.s, t.e);
                t.upper = !text[a..b]
                    .chars()
                    .any(|c| matches!(c, 'a'..='z' | '\u{0430}'..='\u{045F}'));
            }
        }
        let cased = mixed_case(&toks, &folded, text);
        let russian = russian_line(&toks, options.lang);
        let mut i = 0;
        while i < toks.len() {
            // A day told in a concession is what a count in the next sentences counts from.
            // (Each token is looked at once: the search goes on from where it stopped.)
            if let Some((d, line, after)) = ctx.conceded {
                if line != line_no
                    || (after..i).any(|k| tense::ends_sentence(&toks, &folded.text, k))
                {
                    ctx.counted_from_concession = Some(d);
                    ctx.conceded = None;
                } else {
                    ctx.conceded = Some((d, line, i.max(after)));
                }
            }
            let found = {
                let parser = grammar::Parser {
                    t: &toks,
                    text: &folded.text,
                    ctx: &ctx,
                    cased,
                    russian,
                    line: line_no,
                };
                parser
                    .best_at(i)
                    .map(|f| parser.extend(f))
                    .map(|f| parser.named(f))
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
            let (fs, fe) = (f.start, f.end);
            let clause_tense = || tense::around(&toks, &folded.text, fs, fe);
            // The date model (and EDTF as tarikh writes it) covers years 1 to 9999 only; a
            // publication day near either end can push a resolution past it.
            if f.date.is_some_and(|d| !representable(&d)) {
                i = f.end.max(i + 1);
                continue;
            }
            let two = coming_reading(f.date, f.coming, options.published);
            let arabic = toks[f.start.saturating_sub(2)..f.end]
                .iter()
                .any(|t| t.script == lex::Script::Arabic);
            let (mut date, mut alternative) =
                choose(f.date, two, options.published, arabic, clause_tense);
            // "In February 2019 a bomber struck, and on 26 February India replied": a day or
            // month with no year after one that writes its year out, in the same sentence, is
            // of that year's story (the nearest reading to it), not of the publication's.
            // (So is a night before such a day: "26 марта 2019 года, в ночь на 27 марта".)
            let yearless_night = f.rule == "ru.night" && !f.names_year;
            // Later on, a day or a month told as past, with no year of its own, whose most
            // recent reading lies most of a year back (its coming one is only weeks ahead) goes
            // on with the story of the past year written last ("В середине августа 1999 года
            // шли бои ... 23–24 августа боевики были вытеснены", written on 7 August): an
            // anniversary piece. A date of the last months is the present story's, whatever
            // aside came before it ("Like Resolution 1559 of September 2004 ... The truce took
            // hold on August 14").
            let goes_on_in_past_year = |written: &IncidentDate| {
                f.free
                    && matches!(
                        f.cycle,
                        Some(
                            resolve::Cycle::Days { hijri: false, .. }
                                | resolve::Cycle::Month { hijri: false, .. }
                                | resolve::Cycle::Part { .. }
                        )
                    )
                    && [date, alternative]
                        .into_iter()
                        .flatten()
                        .filter_map(|d| d.latest())
                        .filter(|&d| d <= options.published)
                        .max()
                        .is_some_and(|d| (options.published - d).num_days() > 300)
                    && written.latest().is_some_and(|w| {
                        chrono::Datelike::year(&w) < chrono::Datelike::year(&options.published)
                    })
                    && clause_tense().is_some_and(|(t, _)| t == tense::Tense::Past)
                    && !tense::speaks_of_what_may_come(&toks, &folded.text, fs)
            };
            let same_sentence = |after: usize| {
                (f.free
                    && matches!(
                        f.cycle,
                        Some(resolve::Cycle::Days { hijri: false, lo, hi, .. }) if lo == hi
                    ) | matches!(f.cycle, Some(resolve::Cycle::Month { hijri: false, .. }))
                    || yearless_night)
                    && !(after..f.start).any(|k| tense::ends_sentence(&toks, &folded.text, k))
                    && !clause_tense().is_some_and(|(t, _)| t == tense::Tense::Future)
                    && !tense::speaks_of_what_may_come(&toks, &folded.text, fs)
            };
            // Whether the date was moved to the year of a story: the tagger's note on the most
            // recent reading no longer says how it was read.
            let mut of_a_story = false;
            let in_this_line = ctx
                .written_year
                .filter(|&(_, line, after)| line == line_no && same_sentence(after))
                .map(|(written, ..)| (written, yearless_night));
            // "в ночь на 29 мая 2012 года ... О трагедии стало известно 30 мая": a day with no
            // year, in the next sentences of the paragraph that wrote a day out with its year,
            // a few days after that day in its year, goes on with that story.
            let days_after = |written: &IncidentDate| {
                let (Some(d), Some(end)) = (date, written.latest()) else {
                    return false;
                };
                let close = written
                    .earliest()
                    .is_some_and(|w0| (end - w0).num_days() <= 3);
                nearest_to(&d, written, false)
                    .and_then(|near| near.earliest())
                    .is_some_and(|n| close && (0..=7).contains(&(n - end).num_days()))
            };
            let in_this_line = in_this_line.or_else(|| {
                ctx.written_year
                    .filter(|&(written, line, _)| {
                        line == line_no
                            && f.free
                            && matches!(
                                f.cycle,
                                Some(resolve::Cycle::Days { hijri: false, lo, hi, .. }) if lo == hi
                            )
                            && !clause_tense().is_some_and(|(t, _)| t == tense::Tense::Future)
                            && days_after(&written)
                    })
                    .map(|(written, ..)| (written, false))
            });
            // (A story year read from the lead's years counted back comes first: below.)
            let of_the_story = || {
                ctx.last_written_year
                    .filter(|written| ctx.story.is_none() && goes_on_in_past_year(written))
                    .map(|written| (written, true))
            };
            if let Some((written, spans)) = in_this_line.or_else(of_the_story)
                && let Some(d) = date
                && let Some(near) = nearest_to(&d, &written, spans)
                && near != d
            {
                // The alternative is a reading on the other side of the publication day; the
                // publication's year is no such reading here.
                alternative = None;
                date = Some(near);
                of_a_story = true;
            } else if (f.free
                && matches!(
                    f.cycle,
                    Some(resolve::Cycle::Days { hijri: false, .. })
                        | Some(resolve::Cycle::Month { hijri: false, .. })
                        | Some(resolve::Cycle::Part { .. })
                )
                // "в ночь на 2 августа": a night before a day with no year.
                || yearless_night)
                && let Some(story) = ctx.story
                && let Some(d) = date
                && let Some(near) = nearest_to(&d, &story, true)
                && near != d
                // (Told, announced or with no tense word near: not what is to come.)
                && !clause_tense().is_some_and(|(t, _)| t == tense::Tense::Future)
                && !tense::speaks_of_what_may_come(&toks, &folded.text, fs)
            {
                // An anniversary piece: "Десять лет назад ... Вечером 10 июня произошла драка"
                // is 10 June of the story's year, not of the publication's.
                alternative = None;
                date = Some(near);
                of_a_story = true;
            } else if let Some(resolve::Cycle::Weekday(weekday)) = f.cycle
                && let Some(story) = ctx.story
                && let Some(anchor) = ctx.last_day
                && story.earliest().map(|s| chrono::Datelike::year(&s))
                    == Some(chrono::Datelike::year(&anchor))
                && date.is_some_and(|d| {
                    d.earliest().map(|x| chrono::Datelike::year(&x))
                        != Some(chrono::Datelike::year(&anchor))
                })
                && !clause_tense().is_some_and(|(t, _)| t == tense::Tense::Future)
                && let Some(near) = weekday_near(anchor, weekday)
            {
                // An anniversary piece tells the story's week: "в ночь на 13 мая ... Утром в
                // пятницу" is the Friday by that night, not one before the publication.
                alternative = None;
                date = Some(IncidentDate::day(near));
            } else if let Some(resolve::Cycle::Weekday(weekday)) = f.cycle
                && f.free
                && ctx.stepped
                && let Some(anchor) = ctx.anchors.last().and_then(|a| a.exact_day())
                // (In the paragraph before, or earlier in this one but not right after the
                // day it was counted from: "В тот же день, в среду" names the day just told,
                // while "Late that Saturday a crowd stormed the embassy. The police said on
                // Sunday ..." goes on to the next day.)
                && ctx.anchor_line.is_some_and(|l| {
                    let apart_from_last = ctx.last.as_ref().is_some_and(|x| fs > x.end + APPOSED);
                    (1..=2).contains(&(line_no - l)) || (l == line_no && apart_from_last)
                })
                && date
                    .and_then(|d| d.earliest())
                    .is_some_and(|d| (d - anchor).num_days() > 7)
                && !clause_tense().is_some_and(|(t, _)| t == tense::Tense::Future)
                && let Some(next) = (1..7)
                    .map(|k| anchor + chrono::Duration::days(k))
                    .find(|d| chrono::Datelike::weekday(d) == weekday)
            {
                // A week retold day by day ("On Wednesday, May 7 ... The following afternoon
                // ... By Friday afternoon"): a bare weekday in the paragraph after a day
                // counted from the one before is the next such day, not one by the
                // publication two weeks on.
                alternative = None;
                date = Some(IncidentDate::day(next));
            }
            if f.free && f.date.is_some() {
                ctx.free_seen = true;
            }
            // A day placed in an earlier year by its weekday: the story is of that year.
            if f.weekday_year
                && ctx.story.is_none()
                && let Some(d) = f.date.and_then(|d| d.earliest())
                && chrono::Datelike::year(&d) < chrono::Datelike::year(&options.published)
            {
                ctx.story = Some(IncidentDate::year(chrono::Datelike::year(&d)));
            }
            // Years counted back at the head of one of the first lines of prose: the story's.
            if ctx.story.is_none()
                && !ctx.free_seen
                && prose
                && prose_before < 2
                && fs <= 12
                && (f.rule.ends_with(".ago") || f.rule.ends_with(".ago_today"))
                && let Some(d) = date
                && let Some(first) = d.earliest()
                // A year back is still today's news: a month with no year is read as the most
                // recent one either way, and the story may have come up to the present.
                && chrono::Datelike::year(&first) < chrono::Datelike::year(&options.published) - 1
            {
                ctx.story = Some(IncidentDate::year(chrono::Datelike::year(&first)));
            }
            let mut f = f;
            f.date = date;
            if of_a_story && let Some(note) = f.note.as_mut() {
                if let Some(at) = note.find(grammar::NO_YEAR_NOTE) {
                    note.truncate(at);
                    note.truncate(note.trim_end_matches("; ").len());
                }
                if note.is_empty() {
                    f.note = None;
                }
            }
            // A year written out in a clause told as past: the report is not older than it
            // (than its year, where the bounds are approximate: "since late 2021").
            if f.clue.is_none()
                && f.names_year
                && let Some(d) = f.date
                && !d.qualifier.uncertain
                && let Some(first) = d.earliest()
                && let Some(day) = if d.qualifier.approximate {
                    NaiveDate::from_ymd_opt(chrono::Datelike::year(&first), 1, 1)
                } else {
                    Some(first)
                }
                && tense::told_as_past(&toks, &folded.text, fs, fe)
            {
                f.clue = Some(PublicationClue::NotBefore { day });
            }
            let conceded = tense::in_concession(&toks, &folded.text, fs);
            if conceded
                && f.anchor
                && let Some(d) = f.date.filter(|d| d.exact_day().is_some())
            {
                ctx.conceded = Some((d, line_no, fe));
            }
            if f.anchor
                && let Some(d) = f.date
                && !conceded
                && !tense::dates_a_count(&toks, &folded.text, fs)
            {
                ctx.conceded = None;
                ctx.counted_from_concession = None;
                ctx.anchors.push(d);
                ctx.anchor_line = Some(line_no);
                // Counted from the day before it, or a weekday read on from such a day.
                let counted = [
                    "anchor_day",
                    "shift",
                    "weekday_following",
                    "weekday_told_before",
                ]
                .iter()
                .any(|r| f.rule.contains(r));
                let weekday_read_on = f.free && matches!(f.cycle, Some(resolve::Cycle::Weekday(_)));
                ctx.stepped = counted || (ctx.stepped && weekday_read_on);
                ctx.coarse_since_anchor = false;
            } else if let Some(d) = f.date
                && d.precision() != Precision::Day
                && !flashback(&d, ctx.anchors.last())
            {
                ctx.coarse_since_anchor = true;
            }
            if let Some(d) = f.date {
                ctx.last_day = day_of_anchor(&d);
                ctx.record(d, f.grain, line_no, f.end);
                // A bare year ("the war of 2008") is too coarse to say which year's February
                // a later "26 February" is.
                // Nor does a "since" date, the start of a state that lasts ("closed since
                // March 2020, reopened on May 17").
                let since = fs
                    .checked_sub(1)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| ["since", "منذ"].contains(&&folded.text[t.s..t.e]));
                // A year told as the time of what follows ("в 2014 году: в январе ...", "in
                // 2014, in January ...") is no bare year: the sentence is of that year.
                // So is a year a colon opens ("Вспомните 2011 год: 12 ноября ...").
                let frame = d.precision() == Precision::Year
                    && (fs
                        .checked_sub(1)
                        .and_then(|k| toks.get(k))
                        .is_some_and(|t| ["в", "во", "in"].contains(&&folded.text[t.s..t.e]))
                        || text[e..].trim_start().starts_with(':'));
                if f.names_year
                    && !since
                    && (d.precision() != Precision::Year || frame)
                    && let (Some(a), Some(b)) = (d.earliest(), d.latest())
                    && chrono::Datelike::year(&a) == chrono::Datelike::year(&b)
                {
                    ctx.written_year = Some((d, line_no, f.end));
                    ctx.last_written_year = Some(d);
                }
            }
            // A calendar day written out with its weekday ("Wednesday, 15 October", "يوم
            // الأربعاء 15 أكتوبر"): a story told day by day, by its dates.
            // (Of a span of days written so, "ليل الخميس ٢ آذار - الجمعة ٣ آذار", its last day
            // when it falls on a weekday written in it.)
            // (Looked up in place: this runs for every expression the tagger finds.)
            let written_weekday = |w: chrono::Weekday| {
                toks[fs..fe]
                    .iter()
                    .any(|t| matches!(t.lex, lex::Lex::Weekday(x) if x == w))
            };
            let written = f.date.and_then(|d| {
                d.exact_day().or_else(|| {
                    let (a, b) = (d.earliest()?, d.latest()?);
                    [b, a]
                        .into_iter()
                        .find(|x| written_weekday(chrono::Datelike::weekday(x)))
                        .filter(|_| (b - a).num_days() <= 3)
                })
            });
            if let Some(day) = written
                && toks[fs..fe]
                    .iter()
                    .any(|t| matches!(t.lex, lex::Lex::Weekday(_)))
                && text[s..e]
                    .chars()
                    .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
                && !["ago", "shift", "anchor", "dayword", "weekday"]
                    .iter()
                    .any(|r| f.rule.contains(r))
            {
                ctx.written_day = Some(grammar::WrittenDay {
                    day,
                    line: line_no,
                    heading: fs == 0,
                });
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
                pending.push(Pending {
                    index: out.len(),
                    readings: a,
                    tense: clause_tense(),
                    arabic,
                });
            }
            out.push(TemporalExpr {
                start: s,
                end: e,
                line: line_no + 1,
                text: text[s..e].to_string(),
                date: f.date,
                rule: f.rule,
                note: f.note,
                clue: f.clue,
                alternative,
                counts_from_anchor: f.counts_from_anchor,
            });
            i = f.end.max(i + 1);
        }
    }
    // Numeric dates like 05/10: if the text's other numeric dates all put the day first (or
    // all the month first), read them the same way; otherwise keep both readings.
    for Pending {
        index: idx,
        readings: a,
        tense: clause,
        arabic,
    } in pending
    {
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
            let two = coming_reading(
                Some(IncidentDate::day(d)),
                next.map(IncidentDate::day),
                options.published,
            );
            (expr.date, expr.alternative) = choose(
                Some(IncidentDate::day(d)),
                two,
                options.published,
                arabic,
                || clause,
            );
            expr.note = Some(format!(
                "{:02}/{:02} read as {order}, the order of the other numeric dates in the text",
                a.raw.0, a.raw.1
            ));
        }
    }
    out
}

/// Whether the text speaks of quarters of a year: "quarter" in any case occurs in it.
fn speaks_of_quarters(text: &str) -> bool {
    text.contains("uarter") || text.contains("UARTER")
}

/// Whether a line is written in ordinary mixed case: some of its Latin words capitalised and
/// most not. Headlines in capitals or title case and social-media text in lower case are not,
/// and there a capital letter says nothing about names.
///
/// A word written all in capitals (a speaker's label such as "HOST:", an acronym) is counted
/// as neither: it says nothing about how the line's other words are written.
fn mixed_case(toks: &[lex::Tok], folded: &normalize::Folded, input: &str) -> bool {
    let text = &folded.text;
    let words = toks.iter().filter(|t| {
        t.kind == lex::Kind::Word && t.script == lex::Script::Latin && text[t.s..t.e].len() >= 3
    });
    let (mut n, mut upper, mut caps) = (0usize, 0usize, 0usize);
    for t in words {
        n += 1;
        let all_caps = t.cap
            && folded
                .map
                .get(t.s)
                .and_then(|at| input.as_bytes().get(at + 1))
                .is_some_and(u8::is_ascii_uppercase);
        if all_caps {
            upper += 1;
        } else {
            caps += usize::from(t.cap);
        }
    }
    // Too few words to tell: take the line as ordinary text. Mostly capitals: a headline.
    n < 4 || (upper * 2 < n && caps > 0 && caps * 10 < (n - upper) * 7)
}

/// How a line writes Russian: whether it is Russian (the text was given as Russian, or more
/// of its words are Cyrillic than Latin or Arabic), and whether its Cyrillic words are in
/// ordinary mixed case, where a capital inside a sentence tells a name ("Марта Иванова", «в
/// Пятницу»): not in a headline in capitals.
fn russian_line(toks: &[lex::Tok], lang: Option<Lang>) -> grammar::Russian {
    let (mut cyrillic, mut other, mut upper) = (0usize, 0usize, 0usize);
    for t in toks.iter().filter(|t| t.kind == lex::Kind::Word) {
        match t.script {
            lex::Script::Cyrillic => {
                cyrillic += 1;
                upper += usize::from(t.upper && t.e - t.s > 2);
            }
            lex::Script::Latin | lex::Script::Arabic => other += 1,
            lex::Script::Other => {}
        }
    }
    grammar::Russian {
        words: cyrillic > 0 && lang.is_none_or(|l| l == Lang::Ru),
        line: lang == Some(Lang::Ru) || (lang.is_none() && cyrillic > other),
        cased: cyrillic < 4 || upper * 2 < cyrillic,
    }
}

/// A numeric date whose day/month order is settled once the whole text is read.
struct Pending {
    /// Index into the output.
    index: usize,
    readings: grammar::Ambiguous,
    tense: Option<(tense::Tense, usize)>,
    arabic: bool,
}

/// The day an anchor names: its day, or the last of a night or two days ("в ночь на 13 мая").
fn day_of_anchor(d: &IncidentDate) -> Option<NaiveDate> {
    d.exact_day().or_else(|| {
        let (a, b) = (d.earliest()?, d.latest()?);
        ((b - a).num_days() <= 1).then_some(b)
    })
}

/// The most words between a day and a weekday set beside it to name the same day ("В тот же
/// день, в среду", "that day, Wednesday,").
const APPOSED: usize = 3;

/// The day of `weekday` nearest to `day`, at most three days from it.
fn weekday_near(day: NaiveDate, weekday: chrono::Weekday) -> Option<NaiveDate> {
    use chrono::Datelike;
    [0, -1, 1, -2, 2, -3, 3]
        .into_iter()
        .map(|k| day + chrono::Duration::days(k))
        .find(|d| d.weekday() == weekday)
}

/// The reading of a date given without its year (`d`, read in some year) that lies nearest to
/// `written`, a date whose year the text wrote out: the same date a year before, in the same
/// year, or a year after. A day or a month; with `spans`, also a span of days within one year
/// ("с 8 по 12 августа", "в ночь на 2 августа"). `None` for other dates.
fn nearest_to(d: &IncidentDate, written: &IncidentDate, spans: bool) -> Option<IncidentDate> {
    use crate::date::DateKind;
    use chrono::Datelike;
    let (w0, w1) = (written.earliest()?, written.latest()?);
    let (first, last) = (d.earliest()?, d.latest()?);
    let candidate = |year: i32| match d.precision() {
        Precision::Day => first.with_year(year).map(IncidentDate::day),
        Precision::Month => IncidentDate::month(year, first.month()).ok(),
        _ if spans && first.year() == last.year() => {
            let (a, b) = (first.with_year(year)?, last.with_year(year)?);
            let mut moved = match d.kind {
                DateKind::Interval {
                    open_end: false, ..
                } => IncidentDate::interval(a, b).ok()?,
                DateKind::OneOf { .. } => IncidentDate::one_of(Some(a), Some(b)).ok()?,
                _ => return None,
            };
            moved.qualifier = d.qualifier;
            Some(moved)
        }
        _ => None,
    };
    let gap = |c: &IncidentDate| {
        let (c0, c1) = (c.earliest().unwrap_or(w0), c.latest().unwrap_or(w1));
        if c1 < w0 {
            (w0 - c1).num_days()
        } else if c0 > w1 {
            (c0 - w1).num_days()
        } else {
            0
        }
    };
    let y = w0.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(candidate)
        .filter(representable)
        .min_by_key(gap)
}

/// Whether a date coarser than a day looks back from the story's day rather than moving the
/// story on: it ends before the last anchor ("on 14 September guards fought over the post,
/// the same one fought over in April 2021. The same day, …"). Such a date leaves "the same
/// day" counting from the anchor; one that reaches it or lies after it ("in May") does not.
fn flashback(d: &IncidentDate, anchor: Option<&IncidentDate>) -> bool {
    match (d.latest(), anchor.and_then(IncidentDate::earliest)) {
        (Some(end), Some(day)) => end < day,
        _ => false,
    }
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

/// Which of two readings an expression gets, the last one `recent` (wholly before `p`) or
/// the coming one `coming` (wholly after it). Returns the reading and the alternative.
///
/// A weekday goes by the tense of its clause ("will meet Monday", "met Monday"), and is the
/// last one when there is none: news mostly tells what happened. A date that recurs yearly
/// ("Nov. 16", "in March") goes by a verb right beside it ("broke out on Dec. 28", "will
/// resume on Jan. 5"); otherwise, within [`NEAR_DAYS`] of the publication day, it is the
/// nearer reading, because a past verb a few words off often sets a day to come ("had
/// insisted on Jan. 12", "the deadline of Jan. 15 ... was set"); farther off, the tense
/// decides; and with no tense it is the nearer one, so a yearless date is in the
/// publication's year unless the turn of the year is closer. Arabic marks what is to come
/// (سـ, سوف, المقبل, من المقرر), and the past verbs it knows are a short list of event verbs
/// told at the head of the sentence, so an Arabic cue decides at any distance; an Arabic date
/// with no cue is the nearer one within [`NEAR_DAYS`] and the last one beyond.
fn choose(
    recent: Option<IncidentDate>,
    coming: Option<IncidentDate>,
    p: NaiveDate,
    arabic: bool,
    tense: impl FnOnce() -> Option<(tense::Tense, usize)>,
) -> (Option<IncidentDate>, Option<IncidentDate>) {
    let (Some(r), Some(c)) = (recent, coming) else {
        return (recent, None);
    };
    let (Some(r_last), Some(c_first), Some(r_first)) = (r.latest(), c.earliest(), r.earliest())
    else {
        return (recent, coming);
    };
    let (back, ahead) = ((p - r_last).num_days(), (c_first - p).num_days());
    let yearly = (c_first - r_first).num_days() > 300;
    let nearer_coming = ahead < back;
    let pick_coming = match tense() {
        Some((t, cost)) if cost <= 1 || !yearly || arabic => t == tense::Tense::Future,
        _ if yearly && back.min(ahead) <= NEAR_DAYS => nearer_coming,
        Some((t, _)) => t == tense::Tense::Future,
        None => yearly && nearer_coming && !arabic,
    };
    if pick_coming {
        (Some(c), Some(r))
    } else {
        (Some(r), Some(c))
    }
}

/// How close to the publication day a yearless date must be for the nearer reading to win over
/// a tense cue that is not right beside it.
const NEAR_DAYS: i64 = 45;

fn representable(d: &IncidentDate) -> bool {
    let ok =
        |x: Option<NaiveDate>| x.is_none_or(|x| (1..=9999).contains(&chrono::Datelike::year(&x)));
    (d.earliest().is_some() || d.latest().is_some()) && ok(d.earliest()) && ok(d.latest())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_line_is_read_in_pieces_that_cover_it() {
        let line = "troops fired near the post ".repeat(10_000) + "تاريخ";
        let pieces: Vec<(usize, &str)> = bounded_pieces(&line).collect();
        assert!(pieces.len() > 1);
        let mut at = 0;
        for (start, piece) in &pieces {
            assert_eq!(*start, at);
            assert!(piece.len() <= MAX_PIECE);
            at += piece.len();
        }
        assert_eq!(pieces.iter().map(|p| p.1).collect::<String>(), line);
        // Cut after a space where there is no stop, so that no word is cut in two.
        assert!(pieces[0].1.ends_with(' '));
        // After a stop where there is one.
        let stopped = "Troops fired. ".repeat(6_000);
        assert!(bounded_pieces(&stopped).all(|(_, p)| p.trim_end().ends_with('.')));
        assert_eq!(bounded_pieces("").count(), 1);
    }

    #[test]
    fn an_expression_far_into_a_line_without_breaks_is_found() {
        let published = NaiveDate::from_ymd_opt(2021, 5, 1).expect("day");
        let text = "troops fired near the post ".repeat(5_000) + "on 29 April";
        let exprs = tag(
            &text,
            &TagOptions {
                published,
                lang: Some(Lang::En),
            },
        );
        let last = exprs.last().expect("the date is found");
        assert_eq!(last.text, "29 April");
        assert_eq!(&text[last.start..last.end], "29 April");
        assert_eq!(
            last.date.map(|d| d.to_edtf()).as_deref(),
            Some("2021-04-29")
        );
    }
}
