//! Years written in words: "nineteen eighty-nine", "nineteen oh five", "nineteen hundred",
//! "twenty twenty", "two thousand and one" (after a word that makes a date of it, or with its
//! units: "two thousand people" is a count), "عام ألفين وعشرين", "سنة ألف وتسعمائة وتسعين".
//! Arabic needs the year word before it: "ألفين وعشرين شخصا" is a count. Russian speech
//! transcripts spell years as ordinals, with the year word after: "в тысяча девятьсот
//! девяносто первом году", "второго сентября тысяча девятьсот девяностого года", "в
//! двухтысячном году", "две тысячи двадцать второго года".

use chrono::Datelike;

use super::{Found, Grain, Parser};
use crate::date::IncidentDate;
use crate::tagger::ar::HUNDREDS;
use crate::tagger::lex::{Form, Lex, Prep, Unit};
use crate::tagger::normalize::fold_str;

impl Parser<'_> {
    pub(super) fn rule_spelled_year(&self, i: usize) -> Option<Found> {
        let (end, year, rule) = if self.latin(i) {
            let (end, year) = self.spelled_year_en(i)?;
            (end, year, "en.spelled_year")
        } else if self.arabic(i) {
            let (end, year) = self.spelled_year_ar(i)?;
            (end, year, "ar.spelled_year")
        } else if self.cyrillic(i) {
            let (end, year) = self.spelled_year_ru(i)?;
            (end, year, "ru.spelled_year")
        } else {
            return None;
        };
        if !(1000..=self.ctx.published.year() + 30).contains(&year) {
            return None;
        }
        let mut f = self.found(i, end, Some(IncidentDate::year(year)), rule);
        f.anchor = true;
        f.grain = Some(Grain::Year);
        Some(f)
    }

    fn spelled_year_en(&self, i: usize) -> Option<(usize, i32)> {
        let Lex::Card(a) = self.lx(i) else {
            return None;
        };
        // nineteen eighty-nine, nineteen oh five, nineteen hundred, twenty twenty.
        if (10..=20).contains(&a) {
            let k = i + 1;
            let (end, b) = match (self.lx(k), self.word(k)) {
                (Lex::Card(t), _) if (10..=90).contains(&t) && (t < 20 || t % 10 == 0) => {
                    let q = if self.punct(k + 1, b'-') {
                        k + 2
                    } else {
                        k + 1
                    };
                    match self.lx(q) {
                        Lex::Card(u) if t >= 20 && (1..=9).contains(&u) && self.latin(q) => {
                            (q + 1, t + u)
                        }
                        _ => (k + 1, t),
                    }
                }
                (Lex::Card(100), _) => (k + 1, 0),
                (_, "oh" | "o") => match self.lx(k + 1) {
                    Lex::Card(u) if (1..=9).contains(&u) => (k + 2, u),
                    _ => return None,
                },
                _ => return None,
            };
            if self.amount_after(end - 1, true) {
                return None;
            }
            return Some((end, i32::try_from(a * 100 + b).ok()?));
        }
        // two thousand [and] [one .. ninety-nine]
        if a != 2 || self.word(i + 1) != "thousand" {
            return None;
        }
        let mut k = i + 2;
        if self.is_prep(k, Prep::And) {
            k += 1;
        }
        let units = match self.count_at(k) {
            Some((e, Some(n))) if (1..=99).contains(&n) && self.latin(k) => Some((e, n)),
            _ => None,
        };
        let cued = i > 0
            && (matches!(
                self.lx(i - 1),
                Lex::Prep(
                    Prep::In | Prep::Since | Prep::By | Prep::Before | Prep::After | Prep::For
                )
            ) || matches!(self.lx(i - 1), Lex::Unit(Unit::Year, Form::One)));
        let (end, n) = match units {
            Some((e, n)) => (e, n),
            None if cued => (i + 2, 0),
            None => return None,
        };
        if self.amount_after(end - 1, true) {
            return None;
        }
        Some((end, i32::try_from(2000 + n).ok()?))
    }

    /// عام|سنة|العام ألف|ألفين [و HUNDREDS] [و UNITS] [و TENS]
    fn spelled_year_ar(&self, i: usize) -> Option<(usize, i32)> {
        if !matches!(self.lx(i), Lex::Unit(Unit::Year, Form::One)) {
            return None;
        }
        let mut k = i + 1;
        let mut year = match self.word(k) {
            "الف" => 1000,
            "الفين" | "الفان" => 2000,
            _ => return None,
        };
        k += 1;
        let stem = |q: usize| {
            let w = self.word(q);
            w.strip_prefix('و').unwrap_or(w)
        };
        let wa = self.tok(k).is_some_and(|t| t.has_wa()) || self.word(k).starts_with('و');
        let hundreds = match self.lx(k) {
            Lex::Card(100) => Some(100),
            _ => HUNDREDS
                .iter()
                .find(|(w, _)| fold_str(w) == stem(k))
                .map(|(_, h)| *h),
        };
        if wa && let Some(h) = hundreds {
            year += h;
            k += 1;
        }
        // و + units and tens, in either order: وواحد وعشرين.
        let mut rest = 0;
        while let Lex::Card(n) = self.lx(k)
            && (1..=90).contains(&n)
            && self.tok(k).is_some_and(|t| t.has_wa())
            && rest < 100
        {
            rest += n;
            k += 1;
        }
        Some((k, i32::try_from(year + rest).ok()?))
    }

    /// тысяча|две тысячи [HUNDREDS] [TENS] ORDINAL год|года|году|г., or двухтысячн- год: only
    /// the last word is inflected, as an ordinal, and the year word must follow (a spelled
    /// number without it is a count: "тысяча девятьсот человек").
    pub(super) fn spelled_year_ru(&self, i: usize) -> Option<(usize, i32)> {
        let ordinal_of = |q: usize| -> Option<u32> {
            if let Lex::Ord(n) = self.lx(q) {
                return Some(n);
            }
            let w = self.word(q);
            RU_ORDINAL_STEMS.iter().find_map(|&(stem, n)| {
                let ending = w.strip_prefix(stem)?;
                RU_ADJECTIVE_ENDINGS.contains(&ending).then_some(n)
            })
        };
        let (mut k, mut year): (usize, u32) = match self.word(i) {
            "тысяча" => (i + 1, 1000),
            "две" if self.word(i + 1) == "тысячи" => (i + 2, 2000),
            _ if ordinal_of(i) == Some(2000) => {
                let end = self.year_word_after(i + 1)?;
                return Some((end, 2000));
            }
            _ => return None,
        };
        if let Some(&(_, h)) = RU_HUNDREDS.iter().find(|(w, _)| *w == self.word(k)) {
            year += h;
            k += 1;
        }
        if let Lex::Card(t) = self.lx(k)
            && (20..=90).contains(&t)
            && t % 10 == 0
            && self.cyrillic(k)
        {
            year += t;
            k += 1;
        }
        let last = ordinal_of(k)?;
        if last >= 1000 || (year % 100 != 0 && last >= 10) {
            return None;
        }
        let end = self.year_word_after(k + 1)?;
        Some((end, i32::try_from(year + last).ok()?))
    }
}

/// Russian hundreds, as cardinals (a year's ordinal is its last word).
const RU_HUNDREDS: &[(&str, u32)] = &[
    ("сто", 100),
    ("двести", 200),
    ("триста", 300),
    ("четыреста", 400),
    ("пятьсот", 500),
    ("шестьсот", 600),
    ("семьсот", 700),
    ("восемьсот", 800),
    ("девятьсот", 900),
];

/// Ordinal stems the lexicon leaves out (it holds those of a month's days): the tens from
/// forty and the hundreds of a year's last word.
const RU_ORDINAL_STEMS: &[(&str, u32)] = &[
    ("сороков", 40),
    ("пятидесят", 50),
    ("шестидесят", 60),
    ("семидесят", 70),
    ("восьмидесят", 80),
    ("девяност", 90),
    ("сот", 100),
    ("восьмисот", 800),
    ("девятисот", 900),
];

/// An ordinal's singular endings ("девяностого", "первом", "двухтысячный").
const RU_ADJECTIVE_ENDINGS: &[&str] = &["ый", "ой", "ая", "ое", "ого", "ому", "ом", "ую", "ым"];
