//! Casualty figures: quantities (digits, number words, vague amounts such as "dozens" /
//! "العشرات", with modifiers such as "at least" / "أكثر من") and the casualty words they count.
//! A vague amount stays a range; killed and injured counted together ("مقتل وإصابات العشرات",
//! "casualties") keep their phrase but give no death toll; a death without a number ("a girl
//! was killed") is at least one.

use super::lexicon::{CasualtyKind, LangTag, Lexicon, Modifier, QuantityValue};
use super::text::{Hit, Token};
use crate::model::Fatalities;

/// An amount found in a sentence, as a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    /// Token range [first, last).
    pub first: usize,
    pub last: usize,
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
}

/// Find the amounts in a sentence. Tokens inside `skip` (temporal expressions) are not counted.
pub fn quantities(
    tokens: &[Token],
    lex: &Lexicon,
    lang: LangTag,
    skip: &[(usize, usize)],
) -> Vec<Quantity> {
    let hits = lex.find_quantities(tokens, lang);
    let in_skip = |i: usize| {
        skip.iter()
            .any(|&(a, b)| tokens[i].start < b && tokens[i].end > a)
    };
    let hit_at = |i: usize| hits.iter().find(|(h, _)| h.first == i).copied();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let first = i;
        let mut modifier = None;
        if let Some((h, QuantityValue::Modifier(m))) = hit_at(i) {
            // Russian "до" is "up to", but "rose to" after a verb of growing ("возросло до 41").
            let rose_to = m == Modifier::UpTo
                && i > 0
                && tokens[i].norm == "до"
                && ROSE.iter().any(|p| tokens[i - 1].norm.starts_with(p));
            modifier = (!rose_to).then_some(m);
            i = h.last;
        }
        // An exact number: digits (with thousands separators) or number words, summed and
        // multiplied ("twenty five", "خمسة وعشرون", "three hundred").
        let mut value: Option<u64> = None;
        let mut vague: Option<(u32, Option<u32>)> = None;
        let mut j = i;
        loop {
            if j >= tokens.len() || in_skip(j) {
                break;
            }
            if tokens[j].is_number() && tokens[j].norm.len() <= 7 {
                let mut n: u64 = tokens[j].norm.parse().unwrap_or(0);
                let mut k = j + 1;
                while k < tokens.len()
                    && tokens[k].gap_before == ","
                    && tokens[k].norm.len() == 3
                    && tokens[k].is_number()
                {
                    n = n * 1000 + tokens[k].norm.parse::<u64>().unwrap_or(0);
                    k += 1;
                }
                if value.is_some() {
                    break;
                }
                value = Some(n);
                j = k;
                continue;
            }
            match hit_at(j) {
                Some((
                    h,
                    QuantityValue::Number {
                        value: v,
                        multiplier,
                    },
                )) => {
                    let v = u64::from(v);
                    value = Some(match (value, multiplier) {
                        (Some(acc), true) => acc * v,
                        (None, true) => v,
                        (Some(acc), false) if (acc >= 20 && v < 10) || (acc < 10 && v >= 20) => {
                            acc + v
                        }
                        (Some(_), false) => break,
                        (None, false) => v,
                    });
                    j = h.last;
                }
                Some((h, QuantityValue::Vague { low, high })) if value.is_none() => {
                    vague = Some((low, high));
                    j = h.last;
                    break;
                }
                _ => break,
            }
        }
        // Arabic puts "at least" after the number: "3 على الأقل".
        // (also after the counted noun: "97 قتيلا على الأقل"; the noun stays outside the amount).
        let mut last = j;
        if value.is_some() && modifier.is_none() {
            if let Some((h, QuantityValue::Modifier(Modifier::AtLeast))) = hit_at(j) {
                modifier = Some(Modifier::AtLeast);
                last = h.last;
            } else if let Some((_, QuantityValue::Modifier(Modifier::AtLeast))) = hit_at(j + 1) {
                modifier = Some(Modifier::AtLeast);
            }
        }
        // "a 12-year-old girl", "20 km away": an age or a measure, not a count.
        if value.is_some() && matches!(hit_at(last), Some((_, QuantityValue::Unit))) {
            i = last.max(first + 1);
            continue;
        }
        if let Some(v) = value {
            let v = u32::try_from(v).unwrap_or(u32::MAX);
            let (low, best, high) = match modifier {
                None => (Some(v), Some(v), Some(v)),
                Some(Modifier::AtLeast) => (Some(v), None, None),
                Some(Modifier::MoreThan) => (Some(v.saturating_add(1)), None, None),
                Some(Modifier::About) => (None, Some(v), None),
                Some(Modifier::UpTo) => (None, None, Some(v)),
                Some(Modifier::FewerThan) => (None, None, Some(v.saturating_sub(1))),
            };
            out.push(Quantity {
                first,
                last,
                low,
                best,
                high,
            });
            i = last.max(first + 1);
        } else if let Some((low, high)) = vague {
            out.push(Quantity {
                first,
                last,
                low: Some(low),
                best: None,
                high,
            });
            i = last.max(first + 1);
        } else {
            i = first + 1;
        }
    }
    out
}

/// Russian verbs of a toll growing, before "до" ("возросло до 41", "увеличилось до").
const ROSE: &[&str] = &["возрос", "вырос", "увеличил", "поднял", "дошл", "дошло"];

/// The endings of Russian participles used as nouns ("погибших", "раненые", "убитых").
const PARTICIPLE_ENDINGS: &[&str] = &[
    "ших", "шие", "шим", "шими", "ных", "ные", "ным", "ными", "тых", "тые", "тым", "тыми",
];

/// Words that end a casualty phrase rather than name the victims.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "and",
    "or",
    "in",
    "on",
    "at",
    "of",
    "from",
    "by",
    "with",
    "when",
    "after",
    "since",
    "during",
    "as",
    "to",
    "for",
    "near",
    "من",
    "في",
    "علي",
    "عن",
    "الي",
    "مع",
    "بعد",
    "قبل",
    "خلال",
    "منذ",
    "بين",
    "حيث",
    "عندما",
    "اثر",
    "جراء",
    "بسبب",
    "в",
    "во",
    "на",
    "и",
    "или",
    "с",
    "со",
    "у",
    "от",
    "из",
    "по",
    "при",
    "после",
    "когда",
    "к",
    "за",
    "до",
    "около",
    "между",
];

/// A casualty mention: what was counted, how many, and the words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Casualty {
    pub first: usize,
    pub last: usize,
    pub kind: CasualtyKind,
    pub quantity: Option<Quantity>,
    /// Byte range of the phrase in the text.
    pub start: usize,
    pub end: usize,
}

impl Casualty {
    /// The death toll this mention gives (none for injuries; only the phrase for killed and
    /// injured counted together).
    pub fn fatalities(&self, text: &str) -> Option<Fatalities> {
        let phrase = text.get(self.start..self.end).unwrap_or("").to_string();
        match self.kind {
            CasualtyKind::Injured => None,
            CasualtyKind::KilledOrInjured => Some(Fatalities {
                low: None,
                best: None,
                high: None,
                phrase,
            }),
            CasualtyKind::Killed => Some(match self.quantity {
                Some(q) => Fatalities {
                    low: q.low,
                    best: q.best,
                    high: q.high,
                    phrase,
                },
                None => Fatalities {
                    low: Some(1),
                    best: None,
                    high: None,
                    phrase,
                },
            }),
        }
    }
}

/// Casualty words with the amounts they count. `negated(i)` tells whether token `i` is negated
/// ("no one was killed", "دون وقوع إصابات").
pub fn casualties(
    tokens: &[Token],
    lex: &Lexicon,
    lang: LangTag,
    quantities: &[Quantity],
    negated: &dyn Fn(usize) -> bool,
) -> Vec<Casualty> {
    let mut hits = lex.find_casualties(tokens, lang);
    hits.retain(|(h, _)| !death_sentence(tokens, h));
    let (taken, mut used) = pair_counts(tokens, lang, &hits, quantities, negated);
    let joined = join_counts(tokens, &hits, quantities, &taken, &mut used);
    phrases(tokens, lang, &hits, &joined, negated)
}

/// "sentenced him to death in absentia", "condemned to death": a sentence, no one's death.
fn death_sentence(tokens: &[Token], h: &Hit) -> bool {
    let k = h.first;
    k >= 2
        && tokens[k - 1].norm == "to"
        && tokens[k].norm.starts_with("death")
        && (k.saturating_sub(5)..k - 1).any(|j| {
            let w = tokens[j].norm.as_str();
            w.starts_with("sentenc") || w.starts_with("condemn")
        })
}

/// A clause boundary lies between tokens `a` and `b`.
fn crosses_break(tokens: &[Token], a: usize, b: usize) -> bool {
    (a + 1..=b).any(|k| tokens.get(k).is_some_and(|t| t.break_before))
}

/// The amount each casualty word counts: every plausible (casualty word, amount) pair with its
/// distance rank; the closest pairs are taken first, each word and each amount once. Returns
/// the amount of each word and which amounts are used.
fn pair_counts(
    tokens: &[Token],
    lang: LangTag,
    hits: &[(Hit, CasualtyKind)],
    quantities: &[Quantity],
    negated: &dyn Fn(usize) -> bool,
) -> (Vec<Option<usize>>, Vec<bool>) {
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new(); // (rank, hit index, quantity index)
    for (idx, (h, _)) in hits.iter().enumerate() {
        if negated(h.first) {
            continue;
        }
        for (qi, q) in quantities.iter().enumerate() {
            if negated(q.first) {
                continue;
            }
            if let Some(rank) = pair_rank(tokens, lang, hits, idx, quantities, q) {
                pairs.push((rank, idx, qi));
            }
        }
    }
    pairs.sort_unstable();
    let mut taken_hit = vec![None; hits.len()];
    let mut used = vec![false; quantities.len()];
    for (_, hi, qi) in pairs {
        if taken_hit[hi].is_none() && !used[qi] {
            taken_hit[hi] = Some(qi);
            used[qi] = true;
        }
    }
    (taken_hit, used)
}

/// How close the amount `q` is to casualty word `idx`, if it can count it: before the word
/// (English puts the count before, "31 people were killed"; Arabic after) or after it, with no
/// other casualty word, amount or clause boundary between; a toll's figure may come later ("the
/// death toll from the fighting rose to 100").
fn pair_rank(
    tokens: &[Token],
    lang: LangTag,
    hits: &[(Hit, CasualtyKind)],
    idx: usize,
    quantities: &[Quantity],
    q: &Quantity,
) -> Option<usize> {
    let h = &hits[idx].0;
    let prev_hit_end = if idx > 0 { hits[idx - 1].0.last } else { 0 };
    let next_hit_start = hits.get(idx + 1).map_or(tokens.len(), |(n, _)| n.first);
    // No other amount between the two ("2 soldiers and 5 civilians were killed":
    // the 5 counts the dead; the 2 has its own noun).
    let amount_between = |a: usize, b: usize| {
        quantities
            .iter()
            .any(|o| o.first >= a && o.last <= b && o.first != q.first)
    };
    // "the death toll from the fighting rose to 100": the toll's figure comes later.
    let toll = tokens[h.first..h.last].iter().any(|t| t.norm == "toll");
    if q.last <= h.first && q.first >= prev_hit_end {
        let d = h.first - q.last;
        // English names the victims between the count and the verb ("Three employees of
        // the World Food Programme were killed").
        let reach = if lang == LangTag::En { 8 } else { 5 };
        if d > reach
            || (d > 5 && amount_between(q.last, h.first))
            || crosses_break(tokens, q.last.saturating_sub(1), h.first)
        {
            return None;
        }
        // English puts the count before ("31 people were killed"), Arabic after, and Russian
        // mostly after too ("погибли 24 человека").
        Some(d * 2 + usize::from(lang != LangTag::En))
    } else if q.first >= h.last && q.last <= next_hit_start {
        let d = q.first - h.last;
        let conjunction = (h.last..q.first).any(|k| {
            ["and", "or", "but", "while", "as", "и", "или", "а", "но"]
                .contains(&tokens[k].norm.as_str())
        });
        // "the death toll from the fighting rose to 100", "ارتفاع حصيلة قتلى الاشتباكات
        // على الحدود إلى 24": the toll's figure comes after the place or cause.
        let toll_word = toll
            || (h.first.saturating_sub(3)..h.first).any(|k| {
                tokens[k]
                    .forms()
                    .any(|v| ["حصيله", "عدد", "число", "количество", "number"].contains(&v))
            });
        let toll_figure = toll_word
            && d <= 12
            && q.first > 0
            && [
                "to",
                "at",
                "reached",
                "hit",
                "stands",
                "stood",
                "is",
                "was",
                "الي",
                "до",
                "составило",
                "составляет",
                "достигло",
                "достигает",
                "возросло",
                "выросло",
                "увеличилось",
            ]
            .contains(&tokens[q.first - 1].norm.as_str())
            && !amount_between(h.last, q.first);
        if !toll_figure
            && (d > 3 || conjunction || crosses_break(tokens, h.last.saturating_sub(1), q.first))
        {
            return None;
        }
        Some(d * 2 + usize::from(lang == LangTag::En))
    } else {
        None
    }
}

/// Counts joined by "and" count together ("killed three Tajiks and one Kyrgyz"): each word's
/// amount with the unused amounts joined to it.
fn join_counts(
    tokens: &[Token],
    hits: &[(Hit, CasualtyKind)],
    quantities: &[Quantity],
    taken_hit: &[Option<usize>],
    used: &mut [bool],
) -> Vec<Option<Quantity>> {
    let mut joined: Vec<Option<Quantity>> = taken_hit
        .iter()
        .map(|t| t.map(|qi| quantities[qi]))
        .collect();
    for (idx, t) in taken_hit.iter().enumerate() {
        let Some(qi) = *t else { continue };
        let q = quantities[qi];
        for (oi, o) in quantities.iter().enumerate() {
            if used[oi] || oi == qi {
                continue;
            }
            let (a, b) = if o.first >= q.last {
                (q.last, o.first)
            } else if o.last <= q.first {
                (o.last, q.first)
            } else {
                continue;
            };
            // "three Tajiks and one Kyrgyz": the "and" stands right before the later amount
            // (not "46 people and forced 136,000 people to flee").
            let gap = &tokens[a..b];
            if gap.len() <= 4
                && gap
                    .last()
                    .is_some_and(|t| t.norm == "and" || t.norm == "و" || t.norm == "и")
                && !crosses_break(tokens, a.saturating_sub(1), b)
                && !hits.iter().any(|(x, _)| x.first >= a && x.first < b)
            {
                let add = |x: Option<u32>, y: Option<u32>| x.zip(y).map(|(x, y)| x + y);
                if let Some(j) = joined[idx].as_mut() {
                    j.low = add(j.low, o.low.or(o.best));
                    j.best = add(j.best, o.best);
                    j.high = add(j.high, o.high.or(o.best));
                    j.first = j.first.min(o.first);
                    j.last = j.last.max(o.last);
                }
                used[oi] = true;
            }
        }
    }
    joined
}

/// The casualty phrases: each casualty word that is not negated, with its amount and the
/// counted noun ("31 people", "فتاة صغيرة"). "the dead", "the wounded", "the bodies of the
/// victims" with no amount are people counted elsewhere (or not at all): no phrase.
fn phrases(
    tokens: &[Token],
    lang: LangTag,
    hits: &[(Hit, CasualtyKind)],
    joined: &[Option<Quantity>],
    negated: &dyn Fn(usize) -> bool,
) -> Vec<Casualty> {
    let mut out = Vec::new();
    for (idx, (h, kind)) in hits.iter().enumerate() {
        if negated(h.first) {
            continue;
        }
        let quantity = joined[idx];
        // "the dead", "the wounded", "the bodies of the victims": people counted elsewhere (or
        // not at all), no figure of their own.
        if quantity.is_none()
            && lang == LangTag::En
            && h.first > 0
            && ["the", "their", "its", "his", "her"].contains(&tokens[h.first - 1].norm.as_str())
            && !tokens[h.first..h.last].iter().any(|t| t.norm == "toll")
        {
            continue;
        }
        // "среди погибших", "семьи раненых", "число погибших": a Russian participle with no
        // amount names people counted elsewhere, as "the dead" does.
        if quantity.is_none()
            && lang == LangTag::Ru
            && h.last - h.first == 1
            && PARTICIPLE_ENDINGS
                .iter()
                .any(|e| tokens[h.first].norm.ends_with(e))
        {
            continue;
        }
        let (mut first, mut last) = (h.first, h.last);
        if let Some(q) = quantity {
            first = first.min(q.first);
            last = last.max(q.last);
        }
        // Take in the counted noun ("31 people", "فتاة صغيرة") when nothing follows the count.
        let extend = if quantity.is_some_and(|q| q.first >= h.last) {
            1
        } else {
            2
        };
        let mut end_tok = last;
        for (k, t) in tokens.iter().enumerate().skip(last).take(extend) {
            if t.break_before
                || t.norm.chars().any(|c| c.is_ascii_digit())
                || hits.iter().any(|(o, _)| o.first == k)
                || FUNCTION_WORDS.contains(&t.norm.as_str())
            {
                break;
            }
            end_tok = k + 1;
        }
        let start = tokens[first].start;
        let end = tokens[end_tok.max(first + 1) - 1].end;
        out.push(Casualty {
            first: h.first,
            last: h.last,
            kind: *kind,
            quantity,
            start,
            end,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::text::tokenize;

    type Toll = (Option<u32>, Option<u32>, Option<u32>, String);

    fn tolls(text: &str, lang: LangTag) -> Vec<Toll> {
        let lex = Lexicon::builtin().unwrap();
        let toks = tokenize(text, 0);
        let qs = quantities(&toks, &lex, lang, &[]);
        casualties(&toks, &lex, lang, &qs, &|_| false)
            .into_iter()
            .filter_map(|c| c.fatalities(text))
            .map(|f| (f.low, f.best, f.high, f.phrase))
            .collect()
    }

    #[test]
    fn russian_counts() {
        let ru = LangTag::Ru;
        let low_best_high = |text: &str| {
            let t = tolls(text, ru);
            assert!(!t.is_empty(), "{text}: no toll");
            (t[0].0, t[0].1, t[0].2)
        };
        let exact = |n| (Some(n), Some(n), Some(n));
        assert_eq!(
            low_best_high("В перестрелке погибли 24 человека."),
            exact(24)
        );
        assert_eq!(
            low_best_high("36 человек погибли в результате обстрела."),
            exact(36)
        );
        assert_eq!(low_best_high("Погибли двое пограничников."), exact(2));
        assert_eq!(low_best_high("погибли пятеро военнослужащих"), exact(5));
        // Collective numerals in the genitive, after a noun of death.
        assert_eq!(low_best_high("подтвердил гибель семерых граждан"), exact(7));
        assert_eq!(low_best_high("о гибели восьмерых военных"), exact(8));
        assert_eq!(
            low_best_high("погибли не менее пяти человек"),
            (Some(5), None, None)
        );
        assert_eq!(
            low_best_high("погибли более 30 человек"),
            (Some(31), None, None)
        );
        assert_eq!(
            low_best_high("погибли около 40 человек"),
            (None, Some(40), None)
        );
        assert_eq!(low_best_high("погибли два десятка человек"), exact(20));
        assert_eq!(
            low_best_high("погибли десятки человек"),
            (Some(24), None, Some(99))
        );
        assert_eq!(low_best_high("убиты три таджика и один кыргыз"), exact(4));
        assert_eq!(low_best_high("число погибших возросло до 41"), exact(41));
        // A day of the month is no count; the wounded are not dead.
        let t = tolls("16 сентября погибли пограничники, ранены 15 человек.", ru);
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].0, t[0].1), (Some(1), None), "{t:?}");
        assert!(tolls("Ранены 15 человек.", ru).is_empty());
        assert_eq!(
            low_best_high(
                "число погибших в результате столкновений на границе возросло до 24 человек"
            ),
            exact(24)
        );
        // The dead counted elsewhere: no phrase of their own.
        assert!(tolls("Среди погибших есть мирные жители.", ru).is_empty());
    }

    #[test]
    fn counts_join_only_across_and_before_the_next_amount() {
        let t = tolls("Clashes killed three Tajiks and one Kyrgyz.", LangTag::En);
        assert_eq!(t[0].1, Some(4));
        let t = tolls(
            "Clashes killed at least 46 people and forced more than 136,000 people to flee.",
            LangTag::En,
        );
        assert_eq!(t[0].0, Some(46));
        let t = tolls(
            "Clashes killed 46 people and displaced 136,000 others.",
            LangTag::En,
        );
        assert_eq!(t[0].1, Some(46));
    }

    #[test]
    fn digits_words_and_modifiers() {
        assert_eq!(
            tolls(
                "Clashes killed at least 31 people on Thursday.",
                LangTag::En
            ),
            vec![(Some(31), None, None, "killed at least 31 people".into())]
        );
        assert_eq!(
            tolls("Twenty-five soldiers were killed.", LangTag::En)[0].1,
            Some(25)
        );
        assert_eq!(
            tolls("more than 1,200 people died", LangTag::En)[0].0,
            Some(1201)
        );
        assert_eq!(
            tolls("أسفرت عن مقتل 3 جنود", LangTag::Ar),
            vec![(Some(3), Some(3), Some(3), "مقتل 3 جنود".into())]
        );
        assert_eq!(tolls("سقوط ثلاثة قتلى", LangTag::Ar)[0].1, Some(3));
        assert_eq!(tolls("مقتل خمسة وعشرين شخصا", LangTag::Ar)[0].1, Some(25));
        assert_eq!(tolls("مقتل أكثر من 30 شخصا", LangTag::Ar)[0].0, Some(31));
        assert_eq!(
            tolls("about 40 people were killed", LangTag::En)[0],
            (None, Some(40), None, "about 40 people were killed".into())
        );
    }

    #[test]
    fn vague_amounts_stay_ranges() {
        assert_eq!(
            tolls("dozens of people were killed", LangTag::En)[0].0,
            Some(24)
        );
        assert_eq!(
            tolls("dozens of people were killed", LangTag::En)[0].2,
            Some(99)
        );
        let t = tolls("خلفت مقتل وإصابة العشرات بين السكان", LangTag::Ar);
        assert_eq!(t, vec![(None, None, None, "مقتل وإصابة العشرات".into())]);
        let t = tolls("dozens of people were killed or injured", LangTag::En);
        assert_eq!(t[0].1, None);
        assert_eq!(t[0].0, None);
    }

    #[test]
    fn the_toll_rose_to() {
        let t = tolls(
            "ارتفاع حصيلة قتلى الاشتباكات على الحدود مع طاجيكستان إلى 24 شخصا",
            LangTag::Ar,
        );
        assert_eq!(t[0].1, Some(24), "{t:?}");
        // Not any number after إلى: "نقل جثة القتيل إلى 3 مستشفيات" has no toll word.
        let t = tolls("مقتل شخص ونقل الجثة لاحقا إلى 3 مستشفيات", LangTag::Ar);
        assert_eq!(t[0].1, None, "{t:?}");
    }

    #[test]
    fn a_death_without_a_number_is_at_least_one() {
        let t = tolls("أدى القصف إلى مقتل طفل صغير", LangTag::Ar);
        assert_eq!(t, vec![(Some(1), None, None, "مقتل طفل صغير".into())]);
    }

    #[test]
    fn injuries_are_not_deaths() {
        assert!(tolls("Five people were injured.", LangTag::En).is_empty());
    }
}
