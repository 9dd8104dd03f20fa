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
