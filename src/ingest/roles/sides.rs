//! Generic forces take their side. "the army", "border guards", "الجيش", "حرس الحدود" do not
//! say whose they are: a country in their own phrase says it ("Tajik troops", "Kyrgyzstan's
//! border service", "الجيش الأذربيجاني", "troops of Armenia"), and such a mention needs nothing
//! more. Failing that, the story does ([`from_story`]): the one country that the nearest
//! earlier sentence of the paragraph names, other than the sides its own sentence names. When
//! two countries are possible there, or the sentence's speaker is of another country, the
//! force is left without a side rather than given a wrong one.

use super::super::gazetteer::{Gazetteer, NameHit, Target};
use super::super::lexicon::{CueKind, LangTag};
use super::super::mentions::SentenceAnalysis;
use super::super::mentions::scan::Scan;
use super::country_named;

/// The countries a sentence names (no mediators), apart by role: as a side or as who tells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Named {
    /// Named outside the tellers' words: the sides the sentence speaks of.
    pub sides: Vec<String>,
    /// Named only as who speaks or is the source.
    pub tellers: Vec<String>,
}

/// The name is a generic force ("army", "border guards").
pub fn is_generic_force(gaz: &Gazetteer, h: &NameHit) -> bool {
    matches!(h.target, Target::Actor(i) if gaz.actor(i).is_some_and(|a| a.generic))
}

/// The generic force `force` says nothing of its side in its own phrase: no country (or a name
/// with one) right before it ("Tajik troops", at most one word between: "Kyrgyz State Border
/// Service"), no "its"/"their" before it (its side is who the pronoun refers to), and none right
/// after it in Arabic ("الجيش الأذربيجاني") or after "of" in English ("troops of Armenia").
pub fn lacks_side(scan: &Scan, names: &[NameHit], force: &NameHit) -> bool {
    let gaz = scan.ctx.gaz;
    let tokens = &scan.tokens;
    let sided = |h: &NameHit| country_named(gaz, h).is_some();
    let ending_at = |k: usize| names.iter().find(|h| h.last == k);
    let starting_at = |k: usize| names.iter().find(|h| h.first == k);
    let filler = |k: usize| {
        !tokens[k].break_before
            && !tokens[k + 1].break_before
            && !scan
                .event_hits
                .iter()
                .any(|e| (e.first..e.last).contains(&k))
            && !scan.cues.hits.iter().any(|(c, kind)| {
                (c.first..c.last).contains(&k)
                    && matches!(
                        kind,
                        CueKind::Speech | CueKind::Claim | CueKind::Attribution | CueKind::Denial
                    )
            })
    };
    let before = |k: usize| k > 0 && !tokens[k].break_before;
    let first = force.first;
    let named_before = before(first)
        && (ending_at(first).is_some_and(sided)
            || scan
                .cues
                .of(CueKind::SelfReference)
                .any(|c| c.last == first)
            || (first >= 2 && filler(first - 1) && ending_at(first - 1).is_some_and(sided)));
    let last = force.last;
    let next_is_name =
        |k: usize| k < tokens.len() && !tokens[k].break_before && starting_at(k).is_some_and(sided);
    let named_after = match scan.ctx.lang {
        LangTag::Ar => {
            next_is_name(last)
                || (last + 1 < tokens.len() && filler(last) && next_is_name(last + 1))
        }
        _ => last < tokens.len() && tokens[last].norm == "of" && next_is_name(last + 1),
    };
    !(named_before || named_after)
}

/// Give the generic forces left without a side ([`crate::ingest::mentions::Mention::sideless`])
/// the country the story is about: the nearest earlier sentence of the paragraph (or of the one
/// before, when this paragraph opens by going on) that tells of a country other than the sides
/// this sentence names must tell of exactly one, and this sentence's speaker must not be of
/// another.
pub fn from_story(analysed: &mut [SentenceAnalysis]) {
    for si in 0..analysed.len() {
        if !analysed[si].mentions.iter().any(|m| m.sideless) {
            continue;
        }
        let Some(side) = story_side(analysed, si) else {
            continue;
        };
        for m in analysed[si].mentions.iter_mut().filter(|m| m.sideless) {
            if !m.actors.contains(&side) {
                m.actors.push(side.clone());
            }
            if !m.countries.contains(&side) {
                m.countries.push(side.clone());
            }
        }
    }
}

/// The countries a sentence tells of: those of the acts it tells and of who tells them, not
/// those it names in passing ("Vorukh is surrounded by Kyrgyz territory").
fn told_countries(s: &SentenceAnalysis) -> impl Iterator<Item = &String> {
    s.mentions
        .iter()
        .filter(|m| !m.reference)
        .flat_map(|m| &m.countries)
        .chain(&s.named.tellers)
}

/// How many sentences back the side of the story is looked for.
const LOOKBACK: usize = 12;

fn story_side(analysed: &[SentenceAnalysis], si: usize) -> Option<String> {
    let here = &analysed[si];
    let other_side = &here.named.sides;
    let mut k = si;
    // A paragraph is a few sentences; the walk stops after a dozen (in a text without breaks
    // it would otherwise go back to the start from every sentence).
    while k > 0 && si - k < LOOKBACK {
        let (earlier, later) = (&analysed[k - 1], &analysed[k]);
        if earlier.paragraph != later.paragraph && !later.continues {
            return None;
        }
        let mut possible: Vec<&String> = Vec::new();
        for c in told_countries(earlier).filter(|c| !other_side.contains(c)) {
            if !possible.contains(&c) {
                possible.push(c);
            }
        }
        match possible.as_slice() {
            [] => k -= 1,
            [side] => {
                let speaker_elsewhere = here
                    .named
                    .tellers
                    .iter()
                    .any(|t| t != *side && !other_side.contains(t));
                return (!speaker_elsewhere).then(|| (*side).clone());
            }
            _ => return None,
        }
    }
    None
}
