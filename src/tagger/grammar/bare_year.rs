//! English years with no cue word before them: "its 1990 invasion", "until 1989", "through
//! 1990", "the 1996 bombing", "1989 earnings", "that 1990 could be a tougher year".
//!
//! Edited English writes counts of a thousand and more with a comma ("1,990 troops"), so a
//! bare four-digit number is mostly a year; it is not one when the words around it make it an
//! amount, a number or a time: a currency sign or a word such as "page", "flight" or
//! "resolution" before it, an approximation ("about 1990"), a count noun after it ("1990
//! people", "1990 armed men"), a unit, a percent sign, a time zone ("at 1900 GMT").

use chrono::Datelike;

use super::{Parser, YearHit};
use crate::tagger::ar::AR_YEAR_WORDS;
use crate::tagger::en::YEAR_WORDS;
use crate::tagger::lex::{Kind, Lex, NumSuffix, Prep, Script, Tok, listed};
use crate::tagger::normalize::fold_str;

/// Whether a word is a plural noun of counted things: ends in -s but not -ss, -us, -is, and
/// is none of the plurals a year qualifies.
fn counted_plural(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with('s')
        && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") || w.ends_with("ics"))
        && !listed(YEAR_WORDS.year_plurals, w)
}

impl Parser<'_> {
    /// Whether the words after number `i` make it an amount: 1990%, 1990.5, 1990,000,
    /// 1990:30, 1990-91, "1990 people", "1990 armed men", "1990 km", "1900 GMT".
    /// With `two_words`, also a word and a count noun after it ("1990 armed men").
    pub(super) fn amount_after(&self, i: usize, two_words: bool) -> bool {
        let Some(a) = self.tok(i + 1) else {
            return false;
        };
        let glued = !a.spaced;
        let next = self.tok(i + 2);
        match a.kind {
            // A range of years ("1990-1995") is read as one by the range rule; "1950-53" here.
            Kind::Punct(b'-') if glued && next.is_some_and(|n| n.kind == Kind::Num) => {
                let year = self.tok(i).and_then(|t| i32::try_from(t.val).ok());
                next.is_some_and(|n| {
                    n.digits != 4
                        && (!year.is_some_and(|y| year_tail(y, n))
                            || self.amount_after(i + 2, two_words))
                })
            }
            Kind::Punct(b'%' | b'.' | b',' | b':' | b'/')
                if glued && next.is_some_and(|n| n.kind == Kind::Num) =>
            {
                true
            }
            Kind::Punct(b'%') | Kind::Num => true,
            Kind::Word => {
                let w = self.word(i + 1);
                if listed(YEAR_WORDS.counted, w)
                    || matches!(a.lex, Lex::Unit(..) | Lex::Card(_))
                    || counted_plural(w)
                {
                    return true;
                }
                // "1990 armed men", "2000 Syrian refugees": a word, then a counted noun, not
                // a capitalised name ("the 1960 Indus Waters Treaty").
                two_words
                    && a.lex == Lex::None
                    && next.is_some_and(|n| {
                        n.kind == Kind::Word
                            && n.script == Script::Latin
                            && !n.cap
                            && (listed(YEAR_WORDS.people, self.word(i + 2))
                                || counted_plural(self.word(i + 2)))
                    })
            }
            _ => false,
        }
    }

    /// A four-digit English number read as a year with no cue before it.
    pub(super) fn bare_year(&self, i: usize) -> Option<YearHit> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.suffix != NumSuffix::None || t.digits != 4 {
            return None;
        }
        let year = i32::try_from(t.val).ok()?;
        let py = self.ctx.published.year();
        if !(1000..=py + 30).contains(&year) {
            return None;
        }
        let before = i.checked_sub(1).and_then(|b| self.tok(b));
        let after = self.tok(i + 1);
        if before.is_some_and(|b| b.script == Script::Arabic) {
            return self.arabic_bare_year(i, year);
        }
        // English on at least one side, and nothing but English words next to it.
        let latin_near = (i.saturating_sub(2)..=i + 2)
            .any(|k| k != i && self.tok(k).is_some_and(|t| t.script == Script::Latin));
        if !latin_near
            || before.is_some_and(|b| b.script == Script::Arabic)
            || after.is_some_and(|a| a.script == Script::Arabic)
        {
            return None;
        }
        if let Some(b) = before {
            let w = self.word(i - 1);
            let glued = !t.spaced;
            match b.kind {
                // $1990, #1990, 12-1990, 3/1990, 1.1990; not (1990) or "1990.
                Kind::Punct(c) if glued && !matches!(c, b'(' | b'"' | b'\'' | b'[') => {
                    return None;
                }
                Kind::Other if glued => return None,
                Kind::Num => return None,
                Kind::Word
                    if listed(YEAR_WORDS.identifying, w)
                        || listed(YEAR_WORDS.counting, w)
                        || matches!(b.lex, Lex::Approx(_) | Lex::Card(_)) =>
                {
                    return None;
                }
                _ => {}
            }
            // "rose to 1990", "from 1,000 to 1990": a count; "until 1989" is a year.
            if b.kind == Kind::Word
                && w == "to"
                && i >= 2
                && self.tok(i - 2).is_some_and(|t| {
                    t.kind == Kind::Num || listed(YEAR_WORDS.counting, self.word(i - 2))
                })
            {
                return None;
            }
        }
        // "in 1993 and 1996 bar troops": a year in a list of years is one whatever follows.
        let listed = i >= 2
            && (matches!(self.lx(i - 1), Lex::Prep(Prep::And)) || self.word(i - 1) == "or")
            && self.tok(i - 2).is_some_and(|n| {
                n.kind == Kind::Num
                    && n.digits == 4
                    && n.suffix == NumSuffix::None
                    && (1000..=py + 30).contains(&(n.val as i32))
            });
        if self.amount_after(i, !listed) {
            return None;
        }
        // "2000 to 3000 people", "1990 or 2000 troops": the other number tells.
        if let Some(a) = after
            && (matches!(a.lex, Lex::Prep(Prep::To | Prep::And))
                || self.word(i + 1) == "or"
                || a.is_punct(b'-'))
            && let Some(n) = self.tok(i + 2)
            && n.kind == Kind::Num
            && (n.digits != 4 || n.val > t.val + 200 || self.amount_after(i + 2, true))
            && !(a.is_punct(b'-') && year_tail(year, n) && !self.amount_after(i + 2, true))
        {
            return None;
        }
        // Older years need a word before them that makes a date of a number.
        if year < 1900
            && !before.is_some_and(|b| {
                matches!(
                    b.lex,
                    Lex::Prep(
                        Prep::In
                            | Prep::Since
                            | Prep::To
                            | Prep::The
                            | Prep::Before
                            | Prep::After
                            | Prep::By
                            | Prep::For
                            | Prep::From
                            | Prep::Of
                    )
                ) || matches!(self.word(i - 1), "its" | "their" | "his" | "her" | "our")
            })
        {
            return None;
        }
        Some(YearHit {
            end: i + 1,
            year,
            era: None,
            relative: false,
        })
    }

    /// A four-digit number after an Arabic noun in construct ("حرب 2021", "انتخابات 2024",
    /// "أحداث 2010"): the noun's year. Not after a word with the article ("القرار 2216" is a
    /// number), a counting word ("قتل 2021", "أكثر من 2000") or a verb of counting; not before
    /// an Arabic word that could be what it counts ("2021 شخصا"), except the article-bearing
    /// words and prepositions a year is followed by; from 1900 only.
    fn arabic_bare_year(&self, i: usize, year: i32) -> Option<YearHit> {
        let t = self.tok(i)?;
        let b = self.tok(i - 1)?;
        if year < 1900 || b.kind != Kind::Word || !t.spaced {
            return None;
        }
        let folded = |k: usize| fold_str(self.word(k));
        let w = folded(i - 1);
        if w.starts_with("ال") || listed(AR_YEAR_WORDS.counting, &w) {
            return None;
        }
        // "أكثر من 2000"
        if w == "من" || i >= 2 && listed(AR_YEAR_WORDS.counting, &folded(i - 2)) {
            return None;
        }
        if let Some(a) = self.tok(i + 1) {
            let next = folded(i + 1);
            let fits = match a.kind {
                Kind::Word if a.script == Script::Arabic => {
                    next.starts_with("ال")
                        || listed(AR_YEAR_WORDS.prepositions, &next)
                        || a.has_wa()
                }
                Kind::Word => false,
                Kind::Num => false,
                // 2021.5, 2021,000, 2021/22: a number; "حرب 2021." a year.
                _ if a.is_punct(b'%') => false,
                _ => a.spaced || !self.tok(i + 2).is_some_and(|n| n.kind == Kind::Num),
            };
            if !fits {
                return None;
            }
        }
        Some(YearHit {
            end: i + 1,
            year,
            era: None,
            relative: false,
        })
    }
}

/// The last two digits of a year after `year` and a dash ("1950-53", "1992–95"); not a month
/// ("2010-11" may be November 2010).
pub(super) fn year_tail(year: i32, n: &Tok) -> bool {
    n.digits == 2 && n.suffix == NumSuffix::None && n.val > 12 && n.val as i32 > year % 100
}
