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

    /// "that month", "the same year", "later that month", "الشهر نفسه", "في ذلك العام", "نفس
    /// السنة", "в том же году": the month or year of the last date the text gave. A month needs a day or a
    /// month before it; "later"/"earlier" after a day keep to its side of that day.
    pub(super) fn rule_anchor_period(&self, i: usize) -> Option<Found> {
        let (k, side) = match self.lx(i) {
            Lex::Later if self.latin(i) => (i + 1, 1),
            Lex::Earlier if self.latin(i) => (i + 1, -1),
            _ => (i, 0),
        };
        let unit_at = |j: usize| match self.lx(j) {
            Lex::Unit(u @ (Unit::Month | Unit::Year), Form::One) => Some(u),
            _ => None,
        };
        let (unit, end) = if self.latin(k) {
            let at = if self.lx(k) == Lex::That {
                k + 1
            } else if self.is_prep(k, Prep::The) && self.lx(k + 1) == Lex::Same {
                k + 2
            } else {
                return None;
            };
            (unit_at(at)?, at + 1)
        } else if self.cyrillic(k) {
            // "в том же году", "в том месяце", "того же года".
            if self.lx(k) != Lex::That {
                return None;
            }
            let at = if self.word(k + 1) == "же" {
                k + 2
            } else {
                k + 1
            };
            (unit_at(at)?, at + 1)
        } else if let Some(u) = unit_at(k).filter(|_| self.has_al(k) && self.lx(k + 1) == Lex::Same)
        {
            (u, k + 2)
        } else if matches!(self.lx(k), Lex::Same | Lex::That) {
            (unit_at(k + 1).filter(|_| self.has_al(k + 1))?, k + 2)
        } else {
            return None;
        };
        let l = self.ctx.last?;
        let first = l.date.earliest()?;
        let last = l.date.latest()?;
        let date = match unit {
            Unit::Month if matches!(l.grain, Grain::Day | Grain::Month) => {
                if first.year() != last.year() || first.month() != last.month() {
                    return None;
                }
                let month = IncidentDate::month(first.year(), first.month()).ok()?;
                let (lo, hi) = (month.earliest()?, month.latest()?);
                match side {
                    1 if l.grain == Grain::Day && last < hi => {
                        IncidentDate::one_of(last.succ_opt(), Some(hi)).ok()?
                    }
                    -1 if l.grain == Grain::Day && first > lo => {
                        IncidentDate::one_of(Some(lo), first.pred_opt()).ok()?
                    }
                    _ => month,
                }
            }
            Unit::Year if first.year() == last.year() => IncidentDate::year(first.year()),
            _ => return None,
        };
        let rule = if self.latin(k) {
            "en.anchor_period"
        } else {
            "ar.anchor_period"
        };
        let mut f = self.found(i, end, Some(date), rule);
        f.note = Some(format!(
            "the {} of {}, the nearest preceding date in the text",
            if unit == Unit::Month { "month" } else { "year" },
            l.date.to_edtf()
        ));
        f.grain = Some(if unit == Unit::Month {
            Grain::Month
        } else {
            Grain::Year
        });
        Some(f)
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
