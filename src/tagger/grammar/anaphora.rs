//! Expressions counted from the date the text just gave, at that date's grain: "a year
//! earlier" after "the third quarter" is the third quarter a year before, "the previous month"
//! after "September" is August, "the year before" after "1996" is 1995; and "the week before
//! last", counted from the publication day.
//!
//! A year back at the grain of a month or a quarter needs that month or quarter in the same
//! sentence ("net income for the third quarter rose 18% from a year earlier"); "a year ago",
//! which otherwise counts from the publication day, also needs a comparison between the two
//! ("compared with $296 million a year ago"). Anything else keeps the reading it had.

use chrono::Datelike;

use super::quarter::YearPart;
use super::{Found, Grain, Last, Parser, UnitRel};
use crate::date::IncidentDate;
use crate::tagger::en::COMPARING;
use crate::tagger::lex::{Approx, Form, Kind, Lex, Prep, Unit, listed};
use crate::tagger::resolve::{self, Period};
use crate::tagger::tense;

impl Parser<'_> {
    /// Whether `last` ended in this line's sentence, before token `i`.
    fn same_sentence(&self, last: &Last, i: usize) -> bool {
        last.line == self.line
            && last.end <= i
            && !(last.end..i).any(|k| tense::ends_sentence(self.t, self.text, k))
    }

    /// `years` years before (after, when negative) the month, quarter or half the sentence
    /// just named; with `comparing`, only when a comparison stands between them.
    pub(super) fn year_back_at_grain(
        &self,
        i: usize,
        years: i64,
        comparing: bool,
    ) -> Option<IncidentDate> {
        let l = self.ctx.last?;
        if !self.same_sentence(&l, i) {
            // Told in an earlier sentence, the period may not be the one meant ("the jobless
            // rate ... a year earlier" after a month named in passing): its year only.
            if comparing {
                return None;
            }
            let y = l.date.earliest()?.year();
            return Some(IncidentDate::year(
                y.checked_sub(i32::try_from(years).ok()?)?,
            ));
        }
        if comparing
            && !(l.end..i).any(|k| {
                listed(COMPARING, self.word(k)) || self.lx(k) == Lex::Approx(Approx::MoreThan)
            })
        {
            return None;
        }
        match l.grain {
            Grain::Month => {
                let first = resolve::add_months(l.date.earliest()?, -12 * years)?;
                Period::around(Unit::Month, first, 0)?.date()
            }
            Grain::Quarter | Grain::Half => {
                let part = YearPart::of(&l.date, l.grain)?;
                let back = part.shift(-years * i64::from(part.parts))?;
                back.date()
            }
            _ => None,
        }
    }

    /// The `unit` before the last date the text gave, when that date is fine enough to count
    /// in `unit`s: a week from a week, a month from a day or a month, a year from any of them.
    pub(super) fn unit_before_last_date(&self, unit: Unit, from_day: bool) -> Option<Period> {
        let l = self.ctx.last?;
        let fits = match unit {
            Unit::Week => l.grain == Grain::Week || (from_day && l.grain == Grain::Day),
            Unit::Month => matches!(l.grain, Grain::Day | Grain::Month),
            Unit::Year => true,
            _ => false,
        };
        if !fits {
            return None;
        }
        Period::around(unit, l.date.earliest()?, -1)
    }

    /// "the week before last", "the month before last", "the year before last" (from the
    /// publication day); "the year before", "the month before", "the week before" at the end
    /// of a clause (from the last date the text gave, at its grain).
    pub(super) fn rule_unit_before(&self, i: usize) -> Option<Found> {
        if !self.latin(i) || !self.is_prep(i, Prep::The) {
            return None;
        }
        let Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), Form::One) = self.lx(i + 1)
        else {
            return None;
        };
        if !self.is_prep(i + 2, Prep::Before) {
            return None;
        }
        let (end, per, rule) = if self.word(i + 3) == "last" {
            let per = Period::around(u, self.ctx.published, -2)?;
            (i + 4, per, "en.unit_before_last")
        } else if self
            .tok(i + 3)
            .is_none_or(|t| matches!(t.kind, Kind::Punct(b',' | b'.' | b';' | b':' | b')')))
        {
            (
                i + 3,
                self.unit_before_last_date(u, false)?,
                "en.unit_before",
            )
        } else {
            return None;
        };
        let mut f = self.found(i, end, per.date(), rule);
        f.grain = (u == Unit::Week).then_some(Grain::Week);
        Some(f)
    }

    /// "the previous week/month/year" read from the last date the text gave; with no date
    /// before it, `None` (it is then the one before the publication day's); after a date too
    /// coarse to count from ("in 2019 ... the previous week"), found with no date.
    pub(super) fn previous_unit(&self, u: Unit) -> Option<UnitRel> {
        self.ctx.last?;
        Some(match self.unit_before_last_date(u, true) {
            Some(per) => UnitRel::Period(per, "en.previous_unit"),
            None => UnitRel::Span(None, None, "en.previous_unit"),
        })
    }
}
