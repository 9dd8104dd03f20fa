//! The tense of the clause around an expression: whether the text speaks of what happened or
//! of what is to come. It decides which year a yearless date falls in ("the vote is set for
//! Nov. 16" is the coming one, "fighting broke out on Dec. 28" the last one) and which week a
//! bare weekday falls in ("will meet Monday", "met Monday").
//!
//! The cue nearest to the expression within its sentence wins; a cue across a comma or a
//! conjunction counts as farther away. Words are general grammar (auxiliaries, past forms,
//! the Arabic future prefix, the Russian past in -л and the perfective present that tells the
//! future), never the words of one text.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::lex::{Kind, Lex, Prep, Script, Strength, Tok};
use super::normalize::fold_str;
use super::{ar, en, ru};

/// What a clause says about time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// A verb of saying, asking or setting ("said", "insisted on", "proposed", "set"): its
    /// tense is the telling's, not the date's ("had insisted on Jan. 12" may name a day to
    /// come). It stops the search and says nothing.
    Telling,
}

/// Words that begin with س and an imperfect prefix but are no future verbs (folded).
const NOT_FUTURE_STEMS: &[&str] = &[
    "سيطر",
    "سياس",
    "سياد",
    "سيار",
    "سياح",
    "سيناء",
    "سيناري",
    "سيول",
    "سيد",
    "سنوات",
    "سنوي",
    "سنغافور",
    "ستار",
    "ستوكهولم",
];

/// "political will", "the will of the people": "will" (between `prev` and `next`) is the noun,
/// not the future auxiliary. Shared with the ingester's cue scan.
pub(crate) fn will_is_noun(prev: &str, next: &str) -> bool {
    const DETERMINERS: &[&str] = &[
        "the",
        "a",
        "political",
        "good",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "popular",
        "strong",
        "free",
        "own",
        "genuine",
        "real",
        "collective",
        "national",
    ];
    matches!(next, "of" | "to") || DETERMINERS.contains(&prev)
}

/// Token `k` is the noun "will".
fn noun_will(toks: &[Tok], text: &str, k: usize) -> bool {
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == Kind::Word)
            .map_or("", |t| &text[t.s..t.e])
    };
    word(k) == "will" && will_is_noun(k.checked_sub(1).map_or("", word), word(k + 1))
}

/// A present form of a scheduled act ("heads", "holds", "visits", "ends") used as a plural
/// noun: after a determiner ("the heads of the border services", "their visits") or before
/// "of" ("the ends of the line"). It tells no time to come.
fn noun_present(toks: &[Tok], text: &str, k: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "our", "both", "two", "these", "those",
        "whose", "of",
    ];
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == Kind::Word)
            .map_or("", |t| &text[t.s..t.e])
    };
    let w = word(k);
    w.ends_with('s')
        && (k
            .checked_sub(1)
            .is_some_and(|p| DETERMINERS.contains(&word(p).to_lowercase().as_str()))
            || word(k + 1) == "of")
}

/// Words after which an Arabic word is a noun or a name, never a verb: prepositions and the
/// nouns that name a kind of place ("في سيستان بلوشستان", "جبل سنجار", "إقليم سيونيك").
const NOUN_SLOT: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "حتي",
    "نحو",
    "قرب",
    "داخل",
    "اقليم",
    "منطقه",
    "مدينه",
    "بلده",
    "محافظه",
    "ولايه",
    "جبل",
    "قريه",
    "مقاطعه",
    "قضاء",
    "ناحيه",
    "مديريه",
    "مخيم",
];

/// Token `k` follows a preposition or a place noun, so it is no verb.
fn after_a_noun_slot(toks: &[Tok], text: &str, k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| toks.get(p))
        .filter(|p| p.kind == Kind::Word)
        .is_some_and(|p| {
            let w = &text[p.s..p.e];
            let w = w
                .strip_prefix('و')
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(w);
            words().noun_slot.contains(w)
        })
}

/// Past verbs that grant or set a time: the deadline after them is still to come.
const GRANTING: &[&str] = &[
    "gave", "set", "granted", "extended", "issued", "fixed", "allowed", "given",
];

/// How far (in tokens) a cue may stand from the expression.
const REACH: usize = 12;

struct Words {
    future: HashSet<String>,
    past: HashSet<String>,
    not_past: HashSet<String>,
    /// Words after which a following "to"/"for" makes a schedule ("set for", "due to").
    scheduling: HashSet<String>,
    /// Words right before a date that make it a deadline ("by", "until", "حتى").
    deadline: HashSet<String>,
    telling: HashSet<String>,
    /// Words that cost nothing between a verb and its date ("broke out on", "raged from").
    light: HashSet<String>,
    /// Words before a deadline word that make it tell when something happened ("shortly").
    narrating: HashSet<String>,
    /// Plain present forms that tell a schedule after a plural subject ("Russians vote
    /// Sunday").
    schedule_present: HashSet<String>,
    /// Future auxiliaries, which set the tense of their whole sentence.
    auxiliary: HashSet<String>,
    /// Words that open another clause, which a future auxiliary does not reach past.
    clause: HashSet<String>,
    /// Russian abbreviations after which a full stop ends no sentence ("гг.", "ул.").
    abbreviations: HashSet<String>,
    /// Words of a clock time's zone and hour ("мск", "по местному времени").
    time_words: HashSet<String>,
    /// [`NOUN_SLOT`] and [`NOT_FUTURE_STEMS`], folded.
    noun_slot: HashSet<String>,
    not_future: Vec<String>,
}

fn folded<'a>(lists: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    lists
        .into_iter()
        .flat_map(str::split_whitespace)
        .map(fold_str)
        .collect()
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let (e, a, r) = (&en::TENSE, &ar::TENSE, &ru::TENSE);
        Words {
            future: folded([e.future, a.future, r.future]),
            past: folded([e.past, a.past, r.past]),
            not_past: folded([e.not_past, r.not_past]),
            scheduling: folded([e.scheduling]),
            deadline: folded([e.deadline, a.deadline, r.deadline]),
            telling: folded([e.telling, r.telling]),
            light: folded([e.light, r.light]),
            narrating: folded([e.narrating, r.narrating]),
            schedule_present: folded([e.schedule_present]),
            auxiliary: folded([e.auxiliary, r.auxiliary]),
            clause: folded([e.clause, r.clause]),
            abbreviations: folded([ru::ABBREVIATIONS]),
            time_words: folded([ru::TIME_WORDS]),
            noun_slot: NOUN_SLOT.iter().map(|w| fold_str(w)).collect(),
            not_future: NOT_FUTURE_STEMS.iter().map(|w| fold_str(w)).collect(),
        }
    })
}

/// The tense cue of token `k`, if it is one (for the rules that look at a word's tense).
pub(crate) fn cue_of(toks: &[Tok], text: &str, k: usize) -> Option<Tense> {
    cue(toks, text, k)
}

/// The tense cue of one token, if it is one.
fn cue(toks: &[Tok], text: &str, k: usize) -> Option<Tense> {
    let t = toks.get(k)?;
    if t.kind != Kind::Word {
        return None;
    }
    let w = &text[t.s..t.e];
    let words = words();
    match t.script {
        Script::Latin => {
            if words.telling.contains(w) {
                return Some(Tense::Telling);
            }
            if words.future.contains(w) && !noun_will(toks, text, k) && !noun_present(toks, text, k)
            {
                return Some(Tense::Future);
            }
            // "set for", "due to", "scheduled to": a schedule.
            if words.scheduling.contains(w)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(&text[n.s..n.e], "for" | "to" | "on"))
            {
                return Some(Tense::Future);
            }
            // "voters go to the polls Sunday": a plain present form of a scheduled act.
            // Only after a plural subject ("Russians vote", "they meet"): these words are
            // also nouns ("a confidence vote in April") and infinitives ("to meet").
            if words.schedule_present.contains(w)
                && k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
                    let s = &text[p.s..p.e];
                    p.kind == Kind::Word
                        && p.script == Script::Latin
                        && (s == "they"
                            || (s.len() >= 4
                                && s.ends_with('s')
                                && !s.ends_with("ss")
                                && !words.past.contains(s)))
                })
            {
                return Some(Tense::Future);
            }
            // "is to open", "were to take up": a plan, even told in the past.
            if matches!(w, "is" | "are" | "was" | "were")
                && toks.get(k + 1).is_some_and(|n| &text[n.s..n.e] == "to")
            {
                return Some(Tense::Future);
            }
            // Regular past forms: "shelled", "used", "killed" (not "armed", "hundred").
            // (Not a capitalised word inside the sentence: a name, "Ahmed", "Mohammed".)
            let name = t.cap && k > 0 && !ends_sentence(toks, text, k - 1);
            let regular = w.len() >= 4
                && w.ends_with("ed")
                && !name
                && !words.not_past.contains(w)
                && !matches!(t.lex, Lex::Month(..) | Lex::Weekday(_));
            // A participle after a form of "be" is no past ("will be held", "is committed").
            let passive = k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
                matches!(
                    &text[p.s..p.e],
                    "be" | "is" | "are" | "being" | "stay" | "stays" | "remain" | "remains"
                )
            });
            ((regular || words.past.contains(w)) && !passive).then_some(Tense::Past)
        }
        Script::Arabic => {
            let bare = w
                .strip_prefix('و')
                .or_else(|| w.strip_prefix('ف'))
                .unwrap_or(w);
            if words.future.contains(bare) || words.future.contains(w) {
                return Some(Tense::Future);
            }
            // The future prefix on an imperfect verb: سيزور, ستعقد, سنعمل. (Not سا: past
            // verbs such as ساعدت, سارعت, سافرت begin so; nor the common words that begin
            // like a future verb: سيطرة, سياسة, سيادة, سيارة, سنوات.)
            let mut chars = bare.chars();
            if chars.next() == Some('س')
                && matches!(chars.next(), Some('ي' | 'ت' | 'ن'))
                && bare.chars().count() >= 5
                && t.lex == Lex::None
                && !words
                    .not_future
                    .iter()
                    .any(|n| bare.starts_with(n.as_str()))
                && !after_a_noun_slot(toks, text, k)
            {
                return Some(Tense::Future);
            }
            // "سيتم عقد الاجتماع", "ستتم مناقشة": after a verb of carrying out, a word spelled
            // as a past verb is its verbal noun ("holding", not "held"); the tense is that verb's.
            let after_carrying_out = k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
                let prev = &text[p.s..p.e];
                let prev = prev.strip_prefix('و').unwrap_or(prev);
                matches!(
                    prev,
                    "سيتم" | "ستتم" | "يتم" | "تتم" | "تم" | "تمت" | "سيجري" | "ستجري"
                )
            });
            ((words.past.contains(bare) || words.past.contains(w)) && !after_carrying_out)
                .then_some(Tense::Past)
        }
        Script::Cyrillic => {
            if words.telling.contains(w) {
                return Some(Tense::Telling);
            }
            if words.future.contains(w) {
                return Some(Tense::Future);
            }
            if words.past.contains(w) {
                return Some(Tense::Past);
            }
            // Regular past forms: обстреляли, погибла, началось, открыли (not the nouns and
            // adverbs that end so: обстрел, земли, число, около, жители; not a name inside a
            // sentence: Михаил, Кабул).
            let name = t.cap && k > 0 && !ends_sentence(toks, text, k - 1);
            let past = w.chars().count() >= 4
                && t.lex == Lex::None
                && !name
                && !words.not_past.contains(w)
                && RU_PAST_ENDINGS.iter().any(|e| w.ends_with(e))
                && !["ители", "атели", "ятели"].iter().any(|e| w.ends_with(e));
            past.then_some(Tense::Past)
        }
        Script::Other => None,
    }
}

/// Whether the token ends a sentence: a full stop (not after an abbreviation or an initial),
/// a question or exclamation mark, or a semicolon.
pub(crate) fn ends_sentence(toks: &[Tok], text: &str, k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return true;
    };
    match t.kind {
        Kind::Punct(b'!' | b'?' | b';') => true,
        Kind::Punct(b'.') => {
            let prev = k.checked_sub(1).and_then(|p| toks.get(p));
            // A decimal point: $14.2 million.
            let next = toks.get(k + 1);
            if prev.is_some_and(|p| p.kind == Kind::Num)
                && next.is_some_and(|n| n.kind == Kind::Num && !n.spaced)
            {
                return false;
            }
            !prev.is_some_and(|p| {
                p.kind == Kind::Word
                    && (p.e - p.s <= 2
                        || (p.script == Script::Cyrillic
                            && words().abbreviations.contains(&text[p.s..p.e]))
                        || matches!(p.lex, Lex::Month(_, Strength::Abbrev))
                        || matches!(
                            &text[p.s..p.e],
                            "mr" | "mrs"
                                | "gen"
                                | "sen"
                                | "rep"
                                | "gov"
                                | "col"
                                | "lt"
                                | "sgt"
                                | "capt"
                                | "maj"
                                | "corp"
                                | "inc"
                                | "st"
                                | "dr"
                                | "no"
                                | "vs"
                        ))
            })
        }
        Kind::Other => text[t.s..t.e].starts_with('؟'),
        _ => false,
    }
}

/// Whether token `k` is part of a clock time with its zone: 16:00, 16.30, (13:00 мск), по
/// местному времени.
fn clock_part(toks: &[Tok], text: &str, k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let num = |q: Option<usize>| {
        q.and_then(|q| toks.get(q))
            .is_some_and(|n| n.kind == Kind::Num && n.digits <= 2)
    };
    let sep = |q: Option<usize>| {
        q.and_then(|q| toks.get(q))
            .is_some_and(|n| matches!(n.kind, Kind::Punct(b':' | b'.')) && !n.spaced)
    };
    let (prev, next) = (k.checked_sub(1), Some(k + 1));
    match t.kind {
        Kind::Num => {
            (sep(next) && num(Some(k + 2)))
                || (sep(prev) && num(prev.and_then(|p| p.checked_sub(1))))
        }
        Kind::Punct(b':' | b'.') => !t.spaced && num(prev) && num(next),
        Kind::Punct(b'(') => num(next),
        Kind::Punct(b')') => {
            num(prev)
                || prev.and_then(|p| toks.get(p)).is_some_and(|p| {
                    p.kind == Kind::Word && words().time_words.contains(&text[p.s..p.e])
                })
        }
        Kind::Word => {
            matches!(t.script, Script::Cyrillic | Script::Latin)
                && words().time_words.contains(&text[t.s..t.e])
        }
        _ => false,
    }
}

fn soft_break(toks: &[Tok], text: &str, k: usize) -> bool {
    toks.get(k).is_some_and(|t| match t.kind {
        Kind::Punct(b',' | b':' | b'(' | b')') => true,
        Kind::Other => text[t.s..t.e].starts_with('،'),
        Kind::Word if t.script == Script::Cyrillic => words().clause.contains(&text[t.s..t.e]),
        Kind::Word => matches!(
            &text[t.s..t.e],
            "but"
                | "while"
                | "whereas"
                | "although"
                | "after"
                | "before"
                | "since"
                | "when"
                | "that"
        ),
        _ => false,
    })
}

/// The tense of the clause around tokens `start..end` of a line, with how far its cue stands
/// (1 for a verb right by the expression, prepositions and particles between them free).
/// A deadline word right before the expression ("by Friday", "until Jan. 5", "حتى") is a
/// future cue at 2, unless a past verb stands right before it ("stretched through Thursday").
pub(crate) fn around(toks: &[Tok], text: &str, start: usize, end: usize) -> Option<(Tense, usize)> {
    let words = words();
    // In Russian, a clock time and its zone cost nothing: "началась в 16:00 (13:00 мск) 14
    // сентября" is told in the past.
    let russian = toks
        .get(start..end)
        .is_some_and(|e| e.iter().any(|t| t.script == Script::Cyrillic));
    let step = |k: usize| -> usize {
        if russian && clock_part(toks, text, k) {
            0
        } else if soft_break(toks, text, k) {
            4
        } else if toks
            .get(k)
            .is_some_and(|t| words.light.contains(&text[t.s..t.e]))
        {
            0
        } else {
            1
        }
    };
    let deadline = deadline_before(toks, text, start);
    let mut best: Option<(usize, Tense)> = None;
    let mut cue_at = None;
    // Backwards from the expression.
    let mut cost = 0;
    let mut k = start.saturating_sub(deadline);
    while k > 0 && cost <= REACH {
        k -= 1;
        if ends_sentence(toks, text, k) {
            break;
        }
        cost += step(k).max(1);
        if let Some(t) = cue(toks, text, k) {
            best = Some((cost, t));
            cue_at = Some(k);
            break;
        }
        cost -= 1 - step(k).min(1);
    }
    // A past verb a word or two before the deadline tells when a state was reached ("fell
    // silent by Saturday night", "were dead by nightfall"); one that grants or sets a time
    // gives a deadline still to come ("gave them until Friday").
    let grants = cue_at
        .and_then(|k| toks.get(k))
        .is_some_and(|t| GRANTING.contains(&&text[t.s..t.e]));
    let reached = matches!(best, Some((c, Tense::Past)) if c <= 1 || (c <= 2 && !grants));
    // "By Friday afternoon, fighters held most of west Beirut": a deadline heading a sentence
    // told in the past says how far things had gone by then.
    if deadline > 0
        && !reached
        && heads_sentence(toks, text, start - deadline)
        && rest_told_in_past(toks, text, end)
    {
        return Some((Tense::Past, REACH + 1));
    }
    if deadline > 0 && !reached {
        return Some((Tense::Future, 2));
    }
    // Forwards.
    let mut cost = 0;
    let mut k = end;
    while k < toks.len() && cost <= REACH {
        if ends_sentence(toks, text, k) {
            break;
        }
        cost += step(k).max(1);
        if let Some(t) = cue(toks, text, k) {
            // A verb of saying yields a tie: "said Monday would be" is the "would".
            let better = best.is_none_or(|(c, b)| cost < c || (cost == c && b == Tense::Telling));
            if better {
                best = Some((cost, t));
            }
            break;
        }
        cost -= 1 - step(k).min(1);
        k += 1;
    }
    // "2 июля президент Мирзиёев, прилетев в Нукус, объявил об отказе", "On July 2 the
    // president announced ...": a date heading its sentence, with no cue near it but a verb of
    // saying, is past when a verb in the sentence is past and nothing in it is to come ("On
    // Friday Kiir announced that the withdrawal would be completed" stays as it was).
    if best.is_none_or(|(_, b)| b == Tense::Telling)
        && heads_sentence(toks, text, start)
        && rest_told_in_past(toks, text, end)
    {
        return Some((Tense::Past, REACH + 1));
    }
    // Nothing near: a future auxiliary heading the sentence still sets its tense ("Putin will
    // meet Erdogan, Azerbaijan's closest ally, at a summit in Samarkand, Uzbekistan,
    // Thursday"), as the farthest cue there is.
    if best.is_none() {
        let mut k = start;
        while k > 0 {
            k -= 1;
            let clause_word = toks
                .get(k)
                .is_some_and(|t| t.kind == Kind::Word && words.clause.contains(&text[t.s..t.e]));
            if ends_sentence(toks, text, k) || clause_word {
                break;
            }
            if toks
                .get(k)
                .is_some_and(|t| t.kind == Kind::Word && words.auxiliary.contains(&text[t.s..t.e]))
            {
                return Some((Tense::Future, REACH + 1));
            }
        }
    }
    best.filter(|(_, t)| *t != Tense::Telling)
        .map(|(c, t)| (t, c))
}

/// Whether only prepositions and particles stand before token `start` in its sentence.
fn heads_sentence(toks: &[Tok], text: &str, start: usize) -> bool {
    let words = words();
    let mut k = start;
    while k > 0 {
        k -= 1;
        if ends_sentence(toks, text, k) {
            return true;
        }
        let Some(t) = toks.get(k) else { return false };
        if t.kind == Kind::Word && !words.light.contains(&text[t.s..t.e]) {
            return false;
        }
    }
    true
}

/// The endings of a Russian past form (обстреляли, погибла, началось).
pub(crate) const RU_PAST_ENDINGS: &[&str] = &["л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"];

/// Whether the verb of saying at token `k` is a past form: Russian by [`RU_PAST_ENDINGS`],
/// English "-ed" and "said", "told".
fn told_in_past(toks: &[Tok], text: &str, k: usize) -> bool {
    let Some(t) = toks.get(k) else { return false };
    let w = &text[t.s..t.e];
    match t.script {
        Script::Cyrillic => RU_PAST_ENDINGS.iter().any(|e| w.ends_with(e)),
        Script::Latin => w.ends_with("ed") || matches!(w, "said" | "told"),
        _ => false,
    }
}

/// Whether the rest of a sentence from token `k` is told in the past: a past verb or a verb
/// of saying in the past stands in it, and nothing in it is to come.
fn rest_told_in_past(toks: &[Tok], text: &str, mut k: usize) -> bool {
    let mut past = false;
    while k < toks.len() && !ends_sentence(toks, text, k) {
        match cue(toks, text, k) {
            Some(Tense::Future) => return false,
            Some(Tense::Past) => past = true,
            Some(Tense::Telling) => past |= told_in_past(toks, text, k),
            None => {}
        }
        k += 1;
    }
    past
}

/// How many words right before the expression make it a deadline or an earliest day, which
/// news gives of what is still to come: "by Friday", "until Monday", "through Dec. 31",
/// "for Saturday night", "as early as Sunday", "until at least Monday", "حتى", "بحلول". 0
/// when there is none.
fn deadline_before(toks: &[Tok], text: &str, start: usize) -> usize {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Word)
            .map_or("", |t| &text[t.s..t.e])
    };
    let deadline = |w: &str| words().deadline.contains(w);
    let Some(prev) = start.checked_sub(1) else {
        return 0;
    };
    // "By late Monday, troops had crossed": at the head of a sentence it frames the clause,
    // whose own tense decides.
    let heads_sentence = |at: usize| at == 0 || ends_sentence(toks, text, at - 1);
    let w = word(prev);
    let two_before = |a: &str, b: &str| prev >= 2 && word(prev - 1) == b && word(prev - 2) == a;
    // "shortly before 8 p.m. Wednesday", "just before Friday": when something happened, not
    // a deadline.
    let narrated = prev >= 1 && words().narrating.contains(word(prev - 1));
    if deadline(w) && !heads_sentence(prev) && !narrated {
        1
    } else if (w == "as" && two_before("as", "early"))
        || (w == "least" && prev >= 2 && word(prev - 1) == "at" && deadline(word(prev - 2)))
    {
        3
    } else {
        0
    }
}

/// Whether an expression that writes out its year (tokens `start..end`) is told as something
/// that had happened by the time of writing, so that the publication day is not before it.
/// Only plain cases count, and none in a sentence that speaks of what may or will come:
/// - "since 1991", "منذ عام 1991": counted from a time already passed;
/// - "In 2021, fifty people died": at the head of a sentence and before a comma, with a past
///   verb the first cue after it;
/// - "fighting erupted in April 2021", "was held on Sept. 20, 2021": a past verb right before
///   "in", "on" or "during", with only light words between.
///
/// A past verb farther off may govern another phrase ("signed an agreement on elections in
/// 2024"), "was in 2025" may tell a plan, and a year after "by", "until", "for" or "to" is a
/// deadline or a plan: none of these count.
pub(crate) fn told_as_past(toks: &[Tok], text: &str, start: usize, end: usize) -> bool {
    let Some(prep) = start.checked_sub(1) else {
        return false;
    };
    let Some(p) = toks.get(prep) else {
        return false;
    };
    if speaks_of_what_may_come(toks, text, start) {
        return false;
    }
    match p.lex {
        Lex::Prep(Prep::Since) => true,
        Lex::Prep(Prep::In | Prep::On | Prep::During) => {
            let heads_sentence = prep == 0 || ends_sentence(toks, text, prep - 1);
            if heads_sentence {
                is_comma(toks, text, end)
                    && first_cue_after(toks, text, end + 1) == Some(Tense::Past)
            } else {
                past_verb_right_before(toks, text, prep)
            }
        }
        _ => false,
    }
}

fn is_comma(toks: &[Tok], text: &str, k: usize) -> bool {
    toks.get(k).is_some_and(|t| match t.kind {
        Kind::Punct(b',') => true,
        Kind::Other => text[t.s..t.e].starts_with('،'),
        _ => false,
    })
}

/// The first tense cue from token `from` on, within the sentence and [`REACH`] tokens.
fn first_cue_after(toks: &[Tok], text: &str, from: usize) -> Option<Tense> {
    (from..toks.len().min(from + REACH))
        .take_while(|&k| !ends_sentence(toks, text, k))
        .find_map(|k| cue(toks, text, k))
}

/// A past verb right before token `prep`, with only light words between ("broke out in"); not
/// a form of "be" or "have" ("the deadline was in 2025" may tell a plan) and not across a
/// deadline word or "to".
fn past_verb_right_before(toks: &[Tok], text: &str, prep: usize) -> bool {
    let words = words();
    let mut k = prep;
    while k > 0 {
        k -= 1;
        let Some(t) = toks.get(k) else {
            return false;
        };
        if ends_sentence(toks, text, k) || soft_break(toks, text, k) || t.kind != Kind::Word {
            return false;
        }
        let w = &text[t.s..t.e];
        if words.deadline.contains(w) || w == "to" {
            return false;
        }
        if let Some(tense) = cue(toks, text, k) {
            return tense == Tense::Past && !COPULAS.contains(&w);
        }
        if !words.light.contains(w) {
            return false;
        }
    }
    false
}

/// Forms of "be" and "have", and the Arabic كان: past, but they tell no event of their own.
const COPULAS: &[&str] = &[
    "был",
    "была",
    "было",
    "были",
    "was",
    "were",
    "been",
    "had",
    "has",
    "have",
    "كان",
    "كانت",
    "كانوا",
];

/// Whether the sentence around token `at` speaks of what may or will come: a future cue, a
/// plan or a condition anywhere in it.
pub(crate) fn speaks_of_what_may_come(toks: &[Tok], text: &str, at: usize) -> bool {
    let conditional = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && matches!(
                    &text[t.s..t.e],
                    "if" | "unless" | "whether" | "اذا" | "لو" | "если" | "ли"
                )
        })
    };
    let doubtful = |k: usize| cue(toks, text, k) == Some(Tense::Future) || conditional(k);
    let mut k = at;
    while k > 0 && !ends_sentence(toks, text, k - 1) {
        k -= 1;
        if doubtful(k) {
            return true;
        }
    }
    (at..toks.len())
        .take_while(|&k| !ends_sentence(toks, text, k))
        .any(doubtful)
}

/// Words that open a concession ("although fighting resumed on Saturday", "رغم الاشتباكات"):
/// what it tells is an aside to the sentence's own time.
const CONCESSIVE: &[&str] = &[
    "although",
    "though",
    "despite",
    "رغم",
    "بالرغم",
    "برغم",
    "хотя",
    "несмотря",
];

fn concessive() -> &'static [String] {
    static FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    FOLDED.get_or_init(|| CONCESSIVE.iter().map(|c| fold_str(c)).collect())
}

/// Whether the expression starting at token `fs` lies in a concession opened earlier in its
/// sentence: its date is not the one a later "the same day" counts from.
pub(crate) fn in_concession(toks: &[Tok], text: &str, fs: usize) -> bool {
    // Within its clause's reach (bounded, so that text with no punctuation stays linear).
    let end = fs.min(toks.len());
    for t in toks[end.saturating_sub(REACH * 3)..end].iter().rev() {
        if matches!(t.kind, Kind::Punct(b'.' | b'!' | b'?')) {
            return false;
        }
        let w = text.get(t.core..t.e).unwrap_or_default();
        if concessive().iter().any(|c| c == w) {
            return true;
        }
    }
    false
}

/// The expression at token `fs` dates a count ("по состоянию на 17 сентября", "as of
/// Sunday"): the day a toll was counted, not a day the story tells, so no later "the same
/// day" counts from it.
pub(crate) fn dates_a_count(toks: &[Tok], text: &str, fs: usize) -> bool {
    let word = |back: usize| {
        fs.checked_sub(back)
            .and_then(|k| toks.get(k))
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| text.get(t.core..t.e))
            .unwrap_or_default()
    };
    as_of(word(3), word(2), word(1))
}

/// The three words before a date say it is the day of a count: "по состоянию на", "as of",
/// "as at". (The ingester asks the same of its tokens.)
pub(crate) fn as_of(third: &str, second: &str, last: &str) -> bool {
    matches!(
        (third, second, last),
        ("по", "состоянию", "на") | (_, "as", "of") | (_, "as", "at")
    )
}
