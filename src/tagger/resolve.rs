//! Calendar arithmetic for resolution: which April "29 April" means given the publication day
//! and a direction word, week and part-of-period bounds, unit shifts, and Hijri (Umm al-Qura)
//! to Gregorian conversion through `icu_calendar`. Nothing here reads text.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};

use super::lex::{Dir, Part, Unit};
use crate::date::{IncidentDate, last_day_of_month};

/// Years tried when looking for the nearest valid day (29 February needs up to 8).
const YEAR_SEARCH: i32 = 8;

pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(crate) fn add_days(p: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        p.checked_add_days(Days::new(n as u64))
    } else {
        p.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

pub(crate) fn add_months(p: NaiveDate, n: i64) -> Option<NaiveDate> {
    let months = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
    if n >= 0 {
        p.checked_add_months(months)
    } else {
        p.checked_sub_months(months)
    }
}

/// Day `d` of month `m` in the year the direction picks, relative to `p`:
/// no word = most recent on or before `p`; past = strictly before; future = strictly after;
/// current = in `p`'s year.
pub(crate) fn day_month(p: NaiveDate, m: u32, d: u32, dir: Option<Dir>) -> Option<NaiveDate> {
    let y = p.year();
    match dir {
        Some(Dir::Current) => ymd(y, m, d),
        Some(Dir::Future) | Some(Dir::Following) => (0..YEAR_SEARCH)
            .filter_map(|k| ymd(y + k, m, d))
            .find(|c| *c > p),
        Some(Dir::Past) => (0..YEAR_SEARCH)
            .filter_map(|k| ymd(y - k, m, d))
            .find(|c| *c < p),
        None | Some(Dir::Recent) => (0..YEAR_SEARCH)
            .filter_map(|k| ymd(y - k, m, d))
            .find(|c| *c <= p),
    }
}

/// The year of month `m` picked by the direction, relative to `p`'s month.
pub(crate) fn month_year(p: NaiveDate, m: u32, dir: Option<Dir>) -> i32 {
    let (y, pm) = (p.year(), p.month());
    match dir {
        Some(Dir::Current) => y,
        Some(Dir::Future) | Some(Dir::Following) => {
            if m > pm {
                y
            } else {
                y + 1
            }
        }
        Some(Dir::Past) => {
            if m < pm {
                y
            } else {
                y - 1
            }
        }
        None | Some(Dir::Recent) => {
            if m <= pm {
                y
            } else {
                y - 1
            }
        }
    }
}

pub(crate) fn monday_of(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// The weekday picked by the direction: no word = on or before `p`; past = strictly before;
/// future = strictly after; current = in `p`'s week (Monday to Sunday).
pub(crate) fn weekday(p: NaiveDate, w: Weekday, dir: Option<Dir>) -> Option<NaiveDate> {
    let pd = i64::from(p.weekday().num_days_from_monday());
    let wd = i64::from(w.num_days_from_monday());
    let back = (pd - wd).rem_euclid(7);
    let fwd = (wd - pd).rem_euclid(7);
    match dir {
        None | Some(Dir::Recent) => add_days(p, -back),
        Some(Dir::Past) => add_days(p, -(if back == 0 { 7 } else { back })),
        Some(Dir::Future) | Some(Dir::Following) => add_days(p, if fwd == 0 { 7 } else { fwd }),
        Some(Dir::Current) => add_days(p, wd - pd),
    }
}

/// The `n`th weekday `w` (1-based; 0 = the last) between `first` and `last`, both included:
/// "the third Tuesday of September", "the last Friday of Ramadan". `None` when the span has no
/// such day (a fifth Monday in a month with four).
pub(crate) fn nth_weekday_in(
    first: NaiveDate,
    last: NaiveDate,
    w: Weekday,
    n: u32,
) -> Option<NaiveDate> {
    let d = if n == 0 {
        let back = (i64::from(last.weekday().num_days_from_monday())
            - i64::from(w.num_days_from_monday()))
        .rem_euclid(7);
        add_days(last, -back)?
    } else {
        let fwd = (i64::from(w.num_days_from_monday())
            - i64::from(first.weekday().num_days_from_monday()))
        .rem_euclid(7);
        add_days(first, fwd + 7 * (i64::from(n) - 1))?
    };
    (first <= d && d <= last).then_some(d)
}

/// Easter Sunday of Gregorian year `y` (the Western churches' computus, valid from 1583).
pub(crate) fn easter(y: i32) -> Option<NaiveDate> {
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let (b, c) = (y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let x = h + l - 7 * m + 114;
    ymd(
        y,
        u32::try_from(x / 31).ok()?,
        u32::try_from(x % 31 + 1).ok()?,
    )
}

/// A feast whose day moves from year to year by a rule of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MovableFeast {
    /// The `n`th weekday `w` of month `m` (0 = the last): Thanksgiving, Labor Day.
    NthWeekday { m: u8, w: Weekday, n: u8 },
    /// So many days from Easter Sunday: Good Friday is -2.
    Easter(i8),
}

impl MovableFeast {
    /// Its day in Gregorian year `y`.
    pub(crate) fn in_year(self, y: i32) -> Option<NaiveDate> {
        match self {
            MovableFeast::NthWeekday { m, w, n } => {
                let per = Period::month(y, u32::from(m))?;
                nth_weekday_in(per.first, per.last, w, u32::from(n))
            }
            MovableFeast::Easter(off) => add_days(easter(y)?, i64::from(off)),
        }
    }

    /// The occurrence the direction picks relative to `p` (as [`day_month`] does for a fixed
    /// day).
    pub(crate) fn around(self, p: NaiveDate, dir: Option<Dir>) -> Option<NaiveDate> {
        let y = p.year();
        let mut years = (y - 1..=y + 1).filter_map(|y| self.in_year(y));
        match dir {
            Some(Dir::Current) => self.in_year(y),
            Some(Dir::Future) | Some(Dir::Following) => years.find(|d| *d > p),
            Some(Dir::Past) => years.rev().find(|d| *d < p),
            None | Some(Dir::Recent) => years.rev().find(|d| *d <= p),
        }
    }
}

/// Quarter `q` (1-4) or half `h` (1-2) of year `y`, as its first and last day: `parts` is 4 or 2.
pub(crate) fn year_part_span(y: i32, parts: u32, n: u32) -> Option<(NaiveDate, NaiveDate)> {
    if !(parts == 2 || parts == 4) || !(1..=parts).contains(&n) {
        return None;
    }
    let months = 12 / parts;
    Some((
        ymd(y, (n - 1) * months + 1, 1)?,
        last_day_of_month(y, n * months),
    ))
}

/// A calendar period as first and last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Period {
    pub unit: Unit,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Period {
    pub fn month(y: i32, m: u32) -> Option<Period> {
        Some(Period {
            unit: Unit::Month,
            first: ymd(y, m, 1)?,
            last: last_day_of_month(y, m),
        })
    }
    pub fn year(y: i32) -> Option<Period> {
        Some(Period {
            unit: Unit::Year,
            first: ymd(y, 1, 1)?,
            last: ymd(y, 12, 31)?,
        })
    }
    /// The week `n` weeks from the one holding `d`, as Arabic news may mean it: the week
    /// begins on Saturday, Sunday or Monday depending on the country, so the span holds the
    /// three ("الأسبوع المقبل" on Friday 30 September 2022 is 1–9 October).
    pub fn arab_week(d: NaiveDate, n: i64) -> Option<Period> {
        let mut first: Option<NaiveDate> = None;
        let mut last: Option<NaiveDate> = None;
        for start in [Weekday::Sat, Weekday::Sun, Weekday::Mon] {
            let back = (7 + i64::from(d.weekday().num_days_from_monday())
                - i64::from(start.num_days_from_monday()))
                % 7;
            let f = add_days(d, 7 * n - back)?;
            let l = add_days(f, 6)?;
            first = Some(first.map_or(f, |x| x.min(f)));
            last = Some(last.map_or(l, |x| x.max(l)));
        }
        Some(Period {
            unit: Unit::Week,
            first: first?,
            last: last?,
        })
    }
    pub fn week_of(d: NaiveDate) -> Option<Period> {
        let first = monday_of(d)?;
        Some(Period {
            unit: Unit::Week,
            first,
            last: add_days(first, 6)?,
        })
    }
    pub fn decade(start: i32) -> Option<Period> {
        Some(Period {
            unit: Unit::Decade,
            first: ymd(start, 1, 1)?,
            last: ymd(start + 9, 12, 31)?,
        })
    }

    /// The period containing `d`, shifted by `n` units.
    pub fn around(unit: Unit, d: NaiveDate, n: i64) -> Option<Period> {
        match unit {
            Unit::Day | Unit::Hour | Unit::Minute => {
                let x = add_days(d, n)?;
                Some(Period {
                    unit: Unit::Day,
                    first: x,
                    last: x,
                })
            }
            Unit::Week => Period::week_of(add_days(d, 7 * n)?),
            Unit::Month => {
                let x = add_months(ymd(d.year(), d.month(), 1)?, n)?;
                Period::month(x.year(), x.month())
            }
            Unit::Year => Period::year(d.year().checked_add(i32::try_from(n).ok()?)?),
            Unit::Decade => {
                let y = d.year().div_euclid(10) * 10 + i32::try_from(n).ok()?.checked_mul(10)?;
                Period::decade(y)
            }
            Unit::Century => {
                let c = (d.year() - 1).div_euclid(100) + i32::try_from(n).ok()?;
                let first = c * 100 + 1;
                Some(Period {
                    unit: Unit::Century,
                    first: ymd(first, 1, 1)?,
                    last: ymd(first + 99, 12, 31)?,
                })
            }
        }
    }

    /// The date for the whole period, at its natural grain.
    pub fn date(&self) -> Option<IncidentDate> {
        Some(match self.unit {
            Unit::Day | Unit::Hour | Unit::Minute => IncidentDate::day(self.first),
            Unit::Month => IncidentDate::month(self.first.year(), self.first.month()).ok()?,
            Unit::Year => IncidentDate::year(self.first.year()),
            // A week, decade or century: one unknown day in it.
            _ => IncidentDate::one_of(Some(self.first), Some(self.last)).ok()?,
        })
    }

    /// Early / mid / late part: days 1–10 / 11–20 / 21–end of a month; Jan–Mar / Apr–Aug /
    /// Sep–Dec of a year; Mon–Wed / Tue–Thu / Fri–Sun of a week; first, middle, last years of a
    /// decade. Always an approximate interval: the words are loose.
    pub fn part(&self, part: Part) -> Option<IncidentDate> {
        let (a, b) = match self.unit {
            Unit::Month => {
                let (y, m) = (self.first.year(), self.first.month());
                match part {
                    Part::Early => (ymd(y, m, 1)?, ymd(y, m, 10)?),
                    Part::Mid => (ymd(y, m, 11)?, ymd(y, m, 20)?),
                    Part::Late => (ymd(y, m, 21)?, self.last),
                }
            }
            Unit::Year => {
                let y = self.first.year();
                match part {
                    Part::Early => (ymd(y, 1, 1)?, ymd(y, 3, 31)?),
                    Part::Mid => (ymd(y, 4, 1)?, ymd(y, 8, 31)?),
                    Part::Late => (ymd(y, 9, 1)?, ymd(y, 12, 31)?),
                }
            }
            Unit::Week => match part {
                Part::Early => (self.first, add_days(self.first, 2)?),
                Part::Mid => (add_days(self.first, 1)?, add_days(self.first, 3)?),
                Part::Late => (add_days(self.first, 4)?, self.last),
            },
            Unit::Decade | Unit::Century => {
                let y = self.first.year();
                let span = if self.unit == Unit::Decade { 10 } else { 100 };
                let third = span * 3 / 10;
                match part {
                    Part::Early => (self.first, ymd(y + third, 12, 31)?),
                    Part::Mid => (ymd(y + third, 1, 1)?, ymd(y + span - third - 1, 12, 31)?),
                    Part::Late => (ymd(y + span - third, 1, 1)?, self.last),
                }
            }
            Unit::Day | Unit::Hour | Unit::Minute => return None,
        };
        IncidentDate::interval(a, b)
            .ok()
            .map(IncidentDate::approximate)
    }
}

/// Gregorian day of a Hijri (Umm al-Qura) date; `None` for days the month does not have.
pub(crate) fn hijri_to_gregorian(y: i32, m: u8, d: u8) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) || !(1..=2000).contains(&y) {
        return None;
    }
    let date = Date::try_new_hijri_with_calendar(y, m, d, Hijri::new_umm_al_qura()).ok()?;
    // icu clamps nothing here, but a 30th in a 29-day month must not slide into the next month.
    if date.day_of_month().0 != d || date.month().ordinal != m {
        return None;
    }
    let iso = date.to_calendar(Iso);
    ymd(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// First and last Gregorian day of a Hijri month.
pub(crate) fn hijri_month_span(y: i32, m: u8) -> Option<(NaiveDate, NaiveDate)> {
    let first = hijri_to_gregorian(y, m, 1)?;
    let last = hijri_to_gregorian(y, m, 30).or_else(|| hijri_to_gregorian(y, m, 29))?;
    Some((first, last))
}

/// The Hijri (year, month, day) of a Gregorian day.
pub(crate) fn gregorian_to_hijri(d: NaiveDate) -> Option<(i32, u8, u8)> {
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    let iso = Date::try_new_iso(d.year(), month, day).ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((
        h.year().extended_year(),
        h.month().ordinal,
        h.day_of_month().0,
    ))
}

/// The Hijri year in which month `m` (day `d`, if known) is the one the direction picks.
pub(crate) fn hijri_year_for(p: NaiveDate, m: u8, d: Option<u8>, dir: Option<Dir>) -> Option<i32> {
    let (hy, _, _) = gregorian_to_hijri(p)?;
    let start = |y: i32| match d {
        Some(d) => hijri_to_gregorian(y, m, d),
        None => hijri_to_gregorian(y, m, 1),
    };
    let end = |y: i32| match d {
        Some(d) => hijri_to_gregorian(y, m, d),
        None => hijri_month_span(y, m).map(|(_, l)| l),
    };
    let years = [hy + 1, hy, hy - 1, hy - 2];
    match dir {
        Some(Dir::Future) | Some(Dir::Following) => years
            .iter()
            .rev()
            .copied()
            .find(|y| start(*y).is_some_and(|s| s > p)),
        Some(Dir::Current) => Some(hy),
        Some(Dir::Past) => years
            .iter()
            .copied()
            .find(|y| end(*y).is_some_and(|e| e < p)),
        None | Some(Dir::Recent) => years
            .iter()
            .copied()
            .find(|y| start(*y).is_some_and(|s| s <= p)),
    }
}

/// A date that comes back every year or week, as a range end sees it: days of a month, a
/// month (Gregorian or Hijri), part of a month, a weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cycle {
    /// Days `lo..=hi` of month `m`.
    Days {
        hijri: bool,
        m: u32,
        lo: u32,
        hi: u32,
    },
    /// The whole of month `m`.
    Month {
        hijri: bool,
        m: u32,
    },
    /// Early, mid or late Gregorian month `m` (see [`Period::part`]).
    Part {
        m: u32,
        part: Part,
    },
    Weekday(Weekday),
}

/// First and last day of one occurrence.
pub(crate) type Span = (NaiveDate, NaiveDate);

/// Occurrences looked at on each side of a reference day: years (29 February needs 8) or
/// weeks.
const CYCLE_SEARCH: i32 = 9;

/// The longest range between a Hijri and a Gregorian date, in days. The two years slide
/// against each other by 11 days a year: next to a date of the other calendar, a Hijri date a
/// few days on the wrong side would otherwise make a range of almost a year.
const MIXED_MAX_DAYS: i64 = 180;

/// One end in the Hijri calendar, the other in the Gregorian one (a date that does not recur
/// counts as Gregorian; a weekday belongs to both).
fn mixed_calendars(a: Option<Cycle>, b: Option<Cycle>) -> bool {
    let hijri = |c: Option<Cycle>| c.and_then(Cycle::month_key).map(|k| k.0);
    let (ha, hb) = (hijri(a), hijri(b));
    let weekday = |c: Option<Cycle>| c.is_some_and(Cycle::is_weekday);
    !weekday(a) && !weekday(b) && ha.unwrap_or(false) != hb.unwrap_or(false)
}

impl Cycle {
    fn is_weekday(self) -> bool {
        matches!(self, Cycle::Weekday(_))
    }

    /// Calendar (Hijri or not) and month, for what lies in one month.
    fn month_key(self) -> Option<(bool, u32)> {
        match self {
            Cycle::Days { hijri, m, .. } | Cycle::Month { hijri, m } => Some((hijri, m)),
            Cycle::Part { m, .. } => Some((false, m)),
            Cycle::Weekday(_) => None,
        }
    }

    /// The occurrence in (Gregorian or Hijri) year `y`.
    fn in_year(self, y: i32) -> Option<Span> {
        match self {
            Cycle::Days {
                hijri: false,
                m,
                lo,
                hi,
            } => Some((ymd(y, m, lo)?, ymd(y, m, hi)?)),
            Cycle::Days {
                hijri: true,
                m,
                lo,
                hi,
            } => {
                let m = u8::try_from(m).ok()?;
                Some((
                    hijri_to_gregorian(y, m, u8::try_from(lo).ok()?)?,
                    hijri_to_gregorian(y, m, u8::try_from(hi).ok()?)?,
                ))
            }
            Cycle::Month { hijri: false, m } => {
                let per = Period::month(y, m)?;
                Some((per.first, per.last))
            }
            Cycle::Month { hijri: true, m } => hijri_month_span(y, u8::try_from(m).ok()?),
            Cycle::Part { m, part } => {
                let d = Period::month(y, m)?.part(part)?;
                Some((d.earliest()?, d.latest()?))
            }
            Cycle::Weekday(_) => None,
        }
    }

    /// The occurrences near `around`, earliest first.
    fn near(self, around: NaiveDate) -> Vec<Span> {
        let y0 = match self {
            Cycle::Weekday(w) => {
                let Some(d0) = weekday(around, w, None) else {
                    return Vec::new();
                };
                return (-CYCLE_SEARCH..=CYCLE_SEARCH)
                    .filter_map(|k| add_days(d0, 7 * i64::from(k)))
                    .map(|d| (d, d))
                    .collect();
            }
            Cycle::Days { hijri: true, .. } | Cycle::Month { hijri: true, .. } => {
                match gregorian_to_hijri(around) {
                    Some((y, _, _)) => y,
                    None => return Vec::new(),
                }
            }
            _ => around.year(),
        };
        (y0 - CYCLE_SEARCH..=y0 + CYCLE_SEARCH)
            .filter_map(|y| self.in_year(y))
            .collect()
    }

    /// Whether an occurrence of `self` and the other end (of cycle `other`) make a range:
    /// `lead` is the number of days from the start's first day to the end's first day,
    /// `outer` from the start's first day to the end's last day. A weekday lies within the
    /// week of a date beside it (two weekdays: a week at most, "from Friday to Friday" being
    /// a week); otherwise the end must not be over before the start begins, two ends in the
    /// same month lie in the same month ("from 30 May to 2 May" is no range), and a Hijri and
    /// a Gregorian end lie at most `MIXED_MAX_DAYS` apart.
    fn fits(self, other: Option<Cycle>, lead: i64, outer: i64) -> bool {
        let weekdays =
            usize::from(self.is_weekday()) + usize::from(other.is_some_and(Cycle::is_weekday));
        match weekdays {
            2 => (1..=7).contains(&lead),
            1 => (0..=6).contains(&lead),
            _ => {
                let same_month = self.month_key().is_some()
                    && self.month_key() == other.and_then(Cycle::month_key);
                outer >= 0
                    && (!same_month || outer < 31)
                    && (!mixed_calendars(Some(self), other) || outer <= MIXED_MAX_DAYS)
            }
        }
    }

    /// The first occurrence that can end a range starting at `start` (of cycle `of`).
    fn end_after(self, start: Span, of: Option<Cycle>) -> Option<Span> {
        self.near(start.0).into_iter().find(|o| {
            let (lead, outer) = ((o.0 - start.0).num_days(), (o.1 - start.0).num_days());
            outer >= 0 && self.fits(of, lead, outer)
        })
    }

    /// The last occurrence that can start a range ending at `end` (of cycle `of`).
    fn start_before(self, end: Span, of: Option<Cycle>) -> Option<Span> {
        self.near(end.0).into_iter().rev().find(|o| {
            let (lead, outer) = ((end.0 - o.0).num_days(), (end.1 - o.0).num_days());
            outer >= 0 && self.fits(of, lead, outer)
        })
    }

    /// The most recent occurrence starting on or before `p`, and the first starting after it.
    pub fn around(self, p: NaiveDate) -> (Option<Span>, Option<Span>) {
        let near = self.near(p);
        (
            near.iter().rev().find(|o| o.0 <= p).copied(),
            near.iter().find(|o| o.0 > p).copied(),
        )
    }
}

/// One end of a range as the text gives it: how it recurs, if it does, and its days if the
/// text fixes them (a year, a direction word, or a date that does not recur).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RangeEnd {
    pub cycle: Option<Cycle>,
    pub placed: Option<Span>,
}

/// A range placed in time: its first and last day, and, when neither end was placed by the
/// text, the first and last day of its coming occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlacedRange {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub coming: Option<Span>,
}

/// Place a written range as one unit. An end the text fixes places the other one next to it
/// (the year of "28 December to 2 January 2021" is shared, the start going back a year); with
/// neither fixed, the range is the most recent one starting on or before `p`, the end
/// following the start (across a year or week boundary if need be), and `coming` the first
/// one starting after `p`. `None` when the ends cannot make a range.
pub(crate) fn place_range(p: NaiveDate, a: RangeEnd, b: RangeEnd) -> Option<PlacedRange> {
    let (x, y, coming) = match (a.placed, b.placed) {
        (Some(x), Some(y)) => (x, y, None),
        (None, Some(y)) => (a.cycle?.start_before(y, b.cycle)?, y, None),
        (Some(x), None) => (x, b.cycle?.end_after(x, a.cycle)?, None),
        (None, None) => {
            let (ca, cb) = (a.cycle?, b.cycle?);
            // A weekday beside a date is placed by the date.
            let cands: Vec<(Span, Span)> = if ca.is_weekday() && !cb.is_weekday() {
                cb.near(p)
                    .into_iter()
                    .filter_map(|y| Some((ca.start_before(y, Some(cb))?, y)))
                    .collect()
            } else {
                ca.near(p)
                    .into_iter()
                    .filter_map(|x| Some((x, cb.end_after(x, Some(ca))?)))
                    .collect()
            };
            // Across calendars a fitting pair does not come back every year: look no further
            // than a year either way.
            let mixed = mixed_calendars(Some(ca), Some(cb));
            let near_p = |d: NaiveDate| !mixed || (d - p).num_days().abs() <= 366;
            let (x, y) = cands
                .iter()
                .filter(|(x, _)| x.0 <= p && near_p(x.0))
                .max_by_key(|(x, _)| x.0)
                .copied()?;
            let coming = cands
                .iter()
                .filter(|(x, _)| x.0 > p && near_p(x.0))
                .min_by_key(|(x, _)| x.0)
                .map(|(x, y)| (x.0, y.1));
            (x, y, coming)
        }
    };
    (x.0 <= y.1).then_some(PlacedRange {
        first: x.0,
        last: y.1,
        coming,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn hijri_umm_al_qura() {
        assert_eq!(hijri_to_gregorian(1442, 9, 28), Some(d("2021-05-10")));
        assert_eq!(hijri_to_gregorian(1442, 9, 1), Some(d("2021-04-13")));
        assert_eq!(gregorian_to_hijri(d("2021-05-10")), Some((1442, 9, 28)));
        assert_eq!(hijri_to_gregorian(1442, 13, 1), None);
    }

    #[test]
    fn ranges_are_placed_as_one_unit() {
        let free = |c: Cycle| RangeEnd {
            cycle: Some(c),
            placed: None,
        };
        let days = |m, lo| Cycle::Days {
            hijri: false,
            m,
            lo,
            hi: lo,
        };
        // 30 December to 2 January, published 1 January: across the year, containing it.
        let r = place_range(d("2021-01-01"), free(days(12, 30)), free(days(1, 2))).unwrap();
        assert_eq!((r.first, r.last), (d("2020-12-30"), d("2021-01-02")));
        // Published 5 January: wholly past, the coming one a year on.
        let r = place_range(d("2021-01-05"), free(days(12, 30)), free(days(1, 2))).unwrap();
        assert_eq!(r.coming, Some((d("2021-12-30"), d("2022-01-02"))));
        // The year on the end places the start: 28 December to 2 January 2021.
        let end = RangeEnd {
            cycle: Some(days(1, 2)),
            placed: Some((d("2021-01-02"), d("2021-01-02"))),
        };
        let r = place_range(d("2023-06-01"), free(days(12, 28)), end).unwrap();
        assert_eq!((r.first, r.last), (d("2020-12-28"), d("2021-01-02")));
        // Friday to Sunday on a Saturday: the current weekend.
        let r = place_range(
            d("2021-05-08"),
            free(Cycle::Weekday(Weekday::Fri)),
            free(Cycle::Weekday(Weekday::Sun)),
        )
        .unwrap();
        assert_eq!((r.first, r.last), (d("2021-05-07"), d("2021-05-09")));
        // 30 May to 2 May is no range.
        assert_eq!(
            place_range(d("2021-05-10"), free(days(5, 30)), free(days(5, 2))),
            None
        );
    }

    #[test]
    fn movable_days() {
        assert_eq!(easter(1992), Some(d("1992-04-19")));
        assert_eq!(easter(1998), Some(d("1998-04-12")));
        assert_eq!(easter(2021), Some(d("2021-04-04")));
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert_eq!(easter(2000), Some(d("2000-04-23")));
        let sep = Period::month(2014, 9).unwrap();
        assert_eq!(
            nth_weekday_in(sep.first, sep.last, Weekday::Tue, 3),
            Some(d("2014-09-16"))
        );
        assert_eq!(
            nth_weekday_in(sep.first, sep.last, Weekday::Fri, 0),
            Some(d("2014-09-26"))
        );
        assert_eq!(
            nth_weekday_in(sep.first, sep.last, Weekday::Mon, 5),
            Some(d("2014-09-29"))
        );
        assert_eq!(nth_weekday_in(sep.first, sep.last, Weekday::Wed, 5), None);
        let thanksgiving = MovableFeast::NthWeekday {
            m: 11,
            w: Weekday::Thu,
            n: 4,
        };
        assert_eq!(thanksgiving.in_year(1989), Some(d("1989-11-23")));
        assert_eq!(
            thanksgiving.around(d("1990-01-09"), None),
            Some(d("1989-11-23"))
        );
        assert_eq!(
            thanksgiving.around(d("1990-11-09"), Some(Dir::Future)),
            Some(d("1990-11-22"))
        );
    }

    #[test]
    fn parts_of_a_year() {
        assert_eq!(
            year_part_span(1998, 4, 3),
            Some((d("1998-07-01"), d("1998-09-30")))
        );
        assert_eq!(
            year_part_span(1998, 2, 2),
            Some((d("1998-07-01"), d("1998-12-31")))
        );
        assert_eq!(year_part_span(1998, 4, 5), None);
    }

    #[test]
    fn directions() {
        let p = d("2021-05-10");
        assert_eq!(day_month(p, 4, 29, Some(Dir::Past)), Some(d("2021-04-29")));
        assert_eq!(day_month(p, 5, 10, None), Some(d("2021-05-10")));
        assert_eq!(day_month(p, 5, 10, Some(Dir::Past)), Some(d("2020-05-10")));
        assert_eq!(day_month(p, 2, 29, None), Some(d("2020-02-29")));
        assert_eq!(
            weekday(p, Weekday::Sun, Some(Dir::Past)),
            Some(d("2021-05-09"))
        );
        assert_eq!(
            weekday(p, Weekday::Mon, Some(Dir::Future)),
            Some(d("2021-05-17"))
        );
        assert_eq!(weekday(p, Weekday::Mon, None), Some(p));
        assert_eq!(month_year(p, 12, Some(Dir::Past)), 2020);
        assert_eq!(month_year(p, 5, Some(Dir::Current)), 2021);
    }
}
