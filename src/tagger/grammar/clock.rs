//! A clock time with the day it falls on: "4 a.m. Sunday", "5 p.m. EST Friday", "noon
//! Saturday", "8:30 a.m. EST Friday", "10 p.m. yesterday". The day is what the expression
//! resolves to (the tagger does not resolve times of day); the time is kept in the span.
//!
//! A clock time with no day beside it ("at 8 p.m. local time") is not read: which day it
//! falls on (the publication day, the day before, the day of an event told earlier) is not
//! in the words, and a wrong guess would be a wrong date.

use super::{Found, Parser};
use crate::tagger::en::TIME_ZONES;
use crate::tagger::lex::{Kind, Lex, NumSuffix, listed};

impl Parser<'_> {
    /// The end of a clock time starting at `i`: 4 a.m., 10:30 p.m., 11pm, 14:30 GMT, noon,
    /// midnight, each with an optional time zone.
    fn clock_at(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        let mut k = i;
        match t.lex {
            Lex::Clock(_) if self.latin(i) => k += 1,
            _ if t.kind == Kind::Num && t.suffix == NumSuffix::None && t.digits <= 2 => {
                let h = t.val;
                k += 1;
                let mut minutes = false;
                if self.punct(k, b':')
                    && self.tok(k + 1).is_some_and(|m| {
                        m.kind == Kind::Num && m.digits == 2 && m.val < 60 && !m.spaced
                    })
                {
                    k += 2;
                    minutes = true;
                }
                let meridiem = self.meridiem_at(k);
                match meridiem {
                    Some(e) if (1..=12).contains(&h) => k = e,
                    None if minutes && h <= 23 && self.zone_at(k).is_some() => {}
                    _ => return None,
                }
            }
            _ => return None,
        }
        if let Some(e) = self.zone_at(k) {
            k = e;
        }
        Some(k)
    }

    /// a.m., p.m., am, pm.
    fn meridiem_at(&self, k: usize) -> Option<usize> {
        match self.word(k) {
            "am" | "pm" if self.latin(k) => Some(k + 1),
            "a" | "p" if self.punct(k + 1, b'.') && self.word(k + 2) == "m" => {
                Some(if self.punct(k + 3, b'.') {
                    k + 4
                } else {
                    k + 3
                })
            }
            _ => None,
        }
    }

    fn zone_at(&self, k: usize) -> Option<usize> {
        (self.latin(k) && listed(TIME_ZONES, self.word(k))).then_some(k + 1)
    }

    /// TIME [ZONE] WEEKDAY|DAYWORD: the day, with the time in the span.
    pub(super) fn rule_clock_day(&self, i: usize) -> Option<Found> {
        let k = self.clock_at(i)?;
        let mut f = self
            .rule_weekday(k)
            .or_else(|| self.rule_dayword(k))
            .filter(|f| f.start == k && f.date.is_some())?;
        f.start = i;
        f.rule = "en.time_day";
        Some(f)
    }
}
