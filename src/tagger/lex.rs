//! Lexemes and the tokenizer: splits one folded line into words, numbers and punctuation, strips
//! Arabic proclitics, and looks each word up in the Arabic, English or Russian word list.
//!
//! The grammar (`grammar.rs`) only ever sees these tokens, so word boundaries are decided here
//! once: a month name inside a longer word is a different word and never reaches the grammar.

use std::sync::OnceLock;

use chrono::Weekday;

use super::Lang;
use super::normalize::fold_str;
use super::resolve::MovableFeast;
use super::{ar, en, ru};
use crate::text::WordMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    Hour,
    Minute,
}

/// Grammatical number of a unit word: it tells how many units a bare word means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// يوم, day: one (or counted: "30 عامًا", "3 days").
    One,
    /// يومين: two, with no number word.
    Two,
    /// أيام, days: several.
    Many,
    /// полгода: half of the unit.
    Half,
}

/// Direction words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Past,
    Future,
    Current,
    /// التالي, following: the next one after the narrated date.
    Following,
    /// "recent", الأخيرة: the last stretch up to the publication day.
    Recent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Early,
    Mid,
    Late,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prep {
    Before,
    Since,
    After,
    In,
    /// من / from / of
    From,
    /// إلى, حتى, to, until, till, through
    To,
    Between,
    /// for: "planned for 1990", "the report for March".
    For,
    And,
    On,
    By,
    During,
    The,
    Of,
    A,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Era {
    Hijri,
    Gregorian,
    Bc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Approx {
    About,
    MoreThan,
    LessThan,
}

/// Vague expressions: reported, but never as a specific day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vague {
    /// Some time before the publication day (recently, in recent years).
    Before,
    /// Some time after it (soon, in the coming days).
    After,
    /// No usable bound (later, since then, at the time).
    Unknown,
    /// A day in the week before the publication day, or after it when told of what is to
    /// come ("на днях").
    Days,
    /// A day of the week after the publication day, about ("в ближайшие дни", "in the coming
    /// days").
    ComingDays,
}

/// How safely a month name can stand alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// Only ever a month name.
    Strong,
    /// Also an ordinary word (مارس "practised", آب/أب "father", ماي, May the verb): needs a
    /// day number, a year, "شهر", a qualifier or a paired name next to it.
    Weak,
    /// An English abbreviation (Jan, Sept): needs a day number or a year.
    Abbrev,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    None,
    Month(u8, Strength),
    HijriMonth(u8, Strength),
    Weekday(Weekday),
    /// Day words relative to the publication day: أمس = -1, غدا = +1.
    DayRel(i8),
    /// اليوم / today: also "the day", so the grammar checks what follows.
    Today,
    /// Relative to the nearest preceding explicit day: "the next day" = +1.
    AnchorDay(i8),
    /// Some days after the nearest preceding explicit day: "in the days that followed".
    AnchorAfter,
    Unit(Unit, Form),
    Qual(Dir),
    Part(Part),
    Card(u32),
    Ord(u32),
    Prep(Prep),
    Ago,
    /// "later" after a duration ("two days later").
    Later,
    /// "earlier" after a duration, or in "earlier this week".
    Earlier,
    Era(Era),
    /// الموافق: links a weekday or Hijri date to a Gregorian one.
    Corresp,
    /// هذا / هذه / this
    This,
    /// ذلك / تلك / that
    That,
    Approx(Approx),
    Vague(Vague),
    /// صباح, مساء, morning, night: kept with the day they qualify.
    PartOfDay,
    /// "overnight": the night before the publication day, or before the day it names.
    Overnight,
    /// A decade by its tens digit: التسعينيات, nineties = 9.
    Decade(u8),
    /// A word that only starts a multi-word phrase (كانون, تشرين).
    Head,
    /// نفس, ذاته, same.
    Same,
    /// الربع, quarter (of a year).
    Quarter,
    /// النصف, half (of a year).
    Half,
    /// A feast on a fixed day of the Hijri (`true`) or Gregorian calendar: month, day.
    Holiday(bool, u8, u8),
    /// Spring = 1, summer = 2, autumn = 3, winter = 4.
    Season(u8),
    /// A feast whose day moves by a rule (Thanksgiving, Good Friday).
    Feast(MovableFeast),
    /// noon, midnight: a time of day that needs no a.m. or p.m.
    Clock(u8),
    /// накануне, канун: the eve, the day before a date or the day the text is telling.
    Eve,
    /// позапрошлый: the one before last.
    BeforeLast,
}

/// One Arabic proclitic letter or more before the stem: و ف ب ل ك (and ال, kept in the stem).
pub(crate) const CL_WA: u8 = 1;
pub(crate) const CL_BI: u8 = 2;
pub(crate) const CL_LI: u8 = 4;
pub(crate) const CL_KA: u8 = 8;
pub(crate) const CL_FA: u8 = 16;
/// The article written onto a number: الـ24 ساعة.
pub(crate) const CL_AL: u8 = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct(u8),
    /// Any other symbol (quotes, emoji): breaks a pattern.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Arabic,
    Latin,
    Cyrillic,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumSuffix {
    None,
    /// 29th, 1st
    Ordinal,
    /// 1990s, 90s; Russian 90-х, 1990-ые
    Decade,
    /// Russian -е: an ordinal (15-е сентября) or a decade (90-е годы).
    OrdOrDecade,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Folded byte range of the whole token, clitics included.
    pub s: usize,
    pub e: usize,
    /// Where an expression starting at this token starts (after و/ف/ب/ل/ك).
    pub core: usize,
    pub kind: Kind,
    pub lex: Lex,
    pub clitics: u8,
    pub script: Script,
    /// For numbers: the value (saturating) and digit count.
    pub val: u32,
    pub digits: u8,
    pub suffix: NumSuffix,
    /// A space (or nothing) separates it from the previous token.
    pub spaced: bool,
    /// English or Russian word written with a capital letter.
    pub cap: bool,
    /// Russian word written all in capitals (a headline, a dateline, an acronym).
    pub upper: bool,
}

impl Tok {
    pub fn num(&self) -> Option<u32> {
        (self.kind == Kind::Num).then_some(self.val)
    }
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == Kind::Punct(c)
    }
    pub fn has_wa(&self) -> bool {
        self.clitics & (CL_WA | CL_FA) != 0
    }
}

type Map<V> = WordMap<V>;

/// The word lists, folded, and the multi-word phrases keyed by their first word.
pub(crate) struct Lexicon {
    words: Map<Lex>,
    phrases: Map<Vec<(Vec<String>, Lex)>>,
    /// The cases a Russian month or weekday form can be (`ru::NOM` ...).
    cases: Map<u8>,
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut words: Map<Lex> = Map::default();
        let mut phrases: Map<Vec<(Vec<String>, Lex)>> = Map::default();
        // The Russian list is generated (its inflected forms), so it is owned.
        let russian_words = ru::words();
        let russian: Vec<(&str, Lex)> = russian_words
            .iter()
            .map(|(w, l)| (w.as_str(), *l))
            .collect();
        for (list, phr) in [
            (ar::words(), ar::phrases()),
            (en::words(), en::phrases()),
            (russian, ru::phrases()),
        ] {
            for (w, l) in list {
                words.entry(fold_str(w)).or_insert(l);
            }
            for (p, l) in phr {
                let parts: Vec<String> = fold_str(p).split(' ').map(str::to_string).collect();
                let Some((first, rest)) = parts.split_first() else {
                    continue;
                };
                words.entry(first.clone()).or_insert(Lex::Head);
                phrases
                    .entry(first.clone())
                    .or_default()
                    .push((rest.to_vec(), l));
            }
        }
        for list in phrases.values_mut() {
            list.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        let mut cases: Map<u8> = Map::default();
        for (w, c) in ru::cases() {
            *cases.entry(fold_str(w)).or_default() |= c;
        }
        Lexicon {
            words,
            phrases,
            cases,
        }
    })
}

impl Lexicon {
    /// Whether a folded word names a month, a weekday or a season.
    pub(crate) fn names_a_time(&self, folded: &str) -> bool {
        matches!(
            self.words.get(folded),
            Some(Lex::Month(..) | Lex::HijriMonth(..) | Lex::Weekday(_) | Lex::Season(_))
        )
    }
}

/// The cases a folded Russian month or weekday form can be, as `ru::NOM` ... bits; 0 for
/// other words.
pub(crate) fn cases_of(w: &str) -> u8 {
    lexicon().cases.get(w).copied().unwrap_or(0)
}

/// Whether `w` is one of the words of `list`, a string of words separated by spaces (the
/// short lists of `en.rs` that are read rarely, word by word).
pub(crate) fn listed(list: &str, w: &str) -> bool {
    list.split_whitespace().any(|x| x == w)
}

/// The weekday a bare Arabic noun names once the article is put back (جمعة → الجمعة), for
/// "أول جمعة من رمضان". `w` is folded.
pub(crate) fn weekday_without_article(w: &str) -> Option<Weekday> {
    let key = format!("ال{w}");
    match lexicon().words.get(&key) {
        Some(Lex::Weekday(d)) => Some(*d),
        _ => None,
    }
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

fn script_of(c: char) -> Option<Script> {
    if c.is_ascii_alphabetic() {
        Some(Script::Latin)
    } else if is_arabic_letter(c) {
        Some(Script::Arabic)
    } else if matches!(c, '\u{0400}'..='\u{052F}') {
        Some(Script::Cyrillic)
    } else if !c.is_ascii() && c.is_alphabetic() {
        Some(Script::Other)
    } else {
        None
    }
}

/// Clitic prefixes tried, longest first, with their flags. ال stays in the stem.
const CLITICS: &[(&str, u8)] = &[
    ("وب", CL_WA | CL_BI),
    ("ول", CL_WA | CL_LI),
    ("وك", CL_WA | CL_KA),
    ("فب", CL_FA | CL_BI),
    ("فل", CL_FA | CL_LI),
    ("و", CL_WA),
    ("ف", CL_FA),
    ("ب", CL_BI),
    ("ل", CL_LI),
    ("ك", CL_KA),
];

impl Lexicon {
    /// Look an Arabic word up, stripping proclitics when the whole word is not listed.
    /// Returns the lexeme and the byte length of the stripped prefix.
    fn lookup_ar(&self, w: &str, buf: &mut String) -> (Lex, usize, u8) {
        if let Some(l) = self.get_ar(w, buf) {
            return (l, 0, 0);
        }
        for (p, flags) in CLITICS {
            let Some(rest) = w.strip_prefix(p) else {
                continue;
            };
            if rest.len() < 4 {
                continue;
            }
            if let Some(l) = self.get_ar(rest, buf) {
                return (l, p.len(), *flags);
            }
            // ل + ال assimilates to لل: للعام = ل + العام.
            if flags & CL_LI != 0
                && let Some(r) = rest.strip_prefix('ل')
            {
                buf.clear();
                buf.push_str("ال");
                buf.push_str(r);
                let key = std::mem::take(buf);
                let found = self.get_ar(&key, &mut String::new());
                *buf = key;
                if let Some(l) = found {
                    // The span starts after لل, at the noun: "عام 2014".
                    return (l, p.len() + 'ل'.len_utf8(), *flags);
                }
            }
        }
        (Lex::None, 0, 0)
    }

    /// A stem as listed, or with ال removed for the unit nouns (العام, الأسبوع) only: other
    /// words with ال are different words (الأب is "the father", not August).
    fn get_ar(&self, stem: &str, _buf: &mut String) -> Option<Lex> {
        if let Some(l) = self.words.get(stem) {
            return Some(*l);
        }
        let bare = stem.strip_prefix("ال")?;
        match self.words.get(bare) {
            Some(l @ Lex::Unit(..)) | Some(l @ Lex::Decade(_)) | Some(l @ Lex::Card(_)) => Some(*l),
            _ => None,
        }
    }
}

/// Split a folded line into tokens and look words up. `lang` limits which word list is used.
pub(crate) fn tokenize(text: &str, lang: Option<Lang>, out: &mut Vec<Tok>) {
    out.clear();
    let lexicon = lexicon();
    let bytes = text.as_bytes();
    let mut buf = String::new();
    let mut i = 0;
    let mut spaced = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' || b == b'\t' || b == b'\r' {
            spaced = true;
            i += 1;
            continue;
        }
        if b.is_ascii_digit() {
            let s = i;
            let mut val: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                val = val
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            let digits = (i - s).min(255) as u8;
            let mut suffix = NumSuffix::None;
            let rest = &text[i..];
            let after = |n: usize| {
                rest.as_bytes()
                    .get(n)
                    .is_none_or(|c| !c.is_ascii_alphabetic())
            };
            for sfx in ["st", "nd", "rd", "th"] {
                if rest.starts_with(sfx) && after(2) {
                    suffix = NumSuffix::Ordinal;
                    i += 2;
                }
            }
            if suffix == NumSuffix::None && rest.starts_with('s') && after(1) {
                suffix = NumSuffix::Decade;
                i += 1;
            } else if suffix == NumSuffix::None && rest.starts_with("'s") && after(2) {
                suffix = NumSuffix::Decade;
                i += 2;
            } else if suffix == NumSuffix::None
                && rest.starts_with(|c: char| c == '-' || ('\u{0400}'..='\u{04FF}').contains(&c))
                && let Some((len, sfx)) = russian_suffix(rest)
            {
                suffix = sfx;
                i += len;
            }
            // A clitic written onto the number (و2015, ب2014) belongs to it.
            let (core, clitics, s) = match out.last() {
                Some(prev)
                    if !spaced
                        && prev.kind == Kind::Word
                        && prev.script == Script::Arabic
                        && prev.lex == Lex::None =>
                {
                    let w = &text[prev.s..prev.e];
                    // الـ24, والـ48, بالـ3: the article stays in the span, و/ب do not.
                    let article = match w {
                        "ال" => Some((0, CL_AL)),
                        "وال" => Some(("و".len(), CL_AL | CL_WA)),
                        "بال" => Some(("ب".len(), CL_AL | CL_BI)),
                        "فال" => Some(("ف".len(), CL_AL | CL_FA)),
                        _ => None,
                    };
                    let plain = CLITICS
                        .iter()
                        .find(|(p, _)| *p == w)
                        .map(|(_, f)| (None, *f));
                    match article.map(|(skip, f)| (Some(skip), f)).or(plain) {
                        Some((skip, f)) => {
                            let ps = prev.s;
                            let sp = prev.spaced;
                            out.pop();
                            spaced = sp;
                            match skip {
                                Some(skip) => (ps + skip, f, ps),
                                None => (s, f, ps),
                            }
                        }
                        None => (s, 0, s),
                    }
                }
                _ => (s, 0, s),
            };
            out.push(Tok {
                s,
                e: i,
                core,
                kind: Kind::Num,
                lex: Lex::None,
                clitics,
                script: Script::Other,
                val,
                digits,
                suffix,
                spaced,
                cap: false,
                upper: false,
            });
            spaced = false;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        match script_of(c) {
            Some(script) => {
                let s = i;
                let mut e = i;
                for ch in text[i..].chars() {
                    if script_of(ch) == Some(script) {
                        e += ch.len_utf8();
                    } else {
                        break;
                    }
                }
                i = e;
                let w = &text[s..e];
                let (lex, pre, clitics) = match (script, lang) {
                    (Script::Arabic, None | Some(Lang::Ar)) => lexicon.lookup_ar(w, &mut buf),
                    (Script::Latin, None | Some(Lang::En))
                    | (Script::Cyrillic, None | Some(Lang::Ru)) => {
                        (lexicon.words.get(w).copied().unwrap_or(Lex::None), 0, 0)
                    }
                    _ => (Lex::None, 0, 0),
                };
                out.push(Tok {
                    s,
                    e,
                    core: s + pre,
                    kind: Kind::Word,
                    lex,
                    clitics,
                    script,
                    val: 0,
                    digits: 0,
                    suffix: NumSuffix::None,
                    spaced,
                    cap: false,
                    upper: false,
                });
            }
            None => {
                let s = i;
                i += c.len_utf8();
                let kind = if c.is_ascii() {
                    Kind::Punct(b)
                } else {
                    Kind::Other
                };
                out.push(Tok {
                    s,
                    e: i,
                    core: s,
                    kind,
                    lex: Lex::None,
                    clitics: 0,
                    script: Script::Other,
                    val: 0,
                    digits: 0,
                    suffix: NumSuffix::None,
                    spaced,
                    cap: false,
                    upper: false,
                });
            }
        }
        spaced = false;
    }
    merge_phrases(text, lexicon, out);
    if lang.is_none_or(|l| l == Lang::Ru) && out.iter().any(|t| t.script == Script::Cyrillic) {
        roman_centuries(text, out);
    }
}

/// A Russian suffix of case written onto a number, with or without a hyphen: 29-го, 1991-м,
/// 15-е, 90-х, 1990-ые, 1го, 90х. Returns its length in bytes and what it makes the number.
/// Single letters other than х need the hyphen (5м may be five metres).
fn russian_suffix(rest: &str) -> Option<(usize, NumSuffix)> {
    const ORDINAL: &[&str] = &[
        "ого", "го", "ый", "ий", "ой", "ом", "ым", "ое", "ая", "ую", "й", "м", "я", "ю",
    ];
    const DECADE: &[&str] = &["ых", "ые", "х"];
    let (hyphen, word) = match rest.strip_prefix('-') {
        Some(w) => (1, w),
        None => (0, rest),
    };
    let end = word
        .char_indices()
        .find(|(_, c)| !matches!(c, '\u{0400}'..='\u{052F}'))
        .map_or(word.len(), |(k, _)| k);
    let sfx = &word[..end];
    if sfx.is_empty() || word[end..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let kind = if DECADE.contains(&sfx) {
        NumSuffix::Decade
    } else if sfx == "е" {
        NumSuffix::OrdOrDecade
    } else if ORDINAL.contains(&sfx) {
        NumSuffix::Ordinal
    } else {
        return None;
    };
    let bare_ok = matches!(sfx, "го" | "ого" | "х" | "ых" | "ые");
    (hyphen == 1 || bare_ok).then_some((hyphen + end, kind))
}

/// The value of a Roman numeral written in Latin letters (the folder reads ХХ typed in
/// Cyrillic as xx): i, v, x, l, c, up to 39 centuries' worth.
fn roman_value(w: &str) -> Option<u32> {
    if w.is_empty() || w.len() > 8 {
        return None;
    }
    let digit = |c: char| match c {
        'i' => Some(1),
        'v' => Some(5),
        'x' => Some(10),
        'l' => Some(50),
        'c' => Some(100),
        _ => None,
    };
    let vals: Vec<u32> = w.chars().map(digit).collect::<Option<_>>()?;
    let mut total: i64 = 0;
    for (k, v) in vals.iter().enumerate() {
        if vals.get(k + 1).is_some_and(|n| n > v) {
            total -= i64::from(*v);
        } else {
            total += i64::from(*v);
        }
    }
    u32::try_from(total).ok().filter(|n| (1..=39).contains(n))
}

/// A Roman numeral before the Russian word for century (XX век, XIX в.) is its ordinal.
fn roman_centuries(text: &str, toks: &mut [Tok]) {
    for k in 0..toks.len().saturating_sub(1) {
        let (t, next) = (toks[k], toks[k + 1]);
        if t.kind != Kind::Word || t.script != Script::Latin || t.lex != Lex::None {
            continue;
        }
        let century = next.script == Script::Cyrillic
            && (matches!(next.lex, Lex::Unit(Unit::Century, _))
                || (&text[next.s..next.e] == "в"
                    && toks.get(k + 2).is_some_and(|d| d.is_punct(b'.'))));
        if century && let Some(n) = roman_value(&text[t.s..t.e]) {
            toks[k].lex = Lex::Ord(n);
        }
    }
}

/// Join multi-word phrases (كانون الثاني, أول أمس, the day before yesterday) into one token.
fn merge_phrases(text: &str, lexicon: &Lexicon, toks: &mut Vec<Tok>) {
    let mut w = 0;
    let mut r = 0;
    while r < toks.len() {
        let t = toks[r];
        let mut merged = None;
        if t.kind == Kind::Word && t.lex != Lex::None {
            let first = &text[t.core..t.e];
            if let Some(list) = lexicon.phrases.get(first) {
                'cand: for (rest, lex) in list {
                    if r + rest.len() > toks.len() {
                        continue;
                    }
                    // Words in order; a hyphen between two of them is allowed (al-Fitr).
                    let mut q = r + 1;
                    for word in rest {
                        if toks
                            .get(q)
                            .is_some_and(|n| matches!(n.kind, Kind::Punct(b'-' | b'\'')))
                        {
                            q += 1;
                        }
                        let Some(n) = toks.get(q) else {
                            continue 'cand;
                        };
                        if n.kind != Kind::Word || text[n.s..n.e] != **word {
                            continue 'cand;
                        }
                        q += 1;
                    }
                    merged = Some((q - r - 1, *lex));
                    break;
                }
            }
        }
        match merged {
            Some((n, lex)) => {
                let mut m = t;
                m.e = toks[r + n].e;
                m.lex = lex;
                toks[w] = m;
                r += n + 1;
            }
            None => {
                if t.lex == Lex::Head {
                    toks[r].lex = Lex::None;
                }
                toks[w] = toks[r];
                r += 1;
            }
        }
        w += 1;
    }
    toks.truncate(w);
}
