//! Ordinals of weekdays: "the third Tuesday of September 2014", "the first Monday in May", "the
//! last Friday of the month", "الجمعة الأولى من شهر رمضان", "آخر جمعة من رمضان".
//!
//! The day is counted in the month (or year) the text names. Without one, or when the month
//! has no such day (a fifth Wednesday), the expression is reported with no date: read as a
//! bare weekday or as a day of the month it would give a wrong day.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Found, Grain, Parser};
use crate::date::{IncidentDate, month_name, weekday_name};
use crate::tagger::lex::{self, Dir, Era, Form, Kind, Lex, NumSuffix, Part, Prep, Unit};
use crate::tagger::resolve::{self, nth_weekday_in};

/// A month or a year as a span of days.
pub(super) struct SpanHit {
    pub end: usize,
    pub span: (NaiveDate, NaiveDate),
    /// The coming one, when the text gave no year and no direction word.
    pub coming: Option<(NaiveDate, NaiveDate)>,
    /// For a month: whether it is a Hijri one.
    pub month: Option<bool>,
}

impl Parser<'_> {
    /// A Gregorian or Hijri month, or a year, as a span of days: "September 2014", "the
    /// month", "next month", "شهر رمضان", "رمضان المقبل", "2020".
    pub(super) fn month_span_at(&self, k: usize) -> Option<SpanHit> {
        let p = self.ctx.published;
        if let Some(mh) = self.month_at(k)
            && mh.hijri
        {
            let m = u8::try_from(mh.m).ok()?;
            let mut q = mh.end;
            let mut dir = None;
            let year = self.year_after(q);
            let hy = match year {
                Some(y) if y.era == Some(Era::Gregorian) || y.relative => return None,
                Some(y) => {
                    q = y.end;
                    y.year
                }
                None => {
                    if let Lex::Qual(d @ (Dir::Past | Dir::Future | Dir::Current)) = self.lx(q)
                        && self.arabic(q)
                    {
                        dir = Some(d);
                        q += 1;
                    }
                    resolve::hijri_year_for(p, m, None, dir)?
                }
            };
            let coming = if year.is_none() && dir.is_none() {
                resolve::hijri_year_for(p, m, None, Some(Dir::Future))
                    .and_then(|h| resolve::hijri_month_span(h, m))
            } else {
                None
            };
            return Some(SpanHit {
                end: q,
                span: resolve::hijri_month_span(hy, m)?,
                coming,
                month: Some(true),
            });
        }
        let (end, per, _, coming, _) = self.period_at(k)?;
        if !matches!(per.unit, Unit::Month | Unit::Year) {
            return None;
        }
        Some(SpanHit {
            end,
            span: (per.first, per.last),
            coming: coming.map(|c| (c.first, c.last)),
            month: (per.unit == Unit::Month).then_some(false),
        })
    }

    pub(super) fn rule_ordinal_weekday(&self, i: usize) -> Option<Found> {
        if self.latin(i) {
            self.ordinal_weekday_en(i)
        } else if self.arabic(i) {
            self.ordinal_weekday_ar(i)
        } else {
            None
        }
    }

    /// [the] first..fifth|last|3rd WEEKDAY [of|in [the] MONTH|YEAR]
    fn ordinal_weekday_en(&self, i: usize) -> Option<Found> {
        let mut k = i;
        let the = self.is_prep(k, Prep::The);
        if the {
            k += 1;
        }
        let n = match (self.lx(k), self.tok(k)) {
            (Lex::Ord(n), _) if (1..=5).contains(&n) => n,
            (Lex::Qual(Dir::Past), _) if self.word(k) == "last" => 0,
            (_, Some(t))
                if t.kind == Kind::Num
                    && t.suffix == NumSuffix::Ordinal
                    && (1..=5).contains(&t.val) =>
            {
                t.val
            }
            _ => return None,
        };
        let Lex::Weekday(w) = self.lx(k + 1) else {
            return None;
        };
        let end = k + 2;
        let of = self.is_prep(end, Prep::Of) || self.is_prep(end, Prep::In);
        // "last Friday", "the last Friday prayers": the Friday before the publication day, the
        // weekday rule's.
        if n == 0 && !of {
            return None;
        }
        let mut f = self.found(i, end, None, "en.ordinal_weekday");
        if of {
            let mut q = end + 1;
            if self.is_prep(q, Prep::The) {
                q += 1;
            }
            if let Some(h) = self.month_span_at(q) {
                f.end = h.end;
                return Some(self.nth_weekday(f, &h, w, n));
            }
        }
        f.note = Some(format!(
            "an ordinal {} with no month or year named; no date given",
            weekday_name(w)
        ));
        Some(f)
    }

    /// [يوم] WEEKDAY ORDINAL|الأخيرة من|في MONTH, أول|آخر WEEKDAY-NOUN من|في MONTH.
    fn ordinal_weekday_ar(&self, i: usize) -> Option<Found> {
        let mut k = i;
        if matches!(self.lx(k), Lex::Unit(Unit::Day, Form::One)) && !self.has_al(k) {
            k += 1;
        }
        let (w, n, q, named_first) = if let Lex::Weekday(w) = self.lx(k) {
            let n = match self.lx(k + 1) {
                Lex::Ord(n) if (1..=5).contains(&n) => n,
                Lex::Qual(Dir::Recent) => 0,
                _ => return None,
            };
            if self.tok(k + 1).is_some_and(|t| t.clitics != 0) {
                return None;
            }
            (w, n, k + 2, true)
        } else if let Lex::Part(part @ (Part::Early | Part::Late)) = self.lx(k)
            && matches!(self.word(k), "اول" | "اخر")
        {
            let w = lex::weekday_without_article(self.word(k + 1))?;
            (w, u32::from(part == Part::Early), k + 2, false)
        } else {
            return None;
        };
        if !(self.is_prep(q, Prep::From) || self.is_prep(q, Prep::In)) {
            return None;
        }
        let h = self.month_span_at(q + 1)?;
        let mut f = self.found(i, h.end, None, "ar.ordinal_weekday");
        // "الخميس الأول من مايو" may also be Thursday the first of May: when that day is a
        // Thursday too and the two readings part, only the month is certain.
        if named_first
            && n > 0
            && h.month == Some(false)
            && let Some(day) = resolve::add_days(h.span.0, i64::from(n) - 1)
            && day.weekday() == w
            && nth_weekday_in(h.span.0, h.span.1, w, n) != Some(day)
        {
            f.date = IncidentDate::month(h.span.0.year(), h.span.0.month()).ok();
            f.coming = h
                .coming
                .and_then(|(a, _)| IncidentDate::month(a.year(), a.month()).ok());
            f.note = Some(format!(
                "either the {n}th {} of {} or the {n}th day, itself a {}; the month is kept",
                weekday_name(w),
                month_name(h.span.0.month()),
                weekday_name(w)
            ));
            return Some(f);
        }
        Some(self.nth_weekday(f, &h, w, n))
    }

    /// The `n`th weekday `w` of the span (0 = the last), and of the coming one.
    fn nth_weekday(&self, mut f: Found, h: &SpanHit, w: Weekday, n: u32) -> Found {
        match nth_weekday_in(h.span.0, h.span.1, w, n) {
            Some(d) => {
                let hijri = h.month == Some(true);
                let day = |d: NaiveDate| {
                    let d = IncidentDate::day(d);
                    if hijri { d.approximate() } else { d }
                };
                f.date = Some(day(d));
                f.coming = h
                    .coming
                    .and_then(|(a, b)| nth_weekday_in(a, b, w, n))
                    .map(day);
                f.anchor = !hijri;
                f.grain = Some(Grain::Day);
                if hijri {
                    f.note = Some(
                        "counted in the Hijri month by the Umm al-Qura calendar; where the moon \
                         is sighted the month may begin a day apart"
                            .into(),
                    );
                }
            }
            None => {
                f.note = Some(format!(
                    "there is no {} {} from {} to {}; no date given",
                    if n == 0 {
                        "last".to_string()
                    } else {
                        format!("{n}th")
                    },
                    weekday_name(w),
                    h.span.0,
                    h.span.1
                ));
            }
        }
        f
    }
}
