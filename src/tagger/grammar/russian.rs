//! What Russian needs beyond the rules it shares with Arabic and English (see
//! `shared/reference/russian-dates.md`):
//! - case: a month or weekday form stands alone only after a preposition that governs its case
//!   ("в апреле", "с апреля", "к апрелю", "в среду", "со среды", "к среде"; "в среде военных"
//!   is no weekday), and a capital inside an ordinary sentence makes it a name ("Марта
//!   Иванова", «в Пятницу»); a day number after a street word is a name ("ул. 8 Марта");
//! - the calendar week of прошлый and следующий ("в прошлую пятницу" is the Friday of the week
//!   before the publication day's, even when a nearer one has passed);
//! - units named with a direction ("на прошлой неделе", "в этом месяце", "в позапрошлом году",
//!   "в минувшие выходные"), read on the Monday-to-Sunday week, the weekend being Saturday and
//!   Sunday, and "этот" split by the tense of the clause;
//! - the night from one day to the next ("в ночь на среду", "в ночь с 13 на 14 сентября");
//! - the eve: "накануне 30 апреля" is 29 April, "накануне" alone the day before the day the
//!   text is telling, "накануне похорон" with no date no day at all;
//! - the year word after a year ("2021 года", "1991 г.", "1991-м году", "с. г.") and the
//!   century word after its numeral ("XX век", "20-м веке", "двадцатом веке");
//! - the day of a month named by "числа" ("15-го числа", "20 числа прошлого месяца").
//!
//! Rules written for Russian are named `ru.*`; a shared rule that matched Russian words is
//! renamed so ([`Parser::named`]).

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Found, Grain, MonthHit, Parser, UnitRel, YearHit, anchor_note, shift};
use crate::date::{IncidentDate, weekday_name};
use crate::tagger::lex::{
    self, Dir, Form, Kind, Lex, NumSuffix, Prep, Script, Strength, Unit, Vague,
};
use crate::tagger::resolve::{self, Period, add_days, ymd};
use crate::tagger::ru::{ACC, EVE_NOUNS, GEN, GOVERNS, INS, NOM, PRE, STREET_WORDS};
use crate::tagger::tense;

/// How a line writes Russian (computed once per line in `tag`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Russian {
    /// The line has Russian words (read as such): the rules only Russian has are tried.
    pub words: bool,
    /// The line is Russian: read numeric dates day first.
    pub line: bool,
    /// Its Cyrillic words are in ordinary mixed case: a capital inside a sentence tells a name.
    pub cased: bool,
}

/// Whether `w` is one of the street words (`street`) or the event nouns after "накануне".
fn listed(street: bool, w: &str) -> bool {
    static SETS: OnceLock<[HashSet<&'static str>; 2]> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        [
            STREET_WORDS.split_whitespace().collect(),
            EVE_NOUNS.split_whitespace().collect(),
        ]
    });
    sets[usize::from(!street)].contains(w)
}

/// The rule names a shared rule can give a Russian expression, as `ru.*`.
const RULE_NAMES: &[&str] = &[
    "ru.day_month_year",
    "ru.day_month",
    "ru.day_month_direction",
    "ru.month_year",
    "ru.month",
    "ru.month_direction",
    "ru.weekday",
    "ru.weekday_direction",
    "ru.weekday_of_story",
    "ru.weekday_following",
    "ru.weekday_of_week_ago",
    "ru.dayword",
    "ru.part_of_period",
    "ru.ago",
    "ru.ago_today",
    "ru.shift",
    "ru.shift_after",
    "ru.anchor_day",
    "ru.anchor_after",
    "ru.anchor_period",
    "ru.year",
    "ru.decade",
    "ru.century",
    "ru.vague",
    "ru.holiday",
    "ru.season",
    "ru.overnight",
    "ru.week_of_month",
    "ru.part_of_year",
    "ru.quarter",
    "ru.quarter_no_year",
    "ru.day_of_relative_month",
    "ru.day_of_anchor_month",
    "ru.day_of_current_month",
];

impl Parser<'_> {
    pub(super) fn cyrillic(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.script == Script::Cyrillic)
    }

    /// The match with its rule named for Russian when its words are Russian: "ar.month" read
    /// on "в апреле" is "ru.month".
    pub fn named(&self, mut f: Found) -> Found {
        // A Russian word in it, a Russian suffix on a number (90-х), or a Russian word right
        // before a span of numbers ("в 1991").
        let russian = (f.start..f.end).any(|k| {
            self.cyrillic(k)
                || self
                    .tok(k)
                    .is_some_and(|t| t.kind == Kind::Num && !self.text[t.s..t.e].is_ascii())
        }) || (f.start > 0
            && self.cyrillic(f.start - 1)
            && (f.start..f.end).all(|k| self.tok(k).is_some_and(|t| t.script == Script::Other)));
        if russian
            && let Some((_, rest)) = f.rule.split_once('.')
            && matches!(f.rule.get(..3), Some("ar." | "en."))
            && let Some(name) = RULE_NAMES.iter().find(|n| n.get(3..) == Some(rest))
        {
            f.rule = name;
        }
        f
    }

    /// A capitalised Russian word inside a sentence of an ordinary line: a name ("Марта
    /// Иванова", «Пятница»), not a month or weekday. Not in a line of capitals, nor at a
    /// sentence's head.
    pub(super) fn russian_name(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let head = i == 0
            || tense::ends_sentence(self.t, self.text, i - 1)
            || self
                .tok(i - 1)
                .is_some_and(|p| matches!(p.kind, Kind::Other | Kind::Punct(b'"' | b'-' | b'(')));
        t.cap && !t.upper && self.russian.cased && !head
    }

    /// Whether the word before token `i` governs one of `cases`: a preposition ("в", "с",
    /// "к"), or a noun that takes the genitive ("утро среды", "накануне").
    pub(super) fn governed(&self, i: usize, cases: u8) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if !self.cyrillic(p) {
            return false;
        }
        let w = self.word(p);
        GOVERNS.iter().any(|(g, c)| *g == w && c & cases != 0)
    }

    /// A day number at `i` that follows a street or institution word: "ул. 8 Марта",
    /// "улица 9 Мая", "пр-т 50 лет Октября", "имени 1 Мая".
    pub(super) fn street_before(&self, i: usize) -> bool {
        let mut k = i;
        if k >= 1 && (self.punct(k - 1, b'.') || self.punct(k - 1, b'-')) {
            k -= 1;
        }
        let street = |q: usize| self.cyrillic(q) && listed(true, self.word(q));
        k.checked_sub(1).is_some_and(street)
            || (self.word(k.wrapping_sub(1)) == "т"
                && self.punct(k.wrapping_sub(2), b'-')
                && self.word(k.wrapping_sub(3)) == "пр")
    }

    /// Whether a Russian month name (without a day or a year before or after it) is a month
    /// here: its case governed by the word before ("в апреле", "с апреля", "к апрелю", "на
    /// апрель", "между апрелем"), and not a capitalised name. With a day it is a date unless a
    /// street word stands before the day; an abbreviation needs a day or a year.
    pub(super) fn russian_month_ok(
        &self,
        start_date: usize,
        mh: MonthHit,
        day: bool,
        year: bool,
    ) -> bool {
        if day && self.street_before(start_date) {
            return false;
        }
        if day || year {
            return true;
        }
        if mh.strength == Strength::Abbrev || self.russian_name(mh.tok) {
            return false;
        }
        let cases = lex::cases_of(self.word(mh.tok));
        self.governed(mh.tok, cases) || (self.month_and(mh.tok) && cases & (GEN | INS) != 0)
    }

    /// Whether a Russian weekday form at `wk` (with its direction word from `first`) names a
    /// day here: governed by the word before ("в среду", "со среды", "к среде", "до
    /// пятницы", "утро среды"; never "в среде", which is "among"), or in a list after another
    /// weekday ("в понедельник и вторник"), and not a capitalised name.
    pub(super) fn russian_weekday_ok(&self, first: usize, wk: usize) -> bool {
        if self.russian_name(wk) {
            return false;
        }
        // A weekday is never in the prepositional after в: "в среде", "в пятнице".
        let cases = lex::cases_of(self.word(wk)) & !PRE;
        // Listed after a weekday that names a day itself: "в понедельник и вторник", "в
        // прошлый понедельник и вторник", but not a run-in heading "Суббота и воскресенье.
        // Перестрелки ..." (the heading dates the section as one).
        let listed_after = first >= 2
            && (self.is_prep(first - 1, Prep::And) || self.punct(first - 1, b','))
            && matches!(self.lx(first - 2), Lex::Weekday(_))
            && (self.russian_weekday_ok(first - 2, first - 2)
                || (first >= 3
                    && self.cyrillic(first - 3)
                    && matches!(
                        self.lx(first - 3),
                        Lex::Qual(_) | Lex::This | Lex::BeforeLast
                    )));
        // "ВТОРНИК", "Среда:": a weekday alone on its line, a digest's heading, names its day;
        // so do two ("Суббота и воскресенье.").
        let ends_line =
            |from: usize| (from..self.t.len()).all(|k| self.punct(k, b'.') || self.punct(k, b':'));
        let heading = first == wk
            && first == 0
            && cases & NOM != 0
            && (ends_line(wk + 1)
                || (self.is_prep(wk + 1, Prep::And)
                    && matches!(self.lx(wk + 2), Lex::Weekday(_))
                    && ends_line(wk + 3)));
        // "к вечеру среды", "до утра четверга": the genitive after a part of the day.
        let of_part = cases & GEN != 0
            && first >= 1
            && self.cyrillic(first - 1)
            && self.lx(first - 1) == Lex::PartOfDay;
        self.governed(first, cases) || listed_after || heading || of_part
    }

    /// The day of weekday `w` a Russian direction word names (the word is at `q`). прошлый and
    /// следующий go by the calendar week, the week before or after the publication day's
    /// (approximate where the nearest such day before or after differs: some writers mean
    /// that); минувший, прошедший the nearest one before; этот, of the publication day's week;
    /// позапрошлый, of the week before last; будущий, ближайший, предстоящий the nearest one
    /// after. Returns the date and a note.
    pub(super) fn russian_weekday_dir(
        &self,
        q: usize,
        w: Weekday,
    ) -> Option<(IncidentDate, Option<String>)> {
        let p = self.ctx.published;
        let word = self.word(q);
        let monday = resolve::monday_of(p)?;
        let in_week =
            |weeks: i64| add_days(monday, 7 * weeks + i64::from(w.num_days_from_monday()));
        let calendar = |weeks: i64, dir: Dir| -> Option<(IncidentDate, Option<String>)> {
            let day = in_week(weeks)?;
            let nearest = resolve::weekday(p, w, Some(dir))?;
            if day == nearest {
                return Some((IncidentDate::day(day), None));
            }
            let side = if weeks < 0 { "before" } else { "after" };
            Some((
                IncidentDate::day(day).approximate(),
                Some(format!(
                    "{} of the week {side} the publication day's, as most writers mean it; \
                     the nearest {} {side} it is {nearest}",
                    weekday_name(w),
                    weekday_name(w)
                )),
            ))
        };
        match self.lx(q) {
            Lex::This => Some((IncidentDate::day(in_week(0)?), None)),
            Lex::BeforeLast => Some((IncidentDate::day(in_week(-2)?), None)),
            Lex::Qual(Dir::Past) if word.starts_with("прошл") => calendar(-1, Dir::Past),
            Lex::Qual(Dir::Past) => Some((
                IncidentDate::day(resolve::weekday(p, w, Some(Dir::Past))?),
                None,
            )),
            Lex::Qual(Dir::Future) if word.starts_with("следующ") => {
                calendar(1, Dir::Future)
            }
            Lex::Qual(Dir::Future) => Some((
                IncidentDate::day(resolve::weekday(p, w, Some(Dir::Future))?),
                None,
            )),
            _ => None,
        }
    }

    /// A Russian year word after a year number, with its full stop: "года", "году", "г.",
    /// "гг.", "годах". Not "лет", which counts years. Returns the end.
    pub(super) fn year_word_after(&self, k: usize) -> Option<usize> {
        if !self.cyrillic(k) || !matches!(self.lx(k), Lex::Unit(Unit::Year, _)) {
            return None;
        }
        if self.word(k) == "лет" {
            return None;
        }
        Some(
            if self.punct(k + 1, b'.') && matches!(self.word(k), "г" | "гг") {
                k + 2
            } else {
                k + 1
            },
        )
    }

    /// The year after a Russian date: "прошлого года", "этого года", "позапрошлого года", "того
    /// же года" (the year last told), "с. г." / "т. г." (this year).
    pub(super) fn russian_relative_year(&self, k: usize) -> Option<YearHit> {
        if !self.cyrillic(k) {
            return None;
        }
        let y = self.ctx.published.year();
        let year_word = |q: usize| matches!(self.lx(q), Lex::Unit(Unit::Year, Form::One));
        // с. г. (сего года), т. г. (текущего года).
        if matches!(self.word(k), "с" | "т")
            && self.punct(k + 1, b'.')
            && self.word(k + 2) == "г"
            && self.punct(k + 3, b'.')
        {
            return Some(YearHit {
                end: k + 4,
                year: y,
                era: None,
                relative: true,
            });
        }
        let (year, end) = match self.lx(k) {
            Lex::Qual(d @ (Dir::Past | Dir::Future | Dir::Current)) if year_word(k + 1) => {
                (self.rel_year(d), k + 2)
            }
            Lex::This if year_word(k + 1) => (y, k + 2),
            Lex::BeforeLast if year_word(k + 1) => (y - 2, k + 2),
            Lex::That if self.word(k + 1) == "же" && year_word(k + 2) => {
                (self.ctx.last_year.unwrap_or(0), k + 3)
            }
            _ => return None,
        };
        Some(YearHit {
            end,
            year,
            era: None,
            relative: true,
        })
    }

    /// Units named with a Russian direction word: "на прошлой неделе", "в этом месяце", "в
    /// следующем году", "в позапрошлом году", "в минувшие выходные", "за последнюю неделю",
    /// "последние три дня", "в прошлые годы".
    pub(super) fn russian_unit_rel(&self, i: usize) -> Option<(usize, UnitRel)> {
        let p = self.ctx.published;
        let d = match self.lx(i) {
            Lex::Qual(d) => Some(d),
            Lex::This => Some(Dir::Current),
            Lex::BeforeLast => None,
            _ => return None,
        };
        let k = i + 1;
        // "последние три дня", "ближайшие 5 лет".
        if let Some((k2, Some(n))) = self.count_at(k)
            && let Lex::Unit(u, Form::Many | Form::One) = self.lx(k2)
            && n > 1
        {
            let end = k2 + 1;
            let n = i64::from(n);
            // "за последние 24 часа": the days the hours reach back over.
            let (u, n) = match u {
                Unit::Hour => (Unit::Day, (n + 23) / 24),
                Unit::Minute => (Unit::Day, (n + 1439) / 1440),
                _ => (u, n),
            };
            return match d {
                Some(Dir::Past | Dir::Recent) => Some((
                    end,
                    UnitRel::Span(Some(shift(u, p, -n)?), Some(p), "ru.last_n_units"),
                )),
                Some(Dir::Future) => Some((
                    end,
                    UnitRel::Span(Some(p), Some(shift(u, p, n)?), "ru.next_n_units"),
                )),
                _ => None,
            };
        }
        let Lex::Unit(u, form) = self.lx(k) else {
            return None;
        };
        let end = k + 1;
        if form == Form::Many {
            return match d {
                Some(Dir::Past | Dir::Recent) => {
                    Some((end, UnitRel::Span(None, Some(p), "ru.vague_recent")))
                }
                Some(Dir::Future) => Some((end, UnitRel::Span(Some(p), None, "ru.vague_coming"))),
                _ => None,
            };
        }
        // "за прошедшие сутки", "за последние сутки": the day up to today.
        if u == Unit::Day && self.word(k) == "сутки" && matches!(d, Some(Dir::Past | Dir::Recent))
        {
            let from = add_days(p, -1)?;
            return Some((end, UnitRel::Span(Some(from), Some(p), "ru.past_unit")));
        }
        if matches!(u, Unit::Day | Unit::Hour | Unit::Minute) || form == Form::Half {
            return None;
        }
        let weekend = form == Form::Two;
        if weekend && u != Unit::Week {
            return None;
        }
        let n = match d {
            None => -2,
            Some(Dir::Past) => -1,
            Some(Dir::Current) => 0,
            Some(Dir::Future) => 1,
            // "за последнюю неделю", "за истекший месяц": the stretch up to today.
            Some(Dir::Recent) if !weekend => {
                let from = shift(u, p, -1)?;
                return Some((end, UnitRel::Span(Some(from), Some(p), "ru.past_unit")));
            }
            Some(Dir::Recent) => return None,
            Some(Dir::Following) => return None,
        };
        // "в следующем году" told as past, after a date: the year after that one.
        if n == 1
            && self.word(i).starts_with("следующ")
            && self.ctx.last.is_some()
            && matches!(
                tense::around(self.t, self.text, i, end),
                Some((tense::Tense::Past, _))
            )
            && let Some((base, Some(_))) = self.ctx.anchor_for(u, 1)
        {
            let per = Period::around(u, base, 1)?;
            if weekend {
                return None;
            }
            return Some((end, UnitRel::Period(per, "ru.unit_following")));
        }
        // "в ближайшие выходные": the coming weekend, this week's if it is still to come;
        // "в ближайшем месяце", "на ближайшей неделе": within the coming one.
        if n == 1 && self.word(i).starts_with("ближайш") {
            if !weekend {
                let to = shift(u, p, 1)?;
                return Some((end, UnitRel::Span(Some(p), Some(to), "ru.next_n_units")));
            }
            let this = Period::week_of(p)?;
            let saturday = add_days(this.first, 5)?;
            let per = if p <= saturday {
                this
            } else {
                Period::around(Unit::Week, p, 1)?
            };
            let a = add_days(per.first, 5)?;
            return Some((end, UnitRel::Span(Some(a), Some(per.last), "ru.weekend")));
        }
        let per = Period::around(u, p, n)?;
        if weekend {
            // Выходные: Saturday and Sunday.
            let a = add_days(per.first, 5)?;
            return Some((end, UnitRel::Span(Some(a), Some(per.last), "ru.weekend")));
        }
        let rule = match n {
            -2 => "ru.unit_before_last",
            -1 => "ru.last_unit",
            0 => "ru.this_unit",
            _ => "ru.next_unit",
        };
        // "на этой неделе", "в этом месяце": the part of it already past when the clause
        // tells what happened, the part to come when it tells a plan.
        if n == 0 && matches!(u, Unit::Week | Unit::Month) {
            match tense::around(self.t, self.text, i, end) {
                Some((tense::Tense::Past, _)) => {
                    return Some((end, UnitRel::Span(Some(per.first), Some(p), rule)));
                }
                Some((tense::Tense::Future, _)) => {
                    return Some((end, UnitRel::Span(Some(p), Some(per.last), rule)));
                }
                _ => {}
            }
        }
        Some((end, UnitRel::Period(per, rule)))
    }

    /// "в ночь на среду", "в ночь на 14 сентября", "в ночь на 24.10.2003", "в ночь со вторника
    /// на среду", "в ночь с 13 на 14 сентября": the night from one day into the next, one
    /// unknown day of the two.
    pub(super) fn rule_night(&self, i: usize) -> Option<Found> {
        // "в полночь с четверга на пятницу": midnight ends one day and starts the next; which
        // one a report means varies, so both are kept, as for the night.
        if !self.cyrillic(i) || !matches!(self.word(i), "ночь" | "полночь") {
            return None;
        }
        let mut k = i + 1;
        // "с 13", "со вторника": the evening's day, checked against the morning's.
        let mut from: Option<(Option<u32>, Option<Weekday>)> = None;
        if self.is_prep(k, Prep::From) {
            let x = match (self.lx(k + 1), self.single_day(k + 1)) {
                (Lex::Weekday(w), _) => (None, Some(w)),
                (_, Some((_, d))) => (Some(d), None),
                _ => return None,
            };
            from = Some(x);
            k += 2;
        }
        if !self.is_prep(k, Prep::On) {
            return None;
        }
        // ("в ночь на 24.10.2003": a date in figures too.)
        let to = self
            .rule_date(k + 1)
            .or_else(|| self.rule_weekday(k + 1))
            .or_else(|| self.rule_numeric(k + 1))
            .filter(|f| f.start == k + 1)?;
        let morning = to.date.and_then(|d| d.exact_day())?;
        let evening = add_days(morning, -1)?;
        match from {
            Some((Some(d), _)) if d != evening.day() => return None,
            Some((_, Some(w))) if w != evening.weekday() => return None,
            _ => {}
        }
        let night = |d: NaiveDate| IncidentDate::one_of(add_days(d, -1), Some(d)).ok();
        let mut f = self.found(i, to.end, night(morning), "ru.night");
        f.coming = to.coming.and_then(|c| night(c.exact_day()?));
        f.note = Some(format!(
            "the night from {} into {}; both days kept",
            weekday_name(evening.weekday()),
            weekday_name(morning.weekday())
        ));
        f.names_year = to.names_year;
        Some(f)
    }

    /// "накануне": the day before the date that follows it ("накануне 9 Мая", "накануне
    /// похорон 30 апреля", "в канун Нового года"), else the day before the day the text is
    /// telling ("Накануне в ведомстве заявили"), and nothing when it names an event the text
    /// does not date ("накануне переговоров").
    pub(super) fn rule_eve(&self, i: usize) -> Option<Found> {
        if self.lx(i) != Lex::Eve || !self.cyrillic(i) {
            return None;
        }
        let k = i + 1;
        // The date beside it: a day, a holiday, a numeric date (not another eve: the rules
        // called here never come back to this one, so a run of eve words stays linear).
        let date_at = |q: usize| {
            self.rule_date(q)
                .or_else(|| self.rule_holiday(q))
                .or_else(|| self.rule_numeric(q))
                .filter(|d| d.start == q)
        };
        // "Накануне, 14 сентября, ...": the eve is the day written beside it.
        if self.punct(k, b',')
            && let Some(d) = date_at(k + 1)
            && d.date.and_then(|x| x.exact_day()).is_some()
        {
            let mut f = d;
            f.start = i;
            f.rule = "ru.eve_named";
            // (A yearless day keeps its cycle: it takes the year of the story, as it would alone.)
            return Some(f);
        }
        // The date it is the eve of: right after it, or after a word or two naming the event.
        for skip in 0..=2 {
            let q = k + skip;
            let plain = (k..q).all(|x| {
                self.tok(x).is_some_and(|t| {
                    t.kind == Kind::Word && t.script == Script::Cyrillic && t.lex == Lex::None
                }) && tense::cue_of(self.t, self.text, x).is_none()
            });
            if !plain {
                break;
            }
            let Some(d) = date_at(q) else {
                continue;
            };
            let Some(day) = d.date.and_then(|x| x.exact_day()) else {
                break;
            };
            let eve = |x: NaiveDate| add_days(x, -1).map(IncidentDate::day);
            let mut f = self.found(i, d.end, eve(day), "ru.eve");
            f.coming = d.coming.and_then(|c| eve(c.exact_day()?));
            f.names_year = d.names_year;
            f.anchor = true;
            return Some(f);
        }
        if self.word(i) != "накануне" {
            return None;
        }
        // "накануне переговоров", "накануне Дня независимости": the eve of an event.
        if listed(false, self.word(k)) {
            let mut f = self.found(i, k + 1, None, "ru.eve");
            f.note = Some("the eve of an event the text does not date here; no date given".into());
            return Some(f);
        }
        // "Накануне" in a paragraph that has told no date yet is the day before the report's
        // ("Дипломатия. Накануне МИД заявил"): the news tells each paragraph from its own
        // day, not from the last date of the paragraph before. After a date in its paragraph
        // it is the eve of that date.
        let (base, anchor) = if self.ctx.anchor_line != Some(self.line) {
            (self.ctx.published, None)
        } else {
            self.ctx.anchor_for(Unit::Day, -1)?
        };
        let day = add_days(base, -1)?;
        let mut end = k;
        if self.lx(end) == Lex::PartOfDay {
            end += 1;
        }
        let mut f = self.found(i, end, Some(IncidentDate::day(day)), "ru.eve_anchor");
        f.note = Some(anchor_note(anchor, base));
        f.anchor = true;
        Some(f)
    }

    /// A Russian century: "XX век", "в XIX в.", "в 20-м веке", "двадцатом веке", "двадцать
    /// первого века", "в прошлом веке", "в позапрошлом веке". One unknown day in it.
    pub(super) fn russian_century(&self, i: usize) -> Option<(usize, i32)> {
        let this = (self.ctx.published.year() - 1).div_euclid(100) + 1;
        let (c, k) = match (self.lx(i), self.tok(i)) {
            (Lex::Qual(Dir::Past), _) if self.cyrillic(i) => (this - 1, i + 1),
            (Lex::BeforeLast, _) => (this - 2, i + 1),
            (Lex::This | Lex::Qual(Dir::Current), _) if self.cyrillic(i) => (this, i + 1),
            (Lex::Card(20), _) if self.cyrillic(i) => match self.lx(i + 1) {
                Lex::Ord(u) if u < 10 => (20 + u as i32, i + 2),
                _ => return None,
            },
            (Lex::Ord(n), _) => (n as i32, i + 1),
            (_, Some(t))
                if t.kind == Kind::Num
                    && t.suffix == NumSuffix::Ordinal
                    && (1..=30).contains(&t.val) =>
            {
                (t.val as i32, i + 1)
            }
            _ => return None,
        };
        let end = if self.cyrillic(k) && matches!(self.lx(k), Lex::Unit(Unit::Century, Form::One)) {
            k + 1
        } else if self.word(k) == "в" && self.punct(k + 1, b'.') && self.tok(i)?.kind == Kind::Word
        {
            // "XX в.": only after a numeral in letters, "в." being also a preposition.
            k + 2
        } else {
            return None;
        };
        Some((end, c))
    }

    /// "15-го числа", "20 числа прошлого месяца", "первого числа": a day of the month named
    /// after "числа", or of the month last told (of the publication month, with none).
    pub(super) fn rule_day_of_month_word(&self, i: usize) -> Option<Found> {
        let (k, lo, hi) = self.day_at(i)?;
        if lo != hi || self.word(k) != "числа" || !self.cyrillic(k) {
            return None;
        }
        let end = k + 1;
        if let Some((e, UnitRel::Period(per, _))) = self.unit_rel_at(end)
            && per.unit == Unit::Month
        {
            let day = ymd(per.first.year(), per.first.month(), lo)?;
            let mut f = self.found(
                i,
                e,
                Some(IncidentDate::day(day)),
                "ru.day_of_relative_month",
            );
            f.anchor = true;
            return Some(f);
        }
        let p = self.ctx.published;
        let (base, anchor) = self.ctx.anchor_for(Unit::Month, 0)?;
        let mut coming = None;
        let date = match anchor {
            Some(a) => {
                if a.precision() == crate::date::Precision::Day && lo < base.day() {
                    return None;
                }
                ymd(base.year(), base.month(), lo)?
            }
            None => {
                let month_of = |d: NaiveDate| ymd(d.year(), d.month(), lo);
                let next = resolve::add_months(p, 1)?;
                let prev = resolve::add_months(p, -1)?;
                coming = month_of(p).filter(|d| *d >= p).or_else(|| month_of(next));
                month_of(p).filter(|d| *d <= p).or_else(|| month_of(prev))?
            }
        };
        let mut f = self.found(i, end, Some(IncidentDate::day(date)), "ru.day_of_month");
        f.coming = coming.filter(|c| *c != date).map(IncidentDate::day);
        f.grain = Some(Grain::Day);
        f.anchor = true;
        Some(f)
    }

    /// "сегодня, в среду", "вчера (во вторник)", "сегодня, в пятницу вечером": a day word and
    /// the weekday it is. The day word gives the date; the weekday, what the publication day
    /// is (as "today, Thursday" does in English).
    pub(super) fn rule_dayword_weekday_ru(&self, i: usize) -> Option<Found> {
        let Lex::DayRel(d) = self.lx(i) else {
            return None;
        };
        if !self.cyrillic(i) {
            return None;
        }
        let mut k = i + 1;
        let bracket = self.punct(k, b'(');
        if !bracket && !self.punct(k, b',') {
            return None;
        }
        k += 1;
        if matches!(self.word(k), "в" | "во") {
            k += 1;
        }
        let Lex::Weekday(w) = self.lx(k) else {
            return None;
        };
        if lex::cases_of(self.word(k)) & (ACC | NOM) == 0 || self.russian_name(k) {
            return None;
        }
        k += 1;
        if self.lx(k) == Lex::PartOfDay {
            k += 1;
        }
        if bracket {
            if !self.punct(k, b')') {
                return None;
            }
            k += 1;
        } else if self.is_prep(k, Prep::And) || self.punct(k, b'-') || self.word(k) == "или" {
            // "вчера, в среду и четверг": a list, not the name of the day.
            return None;
        }
        let day = add_days(self.ctx.published, i64::from(d))?;
        let mut f = self.found(i, k, Some(IncidentDate::day(day)), "ru.dayword_weekday");
        f.anchor = true;
        f.note = super::dayword_disagreement(day, w);
        f.clue = Some(super::publication::publication_weekday(w, d));
        Some(f)
    }

    /// "на днях": a day of the week before the publication day, or of the week after it when
    /// the clause tells what is to come.
    pub(super) fn few_days(&self, i: usize) -> Option<Found> {
        if self.lx(i) != Lex::Vague(Vague::Days) {
            return None;
        }
        let p = self.ctx.published;
        let mut f = self.found(
            i,
            i + 1,
            IncidentDate::one_of(add_days(p, -7), add_days(p, -1)).ok(),
            "ru.few_days",
        );
        f.coming = IncidentDate::one_of(add_days(p, 1), add_days(p, 7)).ok();
        Some(f)
    }

    /// The two ends of "между 28 и 30 апреля", "28 и 30 апреля" as one unknown day of the
    /// span, not an interval: the text names two days (or a span some day of which is meant).
    pub(super) fn russian_day_list(&self, start_date: usize, day_end: usize) -> bool {
        let between = start_date
            .checked_sub(1)
            .is_some_and(|b| self.is_prep(b, Prep::Between) && self.cyrillic(b));
        let and = (start_date..day_end).any(|k| self.is_prep(k, Prep::And) && self.cyrillic(k));
        between || and
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::ru::DAT;

    #[test]
    fn case_table_covers_both_readings_of_a_form() {
        assert_eq!(lex::cases_of("среде"), DAT | PRE);
        assert_eq!(lex::cases_of("апреле"), PRE);
        assert_ne!(lex::cases_of("среду") & ACC, 0);
        assert_eq!(lex::cases_of("майор"), 0);
    }
}
