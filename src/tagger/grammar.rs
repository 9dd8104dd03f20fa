//! The grammar: patterns over tokens that make temporal expressions, and their resolution
//! against the publication day (or, for "the next day" and "two days later", the nearest
//! preceding explicit date in the text).
//!
//! Each rule starts at one token and either matches a short run of tokens or not; the scanner
//! keeps the longest match at each position and moves past it, so the cost is linear in the
//! number of tokens. Arabic, English and Russian share the rules where their structure agrees
//! (a day, a month, a year; a count and a unit); word order differences (Arabic qualifiers
//! follow the noun, English and Russian ones precede it; Russian puts the year word after the
//! year) are handled inside each rule, and what only Russian has (case, the calendar week of
//! прошлый and следующий, the night into a day, the eve) in `grammar/russian.rs`.

use chrono::{Datelike, NaiveDate, Weekday};

use super::PublicationClue;
use super::lex::{
    Approx, CL_BI, Dir, Era, Form, Kind, Lex, NumSuffix, Part, Prep, Script, Strength, Tok, Unit,
    Vague,
};
use super::resolve::{self, Cycle, Period, RangeEnd, add_days, ymd};
use crate::date::weekday_name;
use crate::date::{IncidentDate, Precision};

mod anaphora;
mod bare_year;
mod clock;
mod feast;
mod ordinal_weekday;
mod publication;
mod quarter;
mod russian;
mod spelled_year;

pub(crate) use russian::Russian;

use publication::publication_weekday;

/// The calendar grain an expression names: what "a year earlier" or "the previous one" counts
/// in after it ("the third quarter ... a year earlier" is a quarter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
}

impl Grain {
    /// The grain of a date whose rule did not say: days, months and years by their precision.
    pub(crate) fn of(d: &IncidentDate) -> Option<Grain> {
        match d.precision() {
            Precision::Day => Some(Grain::Day),
            Precision::Month => Some(Grain::Month),
            Precision::Year => Some(Grain::Year),
            _ => None,
        }
    }
}

/// An expression already read, for those that count from "the date the text just gave".
#[derive(Debug, Clone, Copy)]
pub(crate) struct Last {
    pub date: IncidentDate,
    pub grain: Grain,
    /// Line (0-based) and token index just past it.
    pub line: usize,
    pub end: usize,
}

/// One match, in token indices.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub date: Option<IncidentDate>,
    pub rule: &'static str,
    pub note: Option<String>,
    pub clue: Option<PublicationClue>,
    /// For an expression with no year and no direction word, read as the most recent one: the
    /// reading if the text speaks of the coming one. Filtered in `tag` (kept only when `date`
    /// is wholly before the publication day).
    pub coming: Option<IncidentDate>,
    /// An explicit date that later "the next day" may count from.
    pub anchor: bool,
    /// A numeric date whose day/month order is open, settled once the whole text is read.
    pub pending: Option<Ambiguous>,
    /// For a numeric date whose order one part settles (25/04): true if day first.
    pub day_first: Option<bool>,
    /// How the date recurs (days of a month, a month, a weekday), so that the two ends of a
    /// range can be placed together.
    pub cycle: Option<Cycle>,
    /// The text gave no year and no direction word: `date` is only the default reading, and
    /// a range may move it next to its other end.
    pub free: bool,
    /// The grain, where the precision of `date` does not tell it (a quarter, a week).
    pub grain: Option<Grain>,
    /// The year is written out ("April 2021", "since 1991"), not counted from the publication
    /// day: the date does not move with it.
    pub names_year: bool,
    /// See [`TemporalExpr::counts_from_anchor`](crate::tagger::TemporalExpr).
    pub counts_from_anchor: Option<i64>,
    /// A day with its weekday and no year, read in a year told before because the weekday
    /// falls on it there: the year of the story the text tells.
    pub weekday_year: bool,
}

/// Both readings of a numeric date like 05/10.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ambiguous {
    pub day_first: NaiveDate,
    pub month_first: NaiveDate,
    /// The coming readings, for a text that speaks of the future.
    pub day_first_coming: Option<NaiveDate>,
    pub month_first_coming: Option<NaiveDate>,
    pub raw: (u32, u32),
}

/// A calendar day written out with its weekday (see [`Ctx::written_day`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WrittenDay {
    pub day: NaiveDate,
    pub line: usize,
    /// The day opens its line: a heading of a story told day by day ("Friday, 16 September.
    /// The truce did not survive Thursday night").
    pub heading: bool,
}

/// Words after which English "last" is the verb ("would last three months"), not "the past";
/// "t" is what follows the apostrophe of "won't", "wouldn't", "didn't".
const LAST_AS_VERB_AFTER: &[&str] = &[
    "would", "will", "could", "can", "may", "might", "should", "must", "shall", "to", "not", "did",
    "does", "do", "t",
];

/// Words after an ordinal that make it count something rather than name a day of the month.
const ORDINAL_COUNTS: &[&str] = &[
    "day",
    "days",
    "week",
    "month",
    "year",
    "century",
    "anniversary",
    "round",
    "time",
    "times",
    "floor",
    "attempt",
    "session",
    "meeting",
    "summit",
    "edition",
    "consecutive",
    "straight",
    "birthday",
    "place",
    "minute",
    "hour",
    "lap",
    "stage",
    "phase",
    "wave",
    "brigade",
    "division",
    "battalion",
    "regiment",
    "corps",
    "army",
    "infantry",
    "armoured",
    "armored",
    "mechanized",
    "mechanised",
    "motorized",
    "motorised",
    "district",
    "precinct",
    "grade",
    "congress",
    "parliament",
    "convocation",
    "term",
    "ward",
    "street",
    "avenue",
];

/// What the rules know besides the tokens.
pub(crate) struct Ctx {
    pub published: NaiveDate,
    /// Explicit dates found so far in the text, in order.
    pub anchors: Vec<IncidentDate>,
    /// The line of the last of `anchors`.
    pub anchor_line: Option<usize>,
    /// The year of the last expression read that lies within one year: what "من العام
    /// نفسه" / "of the same year" refers to.
    pub last_year: Option<i32>,
    /// A date coarser than a day ("late April", "in May") came after the last anchor: "the next
    /// day" then has no day to count from, and counting from an older one would be wrong.
    pub coarse_since_anchor: bool,
    /// A day told in a concession ("хотя кризис закончился 7 марта"), with its line and the
    /// token after it: no anchor ("the same day" is the main clause's), but what a count of
    /// days in the next sentences counts from ("Десять дней спустя") when no other day came
    /// between ([`Ctx::counted_from_concession`]).
    pub conceded: Option<(IncidentDate, usize, usize)>,
    pub counted_from_concession: Option<IncidentDate>,
    /// The last date read whose year is written out and that lies within one year, with its
    /// line and the token after it: a day or month with no year after it in that sentence is
    /// of its year.
    pub written_year: Option<(IncidentDate, usize, usize)>,
    /// The same, kept from line to line: the year of the story an anniversary piece tells.
    pub last_written_year: Option<IncidentDate>,
    /// The last expression read that names a calendar period (a day, week, month, quarter,
    /// half or year).
    pub last: Option<Last>,
    /// The last quarter or half named: what "the quarter" and "the year-earlier period" mean.
    pub last_part: Option<Last>,
    /// The last calendar day written out with its weekday ("Wednesday, Oct. 15", "يوم الأربعاء
    /// 15 أكتوبر"), with its line and whether it opens the line: a bare weekday told after it
    /// in its paragraph, over a week before the publication day, is a day of that week of the
    /// story; in a paragraph that opens with its day, a day beside it whenever it lies.
    pub written_day: Option<WrittenDay>,
    /// The text speaks of quarters of a year somewhere ("quarter" occurs in it): an ordinal
    /// "period" ("the fourth period") is then a quarter too.
    pub quarters: bool,
    /// The year of the story an anniversary piece tells, from years counted back in its lead
    /// ("Десять лет назад юг Кыргызстана пережил ...", "Ten years ago this week"): a day or
    /// month told as past with no year is of that story (see `tag`).
    pub story: Option<IncidentDate>,
    /// Lines of prose read so far (ten words or more): the lead is among the first two.
    pub prose_lines: usize,
    /// A day or month with no year has been read: years counted back after it are no lead.
    pub free_seen: bool,
    /// The last anchor was a day counted from the one before it ("the following afternoon",
    /// "two days later"): the text is retelling its days in order.
    pub stepped: bool,
    /// The day the last date read names (the last of a night or of two days), `None` when it
    /// is coarser: in an anniversary piece, the week a bare weekday is of (see `tag`).
    pub last_day: Option<NaiveDate>,
}

impl Ctx {
    /// A new context for a text published on `published`; `quarters` says whether the text
    /// speaks of quarters (see [`Ctx::quarters`]).
    pub(crate) fn new(published: NaiveDate, quarters: bool) -> Ctx {
        Ctx {
            published,
            anchors: Vec::new(),
            conceded: None,
            counted_from_concession: None,
            anchor_line: None,
            last_year: None,
            coarse_since_anchor: false,
            written_year: None,
            last_written_year: None,
            last: None,
            last_part: None,
            written_day: None,
            quarters,
            story: None,
            last_day: None,
            prose_lines: 0,
            free_seen: false,
            stepped: false,
        }
    }

    /// Remember an expression just read (at tokens ending at `end` of line `line`).
    pub(crate) fn record(
        &mut self,
        date: IncidentDate,
        grain: Option<Grain>,
        line: usize,
        end: usize,
    ) {
        let Some(grain) = grain.or_else(|| Grain::of(&date)) else {
            return;
        };
        let last = Last {
            date,
            grain,
            line,
            end,
        };
        self.last = Some(last);
        if matches!(grain, Grain::Quarter | Grain::Half) {
            self.last_part = Some(last);
        }
    }

    /// The nearest preceding explicit date fine enough to count `unit`s from, else the
    /// publication day. Returns the day (or period start) and the date it comes from. A
    /// range of days ("from 28 April to 1 May") is counted from its last day going forward
    /// (`sign` > 0: "the next day" is 2 May) and from its first day going back.
    ///
    /// `None` when the nearest preceding date is too coarse to count from ("late April … the
    /// next day"): the expression is then left undated rather than counted from an older date
    /// or from the publication day, either of which would give a day the text does not.
    fn anchor_for(&self, unit: Unit, sign: i64) -> Option<(NaiveDate, Option<IncidentDate>)> {
        let fine = |d: &IncidentDate| match unit {
            Unit::Year | Unit::Decade | Unit::Century => true,
            Unit::Month => {
                matches!(d.precision(), Precision::Day | Precision::Month) || day_range(d)
            }
            _ => d.precision() == Precision::Day || day_range(d),
        };
        if self.coarse_since_anchor && !matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
            return None;
        }
        match self.anchors.last() {
            Some(d) if fine(d) => {
                let base = if sign > 0 && day_range(d) {
                    d.latest()
                } else {
                    d.earliest()
                };
                Some((base.unwrap_or(self.published), Some(*d)))
            }
            Some(_) => None,
            None => Some((self.published, None)),
        }
    }
}

/// How the note on a date with no year, read as the most recent one, begins (it comes last
/// among a date's notes): a reading moved to the year of a story drops it.
pub(crate) const NO_YEAR_NOTE: &str = "no year given";

/// The note for a day word whose day is not the weekday written beside it ("yesterday,
/// Tuesday" on a Thursday): the day word is kept.
pub(super) fn dayword_disagreement(day: NaiveDate, w: chrono::Weekday) -> Option<String> {
    (day.weekday() != w).then(|| {
        format!(
            "the text says {} but {} is a {}; the day word is kept",
            weekday_name(w),
            day,
            weekday_name(day.weekday())
        )
    })
}

pub(crate) struct Parser<'a> {
    pub t: &'a [Tok],
    pub text: &'a str,
    pub ctx: &'a Ctx,
    /// The line is written in ordinary mixed case, so a capital letter tells a name or a
    /// sentence start. In an all-lowercase line (social media) or an all-capitals or title-case
    /// one (headlines) it tells nothing, and rules that look at capitals do not.
    pub cased: bool,
    /// How the line writes Russian.
    pub russian: Russian,
    /// The line's number (0-based), to tell whether an earlier expression is in the same
    /// sentence.
    pub line: usize,
}

/// A month name as parsed: number, calendar, and what makes it safe to read as a month.
#[derive(Debug, Clone, Copy)]
struct MonthHit {
    end: usize,
    m: u32,
    hijri: bool,
    strength: Strength,
    /// "شهر" before it or a paired name after it: certainly a month.
    sure: bool,
    /// آب / اب: the reference accepts it only with a number, year, شهر or pair.
    is_ab: bool,
    /// Index of the month-name token.
    tok: usize,
}

#[derive(Debug, Clone, Copy)]
struct YearHit {
    end: usize,
    year: i32,
    era: Option<Era>,
    /// Year given relative to the publication year ("من العام الماضي", "last year").
    relative: bool,
}

const NO: Lex = Lex::None;

/// Words that make a weekday part of a name ("Good Friday", "Bloody Sunday", "Super
/// Tuesday"): the day of a feast or an event, not a day of the week to resolve.
const WEEKDAY_NAME_WORDS: &[&str] = &[
    "good", "black", "bloody", "ash", "super", "holy", "palm", "maundy", "cyber", "easter",
    "great", "clean", "orthodox",
];

const HIJRI_FEAST_NOTE: &str =
    "Hijri feast by the Umm al-Qura calendar; where the moon is sighted it may fall a day apart";

impl<'a> Parser<'a> {
    fn lx(&self, i: usize) -> Lex {
        self.t.get(i).map_or(NO, |t| t.lex)
    }
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.t.get(i)
    }
    fn word(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| &self.text[t.core..t.e])
    }
    /// Whether the word at `i` is followed by a possessive "'s" ("Saturday's strike").
    fn possessive_after(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            let rest = &self.text[t.e..];
            rest.starts_with("'s") || rest.starts_with("\u{2019}s")
        })
    }
    /// Whether the clause around tokens `start..end` tells what is to come.
    fn told_as_future(&self, start: usize, end: usize) -> bool {
        matches!(
            super::tense::around(self.t, self.text, start, end),
            Some((super::tense::Tense::Future, _))
        )
    }
    fn is_prep(&self, i: usize, p: Prep) -> bool {
        self.lx(i) == Lex::Prep(p)
    }
    fn punct(&self, i: usize, c: u8) -> bool {
        self.t.get(i).is_some_and(|t| t.is_punct(c))
    }
    fn num(&self, i: usize) -> Option<u32> {
        self.t.get(i).and_then(Tok::num)
    }
    fn plain_num(&self, i: usize) -> Option<u32> {
        self.t
            .get(i)
            .filter(|t| t.suffix == NumSuffix::None)
            .and_then(Tok::num)
    }
    fn latin(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.script == Script::Latin)
    }
    fn arabic(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.script == Script::Arabic)
    }
    fn has_al(&self, i: usize) -> bool {
        let w = self.word(i);
        w.starts_with("ال")
            || self
                .t
                .get(i)
                .is_some_and(|t| t.clitics & super::lex::CL_LI != 0 && w.starts_with('ل'))
    }
    /// "and" before `i`, after "between" and a month name: the second month of "between
    /// April and June", "between 30 December 2020 and January".
    fn month_and(&self, i: usize) -> bool {
        self.prev_lex(i) == Lex::Prep(Prep::And)
            && (2..=4).any(|back| {
                i >= back
                    && matches!(self.lx(i - back), Lex::Month(..))
                    && (1..=3)
                        .any(|b| i >= back + b && self.lx(i - back - b) == Lex::Prep(Prep::Between))
            })
    }
    /// "today", "اليوم": the publication day.
    fn is_today(&self, i: usize) -> bool {
        matches!(self.lx(i), Lex::Today | Lex::DayRel(0))
    }

    fn prev_lex(&self, i: usize) -> Lex {
        if i == 0 { NO } else { self.lx(i - 1) }
    }

    fn found(
        &self,
        start: usize,
        end: usize,
        date: Option<IncidentDate>,
        rule: &'static str,
    ) -> Found {
        Found {
            start,
            end,
            date,
            rule,
            note: None,
            clue: None,
            coming: None,
            anchor: false,
            pending: None,
            day_first: None,
            cycle: None,
            free: false,
            grain: None,
            names_year: false,
            counts_from_anchor: None,
            weekday_year: false,
        }
    }

    /// Try every rule at token `i`; keep the longest match.
    pub fn best_at(&self, i: usize) -> Option<Found> {
        let t = self.t.get(i)?;
        if matches!(t.kind, Kind::Punct(_) | Kind::Other) {
            return None;
        }
        if t.kind == Kind::Word && t.lex == NO {
            return None;
        }
        // Each rule in turn, the longest match winning (the first of equals): tried one by one
        // rather than gathered first, so that no rule's result is moved around for nothing.
        type Rule<'a> = for<'p> fn(&'p Parser<'a>, usize) -> Option<Found>;
        const GENERAL: usize = 30;
        let general: [Rule<'a>; GENERAL] = [
            Self::rule_this_day_another_year,
            Self::rule_ordinal_weekday,
            Self::rule_date,
            Self::rule_weekday,
            Self::rule_dayword,
            Self::rule_dayword_weekday_en,
            Self::rule_unit_rel,
            Self::rule_part,
            Self::rule_ago,
            Self::rule_shift,
            Self::rule_anchor_day,
            Self::rule_year,
            Self::rule_decade,
            Self::rule_numeric,
            Self::rule_vague,
            Self::rule_subperiod,
            Self::rule_holiday,
            Self::rule_century,
            Self::rule_day_of_rel_month,
            Self::rule_ordinal_day,
            Self::rule_season,
            Self::rule_overnight,
            Self::rule_quarter,
            Self::rule_movable_feast,
            Self::rule_clock_day,
            Self::rule_spelled_year,
            Self::rule_unit_before,
            Self::rule_anchor_period,
            Self::rule_within,
            Self::rule_edge_day,
        ];
        let russian: [Rule<'a>; 5] = [
            Self::rule_night,
            Self::rule_eve,
            Self::rule_day_of_month_word,
            Self::few_days,
            Self::rule_dayword_weekday_ru,
        ];
        let mut best: Option<Found> = None;
        let rules = general.iter().chain(if self.russian.words {
            &russian[..]
        } else {
            &[]
        });
        for rule in rules {
            if let Some(c) = rule(self, i)
                && best.as_ref().is_none_or(|b| c.end > b.end)
            {
                best = Some(c);
            }
        }
        best
    }

    /// "will appeal within ten days", "отвод должен завершиться в течение трех суток": a
    /// stretch from the publication day, some day of which the act is to come on, when the
    /// clause tells what is to come. Told of the past ("fighting stopped within two days", "бои
    /// шли в течение трех дней") or with no tense word, it is a length with no anchor, and
    /// dates nothing.
    fn rule_within(&self, i: usize) -> Option<Found> {
        // (Not "during" or "throughout", which name the stretch itself, nor Arabic خلال, which
        // is both: "خلال الأسبوع الجاري" is this week.)
        if !self.is_prep(i, Prep::During)
            || self.arabic(i)
            || matches!(self.word(i), "during" | "throughout")
        {
            return None;
        }
        let k = i + 1;
        let (end, u, n) = match self.count_at(k) {
            Some((k2, Some(n))) if n >= 1 => match self.lx(k2) {
                Lex::Unit(u, Form::Many | Form::One) => (k2 + 1, u, i64::from(n)),
                _ => return None,
            },
            // "в течение недели", "в течение суток": one of the unit.
            None => match self.lx(k) {
                Lex::Unit(u, Form::One) => (k + 1, u, 1),
                _ => return None,
            },
            _ => return None,
        };
        // "в течение недели следующей": a unit a direction word places is another rule's.
        if matches!(self.lx(end), Lex::Qual(_) | Lex::This) {
            return None;
        }
        // Hours reach over the days they may end in.
        let (u, n) = match u {
            Unit::Hour => (Unit::Day, (n + 23) / 24),
            Unit::Minute => (Unit::Day, 1),
            _ => (u, n),
        };
        if !self.told_as_future(i, end) {
            return None;
        }
        let p = self.ctx.published;
        let date = IncidentDate::one_of(Some(p), shift(u, p, n)).ok();
        let rule = if self.latin(i) {
            "en.within_n_units"
        } else {
            "ru.within_n_units"
        };
        Some(self.found(i, end, date, rule))
    }

    /// Ranges and pairs built from two matches: "من 28 أبريل إلى 1 مايو", "between Wednesday
    /// and Friday", "2010-2015", and a Hijri date followed by الموافق and its Gregorian day.
    ///
    /// A range is placed as one unit (`resolve::place_range`), never end by end: a year or
    /// direction word on one end places the other next to it ("28 December to 2 January
    /// 2021" starts in 2020), and with neither the range is the most recent one starting on
    /// or before the publication day. A written range whose ends cannot make one is still
    /// one expression, with no date and a note.
    pub fn extend(&self, first: Found) -> Found {
        let j = first.end;
        // Hijri date + الموافق + Gregorian date: keep the Gregorian one the text states.
        if first.rule.contains("hijri")
            && self.lx(j) == Lex::Corresp
            && let Some(second) = self.best_at(j + 1)
            && let (Some(a), Some(b)) = (first.date, second.date)
        {
            let mut f = second.clone();
            f.start = first.start;
            f.rule = "ar.hijri_gregorian_pair";
            if a.earliest() != b.earliest() {
                f.note = Some(format!(
                    "the Hijri date converts to {} (Umm al-Qura); the Gregorian date the text gives is kept",
                    a.to_edtf()
                ));
            }
            return f;
        }
        // "الأربعاء قبل أسبوع", "Wednesday a week ago": the last such weekday, counted back
        // by the weeks (the Wednesday before last), not the last Wednesday beside a vaguer week.
        let p = self.ctx.published;
        if let Some(Cycle::Weekday(w)) = first.cycle
            && let Some(second) = self.best_at(j)
            && second.rule.ends_with(".ago")
            && let Some(d) = second.date
            && let (Some(a), Some(b)) = (d.earliest(), d.latest())
            && (b - a).num_days() == 6
            && a.weekday() == chrono::Weekday::Mon
            && let Some(monday) = resolve::monday_of(p)
            && let weeks = (monday - a).num_days() / 7
            && weeks >= 1
            && let Some(last) = resolve::weekday(p, w, None)
            && let Some(day) = add_days(last, -7 * weeks)
        {
            let mut f = second;
            f.start = first.start;
            f.date = Some(IncidentDate::day(day));
            f.coming = None;
            f.cycle = None;
            f.rule = if self.latin(first.start) {
                "en.weekday_of_week_ago"
            } else {
                "ar.weekday_of_week_ago"
            };
            f.note = Some(format!(
                "the last {}, {} back",
                weekday_name(w),
                crate::text::counted(weeks, "week", "weeks")
            ));
            return f;
        }
        let between = first.start > 0
            && matches!(
                self.lx(first.start - 1),
                Lex::Prep(Prep::Between) | Lex::Prep(Prep::From)
            );
        let strong_to = self.is_prep(j, Prep::To) || self.punct(j, b'-');
        // "в субботу и воскресенье", "on Saturday and Sunday": two weekdays that follow each
        // other, told as one stretch (a weekend's fighting), are one range; others ("Monday
        // and Wednesday") stay two days.
        let bare_weekday =
            |f: &Found| matches!(f.cycle, Some(Cycle::Weekday(_))) && f.rule.ends_with(".weekday");
        let next_weekday = |f: &Found| match (first.cycle, f.cycle) {
            (Some(Cycle::Weekday(a)), Some(Cycle::Weekday(b))) => a.succ() == b,
            _ => false,
        };
        // (Not the end of a longer list: "во вторник, среду и четверг".)
        let listed = first.start >= 2
            && self.punct(first.start - 1, b',')
            && matches!(self.lx(first.start - 2), Lex::Weekday(_));
        let weekday_pair = bare_weekday(&first)
            && !listed
            && self.is_prep(j, Prep::And)
            && self
                .best_at(j + 1)
                .is_some_and(|f| bare_weekday(&f) && next_weekday(&f));
        let (next, ok) = if strong_to || (between && self.is_prep(j, Prep::And)) || weekday_pair {
            (j + 1, true)
        } else if between && self.tok(j).is_some_and(Tok::has_wa) {
            (j, true)
        } else {
            (j, false)
        };
        if !ok {
            return first;
        }
        let second = if first.rule.ends_with(".year") {
            // 2010-2015, from 2010 to 2015, between 2010 and 2015: the second number is a year
            // because the first is.
            let rule = first.rule;
            self.year_at_cued(next, true).map(|y| {
                let mut f = self.found(next, y.end, Some(IncidentDate::year(y.year)), rule);
                f.anchor = true;
                f
            })
        } else {
            self.best_at(next)
        };
        let Some(second) = second else { return first };
        let (Some(a), Some(b)) = (first.date, second.date) else {
            return first;
        };
        // Days and months with each other ("from 28 April to June"), years with years; a
        // weekday with days only.
        let weekday = |f: &Found| matches!(f.cycle, Some(Cycle::Weekday(_)));
        // Decades with decades ("between the 1980s and the 1990s", "на рубеже 1980-х и
        // 1990-х").
        let decade = |f: &Found| f.rule.ends_with(".decade");
        let ok = match (grain(&first), grain(&second)) {
            _ if decade(&first) && decade(&second) => true,
            (Some(Precision::Year), Some(Precision::Year)) => true,
            (Some(Precision::Month), Some(Precision::Day)) => !weekday(&second),
            (Some(Precision::Day), Some(Precision::Month)) => !weekday(&first),
            (Some(ga), Some(gb)) => ga == gb,
            _ => false,
        };
        if !ok {
            return first;
        }
        let (Some(ea), Some(eb)) = (range_end(&first), range_end(&second)) else {
            return first;
        };
        // From here on the text is one written range, reported as one expression: resolved
        // as a unit, or given no date if its ends cannot make one.
        let p = self.ctx.published;
        let mut f = self.found(first.start, second.end, None, "range");
        let told_as_past = || {
            matches!(
                super::tense::around(self.t, self.text, first.start, second.end),
                Some((super::tense::Tense::Past, _))
            )
        };
        let placed = resolve::place_range(p, ea, eb).map(|r| {
            // Two weekdays told as one stretch that has passed ("в субботу и воскресенье шли
            // бои"), written on the first of them, are the last such stretch, not the one under
            // way ("are due to attend a summit on Thursday and Friday").
            match add_days(r.first, -7).zip(add_days(r.last, -7)) {
                Some((first, last)) if weekday_pair && r.last > p && told_as_past() => {
                    resolve::PlacedRange {
                        first,
                        last,
                        coming: Some((r.first, r.last)),
                    }
                }
                _ => r,
            }
        });
        let Some(r) = placed else {
            f.note = Some(
                "the two ends do not fit together as one range (it would end before it starts, \
                 a weekday would fall outside the week of the date beside it, or a Hijri and a \
                 Gregorian date lie far apart); no date given, check the source"
                    .into(),
            );
            return f;
        };
        let qualify = |d: IncidentDate| {
            let mut d = d;
            if a.qualifier.approximate || b.qualifier.approximate {
                d = d.approximate();
            }
            if a.qualifier.uncertain || b.qualifier.uncertain {
                d = d.uncertain();
            }
            d
        };
        let Some(date) = IncidentDate::interval(r.first, r.last).ok().map(qualify) else {
            return f;
        };
        f.date = Some(date);
        f.coming = r
            .coming
            .and_then(|(c0, c1)| IncidentDate::interval(c0, c1).ok())
            .map(qualify);
        f.anchor = first.anchor && second.anchor;
        // "в конце августа — начале сентября" with no year: as free as its ends, so that an
        // anniversary piece's story year can take it as it takes a day or month with no year.
        if first.free
            && second.free
            && [&first, &second].iter().all(|e| {
                matches!(
                    e.cycle,
                    Some(Cycle::Part { .. } | Cycle::Month { hijri: false, .. })
                )
            })
        {
            f.free = true;
            f.cycle = first.cycle;
        }
        // The notes of an end the range moved no longer hold.
        let kept = |e: &Found| e.note.clone().filter(|_| !(e.free && e.cycle.is_some()));
        let mut notes: Vec<String> = kept(&first).into_iter().chain(kept(&second)).collect();
        if [&first, &second].iter().any(|e| {
            e.free
                && e.note
                    .as_deref()
                    .is_some_and(|n| n.starts_with(HIJRI_FEAST_NOTE))
        }) {
            notes.push(HIJRI_FEAST_NOTE.into());
        }
        let free_hijri = |e: &Found| {
            e.free
                && matches!(
                    e.cycle,
                    Some(Cycle::Days { hijri: true, .. } | Cycle::Month { hijri: true, .. })
                )
        };
        let mut hijri_years: Vec<i32> = Vec::new();
        for (e, day) in [(&first, r.first), (&second, r.last)] {
            if free_hijri(e)
                && let Some((hy, _, _)) = resolve::gregorian_to_hijri(day)
                && !hijri_years.contains(&hy)
            {
                hijri_years.push(hy);
            }
        }
        if !hijri_years.is_empty() {
            let years: Vec<String> = hijri_years.iter().map(i32::to_string).collect();
            notes.push(format!("Hijri year not given; read as {}", years.join("-")));
        }
        let weekdays = matches!(first.cycle, Some(Cycle::Weekday(_)))
            && matches!(second.cycle, Some(Cycle::Weekday(_)));
        if !weekdays
            && r.last < p
            && let Some(c) = f.coming
            && let Some(c0) = c.earliest()
            && (c0 - p).num_days() <= 45
        {
            notes.push(format!(
                "{NO_YEAR_NOTE}; read as the most recent one ({}); {} if the report speaks of the future",
                date.to_edtf(),
                c.to_edtf()
            ));
        }
        if !notes.is_empty() {
            f.note = Some(notes.join("; "));
        }
        f
    }

    // ----- pieces -------------------------------------------------------------------------

    /// [شهر] MONTH [/ MONTH | (MONTH)]
    fn month_at(&self, i: usize) -> Option<MonthHit> {
        let mut k = i;
        let mut sure = false;
        if matches!(self.lx(k), Lex::Unit(Unit::Month, Form::One))
            && self.arabic(k)
            && !self.has_al(k)
        {
            k += 1;
            sure = true;
        }
        let (m, hijri, strength) = match self.lx(k) {
            Lex::Month(m, s) => (u32::from(m), false, s),
            Lex::HijriMonth(m, s) => (u32::from(m), true, s),
            _ => return None,
        };
        // A month never takes ال (الأب is "the father"); the tokenizer does not strip it for
        // months, so a hit here is the bare word, possibly with و/ب/ل/ف/ك.
        let is_ab = self.word(k) == "اب";
        let name_tok = k;
        if k > i && self.tok(k).is_some_and(|t| t.clitics != 0) {
            return None;
        }
        k += 1;
        // Paired names: أيار (مايو), أيار/مايو, مايو (أيار).
        let pair = |open: usize| -> Option<usize> {
            let mut q = open;
            let closing = self.punct(q, b'(');
            if !(closing || self.punct(q, b'/') || self.punct(q, b'-')) {
                return None;
            }
            q += 1;
            match self.lx(q) {
                Lex::Month(m2, _) if u32::from(m2) == m && !hijri => {}
                _ => return None,
            }
            q += 1;
            if closing {
                if !self.punct(q, b')') {
                    return None;
                }
                q += 1;
            }
            Some(q)
        };
        if let Some(q) = pair(k) {
            k = q;
            sure = true;
        }
        // English abbreviations take a full stop: "Sept. 5".
        if strength == Strength::Abbrev && self.punct(k, b'.') {
            k += 1;
        }
        Some(MonthHit {
            end: k,
            m,
            hijri,
            strength,
            sure,
            is_ab,
            tok: name_tok,
        })
    }

    /// A day of the month: 29, 29th, الأول, الحادي والعشرين, twenty-first; and a range of
    /// days: 28-29, 28 و29, 13 إلى 15.
    fn day_at(&self, i: usize) -> Option<(usize, u32, u32)> {
        let (mut k, lo) = self.single_day(i)?;
        let mut hi = lo;
        let join = self.punct(k, b'-') || self.is_prep(k, Prep::To) || self.is_prep(k, Prep::And);
        let cand = if join { k + 1 } else { k };
        if (join || self.tok(k).is_some_and(Tok::has_wa))
            && let Some((k2, d2)) = self.single_day(cand)
            && d2 > lo
        {
            hi = d2;
            k = k2;
        }
        Some((k, lo, hi))
    }

    fn single_day(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            if t.digits > 2 || !(1..=31).contains(&t.val) || t.suffix == NumSuffix::Decade {
                return None;
            }
            return Some((i + 1, t.val));
        }
        match t.lex {
            Lex::Ord(n) => {
                // الحادي والعشرين, twenty-first written as Card + Ord.
                if n < 10
                    && let Lex::Ord(tens) = self.lx(i + 1)
                    && (tens == 20 || tens == 30)
                    && self.tok(i + 1).is_some_and(Tok::has_wa)
                {
                    let d = n + tens;
                    return (d <= 31).then_some((i + 2, d));
                }
                (1..=31).contains(&n).then_some((i + 1, n))
            }
            Lex::Card(tens @ (20 | 30)) if self.latin(i) || self.cyrillic(i) => {
                let k = if self.punct(i + 1, b'-') {
                    i + 2
                } else {
                    i + 1
                };
                match self.lx(k) {
                    Lex::Ord(u) if u < 10 && tens + u <= 31 => Some((k + 1, tens + u)),
                    _ => None,
                }
            }
            Lex::Prep(Prep::The) if self.latin(i) => {
                let (k, d) = self.single_day(i + 1)?;
                // "the 29th", "the first": an ordinal is required after "the".
                let ordinal = self
                    .tok(i + 1)
                    .is_some_and(|t| t.suffix == NumSuffix::Ordinal || t.kind == Kind::Word);
                ordinal.then_some((k, d))
            }
            _ => None,
        }
    }

    /// The year after a date or month: [,] [من] [عام|لعام|سنة|العام] 2021 [م|هـ], or "من
    /// العام الماضي", "of last year", "last year".
    fn year_after(&self, i: usize) -> Option<YearHit> {
        let mut k = i;
        if self.punct(k, b',') {
            k += 1;
        }
        // Russian: "прошлого года", "этого года", "с. г."; the year word follows a year, so
        // none stands before one.
        if self.cyrillic(k) {
            if let Some((end, year)) = self.spelled_year_ru(k) {
                return Some(YearHit {
                    end,
                    year,
                    era: None,
                    relative: false,
                });
            }
            return self.russian_relative_year(k);
        }
        let from = self.is_prep(k, Prep::From) || self.is_prep(k, Prep::Of);
        if from {
            k += 1;
        }
        let had_word = matches!(self.lx(k), Lex::Unit(Unit::Year, Form::One));
        // "من العام نفسه", "نفس العام", "من ذلك العام", "of the same year", "of that year": the
        // year of the date told before;
        // with none told before, year 0, which no date can be (the expression is dropped).
        let same = if had_word && self.lx(k + 1) == Lex::Same {
            Some(k + 2)
        } else if from && matches!(self.lx(k), Lex::Same | Lex::That) {
            matches!(self.lx(k + 1), Lex::Unit(Unit::Year, Form::One)).then_some(k + 2)
        } else if from
            && self.is_prep(k, Prep::The)
            && self.lx(k + 1) == Lex::Same
            && matches!(self.lx(k + 2), Lex::Unit(Unit::Year, Form::One))
        {
            Some(k + 3)
        } else {
            None
        };
        if let Some(end) = same {
            return Some(YearHit {
                end,
                year: self.ctx.last_year.unwrap_or(0),
                era: None,
                relative: true,
            });
        }
        if had_word {
            // "من العام الماضي", "of last year" handled first.
            if self.arabic(k)
                && let Lex::Qual(d @ (Dir::Past | Dir::Future | Dir::Current)) = self.lx(k + 1)
                && self.has_al(k)
            {
                return Some(YearHit {
                    end: k + 2,
                    year: self.rel_year(d),
                    era: None,
                    relative: true,
                });
            }
            k += 1;
        } else if self.latin(k) {
            if let Lex::Qual(d @ (Dir::Past | Dir::Future)) | Lex::Qual(d @ Dir::Current) =
                self.lx(k)
                && matches!(self.lx(k + 1), Lex::Unit(Unit::Year, Form::One))
            {
                return Some(YearHit {
                    end: k + 2,
                    year: self.rel_year(d),
                    era: None,
                    relative: true,
                });
            }
            if self.lx(k) == Lex::This && matches!(self.lx(k + 1), Lex::Unit(Unit::Year, Form::One))
            {
                return Some(YearHit {
                    end: k + 2,
                    year: self.ctx.published.year(),
                    era: None,
                    relative: true,
                });
            }
        }
        let t = self.tok(k)?;
        // "в апреле 2021-го": a Russian ordinal suffix on the year.
        let suffixed = t.suffix == NumSuffix::Ordinal && t.digits == 4 && self.russian.words;
        if t.kind != Kind::Num || (t.suffix != NumSuffix::None && !suffixed) || t.digits > 4 {
            return None;
        }
        // The era may be written onto the number (2021م) or after it.
        let era = match self.lx(k + 1) {
            Lex::Era(e) => Some(e),
            _ => None,
        };
        let year = t.val as i32;
        let ok = match era {
            Some(Era::Bc) => false,
            Some(_) => (1..=9999).contains(&year),
            None => t.digits == 4 && (1000..=2200).contains(&year),
        };
        if !ok {
            return None;
        }
        // Russian: "29 апреля 2021 года", "2021 г."; without the year word a number after a
        // date is a year only if it is a recent one ("29 апреля 1200 человек" counts).
        if era.is_none()
            && self.russian.words
            && let Some(end) = self.year_word_after(k + 1)
        {
            return Some(YearHit {
                end,
                year,
                era,
                relative: false,
            });
        }
        let russian = self.russian.words && (i.saturating_sub(2)..i).any(|q| self.cyrillic(q));
        if era.is_none() && russian && !(1900..=self.ctx.published.year() + 30).contains(&year) {
            return None;
        }
        Some(YearHit {
            end: k + 1 + usize::from(era.is_some()),
            year,
            era,
            relative: false,
        })
    }

    fn rel_year(&self, d: Dir) -> i32 {
        let y = self.ctx.published.year();
        match d {
            Dir::Past => y - 1,
            Dir::Future | Dir::Following => y + 1,
            Dir::Current | Dir::Recent => y,
        }
    }

    /// A count: 3, ثلاثة, خمسة وعشرين, twenty-five, a/an. `Some(None)` is "several".
    fn count_at(&self, i: usize) -> Option<(usize, Option<u32>)> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num {
            if t.suffix != NumSuffix::None || t.digits > 4 {
                return None;
            }
            return Some((i + 1, Some(t.val)));
        }
        match t.lex {
            Lex::Card(0) => Some((i + 1, None)),
            Lex::Prep(Prep::A) => {
                if self.lx(i + 1) == Lex::Card(0) {
                    Some((i + 2, None)) // a few
                } else {
                    Some((i + 1, Some(1)))
                }
            }
            Lex::Card(n) => {
                // خمسة وعشرين; twenty-five; twenty five.
                if n < 10
                    && let Lex::Card(tens) = self.lx(i + 1)
                    && tens >= 20
                    && tens % 10 == 0
                    && self.tok(i + 1).is_some_and(Tok::has_wa)
                {
                    return Some((i + 2, Some(n + tens)));
                }
                if n >= 20 && n % 10 == 0 && n < 100 && (self.latin(i) || self.cyrillic(i)) {
                    let k = if self.punct(i + 1, b'-') {
                        i + 2
                    } else {
                        i + 1
                    };
                    if let Lex::Card(u) = self.lx(k)
                        && (1..10).contains(&u)
                    {
                        return Some((k + 1, Some(n + u)));
                    }
                }
                Some((i + 1, Some(n)))
            }
            _ => None,
        }
    }

    /// [approx] count unit, or a bare dual/singular unit: "30 عامًا", "يومين", "three days",
    /// "a week", "عدة أيام". Returns end, unit, count (None = unspecified plural), approx.
    fn duration_at(&self, i: usize) -> Option<(usize, Unit, Option<u32>, Option<Approx>)> {
        let mut k = i;
        let approx = match self.lx(k) {
            Lex::Approx(a) => {
                k += 1;
                Some(a)
            }
            _ => None,
        };
        // "half a year", "نصف عام": six months, about (as полгода).
        // (Past the last token, `word` is empty and `lx` no word.)
        if ["half", "نصف"].contains(&self.word(k)) {
            let unit_at = if ["a", "an"].contains(&self.word(k + 1)) {
                k + 2
            } else {
                k + 1
            };
            if matches!(self.lx(unit_at), Lex::Unit(Unit::Year, Form::One)) {
                return Some((
                    unit_at + 1,
                    Unit::Month,
                    Some(6),
                    approx.or(Some(Approx::About)),
                ));
            }
        }
        if let Lex::Unit(u, form) = self.lx(k) {
            // Bare unit: يومين = 2, أسبوع = 1, أيام = several, "неделю", "год". English needs
            // a count; "выходные" are no count of weeks.
            if (self.latin(k) && form != Form::Many) || (self.cyrillic(k) && form == Form::Two) {
                return None;
            }
            if self.has_al(k) {
                return None;
            }
            let n = match form {
                Form::One => Some(1),
                Form::Two => Some(2),
                Form::Many => None,
                // полгода: six months, about.
                Form::Half if u == Unit::Year => {
                    return Some((k + 1, Unit::Month, Some(6), approx.or(Some(Approx::About))));
                }
                Form::Half => return None,
            };
            return Some((k + 1, u, n, approx));
        }
        let (k2, n) = self.count_at(k)?;
        match self.lx(k2) {
            Lex::Unit(u, form) => {
                if matches!(form, Form::Two | Form::Half) || self.has_al(k2) {
                    return None;
                }
                // "a days" is not English; "one years" neither; keep it simple: accept.
                Some((k2 + 1, u, n, approx))
            }
            _ => None,
        }
    }

    // ----- rules -------------------------------------------------------------------------

    /// An English direction word before a date ("last April", "this May", "next March"): the
    /// direction, and where the date itself starts.
    fn english_direction(&self, i: usize) -> (Option<Dir>, usize) {
        if self.latin(i) {
            match self.lx(i) {
                Lex::Qual(d @ (Dir::Past | Dir::Future)) => return (Some(d), i + 1),
                Lex::This => return (Some(Dir::Current), i + 1),
                _ => {}
            }
        }
        (None, i)
    }

    /// Day/month/year dates, month names, Hijri dates; with an optional weekday before and a
    /// direction word (after in Arabic, before in English).
    fn rule_date(&self, i: usize) -> Option<Found> {
        let (mut dir, mut k) = self.english_direction(i);
        let mut weekday: Option<Weekday> = None;
        // Weekday before the date: "الخميس 29 أبريل", "يوم الثلاثاء الموافق 4 مايو",
        // "Thursday, April 29".
        {
            let mut q = k;
            if self.arabic(q)
                && matches!(self.lx(q), Lex::Unit(Unit::Day, Form::One))
                && !self.has_al(q)
            {
                q += 1;
            }
            if let Lex::Weekday(w) = self.lx(q) {
                q += 1;
                // "Saturday night, January 2", "во вторник вечером, 14 сентября": a part of
                // the day between the weekday and the date it names.
                if self.lx(q) == Lex::PartOfDay && self.punct(q + 1, b',') {
                    q += 1;
                }
                if self.punct(q, b',') {
                    q += 1;
                }
                if self.lx(q) == Lex::Corresp {
                    q += 1;
                }
                weekday = Some(w);
                k = q;
            }
        }
        if self.lx(k) == Lex::Corresp && weekday.is_none() && k == i {
            k += 1;
        }
        let start_date = k;
        // Arabic and British order: day [من] [شهر] month.
        let mut day: Option<(u32, u32)> = None;
        let mut month: Option<MonthHit> = None;
        if let Some((k2, lo, hi)) = self.day_at(k) {
            let mut q = k2;
            if self.is_prep(q, Prep::From) || self.is_prep(q, Prep::Of) {
                q += 1;
            }
            if let Some(mh) = self.month_at(q) {
                day = Some((lo, hi));
                month = Some(mh);
                k = mh.end;
            }
        }
        // Arabic "أول مايو" = 1 May.
        if month.is_none()
            && self.arabic(k)
            && self.lx(k) == Lex::Part(Part::Early)
            && self.word(k) == "اول"
            && let Some(mh) = self.month_at(k + 1)
        {
            day = Some((1, 1));
            month = Some(mh);
            k = mh.end;
        }
        // American order: month day[, year].
        if month.is_none() {
            let mh = self.month_at(k)?;
            month = Some(mh);
            k = mh.end;
            if self.latin(mh.tok)
                && let Some((k2, lo, hi)) = self.day_at(k)
            {
                // Not "in May 3 days later": a day number followed by a unit counts it.
                let next_ok = !matches!(self.lx(k2), Lex::Unit(..));
                if next_ok {
                    day = Some((lo, hi));
                    k = k2;
                }
            }
        }
        let mh = month?;
        let year = self.year_after(k);
        if let Some(y) = year {
            k = y.end;
        }
        // Arabic direction word after: "29 أبريل الماضي", "شهر مايو الجاري".
        if dir.is_none()
            && year.is_none()
            && let Lex::Qual(d @ (Dir::Past | Dir::Future | Dir::Current)) = self.lx(k)
            && self.arabic(k)
        {
            dir = Some(d);
            k += 1;
        }
        // "April last year" (English, after).
        let year = match year {
            None if self.latin(k) => {
                let y = self.year_after(k);
                if let Some(y) = y {
                    k = y.end;
                }
                y
            }
            y => y,
        };

        // Is this month name really a month here?
        let context = day.is_some() || year.is_some() || mh.sure || dir.is_some();
        let prev = self.prev_lex(start_date);
        let prep_before = matches!(
            prev,
            Lex::Prep(
                Prep::In
                    | Prep::Since
                    | Prep::By
                    | Prep::To
                    | Prep::From
                    | Prep::Of
                    | Prep::Before
                    | Prep::After
                    | Prep::During
                    | Prep::Between
            ) | Lex::Part(_)
        ) || self.month_and(start_date)
            // "the report for March" but "a vote for May" (a name): strong months only.
            || (prev == Lex::Prep(Prep::For) && mh.strength == Strength::Strong);
        let month_tok = self.tok(mh.tok)?;
        let ok = if mh.is_ab {
            // "أب" (father) never takes الماضي/المقبل without ال, so a direction word is safe too.
            day.is_some() || year.is_some() || mh.sure || dir.is_some()
        } else if month_tok.script == Script::Cyrillic {
            self.russian_month_ok(start_date, mh, day.is_some(), year.is_some())
        } else if month_tok.script == Script::Latin || self.latin(start_date) {
            let first = self.tok(start_date)?;
            let cap = !self.cased
                || first.cap
                || self
                    .tok(if mh.sure { start_date + 1 } else { start_date })
                    .is_some_and(|t| t.cap);
            match mh.strength {
                Strength::Abbrev => day.is_some() || year.is_some(),
                Strength::Weak => {
                    day.is_some() || year.is_some() || (cap && (prep_before || dir.is_some()))
                }
                // April, June, August are also names: without a day or year, a preposition
                // or direction word must say it is the month.
                Strength::Strong => context || (cap && prep_before),
            }
        } else {
            match mh.strength {
                Strength::Strong => true,
                _ => context || prep_before,
            }
        };
        // "the January clashes": a capitalised month after "the" that modifies a noun.
        let attributive = !ok
            && day.is_none()
            && year.is_none()
            && dir.is_none()
            && weekday.is_none()
            && !mh.sure
            && self.attributive_month(start_date, mh, k);
        if !ok && !attributive {
            return None;
        }
        let p = self.ctx.published;
        let mut f = self.found(i, k, None, "");
        let mut note: Option<String> = None;
        if mh.hijri {
            let era_ok = year.is_none_or(|y| y.era != Some(Era::Gregorian) && !y.relative);
            if !era_ok {
                return None;
            }
            let m8 = u8::try_from(mh.m).ok()?;
            let hy = match year {
                Some(y) => y.year,
                None => {
                    resolve::hijri_year_for(p, m8, day.and_then(|d| u8::try_from(d.0).ok()), dir)?
                }
            };
            f.rule = if year.is_some() {
                "ar.hijri_date"
            } else {
                "ar.hijri_date_no_year"
            };
            // Hijri calendars (Umm al-Qura, sighting, tabular) differ by a day: a weekday
            // given with a single day picks the neighbouring day it names ("يوم الأحد 6 جمادى
            // الآخرة" is the Sunday).
            let by_weekday = |d: NaiveDate| -> NaiveDate {
                match weekday {
                    Some(w) if d.weekday() != w => [d.succ_opt(), d.pred_opt()]
                        .into_iter()
                        .flatten()
                        .find(|x| x.weekday() == w)
                        .unwrap_or(d),
                    _ => d,
                }
            };
            let in_year = |hy: i32| -> Option<IncidentDate> {
                match day {
                    Some((lo, hi)) if lo == hi => {
                        let a = resolve::hijri_to_gregorian(hy, m8, u8::try_from(lo).ok()?)?;
                        IncidentDate::interval(by_weekday(a), by_weekday(a)).ok()
                    }
                    Some((lo, hi)) => {
                        let a = resolve::hijri_to_gregorian(hy, m8, u8::try_from(lo).ok()?)?;
                        let b = resolve::hijri_to_gregorian(hy, m8, u8::try_from(hi).ok()?)?;
                        IncidentDate::interval(a, b).ok()
                    }
                    None => {
                        let (a, b) = resolve::hijri_month_span(hy, m8)?;
                        IncidentDate::one_of(Some(a), Some(b)).ok()
                    }
                }
            };
            f.date = Some(in_year(hy)?);
            f.anchor = day.is_some();
            if year.is_none() {
                note = Some(format!("Hijri year not given; read as {hy}"));
            }
            if year.is_none() && dir.is_none() {
                let first_day = day.and_then(|d| u8::try_from(d.0).ok());
                f.coming =
                    resolve::hijri_year_for(p, m8, first_day, Some(Dir::Future)).and_then(in_year);
            }
        } else {
            if year.is_some_and(|y| y.era == Some(Era::Hijri)) {
                return None;
            }
            let lang = if month_tok.script == Script::Latin {
                "en"
            } else {
                "ar"
            };
            match (day, year) {
                (Some((lo, hi)), Some(y)) => {
                    let a = ymd(y.year, mh.m, lo)?;
                    let b = ymd(y.year, mh.m, hi)?;
                    f.date = Some(IncidentDate::interval(a, b).ok()?);
                    f.rule = if lang == "en" {
                        "en.day_month_year"
                    } else {
                        "ar.day_month_year"
                    };
                    f.anchor = true;
                    f.names_year = !y.relative;
                }
                (Some((lo, hi)), None) => {
                    // With no year, direction word or weekday: the most recent days starting
                    // on or before the publication day in a year that has them all (27-29
                    // February), and the coming ones.
                    let free = dir.is_none() && weekday.is_none();
                    let (recent, next) = if free {
                        Cycle::Days {
                            hijri: false,
                            m: mh.m,
                            lo,
                            hi,
                        }
                        .around(p)
                    } else {
                        (None, None)
                    };
                    let mut a = match recent {
                        Some((a, _)) => a,
                        None => resolve::day_month(p, mh.m, lo, dir)?,
                    };
                    // With a weekday and no year or direction word, the weekday picks the year.
                    if let (Some(w), None) = (weekday, dir)
                        && a.weekday() != w
                    {
                        let fits = [0, -1, 1, -2]
                            .iter()
                            .filter_map(|dy| ymd(a.year() + dy, mh.m, lo))
                            .find(|c| c.weekday() == w && (*c - p).num_days().abs() <= 183);
                        if let Some(c) = fits {
                            note = Some(format!(
                                "no year given; {} is the {} {} nearest the publication day",
                                c,
                                weekday_name(w),
                                lo
                            ));
                            a = c;
                        }
                    }
                    let b = ymd(a.year(), mh.m, hi)?;
                    f.date = Some(IncidentDate::interval(a, b).ok()?);
                    // The coming one; a weekday in the text must agree with it.
                    if free {
                        f.coming = next.and_then(|(c, d)| IncidentDate::interval(c, d).ok());
                    } else if dir.is_none()
                        && let Some(c) = resolve::day_month(p, mh.m, lo, Some(Dir::Future))
                        && weekday.is_none_or(|w| c.weekday() == w)
                    {
                        f.coming =
                            ymd(c.year(), mh.m, hi).and_then(|d| IncidentDate::interval(c, d).ok());
                    }
                    f.rule = match (lang, dir) {
                        ("en", None) => "en.day_month",
                        ("en", Some(_)) => "en.day_month_direction",
                        (_, None) => "ar.day_month",
                        _ => "ar.day_month_direction",
                    };
                    f.anchor = true;
                    if dir.is_none()
                        && note.is_none()
                        && let Some(fut) = resolve::day_month(p, mh.m, lo, Some(Dir::Future))
                        && (fut - p).num_days() <= 45
                        && a != p
                    {
                        note = Some(format!(
                            "{NO_YEAR_NOTE}; read as the most recent one ({a}); {fut} if the report speaks of the future"
                        ));
                    }
                }
                (None, Some(y)) => {
                    f.date = Some(IncidentDate::month(y.year, mh.m).ok()?);
                    f.rule = if lang == "en" {
                        "en.month_year"
                    } else {
                        "ar.month_year"
                    };
                    f.names_year = !y.relative;
                }
                (None, None) => {
                    let y = resolve::month_year(p, mh.m, dir);
                    f.date = Some(IncidentDate::month(y, mh.m).ok()?);
                    f.rule = match (lang, dir) {
                        ("en", None) if attributive => "en.month_attributive",
                        ("en", None) => "en.month",
                        ("en", Some(_)) => "en.month_direction",
                        (_, None) => "ar.month",
                        _ => "ar.month_direction",
                    };
                    if dir == Some(Dir::Current) {
                        f.clue = Some(PublicationClue::MonthIs { month: mh.m });
                    }
                    if dir.is_none() {
                        let fy = resolve::month_year(p, mh.m, Some(Dir::Future));
                        f.coming = IncidentDate::month(fy, mh.m).ok();
                    }
                    let ahead = (mh.m + 12 - p.month()) % 12;
                    if dir.is_none() && (1..=2).contains(&ahead) {
                        let fy = resolve::month_year(p, mh.m, Some(Dir::Future));
                        note = Some(format!(
                            "{NO_YEAR_NOTE}; read as the most recent one ({y}-{:02}); {fy}-{:02} if the report speaks of the future",
                            mh.m, mh.m
                        ));
                    }
                }
            }
        }
        f.cycle = Some(match day {
            Some((lo, hi)) => Cycle::Days {
                hijri: mh.hijri,
                m: mh.m,
                lo,
                hi,
            },
            None => Cycle::Month {
                hijri: mh.hijri,
                m: mh.m,
            },
        });
        f.free = year.is_none() && dir.is_none() && weekday.is_none();
        // "Thursday, Sept. 16": a day and its weekday, with no year, say which years the text
        // can be of.
        if let (Some(w), Some((lo, hi)), None, None, false) = (weekday, day, year, dir, mh.hijri)
            && lo == hi
        {
            f.clue = Some(PublicationClue::DateIsWeekday {
                month: mh.m,
                day: lo,
                weekday: w,
            });
        }
        // "между 28 и 30 апреля", "14 и 16 сентября": one of the days, not all of them.
        if month_tok.script == Script::Cyrillic
            && day.is_some_and(|(lo, hi)| lo < hi)
            && self.russian_day_list(start_date, mh.tok)
        {
            let one_of = |d: IncidentDate| IncidentDate::one_of(d.earliest(), d.latest()).ok();
            f.date = f.date.and_then(one_of);
            f.coming = f.coming.and_then(one_of);
            f.anchor = false;
            f.cycle = None;
        }
        // "9 Мая", "8 Марта": a day written as a holiday's name is still that day.
        if month_tok.script == Script::Cyrillic
            && day.is_some()
            && note.is_none()
            && month_tok.cap
            && !month_tok.upper
            && self.russian.cased
        {
            note = Some("a day written as a holiday's name (capitalised month)".into());
        }
        // "Tuesday, September 21" in a piece written in 2003 after "1993" was told: a day and
        // its weekday with no year are of a year the text told before (the last written out,
        // the story's, then the days and years told, latest first) when the weekday falls on
        // that day there and not in the year read.
        if let (Some(w), Some((lo, hi)), None, None, false) = (weekday, day, year, dir, mh.hijri)
            && lo == hi
            && f.date
                .and_then(|d| d.earliest())
                .is_some_and(|d| d.weekday() != w)
            && let Some(told) = [self.ctx.last_written_year, self.ctx.story]
                .into_iter()
                .flatten()
                .chain(self.ctx.anchors.iter().rev().copied())
                .filter_map(|y| y.earliest().map(|e| e.year()))
                .filter_map(|y| ymd(y, mh.m, lo))
                .find(|d| d.weekday() == w && *d <= p)
        {
            f.date = Some(IncidentDate::day(told));
            f.coming = None;
            f.weekday_year = true;
            note = Some(format!(
                "no year given; {}, the year told before, is the one in which it is a {}",
                told.year(),
                weekday_name(w)
            ));
        }
        // Weekday check.
        if let (Some(w), Some(d)) = (weekday, f.date.and_then(|d| d.earliest()))
            && day.is_some()
            && d.weekday() != w
            && note.is_none()
        {
            note = Some(format!(
                "the text says {} but {} is a {}; the date is kept",
                weekday_name(w),
                d,
                weekday_name(d.weekday())
            ));
        }
        f.note = note;
        Some(f)
    }

    /// "the January clashes", "the April violence": an English month name, capitalised,
    /// right after "the" (at `start`) and before a lowercase noun (at `next`). Not "the May
    /// Day", "the April Fools", "the June Smith report", "the may be". May and March, also a
    /// name and a verb, need a noun for an event ("the May clashes", not "the May
    /// government").
    fn attributive_month(&self, start: usize, mh: MonthHit, next: usize) -> bool {
        if mh.tok != start || next != start + 1 || start == 0 {
            return false;
        }
        let (Some(the), Some(month), Some(noun)) =
            (self.tok(start - 1), self.tok(start), self.tok(next))
        else {
            return false;
        };
        // "the", a possessive ("its December sales", "Harmon's December sales").
        let determiner = the.lex == Lex::Prep(Prep::The)
            || matches!(
                self.word(start - 1),
                "its" | "their" | "his" | "her" | "our" | "your" | "my"
            )
            || (self.word(start - 1) == "s" && start >= 2 && self.punct(start - 2, b'\''));
        if the.script != Script::Latin
            || !determiner
            || month.script != Script::Latin
            || (!month.cap && self.cased)
            || noun.script != Script::Latin
            || noun.kind != Kind::Word
            || (noun.cap && self.cased)
            || noun.lex != NO
        {
            return false;
        }
        let w = self.word(next);
        match mh.strength {
            Strength::Strong => !super::en::NOT_NOUNS.contains(&w),
            Strength::Weak => super::en::EVENT_NOUNS.contains(&w),
            Strength::Abbrev => false,
        }
    }

    /// Weekdays: "الخميس الماضي", "يوم الجمعة", "اليوم الإثنين", "أمس الأحد", "last Thursday",
    /// "on Friday night".
    fn rule_weekday(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let mut dir: Option<Dir> = None;
        let mut dayword: Option<i8> = None;
        // The Russian direction word ("в прошлую пятницу"), which names the day itself.
        let mut russian_dir: Option<usize> = None;
        // "that Saturday", "the same Sunday": the one the story is at.
        let mut told_before = false;
        // ليلة الجمعة is the night before Friday (Thursday evening) in Arabic usage.
        let eve = self.arabic(k) && self.lx(k) == Lex::PartOfDay && self.word(k) == "ليله";
        match self.lx(k) {
            Lex::Qual(d) if self.cyrillic(k) && matches!(self.lx(k + 1), Lex::Weekday(_)) => {
                dir = Some(d);
                russian_dir = Some(k);
                k += 1;
            }
            Lex::This | Lex::BeforeLast
                if self.cyrillic(k) && matches!(self.lx(k + 1), Lex::Weekday(_)) =>
            {
                dir = Some(Dir::Current);
                russian_dir = Some(k);
                k += 1;
            }
            Lex::DayRel(d) if self.arabic(k) => {
                dayword = Some(d);
                k += 1;
            }
            Lex::Today if self.arabic(k) => {
                dayword = Some(0);
                k += 1;
            }
            // "صباح غد الاثنين", "مساء اليوم الخميس": a part of the day, then a day word.
            Lex::PartOfDay if self.arabic(k) && !eve => {
                k += 1;
                match self.lx(k) {
                    Lex::DayRel(d) => {
                        dayword = Some(d);
                        k += 1;
                    }
                    Lex::Today => {
                        dayword = Some(0);
                        k += 1;
                    }
                    _ => {}
                }
            }
            Lex::PartOfDay if self.arabic(k) => k += 1,
            Lex::Unit(Unit::Day, Form::One) if self.arabic(k) && !self.has_al(k) => k += 1,
            Lex::Qual(d @ (Dir::Past | Dir::Future | Dir::Following))
                if self.latin(k) && matches!(self.lx(k + 1), Lex::Weekday(_)) =>
            {
                dir = Some(d);
                k += 1;
            }
            Lex::This if self.latin(k) => {
                dir = Some(Dir::Current);
                k += 1;
            }
            // "late Sunday", "early Friday": the same day, the modifier kept in the span.
            Lex::Part(Part::Early | Part::Late)
                if self.latin(k) && matches!(self.lx(k + 1), Lex::Weekday(_)) =>
            {
                k += 1;
            }
            // (Not "said that Saturday's strike ...", where "that" opens what was said.)
            Lex::That | Lex::Same
                if self.latin(k)
                    && matches!(self.lx(k + 1), Lex::Weekday(_))
                    && !self.possessive_after(k + 1) =>
            {
                told_before = true;
                k += 1;
            }
            _ => {}
        }
        let Lex::Weekday(w) = self.lx(k) else {
            return None;
        };
        // الجمعة الـ118, the 30th Friday of a protest movement: one of many Fridays.
        if self.arabic(k)
            && (matches!(self.lx(k + 1), Lex::Ord(_))
                || self
                    .tok(k + 1)
                    .is_some_and(|t| t.kind == Kind::Num && t.clitics & super::lex::CL_AL != 0))
        {
            return None;
        }
        if self.latin(k) && self.english_weekday_at(k).is_none() {
            return None;
        }
        if self.cyrillic(k) && !self.russian_weekday_ok(i, k) {
            return None;
        }
        k += 1;
        if (self.latin(k) || self.cyrillic(k)) && self.lx(k) == Lex::PartOfDay {
            k += 1;
        }
        // "ليل الخميس الجمعة", "ليلة الخميس/الجمعة": the night from one day to the next.
        let mut night_through = false;
        if self.arabic(i)
            && self.lx(i) == Lex::PartOfDay
            && matches!(self.word(i), "ليل" | "ليله")
            && dayword.is_none()
        {
            // "ليل الخميس - الجمعة", "ليلة الثلاثاء على الأربعاء", "ليلة السبت إلى الأحد".
            let q = if self.punct(k, b'/')
                || self.punct(k, b'-')
                || matches!(self.word(k), "علي" | "الي")
            {
                k + 1
            } else {
                k
            };
            if matches!(self.lx(q), Lex::Weekday(w2) if w2 == w.succ()) {
                night_through = true;
                k = q + 1;
            }
        }
        if self.arabic(k)
            && dir.is_none()
            && dayword.is_none()
            && let Lex::Qual(d @ (Dir::Past | Dir::Future | Dir::Current | Dir::Following)) =
                self.lx(k)
        {
            dir = Some(d);
            k += 1;
        }
        // "Wednesday before last", "الأربعاء قبل الماضي": the one before the last such weekday
        // (not the last one, which the bare weekday would be).
        let before_last = dir.is_none()
            && dayword.is_none()
            && !eve
            && !night_through
            && self.is_prep(k, Prep::Before)
            && if self.latin(k) {
                self.word(k + 1).eq_ignore_ascii_case("last")
            } else {
                self.arabic(k) && self.lx(k + 1) == Lex::Qual(Dir::Past)
            };
        if before_last {
            let day = add_days(
                resolve::weekday(self.ctx.published, w, Some(Dir::Past))?,
                -7,
            )?;
            let rule = if self.latin(k) {
                "en.weekday_before_last"
            } else {
                "ar.weekday_before_last"
            };
            let mut f = self.found(i, k + 2, Some(IncidentDate::day(day)), rule);
            f.note = Some(format!("the {} before the last one", weekday_name(w)));
            f.anchor = true;
            return Some(f);
        }
        // "the following Saturday", "السبت التالي": the first one after the date the text
        // gave last; with none given, no date.
        if let Some(q) = russian_dir {
            let (date, note) = self.russian_weekday_dir(q, w)?;
            let mut f = self.found(i, k, Some(date), "ru.weekday_direction");
            f.note = note;
            f.anchor = true;
            return Some(f);
        }
        if dir == Some(Dir::Following) {
            let (base, anchor) = self.ctx.anchor_for(Unit::Day, 1)?;
            anchor?;
            let day = (1..=7)
                .filter_map(|n| add_days(base, n))
                .find(|d| d.weekday() == w)?;
            let rule = if self.latin(k - 1) {
                "en.weekday_following"
            } else {
                "ar.weekday_following"
            };
            let mut f = self.found(i, k, Some(IncidentDate::day(day)), rule);
            f.note = Some(anchor_note(anchor, base));
            f.anchor = true;
            return Some(f);
        }
        // "Late that Saturday", "The same Sunday": the weekday within three days of the date
        // the text gave last; with none given, the weekday as if bare.
        if told_before {
            let (base, anchor) = self.ctx.anchor_for(Unit::Day, 0)?;
            anchor?;
            // A day of that weekday the text told ("It began a week ago yesterday [a Saturday]
            // ... By this morning ... Late that Saturday"): that one.
            let told = self
                .ctx
                .anchors
                .iter()
                .rev()
                .filter_map(IncidentDate::exact_day)
                .filter(|&d| d <= self.ctx.published && (base - d).num_days() <= 14)
                .find(|d| d.weekday() == w);
            let day = told.or_else(|| {
                (-3..=3)
                    .filter_map(|n| add_days(base, n))
                    .find(|d| d.weekday() == w)
            })?;
            let mut f = self.found(i, k, Some(IncidentDate::day(day)), "en.weekday_told_before");
            f.note = Some(if told.is_some() {
                format!("the {} the text told before", weekday_name(w))
            } else {
                anchor_note(anchor, base)
            });
            f.anchor = true;
            return Some(f);
        }
        // Weekday then date is rule_date's.
        let p = self.ctx.published;
        let mut f = self.found(i, k, None, "");
        f.anchor = true;
        if !eve {
            f.cycle = Some(Cycle::Weekday(w));
            f.free = dayword.is_none() && dir.is_none();
        }
        if night_through {
            let d = resolve::weekday(p, w, dir)?;
            f.date = IncidentDate::one_of(Some(d), add_days(d, 1)).ok();
            if dir.is_none() {
                let c = resolve::weekday(p, w, Some(Dir::Future));
                f.coming = c.and_then(|c| IncidentDate::one_of(Some(c), add_days(c, 1)).ok());
            }
            f.rule = "ar.weekday_night_through";
            f.cycle = None;
            f.anchor = false;
            return Some(f);
        }
        match dayword {
            Some(d) => {
                let day = add_days(p, i64::from(d))?;
                f.date = Some(IncidentDate::day(day));
                f.rule = "ar.dayword_weekday";
                f.note = dayword_disagreement(day, w);
                f.clue = Some(publication_weekday(w, d));
            }
            None if eve => {
                let d = resolve::weekday(p, w, dir)?;
                f.date = IncidentDate::one_of(add_days(d, -1), Some(d)).ok();
                if dir.is_none() {
                    let c = resolve::weekday(p, w, Some(Dir::Future));
                    f.coming = c.and_then(|c| IncidentDate::one_of(add_days(c, -1), Some(c)).ok());
                }
                f.rule = "ar.weekday_eve";
                f.note = Some(format!(
                    "ليلة (night of) {0} is usually the night before {0}; both days kept",
                    weekday_name(w)
                ));
                f.anchor = false;
            }
            // "Fighting resumed on Wednesday 15 October ... Pakistani strikes on Friday",
            // published two weeks later: the Friday of the story's week.
            None if dir.is_none()
                && let Some(day) = self.day_of_written_week(w) =>
            {
                f.date = Some(IncidentDate::day(day));
                f.rule = if self.latin(k - 1) {
                    "en.weekday_of_story"
                } else {
                    "ar.weekday_of_story"
                };
                f.note = Some(format!(
                    "the {} nearest {}, the day the paragraph gave",
                    weekday_name(w),
                    self.ctx
                        .written_day
                        .map_or(String::new(), |w| w.day.to_string())
                ));
            }
            None => {
                let mut day = resolve::weekday(p, w, dir)?;
                // "last Thursday" written on a Friday: the day before would be "yesterday",
                // and it lies in this calendar week, so the writer means the Thursday of the
                // week before. ("last Sunday" written on a Monday is the week before's by the
                // calendar, and is left as the day before.)
                if self.latin(k - 1)
                    && dir == Some(Dir::Past)
                    && add_days(p, -1) == Some(day)
                    && p.weekday() != Weekday::Mon
                {
                    day = add_days(day, -7)?;
                    f.note = Some(format!(
                        "'last {0}' written the day after a {0} means the {0} before: \
                         that day would be 'yesterday'",
                        weekday_name(w)
                    ));
                }
                f.date = Some(IncidentDate::day(day));
                if dir.is_none() {
                    f.coming = resolve::weekday(p, w, Some(Dir::Future)).map(IncidentDate::day);
                }
                f.rule = match (self.latin(k - 1), dir) {
                    (true, None) => "en.weekday",
                    (true, Some(_)) => "en.weekday_direction",
                    (false, None) => "ar.weekday",
                    (false, Some(_)) => "ar.weekday_direction",
                };
            }
        }
        Some(f)
    }

    /// An English weekday at `k` that names a day of the week, not part of a name.
    fn english_weekday_at(&self, k: usize) -> Option<Weekday> {
        let Lex::Weekday(w) = self.lx(k) else {
            return None;
        };
        if !self.latin(k) || (self.cased && !self.tok(k).is_some_and(|t| t.cap)) {
            return None;
        }
        // "The Sunday Times", "Friday Mosque": part of a name when a capitalised word follows
        // in an ordinary line; "Good Friday", "Bloody Sunday": a name whatever the case. A
        // name before it is the subject in wire style ("Clinton Saturday vowed").
        // After "on", "since", "last" ... it is a day whatever follows ("On Tuesday Sudanese
        // artillery shelled").
        let day_before = k > 0
            && matches!(
                self.word(k - 1).to_lowercase().as_str(),
                "on" | "since" | "until" | "till" | "by" | "last" | "next" | "early" | "late"
            );
        let name_after = self.cased
            && !day_before
            && self
                .tok(k + 1)
                .is_some_and(|t| t.script == Script::Latin && t.cap && t.lex == NO)
            && !self.place_time_at(k + 1);
        let name_before = k > 0 && WEEKDAY_NAME_WORDS.contains(&self.word(k - 1));
        (!name_after && !name_before).then_some(w)
    }

    /// The day of weekday `w` in the story the paragraph tells from the calendar day it last
    /// wrote out. When that day opens the paragraph ("Friday, 16 September. The truce did not
    /// survive Thursday night, and by Saturday the guns were silent"), the day is told day by
    /// day: a weekday is the nearest such day, one of the two before it or of the week after.
    /// Otherwise only when the day lies over a week before the publication day, and only in
    /// the week after it; nearer the publication day the weekday is the publication week's.
    fn day_of_written_week(&self, w: chrono::Weekday) -> Option<NaiveDate> {
        let written = self.ctx.written_day?;
        let (d, p) = (written.day, self.ctx.published);
        if written.line != self.line {
            return None;
        }
        let offsets: &[i64] = if written.heading {
            &[0, -1, 1, -2, 2, 3, 4, 5, 6]
        } else if (p - d).num_days() > 7 {
            &[0, 1, 2, 3, 4, 5, 6]
        } else {
            return None;
        };
        offsets
            .iter()
            .filter_map(|&n| add_days(d, n))
            .find(|x| x.weekday() == w)
            .filter(|x| if written.heading { *x <= p } else { *x < p })
    }

    /// "Saudi time", "Washington time", "New York time" after a weekday or a clock time: one
    /// to three capitalised words and "time".
    fn place_time_at(&self, k: usize) -> bool {
        (k..k + 3)
            .take_while(|&q| {
                self.tok(q)
                    .is_some_and(|t| t.script == Script::Latin && t.cap && t.lex == NO)
            })
            .any(|q| self.word(q + 1) == "time")
    }

    /// Day words: أمس, غدا, أول أمس, اليوم, yesterday, today, the day before yesterday.
    fn rule_dayword(&self, i: usize) -> Option<Found> {
        let mut k = i;
        if self.arabic(k) && self.lx(k) == Lex::PartOfDay {
            k += 1;
        }
        let d = match self.lx(k) {
            // تلك الليلة, that night: a narrated night, not tonight.
            Lex::DayRel(_) if self.arabic(k) && matches!(self.prev_lex(k), Lex::That) => {
                return None;
            }
            Lex::DayRel(d) => d,
            Lex::Today => {
                // اليوم is also "the day": not when an adjective follows (اليوم العالمي, اليوم
                // الأول), nor after "that" (ذلك اليوم is a narrated day). After a part of the
                // day it is today whatever follows ("صباح اليوم القائم بالأعمال").
                if k == i
                    && let Some(n) = self.tok(k + 1)
                    && n.script == Script::Arabic
                    && n.kind == Kind::Word
                    && n.clitics == 0
                    && self.word(k + 1).starts_with("ال")
                    && !matches!(n.lex, Lex::Weekday(_))
                {
                    return None;
                }
                if matches!(self.prev_lex(k), Lex::That | Lex::Same) {
                    return None;
                }
                // "في مثل هذا اليوم من العام الماضي": a day like this one, in another year.
                if k == i && k >= 2 && matches!(self.word(k - 2), "مثل" | "بمثل") {
                    return self.same_day_another_year(k);
                }
                0
            }

            _ => return None,
        };
        // "غدا" after a number is not "tomorrow" in any news usage we know; still fine.
        let mut k2 = k + 1;
        if (self.latin(k) || self.cyrillic(k)) && self.lx(k2) == Lex::PartOfDay {
            k2 += 1;
        }
        let p = self.ctx.published;
        let mut f = self.found(
            i,
            k2,
            Some(IncidentDate::day(add_days(p, i64::from(d))?)),
            "",
        );
        f.rule = if self.latin(k) {
            "en.dayword"
        } else {
            "ar.dayword"
        };
        f.anchor = true;
        Some(f)
    }

    /// "On this day last year", "this day in 2013", "this day five years ago" (an anniversary
    /// piece): the publication day's day and month in that year.
    fn rule_this_day_another_year(&self, i: usize) -> Option<Found> {
        if !self.latin(i) || self.word(i) != "this" || self.word(i + 1) != "day" {
            return None;
        }
        let (end, day) = self.anniversary_at(i + 2)?;
        Some(self.found(
            i,
            end,
            Some(IncidentDate::day(day)),
            "en.same_day_years_ago",
        ))
    }

    /// "في مثل هذا اليوم من العام الماضي", "... قبل عامين", "... من عام 2013" (`k` is اليوم):
    /// as [`Self::rule_this_day_another_year`]. With no year ("في مثل هذا اليوم"), an
    /// anniversary of a year the text tells elsewhere: no date.
    fn same_day_another_year(&self, k: usize) -> Option<Found> {
        let (end, day) = self.anniversary_at(k + 1)?;
        Some(self.found(
            k,
            end,
            Some(IncidentDate::day(day)),
            "ar.same_day_years_ago",
        ))
    }

    /// The year after "this day" or "هذا اليوم", from token `k`: "last year", "من العام
    /// الماضي", "in 2013", "من عام 2013", "five years ago", "قبل عامين"; with the token after
    /// it and the publication day's day and month in that year.
    fn anniversary_at(&self, k: usize) -> Option<(usize, NaiveDate)> {
        let p = self.ctx.published;
        let in_year = matches!(self.word(k), "in" | "من");
        let j = if in_year { k + 1 } else { k };
        let back = self.is_prep(k, Prep::Before);
        let (end, year) = if let Some((end, UnitRel::Period(per, _))) = self.unit_rel_at(j)
            && per.unit == Unit::Year
        {
            (end, per.first.year())
        } else if in_year
            && let y_at = j + usize::from(self.lx(j) == Lex::Unit(Unit::Year, Form::One))
            && let Some(y) = self.plain_num(y_at).filter(|y| (1000..=9999).contains(y))
        {
            (y_at + 1, y as i32)
        } else if let Some((end, Unit::Year, Some(n), None)) =
            self.duration_at(if back { k + 1 } else { k })
            && (back || self.lx(end) == Lex::Ago)
        {
            (if back { end } else { end + 1 }, p.year() - n as i32)
        } else {
            return None;
        };
        Some((end, ymd(year, p.month(), p.day())?))
    }

    /// A unit with a direction: "الأسبوع الماضي", "العام الجاري", "هذا الشهر", "last week",
    /// "this year", "earlier this month", "the past week", "السنوات الماضية" (vague).
    fn rule_unit_rel(&self, i: usize) -> Option<Found> {
        let (end, what) = self.unit_rel_at(i)?;
        let p = self.ctx.published;
        let mut f = self.found(i, end, None, "");
        match what {
            UnitRel::Period(per, rule) => {
                f.date = per.date();
                f.rule = rule;
                if per.unit == Unit::Week {
                    f.grain = Some(Grain::Week);
                }
                if rule.ends_with("following") {
                    f.anchor = true;
                }
            }
            UnitRel::Span(a, b, rule) => {
                // No bound at all: found, with no date.
                f.date = IncidentDate::one_of(a, b)
                    .ok()
                    .filter(|_| a.is_some() || b.is_some());
                f.rule = rule;
            }
            UnitRel::YearIs(y) => {
                f.date = Some(IncidentDate::year(y));
                f.rule = "ar.current_year_named";
                f.clue = Some(PublicationClue::YearIs { year: y });
            }
        }
        if f.clue.is_none() {
            f.clue = self.year_named_beside(i, end);
        }
        let _ = p;
        Some(f)
    }

    fn unit_rel_at(&self, i: usize) -> Option<(usize, UnitRel)> {
        let p = self.ctx.published;
        let around = |u: Unit, n: i64| Period::around(u, p, n);
        // An Arabic week begins on Saturday, Sunday or Monday: the span holds the three.
        let arab_around = |u: Unit, n: i64| {
            if u == Unit::Week {
                Period::arab_week(p, n)
            } else {
                around(u, n)
            }
        };
        // الـ24 ساعة الماضية, الـ3 أيام المقبلة: a counted span up to or from today.
        if let Some(t) = self.tok(i)
            && t.kind == Kind::Num
            && t.clitics & super::lex::CL_AL != 0
            && t.digits <= 4
        {
            let Lex::Unit(u, Form::One | Form::Many) = self.lx(i + 1) else {
                return None;
            };
            let Lex::Qual(d) = self.lx(i + 2) else {
                return None;
            };
            let n = i64::from(t.val);
            let (back, fwd) = if matches!(u, Unit::Hour | Unit::Minute) {
                let days = if u == Unit::Hour {
                    (n + 23) / 24
                } else {
                    (n + 1439) / 1440
                };
                (add_days(p, -days)?, add_days(p, days)?)
            } else {
                (shift(u, p, -n)?, shift(u, p, n)?)
            };
            return match d {
                Dir::Past | Dir::Recent => {
                    Some((i + 3, UnitRel::Span(Some(back), Some(p), "ar.last_n_units")))
                }
                Dir::Future => Some((i + 3, UnitRel::Span(Some(p), Some(fwd), "ar.next_n_units"))),
                _ => None,
            };
        }
        if self.arabic(i) {
            // هذا العام, هذه السنة, هذا الشهر, هذا الأسبوع
            if self.lx(i) == Lex::This {
                if let Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), Form::One) =
                    self.lx(i + 1)
                    && self.has_al(i + 1)
                {
                    return Some((i + 2, UnitRel::Period(arab_around(u, 0)?, "ar.this_unit")));
                }
                return None;
            }
            let Lex::Unit(u, form) = self.lx(i) else {
                return None;
            };
            if !self.has_al(i) {
                return None;
            }
            // الأيام الثلاثة الماضية: a counted span up to today.
            let (k, n) = match self.count_at(i + 1) {
                Some((k, Some(n))) if form == Form::Many && n > 0 => (k, Some(n)),
                _ => (i + 1, None),
            };
            let Lex::Qual(d) = self.lx(k) else {
                return None;
            };
            let end = k + 1;
            return match (form, n, d) {
                (Form::One, _, Dir::Following) => {
                    let (base, _) = self.ctx.anchor_for(u, 1)?;
                    let per = Period::around(u, base, 1)?;
                    (u != Unit::Day).then_some((end, UnitRel::Period(per, "ar.unit_following")))
                }
                (Form::One, _, Dir::Recent) => None,
                (Form::One, _, d) => {
                    if matches!(u, Unit::Day | Unit::Hour | Unit::Minute) {
                        return None;
                    }
                    let n = match d {
                        Dir::Past => -1,
                        Dir::Future => 1,
                        _ => 0,
                    };
                    let per = arab_around(u, n)?;
                    // العام الجاري 2021: the publication year, named.
                    if u == Unit::Year
                        && d == Dir::Current
                        && let Some(y) = self
                            .plain_num(end)
                            .filter(|_| self.tok(end).is_some_and(|t| t.digits == 4))
                    {
                        return Some((end + 1, UnitRel::YearIs(y as i32)));
                    }
                    let rule = match d {
                        Dir::Past => "ar.unit_past",
                        Dir::Future => "ar.unit_future",
                        _ => "ar.unit_current",
                    };
                    Some((end, UnitRel::Period(per, rule)))
                }
                (Form::Two, _, d) | (Form::Many, Some(_), d) => {
                    let count = i64::from(n.unwrap_or(2));
                    let back = shift(u, p, -count)?;
                    let fwd = shift(u, p, count)?;
                    match d {
                        Dir::Past | Dir::Recent => {
                            Some((end, UnitRel::Span(Some(back), Some(p), "ar.last_n_units")))
                        }
                        Dir::Future => {
                            Some((end, UnitRel::Span(Some(p), Some(fwd), "ar.next_n_units")))
                        }
                        _ => None,
                    }
                }
                (Form::Many, None, d) => match d {
                    Dir::Past | Dir::Recent => {
                        Some((end, UnitRel::Span(None, Some(p), "ar.vague_recent")))
                    }
                    Dir::Future => Some((end, UnitRel::Span(Some(p), None, "ar.vague_coming"))),
                    _ => None,
                },
                (Form::Half, _, _) => None,
            };
        }
        if self.cyrillic(i) {
            return self.russian_unit_rel(i);
        }
        if !self.latin(i) {
            return None;
        }
        // English.
        if self.lx(i) == Lex::Unit(Unit::Week, Form::Two) && self.word(i).starts_with("the") {
            let this = Period::week_of(p)?;
            let fri = add_days(this.first, 4)?;
            // Written on a Friday, the weekend just begun is still to come: what was done "over
            // the weekend" was done on the last one; what will be done, on this one.
            let (a, b) = if p > fri || (p == fri && self.told_as_future(i, i + 1)) {
                (fri, this.last)
            } else {
                (add_days(fri, -7)?, add_days(this.last, -7)?)
            };
            return Some((i + 1, UnitRel::Span(Some(a), Some(b), "en.weekend")));
        }
        let mut k = i;
        let mut the = false;
        if self.is_prep(k, Prep::The) {
            the = true;
            k += 1;
        }
        // "a war that would last three months", "expected to last two weeks": "last" after a
        // modal or "to" is the verb, no stretch of time before the publication day.
        if !the
            && self.word(k).eq_ignore_ascii_case("last")
            && k > 0
            && LAST_AS_VERB_AFTER
                .iter()
                .any(|w| self.word(k - 1).eq_ignore_ascii_case(w))
        {
            return None;
        }
        let mut earlier_later: Option<bool> = None;
        if !the {
            match self.lx(k) {
                Lex::Earlier => {
                    earlier_later = Some(true);
                    k += 1;
                }
                Lex::Later => {
                    earlier_later = Some(false);
                    k += 1;
                }
                _ => {}
            }
        }
        let d = match self.lx(k) {
            Lex::Qual(d) => d,
            Lex::This => Dir::Current,
            _ => return None,
        };
        if earlier_later.is_some() && d != Dir::Current {
            return None;
        }
        k += 1;
        // "the past 3 days", "the last two weeks", "the next few days".
        if let Some((k2, n)) = self.count_at(k)
            && let Lex::Unit(u, Form::Many) = self.lx(k2)
        {
            let end = k2 + 1;
            return match (d, n) {
                (Dir::Past | Dir::Recent, Some(n)) => Some((
                    end,
                    UnitRel::Span(
                        Some(shift(u, p, -i64::from(n))?),
                        Some(p),
                        "en.last_n_units",
                    ),
                )),
                // "It was broken repeatedly over the next 24 hours": told as past, the hours
                // follow the day the story is at, not the publication day.
                (Dir::Future, Some(n))
                    if the
                        && matches!(
                            super::tense::around(self.t, self.text, i, end),
                            Some((super::tense::Tense::Past, _))
                        ) =>
                {
                    let (base, _) = self.ctx.anchor_for(u, 1)?;
                    (base < p).then_some(())?;
                    Some((
                        end,
                        UnitRel::Span(
                            Some(base),
                            Some(shift(u, base, i64::from(n))?),
                            "en.next_n_units_told",
                        ),
                    ))
                }
                (Dir::Future, Some(n)) => Some((
                    end,
                    UnitRel::Span(Some(p), Some(shift(u, p, i64::from(n))?), "en.next_n_units"),
                )),
                (Dir::Past | Dir::Recent, None) => {
                    Some((end, UnitRel::Span(None, Some(p), "en.vague_recent")))
                }
                (Dir::Future, None) => Some((end, UnitRel::Span(Some(p), None, "en.vague_coming"))),
                _ => None,
            };
        }
        let Lex::Unit(u, form) = self.lx(k) else {
            return None;
        };
        let end = k + 1;
        if form == Form::Many {
            return match d {
                Dir::Past | Dir::Recent => {
                    Some((end, UnitRel::Span(None, Some(p), "en.vague_recent")))
                }
                Dir::Future => Some((end, UnitRel::Span(Some(p), None, "en.vague_coming"))),
                _ => None,
            };
        }
        if matches!(u, Unit::Day | Unit::Hour | Unit::Minute) {
            return None;
        }
        // "weekend": the Friday to Sunday of that week.
        let weekend = form == Form::Two && u == Unit::Week;
        let n = match d {
            Dir::Past => -1,
            Dir::Future => 1,
            Dir::Current => 0,
            Dir::Recent => {
                // "the past week/month/year": the stretch up to today.
                return Some((
                    end,
                    UnitRel::Span(Some(shift(u, p, -1)?), Some(p), "en.past_unit"),
                ));
            }
            Dir::Following => {
                let (base, _) = self.ctx.anchor_for(u, 1)?;
                // "the following weekend": the first Friday to Sunday after the day given.
                if weekend {
                    let friday = resolve::weekday(base, Weekday::Fri, Some(Dir::Future))?;
                    let sunday = add_days(friday, 2)?;
                    return Some((
                        end,
                        UnitRel::Span(Some(friday), Some(sunday), "en.weekend_following"),
                    ));
                }
                let per = Period::around(u, base, 1)?;
                return Some((end, UnitRel::Period(per, "en.unit_following")));
            }
        };
        // "the previous month": the one before the month the text just gave.
        if the
            && d == Dir::Past
            && form == Form::One
            && self.word(k - 1) == "previous"
            && let Some(r) = self.previous_unit(u)
        {
            return Some((end, r));
        }
        let per = around(u, n)?;
        if weekend {
            let a = add_days(per.first, 4)?;
            return Some((end, UnitRel::Span(Some(a), Some(per.last), "en.weekend")));
        }
        match earlier_later {
            Some(true) => {
                let hi = add_days(p, -1)?.max(per.first);
                Some((
                    end,
                    UnitRel::Span(Some(per.first), Some(hi), "en.earlier_this_unit"),
                ))
            }
            Some(false) => {
                let lo = add_days(p, 1)?.min(per.last);
                Some((
                    end,
                    UnitRel::Span(Some(lo), Some(per.last), "en.later_this_unit"),
                ))
            }
            None => {
                let rule = match d {
                    Dir::Past => "en.last_unit",
                    Dir::Future => "en.next_unit",
                    _ => "en.this_unit",
                };
                Some((end, UnitRel::Period(per, rule)))
            }
        }
    }

    /// Part of a period: "نهاية شهر مايو الجاري", "أواخر العام الماضي", "منتصف عام 2020",
    /// "early April", "mid-2020", "late last year", "the end of the month".
    fn rule_part(&self, i: usize) -> Option<Found> {
        let mut k = i;
        if self.latin(k) && self.is_prep(k, Prep::The) {
            k += 1;
        }
        let Lex::Part(part) = self.lx(k) else {
            return None;
        };
        let word = self.word(k);
        // أول/آخر are also "first"/"other": only before a period word or a month.
        let loose = self.arabic(k) && (word == "اول" || word == "اخر");
        k += 1;
        if self.latin(k - 1) && (self.punct(k, b'-') || self.is_prep(k, Prep::Of)) {
            k += 1;
        }
        if self.latin(k) && self.is_prep(k, Prep::The) {
            k += 1;
        }
        let (end, mut per, clue, mut coming, names_year) = self.period_at(k)?;
        if loose && per.unit != Unit::Month && per.unit != Unit::Year && per.unit != Unit::Week {
            return None;
        }
        // "ففي 5 كانون الأول ... وفي منتصف الشهر، دمرت غارة منزلاً" in a 3 January report: a
        // bare "the month" whose part of this month is yet to come is the earlier month the
        // text is telling; this month's stays the reading for what is to come.
        if let (Lex::Unit(Unit::Month, _), Some(l)) = (self.lx(k), self.ctx.last)
            && matches!(l.grain, Grain::Month | Grain::Day)
            && per.part(part).and_then(|d| d.earliest()) > Some(self.ctx.published)
            && let Some(told) = l.date.latest().filter(|&d| d < per.first)
            && let Some(earlier) = Period::month(told.year(), told.month())
        {
            coming = Some(per);
            per = earlier;
        }
        let p = self.ctx.published;
        if self.cyrillic(k) && matches!(self.lx(k), Lex::Unit(_, Form::One)) {
            // "с начала года", "с начала месяца": from the first day of the one under way to
            // the publication day.
            if part == Part::Early
                && i > 0
                && matches!(self.word(i - 1), "с" | "со")
                && per.first <= p
                && p <= per.last
            {
                let date = IncidentDate::interval(per.first, p).ok();
                return Some(self.found(i, end, date, "ru.since_start"));
            }
            // "в конце года" told in January: this year's end is still to come, so it is the
            // last one, and this one for what is planned; not a deadline ("к концу недели",
            // "до конца года"), which is this one's.
            let deadline = i > 0 && matches!(self.word(i - 1), "к" | "ко" | "до");
            if coming.is_none()
                && !deadline
                && per.part(part).and_then(|d| d.earliest()) > Some(p)
                && let Some(earlier) = Period::around(per.unit, per.first, -1)
            {
                coming = Some(per);
                per = earlier;
            }
        }
        let rule = if self.latin(i) {
            "en.part_of_period"
        } else {
            "ar.part_of_period"
        };
        let mut f = self.found(i, end, per.part(part), rule);
        // "the end of September" names September, at its grain, for what counts from it.
        f.grain = match per.unit {
            Unit::Month => Some(Grain::Month),
            Unit::Year => Some(Grain::Year),
            Unit::Week => Some(Grain::Week),
            _ => None,
        };
        f.clue = clue;
        f.names_year = names_year;
        f.coming = coming.and_then(|c| c.part(part));
        if per.unit == Unit::Month {
            f.cycle = Some(Cycle::Part {
                m: per.first.month(),
                part,
            });
            f.free = coming.is_some();
        }
        f.date?;
        Some(f)
    }

    /// The first or last day of a month or a year: "the last day of 1989", "the first day of
    /// the month", "в последний день 1989 года", "первый день декабря", "اليوم الأخير من عام
    /// 1989", "آخر يوم من ديسمبر". (Not a count of days, "the first day of the siege": no
    /// period follows.)
    fn rule_edge_day(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let last = if self.latin(k) {
            if self.is_prep(k, Prep::The) {
                k += 1;
            }
            // (The word "day" first: the cheapest test that fails at almost every token.)
            if !self.word(k + 1).eq_ignore_ascii_case("day") || !self.is_prep(k + 2, Prep::Of) {
                return None;
            }
            let w = self.word(k);
            let last = if w.eq_ignore_ascii_case("last") || w.eq_ignore_ascii_case("final") {
                true
            } else if w.eq_ignore_ascii_case("first") {
                false
            } else {
                return None;
            };
            k += 3;
            if self.is_prep(k, Prep::The) {
                k += 1;
            }
            last
        } else if self.cyrillic(k) {
            if !matches!(self.word(k + 1), "день" | "дня" | "дне") {
                return None;
            }
            let w = self.word(k).to_lowercase();
            let last = if w.starts_with("последн") {
                true
            } else if w.starts_with("перв") {
                false
            } else {
                return None;
            };
            k += 2;
            last
        } else if self.arabic(k) {
            let last = match (self.word(k), self.word(k + 1)) {
                ("اليوم" | "يوم", "الاخير") | ("اخر", "يوم") => true,
                ("اليوم" | "يوم", "الاول") | ("اول", "يوم") => false,
                _ => return None,
            };
            k += 2;
            if self.word(k) == "من" {
                k += 1;
            }
            last
        } else {
            return None;
        };
        let (end, mut per, clue, mut coming, names_year) = self.period_at(k)?;
        if !matches!(per.unit, Unit::Month | Unit::Year) {
            return None;
        }
        let day_of = |p: &Period| if last { p.last } else { p.first };
        // "the last day of the year" told in January: this year's is still to come, so it is
        // the last one, and this one for what is planned.
        if coming.is_none()
            && day_of(&per) > self.ctx.published
            && let Some(earlier) = Period::around(per.unit, per.first, -1)
        {
            coming = Some(per);
            per = earlier;
        }
        let edge = |p: Period| IncidentDate::day(day_of(&p));
        let rule = if self.latin(i) {
            "en.edge_day"
        } else if self.cyrillic(i) {
            "ru.edge_day"
        } else {
            "ar.edge_day"
        };
        let mut f = self.found(i, end, Some(edge(per)), rule);
        f.clue = clue;
        f.names_year = names_year;
        f.coming = coming.map(edge);
        f.free = coming.is_some();
        Some(f)
    }

    /// A calendar period named in full: a month ("شهر مايو الجاري", "April 2020"), a unit
    /// with a direction ("العام الماضي", "last month"), a year, a bare "الشهر"/"the year"
    /// (the current one), or a decade. For a month with no year and no direction word, also
    /// the coming one.
    fn period_at(&self, k: usize) -> Option<PeriodHit> {
        let p = self.ctx.published;
        let mut clue = None;
        let mut coming = None;
        let mut names_year = false;
        let (end, per) = if let Some(mh) = self.month_at(k) {
            if mh.hijri {
                return None;
            }
            let mut q = mh.end;
            let year = self.year_after(q);
            let mut dir = None;
            if let Some(y) = year {
                q = y.end;
            } else if let Lex::Qual(d @ (Dir::Past | Dir::Future | Dir::Current)) = self.lx(q)
                && self.arabic(q)
            {
                dir = Some(d);
                q += 1;
            }
            if mh.is_ab && year.is_none() && !mh.sure && dir.is_none() {
                return None;
            }
            let y = match year {
                Some(y) if y.era == Some(Era::Hijri) => return None,
                Some(y) => {
                    names_year = !y.relative;
                    y.year
                }
                None => resolve::month_year(p, mh.m, dir),
            };
            if dir == Some(Dir::Current) {
                clue = Some(PublicationClue::MonthIs { month: mh.m });
            }
            if year.is_none() && dir.is_none() {
                let fy = resolve::month_year(p, mh.m, Some(Dir::Future));
                coming = Period::month(fy, mh.m);
            }
            (q, Period::month(y, mh.m)?)
        } else if let Some((q, rel)) = self.unit_rel_at(k) {
            match rel {
                UnitRel::Period(per, _) => (q, per),
                _ => return None,
            }
        } else if let Some(y) = self.year_at_cued(k, true) {
            if y.era == Some(Era::Hijri) {
                return None;
            }
            names_year = !y.relative;
            (y.end, Period::year(y.year)?)
        } else if let Lex::Unit(
            u @ (Unit::Week | Unit::Month | Unit::Year),
            Form::One | Form::Two,
        ) = self.lx(k)
        {
            // "نهاية الشهر", "the end of the year": the current one.
            if self.arabic(k) && !self.has_al(k) {
                return None;
            }
            if self.latin(k) && !self.is_prep(k - 1, Prep::The) {
                return None;
            }
            (k + 1, Period::around(u, p, 0)?)
        } else if let Some((q, per)) = self.decade_at(k) {
            (q, per)
        } else {
            return None;
        };
        Some((end, per, clue, coming, names_year))
    }

    /// "قبل 30 عامًا", "منذ يومين", "ثلاثة أيام مضت", "three days ago", "a year ago".
    fn rule_ago(&self, i: usize) -> Option<Found> {
        let p = self.ctx.published;
        let (end, unit, n, approx, rule) =
            if self.arabic(i) && matches!(self.lx(i), Lex::Prep(Prep::Before | Prep::Since)) {
                let (k, u, n, a) = self.duration_at(i + 1)?;
                // "قبل عام 2020" is before a year; "قبل يومين من الانتخابات" counts from an event
                // (but "قبل عام من اليوم" is a year ago today).
                let from_today = self.is_prep(k, Prep::From) && self.is_today(k + 1);
                // "منذ يوم الاثنين", "قبل يوم الجمعة": the day named, not a day's count.
                if self.num(k).is_some()
                    || (self.is_prep(k, Prep::From) && !from_today)
                    || self.is_prep(k, Prep::On)
                    || self.lx(k) == Lex::Qual(Dir::Past)
                    || matches!(self.lx(k), Lex::Weekday(_))
                {
                    return None;
                }
                let k = if self.lx(k) == Lex::Ago { k + 1 } else { k };
                (k, u, n, a, "ar.ago")
            } else {
                let (k, u, n, a) = self.duration_at(i)?;
                let end = if self.lx(k) == Lex::Ago {
                    k + 1
                } else {
                    self.years_since(i, k, u).filter(|_| n.is_some())?
                };
                let rule = if self.latin(k) { "en.ago" } else { "ar.ago" };
                (end, u, n, a, rule)
            };
        // "A year ago today", "قبل عام من اليوم": the same day N units back.
        // "год назад в этот день", "ровно год назад": the same day.
        let this_day = |k: usize| {
            self.cyrillic(k) && self.lx(k) == Lex::AnchorDay(0) && self.word(k).starts_with("этот")
        };
        // "A week ago yesterday": the same count back from yesterday.
        let yesterday = self.latin(end) && self.lx(end) == Lex::DayRel(-1);
        let today_at = if self.is_today(end) || yesterday {
            Some(end + 1)
        } else if (self.is_prep(end, Prep::From) && self.is_today(end + 1))
            || (self.is_prep(end, Prep::In) && this_day(end + 1))
        {
            Some(end + 2)
        } else if i > 0 && self.cyrillic(i - 1) && matches!(self.word(i - 1), "ровно" | "сегодня")
        {
            Some(end)
        } else {
            None
        };
        if let (Some(stop), Some(n), None) = (today_at, n, approx)
            && matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Day)
        {
            let from = if yesterday { add_days(p, -1)? } else { p };
            let day = shift(unit, from, -i64::from(n))?;
            let mut f = self.found(i, stop, Some(IncidentDate::day(day)), rule);
            f.rule = if self.latin(i) {
                "en.ago_today"
            } else {
                "ar.ago_today"
            };
            // A day counted back to the day ("Ровно год назад ... На следующий день"): "the
            // next day" counts from it.
            f.anchor = true;
            return Some(f);
        }
        let mut f = self.found(i, end, None, rule);
        // "compared with $296 million a year ago" after "the end of September": September a
        // year before.
        if let (Unit::Year, Some(years), None, true) = (unit, n, approx, self.latin(i))
            && let Some(d) = self.year_back_at_grain(i, i64::from(years), true)
        {
            // Counted from the period named, it is not one the text names: "the quarter"
            // after it still means the one named.
            f.date = Some(d);
            f.rule = "en.ago_same_period";
            return Some(f);
        }
        f.date = ago_date(p, unit, n, approx);
        if let (Unit::Year, Some(n), None) = (unit, n, approx) {
            f.clue = Some(PublicationClue::YearsAgo { years: n as i32 });
        }
        f.date?;
        Some(f)
    }

    /// An anniversary's count of years from the day: "тридцать лет с того дня, когда начались
    /// бои", "десять лет со дня трагедии", "двадцать лет с тех пор, как", "thirty years since
    /// the war began": years ago, as "N лет назад" is. `k` is the token after the count. Not
    /// a span counted from then ("за пять лет с тех пор", "in the two years since"), nor a
    /// count from a date ("two years since 2020").
    fn years_since(&self, i: usize, k: usize, unit: Unit) -> Option<usize> {
        if unit != Unit::Year {
            return None;
        }
        let before = if i > 0 { self.word(i - 1) } else { "" };
        if self.cyrillic(k) {
            if matches!(before, "за" | "течение" | "через" | "спустя" | "на")
            {
                return None;
            }
            // "с тех пор" is one token, a phrase of the lexicon.
            return match (self.word(k), self.word(k + 1), self.word(k + 2)) {
                ("с тех пор", _, _) => Some(k + 1),
                ("с" | "со", "того", "дня") => Some(k + 3),
                ("с" | "со", "дня", _) => Some(k + 2),
                _ => None,
            };
        }
        if self.latin(k) && self.word(k) == "since" {
            let span = matches!(
                before,
                "the" | "for" | "over" | "in" | "within" | "during" | "after"
            );
            let from_date = self.tok(k + 1).is_some_and(|t| t.kind == Kind::Num)
                || matches!(self.lx(k + 1), Lex::Month(..) | Lex::Weekday(_));
            return (!span && !from_date).then_some(k + 1);
        }
        None
    }

    /// Durations counted from the narrated date: "بعد يومين", "بعد ذلك بثلاثة أيام",
    /// "two days later", "a week earlier".
    fn rule_shift(&self, i: usize) -> Option<Found> {
        let (end, unit, n, sign, rule) =
            if self.arabic(i) && matches!(self.lx(i), Lex::Prep(Prep::After | Prep::Before)) {
                let sign = if self.lx(i) == Lex::Prep(Prep::After) {
                    1
                } else {
                    -1
                };
                if self.lx(i + 1) == Lex::That {
                    // بعد ذلك بيومين: the count carries ب.
                    let t = self.tok(i + 2)?;
                    if t.clitics & CL_BI == 0 {
                        return None;
                    }
                    let (k, u, n, _) = self.duration_at(i + 2)?;
                    (k, u, n, sign, "ar.shift_after_that")
                } else {
                    if sign < 0 {
                        return None; // قبل + duration is rule_ago's
                    }
                    let (k, u, n, _) = self.duration_at(i + 1)?;
                    // "بعد عام واحد فقط من استقلال ...": a hedge between the count and what it
                    // counts from.
                    let mut k = k;
                    while [
                        "واحد",
                        "واحدة",
                        "فقط",
                        "تقريبا",
                        "تقريباً",
                        "بالضبط",
                        "تماما",
                        "تماماً",
                    ]
                    .contains(&self.word(k))
                    {
                        k += 1;
                    }
                    // يوما بعد يوم, عاما بعد عام: "day after day".
                    if matches!(self.prev_lex(i), Lex::Unit(pu, _) if pu == u) {
                        return None;
                    }
                    // "بعد ساعات من بدء الاشتباكات" counts from an event we cannot date.
                    if (self.is_prep(k, Prep::From) && self.lx(k + 1) != Lex::That)
                        || self.is_prep(k, Prep::On)
                    {
                        return None;
                    }
                    if self.num(k).is_some() {
                        return None;
                    }
                    let k = if self.is_prep(k, Prep::From) {
                        k + 2
                    } else {
                        k
                    };
                    (k, u, n, sign, "ar.shift_after")
                }
            } else if self.latin(i) {
                let (k, u, n, _) = self.duration_at(i)?;
                let sign = match self.lx(k) {
                    Lex::Later => 1,
                    Lex::Earlier => -1,
                    _ => return None,
                };
                (k + 1, u, n, sign, "en.shift")
            } else if self.cyrillic(i) && self.lx(i) == Lex::Later {
                // "спустя месяц", "через неделю"; not "спустя месяц после боев", counted from
                // an event the text does not date here.
                let (k, u, n, _) = self.duration_at(i + 1)?;
                if self.is_prep(k, Prep::After) || self.num(k).is_some() {
                    return None;
                }
                (k, u, n, 1, "ru.shift")
            } else if self.cyrillic(i) {
                // "месяц спустя", "неделей позже", "два дня ранее".
                let (k, u, n, _) = self.duration_at(i)?;
                let sign = match self.lx(k) {
                    Lex::Later => 1,
                    Lex::Earlier => -1,
                    _ => return None,
                };
                if self.word(k) == "через" {
                    return None;
                }
                (k + 1, u, n, sign, "ru.shift")
            } else {
                return None;
            };
        let mut f = self.found(i, end, None, rule);
        // "a year earlier" after "the third quarter": that quarter a year before.
        if let (Unit::Year, Some(years), true) = (unit, n, self.latin(i))
            && let Some(d) = self.year_back_at_grain(i, -sign * i64::from(years), false)
        {
            // Counted from the period named, it is not one the text names: "the quarter"
            // after it still means the one named.
            f.date = Some(d);
            f.rule = "en.shift_same_period";
            return Some(f);
        }
        // "через неделю" in a clause that tells what is to come: from the publication day.
        let from_now = self.word(i) == "через" && self.cyrillic(i) && self.told_as_future(i, end);
        let (base, anchor) = if from_now {
            (self.ctx.published, None)
        } else if let Some(d) = self.ctx.counted_from_concession.filter(|_| n.is_some())
            && let Some(day) = d.exact_day()
        {
            (day, Some(d))
        } else {
            self.ctx.anchor_for(unit, sign)?
        };
        // "Ten years later", "Десять лет спустя" with no date told before: later than something
        // the text has not dated (an anniversary piece's "ten years on"), never the publication
        // day's future. (Arabic "بعد أسبوع" may be "in a week"; English and Russian say so
        // otherwise, "in a week", "через неделю".)
        if sign > 0 && anchor.is_none() && !from_now && rule != "ar.shift_after" {
            return None;
        }
        f.date = match n {
            Some(n) => shifted_date(base, unit, sign * i64::from(n)),
            None => {
                let a = add_days(base, sign)?;
                if sign > 0 {
                    IncidentDate::one_of(Some(a), None).ok()
                } else {
                    IncidentDate::one_of(None, Some(a)).ok()
                }
            }
        };
        f.note = Some(anchor_note(anchor, base));
        f.date?;
        f.anchor = f.date.is_some_and(|d| d.precision() == Precision::Day);
        Some(f)
    }

    /// "في اليوم التالي", "اليوم السابق", "the next day", "the day before", "the same day".
    fn rule_anchor_day(&self, i: usize) -> Option<Found> {
        // "in the days that followed", "في الأيام التالية": after the day told before, with no
        // end the text gives.
        if self.lx(i) == Lex::AnchorAfter {
            let (base, anchor) = self.ctx.anchor_for(Unit::Day, 1)?;
            let rule = if self.latin(i) {
                "en.anchor_after"
            } else {
                "ar.anchor_after"
            };
            let after = add_days(base, 1)?;
            // Told as past (after a day before publication), they end by the publication day.
            let end = (after <= self.ctx.published).then_some(self.ctx.published);
            let mut f = self.found(i, i + 1, IncidentDate::one_of(Some(after), end).ok(), rule);
            f.note = Some(anchor_note(anchor, base));
            return Some(f);
        }
        let Lex::AnchorDay(n) = self.lx(i) else {
            return None;
        };
        // "в этот день 30 лет назад": the same day so many years back.
        if n == 0
            && self.cyrillic(i)
            && self.word(i).starts_with("этот")
            && let Some((k, u, Some(count), None)) = self.duration_at(i + 1)
            && self.lx(k) == Lex::Ago
            && matches!(u, Unit::Year | Unit::Month | Unit::Week | Unit::Day)
        {
            let day = shift(u, self.ctx.published, -i64::from(count))?;
            return Some(self.found(i, k + 1, Some(IncidentDate::day(day)), "ru.ago_today"));
        }
        // "В тот же день, когда был сбит самолёт": the day of the act the clause names, not of
        // the date told before.
        if n == 0 && self.names_its_day(i + 1) {
            return None;
        }
        let (base, anchor) = self.ctx.anchor_for(Unit::Day, i64::from(n))?;
        let day = add_days(base, i64::from(n))?;
        let rule = if self.latin(i) {
            "en.anchor_day"
        } else {
            "ar.anchor_day"
        };
        let mut f = self.found(i, i + 1, Some(IncidentDate::day(day)), rule);
        f.note = Some(anchor_note(anchor, base));
        f.anchor = true;
        f.counts_from_anchor = Some(i64::from(n));
        // "The same day" after a range of days: one of its days.
        if n == 0
            && let Some(a) = anchor.filter(day_range)
        {
            f.date = IncidentDate::one_of(a.earliest(), a.latest()).ok();
            f.note = Some(format!(
                "one day of {}, the nearest preceding date in the text",
                a.to_edtf()
            ));
            f.anchor = false;
            f.counts_from_anchor = None;
        }
        Some(f)
    }

    /// A clause that says which day "the same day" is opens at `i`: "когда", after the comma
    /// Russian always writes. English "the same day that ..." and Arabic "اليوم نفسه الذي" were
    /// tried too: the day told before was more often the right one (unread set fresh8 lost
    /// exact dates).
    fn names_its_day(&self, i: usize) -> bool {
        let k = if self.punct(i, b',') { i + 1 } else { i };
        self.cyrillic(k) && self.word(k).to_lowercase() == "когда"
    }

    /// A year with a cue: [عام|سنة|العام] 1991 [م], 2021م, 1442 هـ, عامي 2010 و2015, "in 1991",
    /// "since 2014", "2010-2015" after such a cue.
    fn year_at(&self, i: usize) -> Option<YearHit> {
        self.year_at_cued(i, false)
    }

    /// `cued`: the caller has seen a word that makes a bare number a year (a part-of-period
    /// word, the first year of a range).
    fn year_at_cued(&self, i: usize, cued: bool) -> Option<YearHit> {
        let mut k = i;
        // The year word before the year: "عام 1991", "year 1991"; Russian puts it after.
        let word = matches!(self.lx(k), Lex::Unit(Unit::Year, Form::One)) && !self.cyrillic(k);
        if word {
            k += 1;
        }
        let t = self.tok(k)?;
        // Russian: "в 1991 году", "1991 г.", "в 1991-м году", "с 1991-го", "в 91-м году".
        let ru = self.russian.words;
        let ru_word = self.year_word_after(k + 1).filter(|_| ru);
        let ru_prep = ru && k > 0 && self.cyrillic(k - 1) && matches!(self.lx(k - 1), Lex::Prep(_));
        let ru_ordinal =
            t.suffix == NumSuffix::Ordinal && (ru_word.is_some() || (ru_prep && t.digits == 4));
        // "в 2020–2021 годах", "2020-2021 гг.": the first year, by the year word of the range.
        let ru_range = ru
            && self.punct(k + 1, b'-')
            && self
                .tok(k + 2)
                .is_some_and(|n| n.kind == Kind::Num && n.digits == 4)
            && self.year_word_after(k + 3).is_some();
        if t.kind != Kind::Num
            || (t.suffix != NumSuffix::None && !ru_ordinal)
            || t.digits > 4
            || t.digits < 2
        {
            return None;
        }
        let era = match self.lx(k + 1) {
            Lex::Era(e) => Some(e),
            _ => None,
        };
        let mut year = t.val as i32;
        let end = ru_word.unwrap_or(k + 1 + usize::from(era.is_some()));
        let prev = if k == 0 { NO } else { self.lx(k - 1) };
        // A bare number after "في", "since", "during"...: a year only if it looks like a
        // recent one ("إلى 2021 عائلة" is a count, so "إلى"/"to" are no cue on their own).
        let prep_cue = matches!(
            prev,
            Lex::Prep(
                Prep::In
                    | Prep::Since
                    | Prep::By
                    | Prep::Before
                    | Prep::After
                    | Prep::During
                    | Prep::Between
                    | Prep::From
                    | Prep::Of
            )
        ) && (1900..=self.ctx.published.year() + 30).contains(&(t.val as i32));
        let cue = word || era.is_some() || cued || prep_cue || ru_word.is_some() || ru_range;
        if !cue {
            return None;
        }
        if era == Some(Era::Bc) {
            return None;
        }
        if t.digits == 2 {
            // "عام 91", "в 91-м году": only with a year word; the most recent such year.
            if !(word || (ru_word.is_some() && t.suffix == NumSuffix::Ordinal)) || era.is_some() {
                return None;
            }
            let py = self.ctx.published.year();
            let c = py - py.rem_euclid(100);
            year = if c + year <= py {
                c + year
            } else {
                c - 100 + year
            };
        } else if (era.is_none() && !(1000..=2200).contains(&year)) || t.digits < 3 {
            return None;
        }
        if self.latin(k) && !word && t.digits != 4 {
            return None;
        }
        Some(YearHit {
            end,
            year,
            era,
            relative: t.digits == 2,
        })
    }

    fn rule_year(&self, i: usize) -> Option<Found> {
        // عامي 2010 و2015 / سنتي: two years named at once.
        if self.arabic(i) && matches!(self.lx(i), Lex::Unit(Unit::Year, Form::Two)) {
            let a = self
                .plain_num(i + 1)
                .filter(|_| self.tok(i + 1).is_some_and(|t| t.digits == 4))?;
            let b_tok = self.tok(i + 2)?;
            let b = b_tok
                .num()
                .filter(|_| b_tok.digits == 4 && b_tok.has_wa())?;
            let (a, b) = (a as i32, b as i32);
            if !(1000..=2200).contains(&a) || !(a..=2200).contains(&b) {
                return None;
            }
            let date = IncidentDate::interval(ymd(a, 1, 1)?, ymd(b, 12, 31)?).ok();
            return Some(self.found(i, i + 3, date, "ar.two_years"));
        }
        let y = self.year_at(i).or_else(|| self.bare_year(i))?;
        if let Some(end) = self.birth_year(i, y.end) {
            // Kept as an expression so that no other rule reads the number, with no date.
            let rule = if self.latin(i) || self.latin(i.wrapping_sub(1)) {
                "en.birth_year"
            } else if (i..end).any(|q| self.cyrillic(q)) {
                "ru.birth_year"
            } else {
                "ar.birth_year"
            };
            let mut f = self.found(i, end, None, rule);
            f.note = Some("a year of birth: it dates a person, not an act".to_string());
            return Some(f);
        }
        let mut f = self.found(i, y.end, None, "");
        let latin = self.latin(i)
            || self
                .tok(i)
                .is_some_and(|t| t.kind == Kind::Num && self.latin(i.wrapping_sub(1)));
        match y.era {
            Some(Era::Hijri) => {
                let (a, _) = resolve::hijri_month_span(y.year, 1)?;
                let (_, b) = resolve::hijri_month_span(y.year, 12)?;
                f.date = IncidentDate::one_of(Some(a), Some(b)).ok();
                f.rule = "ar.hijri_year";
            }
            _ => {
                let mut date = IncidentDate::year(y.year);
                if y.relative {
                    date = date.uncertain();
                    f.note = Some(format!("two-digit year read as {}", y.year));
                } else if y.era.is_none()
                    && (1300..=1500).contains(&y.year)
                    && !latin
                    && !(i.saturating_sub(1)..y.end).any(|q| self.cyrillic(q))
                {
                    date = date.uncertain();
                    f.note = Some("no era marker; this could be a Hijri year".to_string());
                }
                f.names_year = !date.qualifier.uncertain;
                f.date = Some(date);
                f.rule = if latin { "en.year" } else { "ar.year" };
                // "the 1950-53 Korean War", "the 1992–95 war": a span of years whose end gives
                // only its last two digits.
                if latin
                    && !y.relative
                    && y.era.is_none()
                    && self.punct(y.end, b'-')
                    && let Some(tail) = self
                        .tok(y.end + 1)
                        .filter(|t| bare_year::year_tail(y.year, t))
                        .and_then(|t| i32::try_from(t.val).ok())
                    && let Some(span) = ymd(y.year - y.year % 100 + tail, 12, 31)
                        .and_then(|end| IncidentDate::interval(ymd(y.year, 1, 1)?, end).ok())
                {
                    f.date = Some(span);
                    f.end = y.end + 2;
                    f.rule = "en.year_span";
                }
            }
        }
        f.anchor = true;
        Some(f)
    }

    /// A year of birth, for the year read at `i..end`: "born in 1979", "من
    /// مواليد عام 1979", "1979 г.р.", "1979 года рождения". Returns the end of the phrase.
    fn birth_year(&self, i: usize, end: usize) -> Option<usize> {
        let before = |n: usize| i.checked_sub(n).map_or("", |q| self.word(q));
        let born_before = matches!(before(1), "born" | "مواليد")
            || (before(1) == "in" && before(2) == "born")
            || (self.arabic(i) && before(2) == "مواليد" && before(1) == "من");
        if born_before {
            return Some(end);
        }
        if self.cyrillic(end.saturating_sub(1)) || self.cyrillic(end) {
            // "1979 г.р.", "1979 г. р.", "1979 года рождения".
            if self.word(end) == "рождения" {
                return Some(end + 1);
            }
            if self.word(end) == "р" {
                return Some(if self.punct(end + 1, b'.') {
                    end + 2
                } else {
                    end + 1
                });
            }
        }
        None
    }

    /// Decades: التسعينيات, تسعينيات القرن الماضي, the 1990s, the nineties.
    fn decade_at(&self, i: usize) -> Option<(usize, Period)> {
        let py = self.ctx.published.year();
        let mut k = i;
        if self.latin(k) && self.is_prep(k, Prep::The) {
            k += 1;
        }
        let t = self.tok(k)?;
        // "90-х", "1990-е годы", "в 90-е гг. прошлого века".
        let russian_decade = t.suffix == NumSuffix::OrdOrDecade
            || (t.suffix == NumSuffix::Decade
                && self.text[t.s..t.e].contains(|c: char| !c.is_ascii()));
        if t.kind == Kind::Num && (t.suffix == NumSuffix::Decade || russian_decade) {
            let v = t.val as i32;
            let mut end = k + 1;
            if russian_decade
                && let Some(e) = self.year_word_after(end)
                && !matches!(self.lx(end), Lex::Unit(_, Form::One))
            {
                end = e;
            }
            // "90-х годов прошлого века", "20-е годы XX века".
            let century = self.russian_century(end).filter(|_| russian_decade);
            let start = match t.digits {
                4 if v % 10 == 0 => v,
                2 if v % 10 == 0
                    && let Some((e, c)) = century =>
                {
                    end = e;
                    (c - 1) * 100 + v
                }
                2 if v % 10 == 0 => {
                    let c = py - py.rem_euclid(100);
                    if c + v <= py { c + v } else { c - 100 + v }
                }
                _ => return None,
            };
            return Some((end, Period::decade(start)?));
        }
        let Lex::Decade(d) = t.lex else { return None };
        let tens = i32::from(d) * 10;
        let mut end = k + 1;
        if self.age_decade(i, end) {
            return None;
        }
        let century_start = py - py.rem_euclid(100);
        let mut base = if century_start + tens <= py {
            century_start
        } else {
            century_start - 100
        };
        // "девяностые годы прошлого века", "в двадцатые годы XX века".
        if self.cyrillic(k) {
            if let Some(e) = self.year_word_after(end)
                && !matches!(self.lx(end), Lex::Unit(_, Form::One))
            {
                end = e;
            }
            if let Some((e, c)) = self.russian_century(end) {
                return Some((e, Period::decade((c - 1) * 100 + tens)?));
            }
            return Some((end, Period::decade(base + tens)?));
        }
        // تسعينيات القرن الماضي / العشرين / الحالي
        if matches!(self.lx(end), Lex::Unit(Unit::Century, _)) {
            match self.lx(end + 1) {
                Lex::Qual(Dir::Past) => {
                    base = century_start - 100;
                    end += 2;
                }
                Lex::Qual(Dir::Current) => {
                    base = century_start;
                    end += 2;
                }
                Lex::Ord(20) => {
                    base = 1900;
                    end += 2;
                }
                Lex::Ord(19) => {
                    base = 1800;
                    end += 2;
                }
                _ => {}
            }
        }
        Some((end, Period::decade(base + tens)?))
    }

    /// A decade word that tells an age, not a time: "workers in their sixties", "a man in his
    /// late forties", "رجل في الستينيات من عمره".
    fn age_decade(&self, i: usize, end: usize) -> bool {
        const POSSESSIVES: &[&str] = &["their", "his", "her", "its", "my", "our", "your"];
        let mut b = i;
        if b > 0 && matches!(self.word(b - 1), "early" | "mid" | "late") {
            b -= 1;
        }
        let possessed = b > 0 && POSSESSIVES.contains(&self.word(b - 1));
        let of_age = self.word(end) == "من"
            && ["عمر", "العمر", "اعمار", "عمري"]
                .iter()
                .any(|w| self.word(end + 1).starts_with(w));
        possessed || of_age
    }

    fn rule_decade(&self, i: usize) -> Option<Found> {
        let (end, per) = self.decade_at(i)?;
        let rule = if self.latin(i) || self.tok(i).is_some_and(|t| t.kind == Kind::Num) {
            "en.decade"
        } else {
            "ar.decade"
        };
        Some(self.found(i, end, per.date(), rule))
    }

    /// Numeric dates: 2021-05-10, 10/05/2021, 10.5.2021, 14-09-1432 هـ, 05/10.
    pub(super) fn rule_numeric(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.suffix != NumSuffix::None {
            return None;
        }
        // Part of a longer chain of numbers (1/2/3/4, 192.168.0.1) is not a date.
        if i >= 2
            && matches!(
                self.tok(i - 1).map(|x| x.kind),
                Some(Kind::Punct(b'/' | b'.' | b'-' | b':'))
            )
            && !self.tok(i).is_some_and(|x| x.spaced)
            && self.num(i - 2).is_some()
        {
            return None;
        }
        let sep = match self.tok(i + 1)?.kind {
            Kind::Punct(c @ (b'/' | b'-' | b'.')) => c,
            _ => return None,
        };
        let tight = |j: usize| self.tok(j).is_some_and(|x| !x.spaced);
        if !tight(i + 1) || !tight(i + 2) {
            return None;
        }
        let b = self.plain_num(i + 2)?;
        let b_digits = self.tok(i + 2)?.digits;
        let three = self.punct(i + 3, sep)
            && tight(i + 3)
            && tight(i + 4)
            && self.plain_num(i + 4).is_some();
        let p = self.ctx.published;
        if three {
            let c = self.plain_num(i + 4)?;
            let c_digits = self.tok(i + 4)?.digits;
            // More parts (1.2.3.4) is not a date.
            if matches!(
                self.tok(i + 5).map(|x| x.kind),
                Some(Kind::Punct(b'.' | b'/' | b'-'))
            ) && tight(i + 5)
                && self.num(i + 6).is_some()
                && tight(i + 6)
            {
                return None;
            }
            let era = match self.lx(i + 5) {
                Lex::Era(e) => Some(e),
                _ => None,
            };
            let mut end = i + 5 + usize::from(era.is_some());
            // "16.09.2022 г.", "от 16.09.2022 года".
            if era.is_none()
                && let Some(e) = self.year_word_after(end)
            {
                end = e;
            }
            if t.digits == 4 {
                // ISO order.
                let d = ymd(t.val as i32, b, c)?;
                let mut f = self.found(i, end, Some(IncidentDate::day(d)), "numeric.iso");
                f.anchor = true;
                return Some(f);
            }
            if t.digits > 2 || b_digits > 2 {
                return None;
            }
            let year = match c_digits {
                4 => c as i32,
                // Russian writes 16.09.22 too.
                2 if sep != b'.' || self.russian.line => {
                    let c0 = p.year() - p.year().rem_euclid(100);
                    if c0 + c as i32 <= p.year() + 1 {
                        c0 + c as i32
                    } else {
                        c0 - 100 + c as i32
                    }
                }
                _ => return None,
            };
            let hijri = era == Some(Era::Hijri)
                || (era.is_none() && (1300..=1500).contains(&year) && !self.russian.line);
            if hijri {
                let d = resolve::hijri_to_gregorian(
                    year,
                    u8::try_from(b).ok()?,
                    u8::try_from(t.val).ok()?,
                )?;
                let mut f = self.found(i, end, Some(IncidentDate::day(d)), "numeric.hijri");
                if era.is_none() {
                    f.date = Some(IncidentDate::day(d).uncertain());
                    f.note = Some(format!("year {year} with no era marker read as Hijri"));
                }
                f.anchor = true;
                return Some(f);
            }
            let mut f = self.numeric_pair(i, end, t.val, b, Some(year))?;
            if c_digits == 2 {
                f.note = Some(
                    f.note
                        .map_or(format!("two-digit year read as {year}"), |n| {
                            format!("{n}; two-digit year read as {year}")
                        }),
                );
            }
            return Some(f);
        }
        // Day and month, no year: only with '/', and only when it looks like a date: both
        // parts written with two digits (a dateline "05/10"), a time after it, or a cue before.
        if sep != b'/' || t.digits > 2 || b_digits > 2 {
            return None;
        }
        if self.punct(i + 3, b'/') || self.punct(i + 3, b'-') {
            return None;
        }
        let padded = t.digits == 2 && b_digits == 2;
        let time_after = self.num(i + 3).is_some() && self.punct(i + 4, b':');
        let cue = matches!(
            self.prev_lex(i),
            Lex::Prep(Prep::In | Prep::On) | Lex::Weekday(_)
        ) || matches!(self.prev_lex(i), Lex::Unit(Unit::Day, Form::One));
        if !(padded || time_after || cue) {
            return None;
        }
        self.numeric_pair(i, i + 3, t.val, b, None)
    }

    /// Resolve a/b as day/month or month/day. Unambiguous when one part exceeds 12.
    fn numeric_pair(
        &self,
        i: usize,
        end: usize,
        a: u32,
        b: u32,
        year: Option<i32>,
    ) -> Option<Found> {
        let p = self.ctx.published;
        let at = |m: u32, d: u32| -> Option<NaiveDate> {
            match year {
                Some(y) => ymd(y, m, d),
                None => resolve::day_month(p, m, d, None),
            }
        };
        let dm = at(b, a); // a = day, b = month
        // Russian puts the day first, always (16.09.2022).
        let md = if self.russian.line { None } else { at(a, b) }; // a = month, b = day
        // With no year, the coming readings too.
        let next = |m: u32, d: u32| -> Option<NaiveDate> {
            match year {
                Some(_) => None,
                None => resolve::day_month(p, m, d, Some(Dir::Future)),
            }
        };
        let (dm_next, md_next) = (next(b, a), next(a, b));
        let rule = if year.is_some() {
            "numeric.date"
        } else {
            "numeric.day_month"
        };
        let mut f = self.found(i, end, None, rule);
        f.anchor = true;
        match (dm, md) {
            (Some(x), None) => {
                f.date = Some(IncidentDate::day(x));
                f.coming = dm_next.map(IncidentDate::day);
                f.day_first = (a > 12 || self.russian.line).then_some(true);
            }
            (None, Some(x)) => {
                f.date = Some(IncidentDate::day(x));
                f.coming = md_next.map(IncidentDate::day);
                f.day_first = (b > 12).then_some(false);
            }
            (Some(x), Some(y)) if x == y => {
                f.date = Some(IncidentDate::day(x));
                f.coming = dm_next.map(IncidentDate::day);
            }
            (Some(x), Some(y)) => {
                if x == p || y == p {
                    f.date = Some(IncidentDate::day(p));
                    f.note = Some(format!(
                        "{a:02}/{b:02} may be day/month or month/day; the reading that is the publication day ({p}) was taken"
                    ));
                } else {
                    f.pending = Some(Ambiguous {
                        day_first: x,
                        month_first: y,
                        day_first_coming: dm_next,
                        month_first_coming: md_next,
                        raw: (a, b),
                    });
                    f.date = Some(IncidentDate::one_of(Some(x.min(y)), Some(x.max(y))).ok()?);
                    if let (Some(c), Some(d)) = (dm_next, md_next) {
                        f.coming = IncidentDate::one_of(Some(c.min(d)), Some(c.max(d))).ok();
                    }
                    f.note = Some(ambiguous_note(a, b, x, y));
                    f.anchor = false;
                }
            }
            (None, None) => return None,
        }
        Some(f)
    }

    /// Quarters, halves and weeks of a period: "الربع الأول من العام الجاري", "النصف الثاني
    /// من 2020", "الأسبوع الأول من مايو", "the first quarter of 2021", "the last week of April",
    /// "Q1 2021".
    fn rule_subperiod(&self, i: usize) -> Option<Found> {
        #[derive(PartialEq)]
        enum Sub {
            Quarter,
            Half,
            Week,
        }
        let mut k = i;
        // Q1 2021, H2 2020.
        if self.latin(k) && matches!(self.lx(k), Lex::Quarter | Lex::Half) {
            let w = self.word(k);
            if (w == "q" || w == "h") && self.tok(k + 1).is_some_and(|t| !t.spaced) {
                let n = self.plain_num(k + 1)?;
                let y = self.year_at_cued(k + 2, true)?;
                let per = Period::year(y.year)?;
                let sub = if w == "q" { Sub::Quarter } else { Sub::Half };
                let date = year_part(&per, if sub == Sub::Quarter { 4 } else { 2 }, n)?;
                let mut f = self.found(i, y.end, Some(date), "en.quarter");
                f.grain = Some(if sub == Sub::Quarter {
                    Grain::Quarter
                } else {
                    Grain::Half
                });
                return Some(f);
            }
            return None;
        }
        let noun = |l: Lex| match l {
            Lex::Quarter => Some(Sub::Quarter),
            Lex::Half => Some(Sub::Half),
            Lex::Unit(Unit::Week, Form::One) => Some(Sub::Week),
            _ => None,
        };
        // n = 0 means "the last".
        let (sub, n) = if self.arabic(k) {
            let sub = noun(self.lx(k))?;
            if !self.has_al(k) {
                return None;
            }
            let n = match self.lx(k + 1) {
                Lex::Ord(n) => n,
                Lex::Qual(Dir::Recent) => 0,
                _ => return None,
            };
            k += 2;
            if !self.is_prep(k, Prep::From) {
                return None;
            }
            k += 1;
            (sub, n)
        } else if self.latin(k) {
            if self.is_prep(k, Prep::The) {
                k += 1;
            }
            let n = match self.lx(k) {
                Lex::Ord(n) => n,
                Lex::Qual(Dir::Past) => 0,
                _ => return None,
            };
            let sub = noun(self.lx(k + 1))?;
            k += 2;
            if !self.is_prep(k, Prep::Of) {
                return None;
            }
            k += 1;
            if self.is_prep(k, Prep::The) {
                k += 1;
            }
            (sub, n)
        } else if self.cyrillic(k) {
            // "во второй половине мая", "в первом квартале 2021 года", "на последней неделе
            // апреля": the period follows in the genitive.
            let n = match self.lx(k) {
                Lex::Ord(n) => n,
                Lex::Qual(Dir::Recent) => 0,
                _ => return None,
            };
            let sub = noun(self.lx(k + 1))?;
            k += 2;
            (sub, n)
        } else {
            return None;
        };
        let (end, per, _, coming, _) = self.period_at(k)?;
        let sub_of = |per: &Period| -> Option<IncidentDate> {
            match sub {
                Sub::Quarter | Sub::Half if per.unit == Unit::Year => {
                    let parts = if sub == Sub::Quarter { 4 } else { 2 };
                    year_part(per, parts, if n == 0 { parts } else { n })
                }
                // "النصف الثاني من مايو", "the first half of May": days 1-15 or 16 to the end.
                Sub::Half if per.unit == Unit::Month => {
                    let mid = add_days(per.first, 14)?;
                    let (a, b) = match n {
                        1 => (per.first, mid),
                        0 | 2 => (add_days(mid, 1)?, per.last),
                        _ => return None,
                    };
                    IncidentDate::one_of(Some(a), Some(b)).ok()
                }
                Sub::Week if per.unit == Unit::Month => {
                    let (a, b) = if n == 0 {
                        (add_days(per.last, -6)?, per.last)
                    } else {
                        let a = add_days(per.first, 7 * (i64::from(n) - 1))?;
                        if a > per.last {
                            return None;
                        }
                        (a, add_days(a, 6)?.min(per.last))
                    };
                    IncidentDate::one_of(Some(a), Some(b)).ok()
                }
                _ => None,
            }
        };
        let date = sub_of(&per)?;
        let rule = match (self.latin(i), sub == Sub::Week) {
            (true, true) => "en.week_of_month",
            (true, false) => "en.part_of_year",
            (false, true) => "ar.week_of_month",
            (false, false) => "ar.part_of_year",
        };
        let mut f = self.found(i, end, Some(date), rule);
        f.coming = coming.as_ref().and_then(sub_of);
        f.grain = Some(match sub {
            Sub::Quarter => Grain::Quarter,
            Sub::Half => Grain::Half,
            Sub::Week => Grain::Week,
        });
        Some(f)
    }

    /// Feasts: "عيد الفطر", "عيد الأضحى الماضي", "عيد الميلاد المجيد", "Christmas", "Eid
    /// al-Fitr". Hijri feasts are converted with Umm al-Qura and marked approximate: countries
    /// that sight the moon may keep them a day apart.
    fn rule_holiday(&self, i: usize) -> Option<Found> {
        let (mut dir, mut k) = self.english_direction(i);
        let Lex::Holiday(hijri, m, d) = self.lx(k) else {
            return None;
        };
        // عيد الميلاد on its own is also "birthday" in some usage; the phrase list only has
        // the full forms, and Christmas needs its capital.
        if self.latin(k) && self.cased && !self.tok(k).is_some_and(|t| t.cap) {
            return None;
        }
        // "Новый год", "День Победы", "Навруз" are names, written with their capital.
        if self.cyrillic(k) && self.russian.cased && !self.tok(k).is_some_and(|t| t.cap) {
            return None;
        }
        k += 1;
        let p = self.ctx.published;
        let mut year: Option<YearHit> = None;
        if dir.is_none() {
            if let Lex::Qual(q @ (Dir::Past | Dir::Future | Dir::Current)) = self.lx(k)
                && self.arabic(k)
            {
                dir = Some(q);
                k += 1;
            } else if let Some(y) = self.year_after(k) {
                year = Some(y);
                k = y.end;
            } else if self.lx(k) == Lex::This
                && matches!(self.lx(k + 1), Lex::Unit(Unit::Year, Form::One))
            {
                // هذا العام
                year = Some(YearHit {
                    end: k + 2,
                    year: p.year(),
                    era: None,
                    relative: true,
                });
                k += 2;
            }
        }
        let day = if hijri {
            let hy = match year {
                Some(y)
                    if y.era == Some(Era::Hijri)
                        || (y.era.is_none() && (1300..=1500).contains(&y.year)) =>
                {
                    y.year
                }
                Some(y) => {
                    // The feast that falls in Gregorian year y.
                    let (h0, _, _) = resolve::gregorian_to_hijri(ymd(y.year, 1, 1)?)?;
                    [h0, h0 + 1].into_iter().find(|h| {
                        resolve::hijri_to_gregorian(*h, m, d).is_some_and(|g| g.year() == y.year)
                    })?
                }
                None => resolve::hijri_year_for(p, m, Some(d), dir)?,
            };
            resolve::hijri_to_gregorian(hy, m, d)?
        } else {
            match year {
                Some(y) if y.era == Some(Era::Hijri) => return None,
                Some(y) => ymd(y.year, u32::from(m), u32::from(d))?,
                None => resolve::day_month(p, u32::from(m), u32::from(d), dir)?,
            }
        };
        let mut date = IncidentDate::day(day);
        let mut f = self.found(
            i,
            k,
            None,
            if self.latin(i) {
                "en.holiday"
            } else {
                "ar.holiday"
            },
        );
        if hijri {
            date = date.approximate();
            f.note = Some(HIJRI_FEAST_NOTE.into());
        }
        if dir.is_none() && year.is_none() {
            let next = if hijri {
                resolve::hijri_year_for(p, m, Some(d), Some(Dir::Future))
                    .and_then(|h| resolve::hijri_to_gregorian(h, m, d))
            } else {
                resolve::day_month(p, u32::from(m), u32::from(d), Some(Dir::Future))
            };
            f.coming = next.map(|n| {
                let c = IncidentDate::day(n);
                if hijri { c.approximate() } else { c }
            });
            if let Some(next) = next.filter(|n| (*n - p).num_days() <= 60) {
                let also = format!(
                    "read as the most recent one ({day}); {next} if the report speaks of the coming one"
                );
                f.note = Some(match f.note {
                    Some(n) => format!("{n}; {also}"),
                    None => also,
                });
            }
        }
        f.date = Some(date);
        f.anchor = true;
        f.cycle = Some(Cycle::Days {
            hijri,
            m: u32::from(m),
            lo: u32::from(d),
            hi: u32::from(d),
        });
        f.free = dir.is_none() && year.is_none();
        Some(f)
    }

    /// Centuries: "القرن العشرين", "القرن الماضي", "القرن 19", "the 20th century", "the last
    /// century". One unknown day in it.
    fn rule_century(&self, i: usize) -> Option<Found> {
        let p = self.ctx.published;
        let this = (p.year() - 1).div_euclid(100) + 1;
        let russian = self
            .russian
            .words
            .then(|| self.russian_century(i))
            .flatten();
        let (end, c) = if let Some(hit) = russian {
            hit
        } else if self.arabic(i) {
            if !matches!(self.lx(i), Lex::Unit(Unit::Century, Form::One)) || !self.has_al(i) {
                return None;
            }
            let c = match self.lx(i + 1) {
                Lex::Ord(n) if n >= 10 => n as i32,
                Lex::Qual(Dir::Past) => this - 1,
                Lex::Qual(Dir::Current) => this,
                _ => match self.plain_num(i + 1) {
                    Some(n) if (1..=30).contains(&n) => n as i32,
                    _ => return None,
                },
            };
            (i + 2, c)
        } else if self.latin(i) {
            let mut k = i;
            if self.is_prep(k, Prep::The) {
                k += 1;
            }
            let c = match (self.lx(k), self.tok(k)) {
                (Lex::Qual(Dir::Past), _) => this - 1,
                (Lex::This, _) => this,
                (_, Some(t))
                    if t.kind == Kind::Num
                        && t.suffix == NumSuffix::Ordinal
                        && (1..=30).contains(&t.val) =>
                {
                    t.val as i32
                }
                (Lex::Ord(n), _) if n >= 10 => n as i32,
                _ => return None,
            };
            if !matches!(self.lx(k + 1), Lex::Unit(Unit::Century, Form::One)) {
                return None;
            }
            (k + 2, c)
        } else {
            return None;
        };
        let first = ymd((c - 1) * 100 + 1, 1, 1)?;
        let last = ymd(c * 100, 12, 31)?;
        let rule = if self.latin(i) {
            "en.century"
        } else {
            "ar.century"
        };
        Some(self.found(
            i,
            end,
            IncidentDate::one_of(Some(first), Some(last)).ok(),
            rule,
        ))
    }

    /// A day of the month with no month: "on the 16th", "by the 18th", "the night of the 3rd".
    /// It is a day of the month of the nearest preceding date fine enough (a day or a month),
    /// or, with none in the text, of the publication month (the month before when the day is
    /// still to come). After a day later in its month it could be the next month's: left
    /// undated then. An ordinal that counts something ("the 16th day of the siege", "the 3rd
    /// anniversary", "the 201st Brigade") is no date.
    fn rule_ordinal_day(&self, i: usize) -> Option<Found> {
        if !self.latin(i) || !self.is_prep(i, Prep::The) {
            return None;
        }
        let t = self.tok(i + 1)?;
        if t.kind != Kind::Num || t.suffix != NumSuffix::Ordinal || t.digits > 2 {
            return None;
        }
        let day = t.val;
        if !(1..=31).contains(&day) {
            return None;
        }
        let before = self.word(i.checked_sub(1)?).to_lowercase();
        let cued = matches!(
            before.as_str(),
            "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after" | "through"
        ) || (before == "of"
            && i >= 2
            && matches!(
                self.word(i - 2).to_lowercase().as_str(),
                "night" | "morning" | "evening" | "afternoon" | "dawn" | "eve"
            ));
        if !cued {
            return None;
        }
        // What follows must not be what the ordinal counts.
        if let Some(n) = self.tok(i + 2)
            && n.kind == Kind::Word
            && n.script == Script::Latin
            && (n.cap && self.cased || ORDINAL_COUNTS.contains(&self.word(i + 2)))
        {
            return None;
        }
        let p = self.ctx.published;
        let (base, anchor) = self.ctx.anchor_for(Unit::Month, 0)?;
        // With no date before it, the most recent such day, and the coming one for a clause
        // told in the future ("talks will open on the 30th").
        let mut coming = None;
        let date = match anchor {
            Some(a) => {
                if a.precision() == Precision::Day && day < base.day() {
                    return None;
                }
                ymd(base.year(), base.month(), day)?
            }
            None => {
                let month_of = |d: NaiveDate| ymd(d.year(), d.month(), day);
                let next = p.checked_add_months(chrono::Months::new(1))?;
                let prev = p.checked_sub_months(chrono::Months::new(1))?;
                coming = month_of(p).filter(|d| *d >= p).or_else(|| month_of(next));
                month_of(p).filter(|d| *d <= p).or_else(|| month_of(prev))?
            }
        };
        let mut f = self.found(i, i + 2, Some(IncidentDate::day(date)), "en.ordinal_day");
        f.coming = coming.filter(|c| *c != date).map(IncidentDate::day);
        f.note = Some(match anchor {
            Some(a) => format!(
                "a day of the month of {}, the nearest preceding date in the text",
                a.to_edtf()
            ),
            None => {
                "no earlier date in the text; the day of that number nearest the publication day"
                    .to_string()
            }
        });
        f.anchor = true;
        Some(f)
    }

    /// A day of a month named relatively: "في 20 من الشهر الجاري", "العاشر من الشهر الماضي",
    /// "the 5th of next month".
    fn rule_day_of_rel_month(&self, i: usize) -> Option<Found> {
        let (k, lo, hi) = self.day_at(i)?;
        let k = if self.is_prep(k, Prep::From) || self.is_prep(k, Prep::Of) {
            k + 1
        } else {
            k
        };
        // "يوم 14 الجاري", "في 20 الحالي": the day of this month, the month left out.
        if self.arabic(k)
            && matches!(self.lx(k), Lex::Qual(Dir::Current))
            && self.tok(i).is_some_and(|t| t.kind == Kind::Num)
        {
            let p = self.ctx.published;
            let a = ymd(p.year(), p.month(), lo)?;
            let b = ymd(p.year(), p.month(), hi)?;
            let mut f = self.found(
                i,
                k + 1,
                IncidentDate::interval(a, b).ok(),
                "ar.day_of_current_month",
            );
            f.anchor = true;
            return Some(f);
        }
        // "في 17 من الشهر نفسه", "on the 17th of that month": the day of the month the text
        // gave last.
        if let Some(same) = self.rule_anchor_period(k)
            && let Some(month) = same.date.filter(|d| d.precision() == Precision::Month)
            && let Some(first) = month.earliest()
        {
            let a = ymd(first.year(), first.month(), lo)?;
            let b = ymd(first.year(), first.month(), hi)?;
            let rule = if self.latin(k) {
                "en.day_of_anchor_month"
            } else {
                "ar.day_of_anchor_month"
            };
            let mut f = self.found(i, same.end, IncidentDate::interval(a, b).ok(), rule);
            f.note = same.note;
            f.anchor = true;
            return Some(f);
        }
        let (end, UnitRel::Period(per, _)) = self.unit_rel_at(k)? else {
            return None;
        };
        if per.unit != Unit::Month {
            return None;
        }
        let a = ymd(per.first.year(), per.first.month(), lo)?;
        let b = ymd(per.first.year(), per.first.month(), hi)?;
        let rule = if self.latin(k) {
            "en.day_of_relative_month"
        } else {
            "ar.day_of_relative_month"
        };
        let mut f = self.found(i, end, IncidentDate::interval(a, b).ok(), rule);
        f.anchor = true;
        Some(f)
    }

    /// Seasons with a year or a direction word: "صيف العام الماضي", "شتاء 2020", "الصيف
    /// المقبل", "last summer", "the summer of 2019". Meteorological seasons of the northern
    /// hemisphere, as an approximate span. A season alone ("الربيع العربي") is not a date.
    /// After year `year` ends at token `k`: "-1993", "–93" (the next year, in full or by its
    /// last two digits), with a Russian year word after it; the end of it all.
    fn next_year_after_dash(&self, k: usize, year: i32) -> Option<usize> {
        if !self.punct(k, b'-') {
            return None;
        }
        let t = self.tok(k + 1)?;
        let next = year + 1;
        let matches = t.kind == Kind::Num
            && t.suffix == NumSuffix::None
            && ((t.digits == 4 && t.val as i32 == next)
                || (t.digits == 2 && t.val as i32 == next.rem_euclid(100)));
        if !matches {
            return None;
        }
        Some(self.year_word_after(k + 2).unwrap_or(k + 2))
    }

    fn rule_season(&self, i: usize) -> Option<Found> {
        let p = self.ctx.published;
        let mut k = i;
        let mut dir: Option<Dir> = None;
        if self.latin(k) || self.cyrillic(k) {
            if self.is_prep(k, Prep::The) {
                k += 1;
            }
            match self.lx(k) {
                Lex::Qual(d @ (Dir::Past | Dir::Future)) => {
                    dir = Some(d);
                    k += 1;
                }
                Lex::This => {
                    dir = Some(Dir::Current);
                    k += 1;
                }
                _ => {}
            }
        } else if self.lx(k) == Lex::This {
            dir = Some(Dir::Current);
            k += 1;
        }
        let Lex::Season(s) = self.lx(k) else {
            return None;
        };
        k += 1;
        let mut year = None;
        let mut spanned = false;
        // "the spring", "by the fall": the last one begun or the coming one. Not "the fall of
        // the city", "the Arab Spring", "the summer months".
        let mut bare = false;
        if dir.is_none() {
            if let Lex::Qual(d @ (Dir::Past | Dir::Future | Dir::Current)) = self.lx(k)
                && self.arabic(k)
            {
                dir = Some(d);
                k += 1;
            } else if let Some(y) = self.year_after(k).or_else(|| self.year_at_cued(k, true)) {
                if y.era == Some(Era::Hijri) {
                    return None;
                }
                year = Some(y.year);
                k = y.end;
                // "зимой 1992–1993 годов", "the winter of 1992-93": the winter that spans them.
                if let Some(end) = self.next_year_after_dash(k, y.year) {
                    spanned = true;
                    k = end;
                }
            } else if self.latin(i)
                && self.is_prep(i, Prep::The)
                && k == i + 2
                && !(self.cased && self.tok(i + 1).is_some_and(|t| t.cap))
                && !self.is_prep(k, Prep::Of)
                && self.tok(k).is_none_or(|t| {
                    t.kind != Kind::Word || (t.lex != NO && !matches!(t.lex, Lex::Unit(..)))
                })
            {
                bare = true;
            } else if self.cyrillic(i)
                && k == i + 1
                && matches!(self.word(i), "весной" | "летом" | "осенью" | "зимой")
                && matches!(
                    super::tense::around(self.t, self.text, i, k),
                    Some((super::tense::Tense::Past | super::tense::Tense::Future, _))
                )
            {
                // "осенью", "летом" told in the past or the future: the instrumental alone is
                // this year's season (the last one begun, or the coming one when the clause
                // tells what is to come). In the present it tells what is usual ("Весной здесь
                // цветут сады").
                bare = true;
            } else {
                return None;
            }
        }
        // Season `s` of year `y`: winter is the one that starts in December of `y`.
        let span = |y: i32| -> Option<(NaiveDate, NaiveDate)> {
            Some(match s {
                1 => (ymd(y, 3, 1)?, ymd(y, 5, 31)?),
                2 => (ymd(y, 6, 1)?, ymd(y, 8, 31)?),
                3 => (ymd(y, 9, 1)?, ymd(y, 11, 30)?),
                _ => (ymd(y, 12, 1)?, crate::date::last_day_of_month(y + 1, 2)),
            })
        };
        let mut note = None;
        let mut coming = None;
        let (a, b) = match (year, dir) {
            (Some(y), _) if spanned && s == 4 => span(y)?,
            (Some(y), _) if spanned => (span(y)?.0, span(y + 1)?.1),
            (Some(y), _) if s == 4 => {
                note = Some(format!(
                    "winter {y} may be the winter {}-{y} or {y}-{}; both kept",
                    y - 1,
                    y + 1
                ));
                (span(y - 1)?.0, span(y)?.1)
            }
            (Some(y), _) => span(y)?,
            (None, None) if bare => {
                let y0 = p.year();
                let recent = [y0, y0 - 1]
                    .into_iter()
                    .filter_map(span)
                    .find(|(a, _)| *a <= p)?;
                coming = span(recent.0.year() + 1);
                recent
            }
            (None, d) => {
                let y0 = p.year();
                let cands: Vec<(NaiveDate, NaiveDate)> = [y0 - 2, y0 - 1, y0, y0 + 1]
                    .iter()
                    .filter_map(|y| span(*y))
                    .collect();
                match d {
                    Some(Dir::Past) => cands.iter().rev().find(|(_, b)| *b < p).copied()?,
                    Some(Dir::Future) => cands.iter().find(|(a, _)| *a > p).copied()?,
                    // "this summer": the one under way, else the one of this year.
                    _ => cands
                        .iter()
                        .find(|(a, b)| *a <= p && p <= *b)
                        .or_else(|| cands.iter().find(|(a, _)| a.year() == y0))
                        .copied()?,
                }
            }
        };
        let rule = match (self.latin(i), bare) {
            (true, true) => "en.season_no_year",
            (true, false) => "en.season",
            _ => "ar.season",
        };
        let mut f = self.found(
            i,
            k,
            IncidentDate::interval(a, b)
                .ok()
                .map(IncidentDate::approximate),
            rule,
        );
        f.note = note;
        f.coming = coming
            .and_then(|(a, b)| IncidentDate::interval(a, b).ok())
            .map(IncidentDate::approximate);
        Some(f)
    }

    /// "overnight": the night before the publication day, one unknown day in [P-1, P];
    /// "overnight on Tuesday", "overnight Tuesday": that day; "overnight into Wednesday",
    /// "overnight to Wednesday": the night ending that day, one unknown day in [Tue, Wed], and so
    /// is "overnight Tuesday into Wednesday". Not
    /// "an overnight curfew" (a kind of curfew, not a night).
    fn rule_overnight(&self, i: usize) -> Option<Found> {
        if self.cyrillic(i) && self.lx(i) == Lex::Overnight {
            // "минувшей ночью", "прошлой ночью": the night before the publication day.
            let p = self.ctx.published;
            let date = IncidentDate::one_of(add_days(p, -1), Some(p)).ok();
            return Some(self.found(i, i + 1, date, "ru.overnight"));
        }
        if !self.latin(i) || self.lx(i) != Lex::Overnight {
            return None;
        }
        if self.prev_lex(i) == Lex::Prep(Prep::A)
            || matches!(self.word(i + 1), "curfew" | "curfews" | "stay" | "stays")
        {
            return None;
        }
        let p = self.ctx.published;
        let (into, k) = match self.lx(i + 1) {
            Lex::Prep(Prep::On) => (false, i + 2),
            Lex::Prep(Prep::To) => (true, i + 2),
            Lex::None if self.word(i + 1) == "into" => (true, i + 2),
            _ => (false, i + 1),
        };
        if let Some(w) = self.rule_weekday(k).or_else(|| self.rule_dayword(k)) {
            let day = w.date.filter(|d| d.precision() == Precision::Day)?;
            let mut f = w.clone();
            f.start = i;
            f.rule = "en.overnight";
            f.cycle = None;
            f.free = false;
            // "overnight Thursday into Friday": the night between the two days, one unknown
            // day of the two.
            let to = self.lx(w.end) == Lex::Prep(Prep::To) || self.word(w.end) == "into";
            if !into
                && to
                && let Some(next) = self.rule_weekday(w.end + 1)
                && let (Some(a), Some(b)) = (day.earliest(), next.date.and_then(|d| d.exact_day()))
                && add_days(a, 1) == Some(b)
            {
                f.end = next.end;
                f.anchor = false;
                f.date = IncidentDate::one_of(Some(a), Some(b)).ok();
                f.coming = None;
                return Some(f);
            }
            if into {
                f.anchor = false;
                let last = day.earliest()?;
                f.date = IncidentDate::one_of(add_days(last, -1), Some(last)).ok();
                f.coming = w.coming.and_then(|c| {
                    let c = c.earliest()?;
                    IncidentDate::one_of(add_days(c, -1), Some(c)).ok()
                });
            }
            return Some(f);
        }
        Some(self.found(
            i,
            i + 1,
            IncidentDate::one_of(add_days(p, -1), Some(p)).ok(),
            "en.overnight",
        ))
    }

    fn rule_vague(&self, i: usize) -> Option<Found> {
        let Lex::Vague(v) = self.lx(i) else {
            return None;
        };
        let p = self.ctx.published;
        let date = match v {
            Vague::Before => IncidentDate::one_of(None, Some(p)).ok(),
            Vague::After => IncidentDate::one_of(Some(p), None).ok(),
            Vague::Unknown => None,
            Vague::Days => return self.few_days(i),
            Vague::ComingDays => IncidentDate::one_of(add_days(p, 1), add_days(p, 7))
                .ok()
                .map(IncidentDate::approximate),
        };
        let rule = if self.latin(i) {
            "en.vague"
        } else {
            "ar.vague"
        };
        Some(self.found(i, i + 1, date, rule))
    }
}

/// A period found by `period_at`: end, the period, a clue, the coming period for a month
/// with no year and no direction word, and whether its year is written out ("mid-2021").
type PeriodHit = (usize, Period, Option<PublicationClue>, Option<Period>, bool);

enum UnitRel {
    Period(Period, &'static str),
    Span(Option<NaiveDate>, Option<NaiveDate>, &'static str),
    YearIs(i32),
}

pub(crate) fn ambiguous_note(
    a: u32,
    b: u32,
    day_first: NaiveDate,
    month_first: NaiveDate,
) -> String {
    format!(
        "{a:02}/{b:02}: day/month order not settled by the text; day first gives {day_first}, month first gives {month_first}"
    )
}

/// Part `n` (1-based) of `parts` equal parts of a year: quarters, halves.
fn year_part(per: &Period, parts: u32, n: u32) -> Option<IncidentDate> {
    if !(1..=parts).contains(&n) {
        return None;
    }
    let months = 12 / parts;
    let y = per.first.year();
    let a = ymd(y, (n - 1) * months + 1, 1)?;
    let b = crate::date::last_day_of_month(y, n * months);
    IncidentDate::one_of(Some(a), Some(b)).ok()
}

/// An exact range of days (not a part of a period, which is approximate).
fn day_range(d: &IncidentDate) -> bool {
    d.precision() == Precision::Range && d.qualifier == crate::date::Qualifier::NONE
}

fn anchor_note(anchor: Option<IncidentDate>, base: NaiveDate) -> String {
    match anchor {
        Some(d) if day_range(&d) => {
            let end = if d.latest() == Some(base) {
                "last"
            } else {
                "first"
            };
            format!(
                "counted from {base}, the {end} day of {}, the nearest preceding date in the text",
                d.to_edtf()
            )
        }
        Some(d) => format!(
            "counted from {}, the nearest preceding date in the text",
            d.to_edtf()
        ),
        None => "no earlier date in the text; counted from the publication day".to_string(),
    }
}

/// `p` moved by `n` units, at day grain (for span bounds).
fn shift(u: Unit, p: NaiveDate, n: i64) -> Option<NaiveDate> {
    match u {
        Unit::Day => add_days(p, n),
        Unit::Week => add_days(p, 7 * n),
        Unit::Month => resolve::add_months(p, n),
        Unit::Year => resolve::add_months(p, 12 * n),
        Unit::Decade => resolve::add_months(p, 120 * n),
        Unit::Century => resolve::add_months(p, 1200 * n),
        Unit::Hour | Unit::Minute => Some(p),
    }
}

/// The date `n` units from `base`, at the unit's grain: a day, the days of a week, a month,
/// a year; decades and centuries as an approximate year.
fn shifted_date(base: NaiveDate, u: Unit, n: i64) -> Option<IncidentDate> {
    match u {
        Unit::Hour => {
            // Hours may cross midnight: the day itself or the one next to it.
            let days = n / 24;
            let d = add_days(base, days)?;
            let other = add_days(d, n.signum())?;
            IncidentDate::one_of(Some(d.min(other)), Some(d.max(other))).ok()
        }
        Unit::Minute => Some(IncidentDate::day(base)),
        Unit::Day | Unit::Week | Unit::Month | Unit::Year => Period::around(u, base, n)?.date(),
        Unit::Decade | Unit::Century => {
            let years = if u == Unit::Decade { 10 * n } else { 100 * n };
            let y = base.year().checked_add(i32::try_from(years).ok()?)?;
            (1..=9999)
                .contains(&y)
                .then(|| IncidentDate::year(y).approximate())
        }
    }
}

fn ago_date(p: NaiveDate, u: Unit, n: Option<u32>, approx: Option<Approx>) -> Option<IncidentDate> {
    let Some(n) = n else {
        // "قبل أيام", "days ago": some time before, no more. A few days are within the week
        // before: "منذ أيام" is read as the seven days before publication.
        return match u {
            Unit::Hour | Unit::Minute => IncidentDate::one_of(add_days(p, -1), Some(p)).ok(),
            Unit::Day => IncidentDate::one_of(add_days(p, -7), add_days(p, -1)).ok(),
            _ => IncidentDate::one_of(None, add_days(p, -1)).ok(),
        };
    };
    if u == Unit::Hour && n < 24 {
        return IncidentDate::one_of(add_days(p, -1), Some(p)).ok();
    }
    let date = shifted_date(p, u, -i64::from(n))?;
    match approx {
        None => Some(date),
        Some(Approx::About) => Some(date.approximate()),
        // More than N ago: on or before that; less than N ago: after it.
        Some(Approx::MoreThan) => IncidentDate::one_of(None, date.latest()).ok(),
        Some(Approx::LessThan) => IncidentDate::one_of(date.earliest(), Some(p)).ok(),
    }
}

/// Grain of a range end: days (a weekday, days of a month), months, years.
fn grain(f: &Found) -> Option<Precision> {
    match f.cycle {
        Some(Cycle::Days { .. } | Cycle::Weekday(_)) => Some(Precision::Day),
        Some(Cycle::Month { .. } | Cycle::Part { .. }) => Some(Precision::Month),
        None => match f.date?.precision() {
            g @ (Precision::Day | Precision::Month | Precision::Year) => Some(g),
            _ => None,
        },
    }
}

/// A match as one end of a range: free to move if the text gave it no year and no direction
/// word, else fixed at its days.
fn range_end(f: &Found) -> Option<RangeEnd> {
    let d = f.date?;
    Some(RangeEnd {
        cycle: f.cycle,
        placed: if f.free && f.cycle.is_some() {
            None
        } else {
            Some((d.earliest()?, d.latest()?))
        },
    })
}
