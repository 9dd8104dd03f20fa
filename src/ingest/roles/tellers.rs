//! Who tells and who mediates is not who acts. The speaker or source of an act ("the Kyrgyz
//! Defence Ministry said ...", "..., Kyrgyz President Sadyr Japarov said", "according to the
//! border service", "قالت وزارة الدفاع القرغيزية إن ...") tells it; a mediator or host ("brokered
//! by Russia", "under the auspices of the OSCE", "بوساطة روسية") brings the sides together. Neither
//! is an actor of what is told, and the capital a speaker speaks from ("the ministry in Yerevan
//! said", "قال ... في بيشكيك") is not where it happened.

use super::super::gazetteer::{Gazetteer, NameHit, Target};
use super::super::lexicon::{CueKind, LangTag};
use super::super::mentions::scan::Scan;
use super::super::status::{SentenceCues, speech_span};
use super::super::text::Hit;

/// A token range [a, b).
pub type Span = (usize, usize);

/// The names that mediate or host: after a broker cue, the names with their titles joined by
/// "and" ("mediated by Russia and the OSCE", "hosted by Turkish President Erdogan", "برعاية
/// سعودية أمريكية"), up to the end of the clause, an event word or a word that leads to the
/// sides ("between"); and a name joined by a hyphen to a broker word after it ("a
/// Russian-brokered truce").
pub fn brokers(scan: &Scan, names: &[NameHit]) -> Vec<bool> {
    let mut broker = vec![false; names.len()];
    for h in scan.cues.of(CueKind::Broker) {
        for i in names_governed(scan, names, h.last) {
            broker[i] = true;
        }
    }
    for h in scan.cues.of(CueKind::BrokerPost) {
        let hyphened = scan.tokens[h.first].gap_before.trim() == "-";
        if let Some(i) = names.iter().position(|n| n.last == h.first)
            && hyphened
        {
            broker[i] = true;
        }
    }
    broker
}

/// The names of the phrase that begins at token `from`: names, and between them at most two
/// other words (titles, "and", "the"), within the clause.
fn names_governed(scan: &Scan, names: &[NameHit], from: usize) -> Vec<usize> {
    let tokens = &scan.tokens;
    let mut governed = Vec::new();
    let (mut k, mut words_since_name) = (from, 0);
    while k < tokens.len() && words_since_name <= 2 {
        if k > from && tokens[k].break_before {
            break;
        }
        if let Some(i) = names.iter().position(|n| n.first == k) {
            governed.push(i);
            k = names[i].last.max(k + 1);
            words_since_name = 0;
            continue;
        }
        let leads_on = scan.event_hits.iter().any(|e| e.first == k)
            || BETWEEN.contains(&tokens[k].norm.as_str());
        if leads_on {
            break;
        }
        words_since_name += 1;
        k += 1;
    }
    governed
}

/// Words that lead from the mediator to the sides ("mediated by Qatar between Israel and
/// Hamas").
const BETWEEN: &[&str] = &["between", "among", "with", "بين", "مع", "между"];

/// The words naming who tells the act whose event word is at `head`: the speaker of each speech
/// verb that tells it ([`tells`], [`speaker_of`]), and the source after "according to" ("حسب").
pub fn spans(scan: &Scan, cues: &SentenceCues, head: usize) -> Vec<Span> {
    let speech = scan
        .cues
        .of(CueKind::Speech)
        .filter(|h| tells(scan, h, head))
        .filter_map(|h| speaker_of(scan, cues, h, head));
    let sources = scan
        .cues
        .of(CueKind::Attribution)
        .filter_map(|h| source_of(scan, h));
    speech.chain(sources).filter(|(a, b)| a < b).collect()
}

/// The speech verb tells the act at `head` as reported speech: it comes after the act ("...,
/// officials said"), or before it in English ("said Tajik troops attacked"), or before it in
/// Arabic with "أن" between ("قالت الوزارة إن القوات قصفت"); an Arabic verb whose object is the
/// act ("أعلن الجيش السيطرة على ...") names who did it.
fn tells(scan: &Scan, h: &Hit, head: usize) -> bool {
    if h.first >= head || scan.ctx.lang != LangTag::Ar {
        return true;
    }
    (h.last..head).any(|k| THAT.contains(&scan.tokens[k].norm.as_str()))
}

/// English forms of "be": before a speech verb, a passive ("were reported").
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Arabic "أن" and its forms: what follows is reported speech.
const THAT: &[&str] = &["ان", "انه", "انها", "بان", "بانه", "بانها", "انهم", "بانهم"];

/// Who speaks with speech verb `h`, as [`speech_span`] reads it, less what it reads wrongly for
/// names: an English subject runs from the last event word before the verb ("troops shelled
/// the post and the ministry said"), and a passive verb has none ("Tajik troops were reported
/// to have shelled ..."); the words after an English verb ("said the ministry") are the speaker
/// only when no event word follows in the clause (else they are what was said); an Arabic
/// speaker ends before an event word ("قالت الوزارة في بيان").
fn speaker_of(scan: &Scan, cues: &SentenceCues, h: &Hit, head: usize) -> Option<Span> {
    let n = scan.tokens.len();
    // A verb after the act speaks of it too ("..., قال المتحدث").
    let limit = if h.last > head { n } else { head };
    let (a, b) = speech_span(cues, h, limit, &[])?;
    let event_at = |k: usize| scan.event_hits.iter().any(|e| e.first == k);
    match scan.ctx.lang {
        LangTag::Ar => Some((a, (a..b).find(|&k| event_at(k)).unwrap_or(b))),
        _ if b == h.first => {
            let passive = BE.contains(&scan.tokens[b - 1].norm.as_str());
            let a = (a..b).rev().find(|&k| event_at(k)).map_or(a, |k| k + 1);
            (!passive).then_some((a, b))
        }
        _ => {
            let clause_end = (h.last..n)
                .find(|&k| k > h.last && scan.tokens[k].break_before)
                .unwrap_or(n);
            (!(h.last..clause_end).any(event_at)).then_some((a, b))
        }
    }
}

/// The source after "according to" ("حسب"), up to the end of its clause, at most six words;
/// none when an agreement follows ("in line with the agreement").
fn source_of(scan: &Scan, h: &Hit) -> Option<Span> {
    let n = scan.tokens.len();
    if (h.last..(h.last + 2).min(n)).any(|k| scan.event_hits.iter().any(|e| e.first == k)) {
        return None;
    }
    let end = (h.last + 6).min(n);
    let end = (h.last..end)
        .find(|&k| k > h.last && scan.tokens[k].break_before)
        .unwrap_or(end);
    Some((h.last, end))
}

/// A word in `clauses` (outside the tellers' own words) refers back to who speaks ("said it
/// evacuated", "said Tajik troops shelled its posts", "أعلنت أنها", "قواتها"): the speaker then
/// takes part in the act.
pub fn referred_back(scan: &Scan, clauses: &[usize], tellers: &[Span]) -> bool {
    scan.cues.of(CueKind::SelfReference).any(|h| {
        clauses.contains(&scan.clause[h.first]) && !tellers.iter().any(|&(a, b)| inside(h, a, b))
    })
}

/// The capitals and seats named as where a teller speaks: within the teller's words ("the
/// ministry in Yerevan said", "قال المتحدث في بيشكيك إن"), right after the speech verb ("said in
/// Baku", "said from Baku"), or in an aside just before it ("Aliyev, speaking from Baku,
/// said"). Their indices in `names`.
pub fn seats(scan: &Scan, gaz: &Gazetteer, names: &[NameHit], tellers: &[Span]) -> Vec<usize> {
    let tokens = &scan.tokens;
    let seat = |n: &NameHit| match n.target {
        Target::Place(i) => gaz
            .place(i)
            .is_some_and(|p| matches!(p.kind.as_str(), "capital" | "facility")),
        Target::Actor(_) => false,
    };
    let after_preposition = |n: &NameHit| {
        n.first > 0 && ["in", "from", "في", "من"].contains(&tokens[n.first - 1].norm.as_str())
    };
    let speech: Vec<&Hit> = scan.cues.of(CueKind::Speech).collect();
    let told_from = |n: &NameHit| {
        speech.iter().any(|h| {
            let right_after = n.first == h.last + 1 && !tokens[n.first - 1].break_before;
            // The aside's clause ends where the speech verb's begins.
            let aside = scan.clause[n.first] + 1 == scan.clause[h.first]
                && tokens[h.first].break_before
                && !scan
                    .event_hits
                    .iter()
                    .any(|e| scan.clause[e.first] == scan.clause[n.first]);
            right_after || aside
        })
    };
    names
        .iter()
        .enumerate()
        .filter(|(_, n)| seat(n))
        .filter(|(_, n)| {
            tellers.iter().any(|&(a, b)| n.first >= a && n.last <= b)
                || (after_preposition(n) && told_from(n))
        })
        .map(|(i, _)| i)
        .collect()
}

fn inside(h: &Hit, a: usize, b: usize) -> bool {
    h.first >= a && h.last <= b
}
