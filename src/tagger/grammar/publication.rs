//! English clues about the publication day itself, used to settle a dateline that has no year
//! ("BISHKEK, Sept 16 (Reuters) -"): a day word beside a weekday ("today, Thursday",
//! "Thursday (today)", "yesterday, Wednesday") and a year named beside a year counted from the
//! publication day ("last year (2021)", "earlier this year, in March 2022").
//!
//! A clue is read only where the words leave no other reading: a weekday in a list ("today,
//! Thursday and Friday") or a possessive ("today, Thursday's vote") is not today's name, and a
//! number that counts something ("last year, 2020 people") is not a year.

use chrono::Weekday;

use super::{Found, Parser, PublicationClue};
use crate::date::IncidentDate;
use crate::tagger::lex::{Dir, Form, Kind, Lex, NumSuffix, Prep, Unit};
use crate::tagger::resolve::add_days;

/// What a day word `d` days from the publication day beside weekday `w` says: the publication
/// day's weekday ("yesterday, Wednesday": a Thursday).
pub(super) fn publication_weekday(w: Weekday, d: i8) -> PublicationClue {
    let mut today = w;
    for _ in 0..d.unsigned_abs() {
        today = if d > 0 { today.pred() } else { today.succ() };
    }
    PublicationClue::TodayIs { weekday: today }
}

impl Parser<'_> {
    /// "today, Thursday", "today (Thursday)", "today Thursday", "Thursday (today)", "this
    /// Thursday, today", "yesterday, Wednesday": an English day word and the weekday it is.
    /// The day word gives the date; the weekday, what the publication day is.
    pub(super) fn rule_dayword_weekday_en(&self, i: usize) -> Option<Found> {
        if !self.latin(i) {
            return None;
        }
        let (d, w, end) = if let Lex::DayRel(d) = self.lx(i) {
            let mut k = i + 1;
            let bracket = self.punct(k, b'(');
            if bracket || self.punct(k, b',') {
                k += 1;
            }
            let w = self.english_weekday_at(k)?;
            k += 1;
            if bracket {
                if !self.punct(k, b')') {
                    return None;
                }
                k += 1;
            } else {
                // "today, Thursday evening".
                if self.latin(k) && self.lx(k) == Lex::PartOfDay {
                    k += 1;
                }
                if !self.apposition_ends(k, true) {
                    return None;
                }
            }
            (d, w, k)
        } else {
            let mut k = i;
            if self.lx(k) == Lex::This {
                k += 1;
            }
            let w = self.english_weekday_at(k)?;
            k += 1;
            let bracket = self.punct(k, b'(');
            if !bracket && !self.punct(k, b',') {
                return None;
            }
            k += 1;
            let Lex::DayRel(d) = self.lx(k) else {
                return None;
            };
            if !self.latin(k) {
                return None;
            }
            k += 1;
            if bracket {
                if !self.punct(k, b')') {
                    return None;
                }
                k += 1;
            } else if !self.apposition_ends(k, false) {
                // "Monday, today officials said", "Monday, today and tomorrow": not an aside.
                return None;
            }
            (d, w, k)
        };
        let day = add_days(self.ctx.published, i64::from(d))?;
        let mut f = self.found(i, end, Some(IncidentDate::day(day)), "en.dayword_weekday");
        f.anchor = true;
        f.note = super::dayword_disagreement(day, w);
        f.clue = Some(publication_weekday(w, d));
        Some(f)
    }

    /// Whether the aside "today, Thursday" ends at token `k`: at the end of the line or a
    /// stop, not in a list ("today, Thursday and Friday", "Monday, today, and Tuesday"), a
    /// range ("Thursday-Friday") or a possessive ("Thursday's vote"). With `words`, a word that
    /// goes on with the sentence ends it too ("today, Thursday, officials said" and "clashed
    /// today Thursday in the valley").
    fn apposition_ends(&self, k: usize, words: bool) -> bool {
        let Some(t) = self.tok(k) else {
            return true;
        };
        let listing = |q: usize| {
            matches!(
                self.lx(q),
                Lex::Prep(Prep::And | Prep::To | Prep::Between) | Lex::Weekday(_) | Lex::DayRel(_)
            ) || self.word(q) == "or"
        };
        match t.kind {
            Kind::Punct(b',') => !listing(k + 1),
            Kind::Punct(b'.' | b';' | b':' | b')' | b'!' | b'?') => true,
            Kind::Word => words && self.latin(k) && !listing(k) && self.word(k) != "s",
            _ => false,
        }
    }

    /// A year named beside "this year", "earlier this year", "last year" or "next year"
    /// (tokens `start..end`): "this year, 2022", "last year (2021)", "earlier this year, in
    /// March 2022". The clue the pair gives about the publication year.
    pub(super) fn year_named_beside(&self, start: usize, end: usize) -> Option<PublicationClue> {
        if !self.latin(start) || end < start + 2 {
            return None;
        }
        if self.lx(end - 1) != Lex::Unit(Unit::Year, Form::One) {
            return None;
        }
        let offset = match self.lx(end - 2) {
            Lex::This => 0,
            Lex::Qual(Dir::Past) => -1,
            Lex::Qual(Dir::Future) => 1,
            _ => return None,
        };
        // "the last year" is the stretch up to today, "the previous year" the one before a
        // date told: neither is counted from the publication year.
        if self.is_prep(start, Prep::The) {
            return None;
        }
        let bracket = self.punct(end, b'(');
        if !bracket && !self.punct(end, b',') {
            return None;
        }
        let mut k = end + 1;
        if self.is_prep(k, Prep::In) {
            k += 1;
        }
        if let Some(mh) = self.month_at(k) {
            if mh.hijri {
                return None;
            }
            k = mh.end;
        }
        let t = self.tok(k)?;
        if t.kind != Kind::Num || t.suffix != NumSuffix::None || t.digits != 4 {
            return None;
        }
        let named = i32::try_from(t.val).ok()?;
        // "last year, 2000 people fled": a count, not a year.
        if !(1900..=2199).contains(&named) || self.amount_after(k, true) {
            return None;
        }
        if bracket && !self.punct(k + 1, b')') {
            return None;
        }
        Some(PublicationClue::YearNamedBeside {
            year: named - offset,
            named,
        })
    }
}
