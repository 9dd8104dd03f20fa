//! Accusations: "X accused Y of shelling" tells the shelling (claimed), not an accusation. So
//! are the acts an accusation holds ("accused Y of an incursion and of burning houses"): each is
//! an incident of its own, and the accusation is left out. A breach of an agreement ("accused
//! each other of violating the truce") stays an accusation.

use super::Occ;
use super::grouping::Group;
use super::is_violent;
use super::scan::Scan;
use crate::ingest::lexicon::CueKind;
use crate::model::EventType;

/// Acts an accusation can hold as events of their own.
fn accused_act(t: EventType) -> bool {
    matches!(
        t,
        EventType::Deployment
            | EventType::PropertyDestruction
            | EventType::Arrest
            | EventType::Displacement
            | EventType::Other
    )
}

/// Split the acts out of the accusations of a sentence, and leave out the accusations that only
/// frame an act (one they hold, or violence told after them in their stretch of the sentence).
pub fn unfold(scan: &Scan, groups: &mut Vec<Group>) {
    let mut split: Vec<Group> = Vec::new();
    let mut told_acts = vec![false; groups.len()];
    for (bi, b) in groups.iter_mut().enumerate() {
        if b.ty != EventType::Accusation || b.violation {
            continue;
        }
        let acts: Vec<Occ> = b
            .occs
            .iter()
            .copied()
            .filter(|o| {
                scan.ctx
                    .lex
                    .events
                    .get(o.entry)
                    .is_some_and(|e| e.event_type.is_some_and(accused_act))
            })
            .collect();
        if acts.is_empty() {
            continue;
        }
        b.occs.retain(|o| !acts.contains(o));
        told_acts[bi] = true;
        for o in acts {
            let e = scan.entry(&o);
            let ty = scan.type_of(&o);
            if let Some(x) = split
                .iter_mut()
                .find(|x| x.ty == ty && x.concept == e.concept)
            {
                x.occs.push(o);
                continue;
            }
            split.push(Group {
                occs: vec![o],
                ty,
                concept: e.concept.clone(),
                weight: o.last - o.first,
                generic: e.flags.generic,
                violation: false,
                cue: None,
            });
        }
    }
    // "accused Israel of carrying out the pager attacks": violence named as one already known
    // is no new act the accusation frames; the accusation is the news.
    let violent_heads: Vec<usize> = groups
        .iter()
        .filter(|b| is_violent(b.ty))
        .map(|b| b.occs[0].first)
        .filter(|&h| !named_as_known(scan, h))
        .collect();
    let mut bi = 0;
    groups.retain(|b| {
        let acts_told = told_acts.get(bi).copied().unwrap_or(false);
        bi += 1;
        !(b.ty == EventType::Accusation
            && !b.violation
            // "summoned the ambassador over the shelling": the summons stays beside it.
            && !super::is_diplomatic(b.ty, &b.concept)
            && (acts_told
                || violent_heads.iter().any(|&h| {
                    h > b.occs[0].first && scan.segment(h) == scan.segment(b.occs[0].first)
                })))
    });
    if !split.is_empty() {
        groups.extend(split);
        groups.sort_by_key(|b| b.occs.first().map_or(0, |o| o.first));
    }
}

/// The act at token `h` is named as one already told: a word the lexicon calls definite (the
/// article or a demonstrative: "the", "этот", "هذا") stands at most two words before it ("the
/// pager attacks", "the deadly attack"). (Not the Arabic article, which every noun takes.)
fn named_as_known(scan: &Scan, h: usize) -> bool {
    let tokens = &scan.tokens;
    let known = |k: usize| scan.cues.starting_at(k, CueKind::Definite);
    // Right before the act, or with one word between that is not a preposition ("the army of
    // attacking" names the army).
    let before = (h >= 1 && known(h - 1))
        || (h >= 2 && known(h - 2) && !PREPOSITIONS.contains(&tokens[h - 1].norm.as_str()));
    before && !scan.dated_within(h, (h + 6).min(tokens.len()))
}

/// Words between a determiner and an act that show the determiner is not the act's.
const PREPOSITIONS: &[&str] = &["of", "to", "by", "for", "в", "на", "по"];

/// Words that make an accusation mutual: "accused each other", "обвиняют друг друга", "كل طرف
/// الآخر", "تتبادل ... الاتهامات", "each side ... the other". Folded, as phrases of one or two
/// words. (An Arabic exchange, "تتبادل طهران وإسلام آباد ... الاتهامات", is read apart: the
/// verb and its object stand apart.)
const MUTUAL: &[&[&str]] = &[
    &["each", "other"],
    &["one", "another"],
    &["each", "side"],
    &["друг", "друга"],
    &["друг", "другу"],
    &["друг", "на"],
    &["каждая", "из"],
    &["взаимные"],
    &["взаимных"],
    &["взаимными"],
    &["كل", "طرف"],
    &["بعضهما"],
    &["بعضهم"],
    &["الاتهامات", "المتبادله"],
];

/// How far from an accusation's word a mutual one may stand, in words: "Стороны продолжают
/// обвинять друг друга", "Каждая из сторон возлагает ответственность за срыв договоренности".
const MUTUAL_REACH: usize = 6;

/// The accusation named at `head` is one two sides keep making of each other ("Стороны обвиняли
/// друг друга в нарушениях", "Each side says the other fired first"): a standing exchange, not
/// an act of one day, unless its sentence dates it ("blamed each other on Tuesday").
pub fn mutual(scan: &Scan, head: usize) -> bool {
    let tokens = &scan.tokens;
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let from = head.saturating_sub(MUTUAL_REACH);
    let to = (head + MUTUAL_REACH).min(tokens.len());
    let in_clause = |k: usize| scan.clause[k] == scan.clause[head];
    let phrase = (from..to).any(|k| {
        in_clause(k)
            && MUTUAL
                .iter()
                .any(|p| p.iter().enumerate().all(|(j, w)| word(k + j) == *w))
    });
    let exchanged = (from..to).any(|k| in_clause(k) && word(k).contains("تبادل"))
        && (from..to).any(|k| in_clause(k) && word(k) == "الاتهامات");
    phrase || exchanged
}
