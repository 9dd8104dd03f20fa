//! Quarters and halves of a year as news names them: "the third quarter", "third-quarter
//! profit", "the 1997 third quarter", "fourth-quarter 1989", "the first half", "first-half",
//! "this quarter", "the current quarter", "last quarter", "the previous quarter", "the
//! quarter" and "the year-earlier quarter" or "period" after one named, "the fourth period" in
//! a text that speaks of quarters, "الربع الثالث", "النصف الأول", "الربع الجاري". With "of"
//! and a year ("the first half of 1998") they are `rule_subperiod`'s.
//!
//! A quarter or half with no year is the last one to have begun by the publication day, or
//! the coming one, and the tense of the clause picks as it does for a month with no year
//! ("third-quarter profit fell" in October: this year's; "will report fourth-quarter results"
//! in January: the one just ended, the nearer). "The quarter" and "the year-earlier period"
//! count from the last quarter or half the text named; with none named they are not read.

use chrono::{Datelike, NaiveDate};

use super::{Found, Grain, Parser};
use crate::date::IncidentDate;
use crate::tagger::lex::{Dir, Kind, Lex, NumSuffix, Prep, Unit};
use crate::tagger::resolve;

/// How recently a quarter or half with no year may have ended to be the only reading.
const NEAR_DAYS: i64 = 45;

/// Part `n` of a year cut in `parts` (4: quarters, 2: halves).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct YearPart {
    pub year: i32,
    pub n: u32,
    pub parts: u32,
}

impl YearPart {
    fn span(self) -> Option<(NaiveDate, NaiveDate)> {
        resolve::year_part_span(self.year, self.parts, self.n)
    }
    pub(super) fn date(self) -> Option<IncidentDate> {
        let (a, b) = self.span()?;
        IncidentDate::one_of(Some(a), Some(b)).ok()
    }
    /// `k` parts later (earlier when negative).
    pub(super) fn shift(self, k: i64) -> Option<YearPart> {
        let parts = i64::from(self.parts);
        let idx = i64::from(self.year) * parts + i64::from(self.n) - 1 + k;
        Some(YearPart {
            year: i32::try_from(idx.div_euclid(parts)).ok()?,
            n: u32::try_from(idx.rem_euclid(parts)).ok()? + 1,
            parts: self.parts,
        })
    }
    fn containing(d: NaiveDate, parts: u32) -> YearPart {
        YearPart {
            year: d.year(),
            n: (d.month() - 1) / (12 / parts) + 1,
            parts,
        }
    }
    /// The quarter or half a date of that grain names.
    pub(super) fn of(d: &IncidentDate, grain: Grain) -> Option<YearPart> {
        let parts = match grain {
            Grain::Quarter => 4,
            Grain::Half => 2,
            _ => return None,
        };
        Some(YearPart::containing(d.earliest()?, parts))
    }
    fn grain(self) -> Grain {
        if self.parts == 4 {
            Grain::Quarter
        } else {
            Grain::Half
        }
    }
}

/// Which quarter or half the words pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    /// first, second, third, fourth.
    Nth(u32),
    /// So many from the one the publication day is in: this (0), next (1), last (-1).
    FromToday(i64),
    /// previous, prior, preceding: the one before the last named, else before today's.
    Previous,
    /// "the quarter": the last named.
    Same,
    /// year-earlier, year-ago: the last named, a year before.
    YearEarlier,
}

impl Parser<'_> {
    pub(super) fn rule_quarter(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if self.latin(i) || (t.kind == Kind::Num && self.latin(i + 1)) {
            self.quarter_en(i)
        } else if self.arabic(i) {
            self.quarter_ar(i)
        } else if self.cyrillic(i) {
            self.quarter_ru(i)
        } else {
            None
        }
    }

    /// ORDINAL|последний квартал|полугодие [2021 года|прошлого года], "в третьем квартале",
    /// "во втором полугодии", "в I квартале" (a Roman numeral reads as an ordinal only before
    /// a century); with a year after it the subperiod rule reads "квартале 2021 года" too.
    fn quarter_ru(&self, i: usize) -> Option<Found> {
        let n = match self.lx(i) {
            Lex::Ord(n) => n,
            Lex::Qual(Dir::Recent) => 0,
            _ => return None,
        };
        let parts = match (self.lx(i + 1), self.word(i + 1)) {
            (Lex::Quarter, _) => 4,
            (Lex::Half, w) if w.starts_with("полугоди") => 2,
            _ => return None,
        };
        let n = if n == 0 { parts } else { n };
        let mut end = i + 2;
        let year = match self.year_after(end) {
            Some(y) if y.era.is_none() => {
                end = y.end;
                Some(y.year)
            }
            _ => None,
        };
        let mut f = self.found(i, end, None, "ru.quarter");
        self.nth_part(&mut f, n, parts, year)?;
        f.rule = if year.is_some() {
            "ru.quarter"
        } else {
            "ru.quarter_no_year"
        };
        Some(f)
    }

    fn quarter_en(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let the = self.is_prep(k, Prep::The);
        if the {
            k += 1;
        }
        // "the 1997 third quarter"
        let mut year = None;
        if let Some(t) = self.tok(k)
            && t.kind == Kind::Num
            && t.digits == 4
            && t.suffix == NumSuffix::None
            && (1000..=2200).contains(&t.val)
            && matches!(self.lx(k + 1), Lex::Ord(_))
        {
            year = Some(t.val as i32);
            k += 1;
        }
        let which = match (self.lx(k), self.word(k)) {
            (Lex::Ord(n), _) => {
                k += 1;
                Which::Nth(n)
            }
            (Lex::Qual(Dir::Past), "last") | (_, "latest") => {
                k += 1;
                Which::FromToday(-1)
            }
            (Lex::Qual(Dir::Past), _) | (_, "prior" | "preceding") => {
                k += 1;
                Which::Previous
            }
            (Lex::Qual(Dir::Future), _) => {
                k += 1;
                Which::FromToday(1)
            }
            (Lex::This, _) | (_, "current") => {
                k += 1;
                Which::FromToday(0)
            }
            (Lex::Unit(Unit::Year, _), "year")
                if the
                    && self.punct(k + 1, b'-')
                    && matches!(self.lx(k + 2), Lex::Earlier | Lex::Ago) =>
            {
                k += 3;
                Which::YearEarlier
            }
            (Lex::Quarter, "quarter") if the => Which::Same,
            _ => return None,
        };
        if year.is_some() && !matches!(which, Which::Nth(_)) {
            return None;
        }
        let hyphen = self.punct(k, b'-');
        if hyphen {
            k += 1;
        }
        let parts = match (self.lx(k), self.word(k)) {
            (Lex::Quarter, "quarter") => 4,
            (Lex::Half, "half") => 2,
            // "the fourth period" of a company's year, in a text about quarters.
            (_, "period") if matches!(which, Which::Nth(_)) && self.ctx.quarters => 4,
            (_, "period") if which == Which::YearEarlier => 0,
            _ => return None,
        };
        let mut end = k + 1;
        // "the first half of the match", "the third quarter of the century": not a year's.
        if self.is_prep(end, Prep::Of) {
            return None;
        }
        if year.is_none()
            && matches!(which, Which::Nth(_))
            && let Some(y) = self.year_at_cued(end, true)
            && y.era.is_none()
            && self.tok(end).is_some_and(|t| t.digits == 4)
        {
            year = Some(y.year);
            end = y.end;
        }
        let mut f = self.found(i, end, None, "en.quarter");
        match which {
            Which::Nth(n) => {
                // A half with no year needs a text about quarters or the adjective
                // ("first-half profit"): "the second half" is also a match's.
                if parts == 2 && year.is_none() && !(self.ctx.quarters || hyphen) {
                    return None;
                }
                self.nth_part(&mut f, n, parts, year)?;
            }
            Which::FromToday(d) => {
                let part = YearPart::containing(self.ctx.published, parts).shift(d)?;
                self.set_part(&mut f, part, "en.quarter_relative")?;
            }
            Which::Previous => {
                let last = self
                    .ctx
                    .last_part
                    .and_then(|l| YearPart::of(&l.date, l.grain))
                    .filter(|l| l.parts == parts);
                let part = match last {
                    Some(l) => l.shift(-1)?,
                    None => YearPart::containing(self.ctx.published, parts).shift(-1)?,
                };
                self.set_part(&mut f, part, "en.quarter_previous")?;
            }
            Which::Same => {
                let l = self.ctx.last_part?;
                let part = YearPart::of(&l.date, l.grain).filter(|l| l.parts == parts)?;
                self.set_part(&mut f, part, "en.quarter_anaphoric")?;
            }
            Which::YearEarlier => {
                let l = self.ctx.last_part?;
                let part =
                    YearPart::of(&l.date, l.grain).filter(|l| parts == 0 || l.parts == parts)?;
                let back = part.shift(-i64::from(part.parts))?;
                self.set_part(&mut f, back, "en.quarter_year_earlier")?;
                // Not a period the text names: "the quarter" after it is still the one named.
                f.grain = None;
            }
        }
        Some(f)
    }

    /// الربع|النصف ORDINAL|الأخير [لعام 2021], الربع الجاري|المقبل|الماضي; with من it is
    /// `rule_subperiod`'s.
    fn quarter_ar(&self, i: usize) -> Option<Found> {
        let parts = match self.lx(i) {
            Lex::Quarter => 4,
            Lex::Half => 2,
            _ => return None,
        };
        if !self.has_al(i) {
            return None;
        }
        let which = match self.lx(i + 1) {
            Lex::Ord(n) => Which::Nth(n),
            // الربع الأخير: the fourth.
            Lex::Qual(Dir::Recent) => Which::Nth(parts),
            Lex::Qual(Dir::Current) => Which::FromToday(0),
            Lex::Qual(Dir::Future) => Which::FromToday(1),
            Lex::Qual(Dir::Past) => Which::FromToday(-1),
            _ => return None,
        };
        let mut end = i + 2;
        if self.is_prep(end, Prep::From) {
            return None;
        }
        let mut f = self.found(i, end, None, "ar.quarter");
        match which {
            Which::Nth(n) => {
                let year = match self.year_after(end) {
                    Some(y) if y.era.is_none() && !y.relative => {
                        end = y.end;
                        Some(y.year)
                    }
                    _ => None,
                };
                f.end = end;
                self.nth_part(&mut f, n, parts, year)?;
                f.rule = if year.is_some() {
                    "ar.quarter"
                } else {
                    "ar.quarter_no_year"
                };
            }
            Which::FromToday(d) => {
                let part = YearPart::containing(self.ctx.published, parts).shift(d)?;
                self.set_part(&mut f, part, "ar.quarter_relative")?;
            }
            _ => return None,
        }
        Some(f)
    }

    /// Part `n` of `year`, or with no year the last one begun by the publication day and the
    /// coming one.
    fn nth_part(&self, f: &mut Found, n: u32, parts: u32, year: Option<i32>) -> Option<()> {
        if !(1..=parts).contains(&n) {
            return None;
        }
        let p = self.ctx.published;
        match year {
            Some(y) => self.set_part(f, YearPart { year: y, n, parts }, "en.quarter"),
            None => {
                let this = YearPart {
                    year: p.year(),
                    n,
                    parts,
                };
                let recent = if this.span()?.0 <= p {
                    this
                } else {
                    this.shift(-i64::from(parts))?
                };
                self.set_part(f, recent, "en.quarter_no_year")?;
                // One that ended only weeks ago is the one the news reports on ("analysts had
                // expected second-quarter earnings" in July); an older one may be next year's.
                if (p - recent.span()?.1).num_days() > NEAR_DAYS {
                    f.coming = recent.shift(i64::from(parts))?.date();
                }
                Some(())
            }
        }
    }

    fn set_part(&self, f: &mut Found, part: YearPart, rule: &'static str) -> Option<()> {
        f.date = Some(part.date()?);
        f.grain = Some(part.grain());
        f.rule = rule;
        Some(())
    }
}
