//! Stage: status. Status of a mention: `planned` (agreed, scheduled, future: "سيتم", "اتفق على
//! إجراء", "will", "agreed to hold", or dated after the publication day), `claimed` (an
//! accusation; an allegation verb; "according to" one side; one side saying the other did it),
//! otherwise `occurred`. Also tells definite (referring) event words from new ones.
//!
//! Entry point: [`settle`], which gives each mention of a sentence its status ([`decide`], one
//! named rule after another), why, and its speaker.

use chrono::NaiveDate;

use super::gazetteer::{ActorKind, Gazetteer, NameHit, Target};
use super::lexicon::{CueKind, LangTag};
use super::mentions::scan::Scan;
use super::mentions::{Mention, Occ, is_cooperative, is_diplomatic, is_violent};
use super::roles::Roles;
use super::text::{Hit, Token};
use crate::model::{EventType, Status};

/// Decide the status of each mention of a sentence, with why and its speaker. A planned event
/// on "Sunday" or "7 June" is the coming one, not the last; on the weekday of the publication
/// day it is today ("due to meet on Thursday", written on a Thursday).
pub fn settle(scan: &Scan, roles: &Roles, mentions: &mut [Mention]) {
    let published = scan.ctx.published;
    let info = SentenceCues::new(scan, &roles.names);
    for m in mentions {
        let (st, why, speaker) = decide(&info, m, published);
        m.status = st;
        m.status_why = why;
        m.speaker = speaker;
        if st == Status::Planned
            && let Some(d) = m.date.as_mut()
            && let Some(c) = d.coming.take()
            && d.date.exact_day() != Some(published)
        {
            d.date = c;
        }
    }
}

/// The cue words and names of a sentence.
pub struct SentenceCues<'a> {
    pub tokens: &'a [Token],
    pub cues: &'a [(Hit, CueKind)],
    pub clause: &'a [usize],
    pub names: &'a [NameHit],
    pub gaz: &'a Gazetteer,
    pub lang: LangTag,
}

/// Prepositions after which an English word in -ed is a participle ("killed in", "displaced
/// by"), not a verb with its subject before it.
const PARTICIPLE_PREPOSITIONS: &[&str] = &[
    "in", "by", "at", "on", "during", "near", "from", "since", "over", "across", "along", "inside",
    "outside", "within", "under", "when", "while", "as",
];

/// The event word at `head` carries the Arabic article or follows a definite word ("the",
/// "these", "تلك") at most one word before it in its clause ("the recent clashes"). (Not an
/// English verb in the past after its subject: in "the ministry summoned the envoy" the
/// article is the ministry's. A participle followed by its preposition, "the civilians killed
/// in the strike", does refer back.)
pub fn is_definite(tokens: &[Token], cues: &[(Hit, CueKind)], head: usize) -> bool {
    if tokens.get(head).is_some_and(|t| t.has_arabic_article()) {
        return true;
    }
    let past_verb = tokens
        .get(head)
        .is_some_and(|t| t.norm.is_ascii() && t.norm.ends_with("ed"))
        && tokens
            .get(head + 1)
            .is_none_or(|t| !PARTICIPLE_PREPOSITIONS.contains(&t.norm.as_str()));
    cues.iter().any(|(h, k)| {
        *k == CueKind::Definite
            && h.last <= head
            && (head - h.last == 0 || (head - h.last == 1 && !past_verb))
            && !(h.last..=head)
                .skip(1)
                .any(|i| tokens.get(i).is_some_and(|t| t.break_before))
    })
}

impl<'a> SentenceCues<'a> {
    /// The cue words of a scanned sentence, with its names.
    pub fn new(scan: &'a Scan, names: &'a [NameHit]) -> SentenceCues<'a> {
        SentenceCues {
            tokens: &scan.tokens,
            cues: &scan.cues.hits,
            clause: &scan.clause,
            names,
            gaz: scan.ctx.gaz,
            lang: scan.ctx.lang,
        }
    }

    fn of(&self, kind: CueKind) -> impl Iterator<Item = &Hit> {
        self.cues
            .iter()
            .filter(move |(_, k)| *k == kind)
            .map(|(h, _)| h)
    }

    /// Countries of the actors named in tokens [a, b), and the actor names.
    fn countries_in(&self, a: usize, b: usize) -> (Vec<String>, Vec<String>) {
        let mut countries = Vec::new();
        let mut actors = Vec::new();
        for h in self.names.iter().filter(|h| h.first >= a && h.last <= b) {
            if let Target::Actor(i) = h.target
                && let Some(actor) = self.gaz.actor(i)
            {
                if actor.kind == ActorKind::Media {
                    continue;
                }
                actors.push(actor.name.clone());
                let c = if actor.kind == ActorKind::Country {
                    Some(actor.name.clone())
                } else {
                    actor.country.clone()
                };
                if let Some(c) = c
                    && !countries.contains(&c)
                {
                    countries.push(c);
                }
            }
        }
        (countries, actors)
    }

    fn is_event_word_at(&self, mention_heads: &[usize], i: usize) -> bool {
        mention_heads.contains(&i)
    }
}

/// The speaker countries of the last speech verb of a sentence and the token range naming the
/// speaker.
type Speech = (Vec<String>, usize, usize);

/// Decide a mention's status; returns the status, why, and the speaker named for it (if any).
/// Planned first, then claimed (an accusation, a claim verb, a denial); talks, visits,
/// agreements and aid occurred; violence "according to" one side, or one side saying the other
/// did it, is claimed.
pub fn decide(
    s: &SentenceCues,
    m: &Mention,
    published: NaiveDate,
) -> (Status, String, Vec<String>) {
    let (speaker, speech) = speakers(s, m);
    if let Some(why) = planned(s, m, published) {
        return (Status::Planned, why, speaker);
    }
    // A saying made a statement ("In a statement on Thursday, the group claimed the bombings")
    // is the act of its speaker, told as done: what it claims is not it.
    let saying = m.event_type == EventType::Statement && m.occs.iter().all(Occ::wordless);
    if saying {
        return (Status::Occurred, String::new(), speaker);
    }
    if let Some(why) = claimed(s, m) {
        return (Status::Claimed, why, speaker);
    }
    // A summons or a protest note is the act of the side that makes it.
    if is_cooperative(m.event_type) || is_diplomatic(m.event_type, &m.concept) {
        return (Status::Occurred, String::new(), speaker);
    }
    if let Some(why) = one_side_source(s, m).or_else(|| one_side_says(s, m, speech)) {
        return (Status::Claimed, why, speaker);
    }
    (Status::Occurred, String::new(), speaker)
}

/// "allegedly", or "alleged" after an article or a possessive ("its alleged support"): an
/// adverb or adjective, not a verb of saying.
fn qualifier(tokens: &[Token], h: &Hit) -> bool {
    let w = tokens[h.first].norm.as_str();
    w == "allegedly"
        || (w == "alleged"
            && h.first > 0
            && [
                "its", "the", "a", "an", "their", "his", "her", "this", "these",
            ]
            .contains(&tokens[h.first - 1].norm.as_str()))
}

/// Speech verbs and their speakers (needed for the claim rule and for the caller): the actors
/// named as the speaker of the last speech verb that names any, and the speaker countries and
/// range of the last speech verb ([`speech_span`]).
fn speakers(s: &SentenceCues, m: &Mention) -> (Vec<String>, Option<Speech>) {
    let head = m.head();
    let occ_firsts: Vec<usize> = m.occs.iter().map(|o| o.first).collect();
    let mut speaker: Vec<String> = Vec::new();
    let mut speech: Option<Speech> = None;
    for h in s.of(CueKind::Speech) {
        let Some((a, b)) = speech_span(s, h, head, &occ_firsts) else {
            continue;
        };
        let (countries, actors) = s.countries_in(a, b);
        if !actors.is_empty() {
            speaker = actors;
        }
        speech = Some((countries, a, b));
    }
    (speaker, speech)
}

/// The words [a, b) that name who speaks with speech verb `h`, for an event word at `head`
/// (`occ_firsts`: where its words begin). Arabic: the words after the verb, up to "أن" or a
/// comma, at most six and not past the head (a verb after the head speaks of something else:
/// none); English: the subject before "said" in its clause, or the words after it ("said the
/// ministry").
pub fn speech_span(
    s: &SentenceCues,
    h: &Hit,
    head: usize,
    occ_firsts: &[usize],
) -> Option<(usize, usize)> {
    let n = s.tokens.len();
    match s.lang {
        LangTag::Ar => {
            if h.last > head {
                return None;
            }
            let mut end = (h.last + 6).min(n).min(head);
            if let Some(k) = (h.last..end).find(|&k| {
                ["ان", "انه", "انها", "بان", "بانه"].contains(&s.tokens[k].norm.as_str())
                    || (k > h.last && s.tokens[k].break_before)
            }) {
                end = k;
            }
            Some((h.last, end))
        }
        _ => {
            let mut a = h.first;
            while a > 0 && s.clause[a - 1] == s.clause[h.first] && h.first - (a - 1) <= 6 {
                a -= 1;
            }
            if a < h.first && !(a..h.first).any(|k| occ_firsts.contains(&k)) {
                Some((a, h.first))
            } else {
                Some((h.last, (h.last + 4).min(n)))
            }
        }
    }
}

/// Planned: agreed to ("agreed to hold talks"), the Arabic future tense, a planning word before
/// the event ("will", "سيتم") or after it, an Arabic imperfect verb with a day that can be the
/// coming one ("يلتقي الرئيسان الأحد"), or a date after the publication day. Returns why.
fn planned(s: &SentenceCues, m: &Mention, published: NaiveDate) -> Option<String> {
    let head = m.head();
    if m.agreed && !matches!(m.event_type, EventType::Ceasefire | EventType::Agreement) {
        return Some("agreed to".into());
    }
    if m.future {
        let word = words(s.tokens, head, head + 1);
        return Some(format!("future tense '{word}'"));
    }
    for h in s.of(CueKind::Planned) {
        // A quoted label that opens with the planning word ('called the downing a "planned
        // provocation"', «спланированная провокация») says how the act was done, not that it
        // is to come.
        // A quotation that only opens with it ("مستعدة للمساعدة في حال طلب الطرفان ذلك",
        // "ready to help if both sides ask") plans what it says.
        let closes_after = |at: usize| {
            s.tokens
                .get(at)
                .is_none_or(|t| t.gap_before.contains(['"', '”', '»', '\'']))
        };
        let quoted_label = s.tokens[h.first].gap_before.contains(['"', '“', '«', '\''])
            && m.occs
                .iter()
                .any(|o| o.first == h.last && closes_after(o.last));
        // "Officials would not say when she had been detained": a refusal to tell, not a plan
        // of what it would have told.
        let refused_telling = s.tokens.get(h.last).is_some_and(|t| t.norm == "not")
            && s.of(CueKind::Speech)
                .any(|c| c.first > h.last && c.first <= h.last + 2);
        if quoted_label || refused_telling {
            continue;
        }
        // The event itself, not a term it holds ("signed a protocol under which troops were to
        // return": the signing happened).
        if m.occs
            .iter()
            .map(|o| o.first)
            .take(1)
            .any(|f| h.last <= f && f - h.last <= 12 && s.clause[h.first] == s.clause[f])
        {
            return Some(format!("'{}'", words(s.tokens, h.first, h.last)));
        }
    }
    for h in s.of(CueKind::PlannedPost) {
        if m.occs
            .iter()
            .any(|o| h.first >= o.last && h.first - o.last <= 2)
        {
            return Some(format!("'{}'", words(s.tokens, h.first, h.last)));
        }
    }
    // Russian puts the future verb after its subject as often as before it: "Следующая
    // встреча делегаций состоится в Баткене", "переговоры пройдут в среду". A planning word
    // right after the event word (two words at most between, none of them "и", "а", "но")
    // speaks of it.
    if s.lang == LangTag::Ru {
        for h in s.of(CueKind::Planned) {
            // "Встречу президентов, как заявил в субботу Ташиев, планируется провести": an
            // attribution set off by commas between them is stepped over.
            let aside = s.of(CueKind::Attribution).find(|c| {
                c.first < h.first
                    && s.tokens[c.first].break_before
                    && s.tokens[h.first].break_before
                    && !(c.first + 1..h.first).any(|k| s.tokens[k].break_before)
            });
            let (to, aside) = match aside {
                Some(c) => (c.first, true),
                None => (h.first, false),
            };
            if m.occs.iter().take(1).any(|o| {
                to >= o.last
                    && to - o.last <= 2
                    && !(o.last..to).any(|k| {
                        s.tokens[k].break_before
                            || ["и", "а", "но", "или"].contains(&s.tokens[k].norm.as_str())
                    })
                    && (aside
                        || (s.clause[h.first] == s.clause[o.first]
                            && !s.tokens[h.first].break_before))
            }) {
                return Some(format!("'{}'", words(s.tokens, h.first, h.last)));
            }
        }
    }
    // "يلتقي الرئيسان الأحد": an imperfect verb with a day that can be the coming one.
    if m.imperfect
        && let Some(d) = &m.date
        && d.coming.is_some()
    {
        return Some(format!("present tense with a day to come ('{}')", d.text));
    }
    if let Some(d) = &m.date
        && d.date.earliest().is_some_and(|e| e > published)
    {
        return Some(format!("dated after the publication day ('{}')", d.text));
    }
    // "talks set for Nov. 5", "is due in Kinshasa on Wednesday": the tense of the clause reads
    // the date as the coming one. Fighting is told when it happened, never scheduled.
    if let Some(d) = &m.date
        && d.ahead
        && d.coming.is_some()
        && !is_violent(m.event_type)
        && m.event_type != EventType::PropertyDestruction
    {
        return Some(format!("its clause speaks of the coming '{}'", d.text));
    }
    None
}

/// Claimed: an accusation; a claim verb in scope (Arabic: what follows the verb; English: the
/// same stretch of the sentence, up to a "but": "agreed a ceasefire, but later accused each
/// other of violating it"), unless it is the event word itself or the event is told as known
/// ("accusations over the clashes"); a denial after it ("X took the palace, which the army
/// denied"). Returns why.
fn claimed(s: &SentenceCues, m: &Mention) -> Option<String> {
    let head = m.head();
    // An allegation (accusing, violations, provocations) is one side's claim; a summons or a
    // protest note is an act that took place.
    if m.event_type == EventType::Accusation && !is_diplomatic(m.event_type, &m.concept) {
        return Some("an accusation".into());
    }
    for h in s.of(CueKind::Claim) {
        let in_scope = match s.lang {
            LangTag::Ar => h.last <= head,
            // "its alleged support for the rebels", "allegedly fired": the word qualifies what
            // stands next to it, not the whole sentence.
            _ if qualifier(s.tokens, h) => {
                (head >= h.last && head - h.last <= 2) || (h.first > head && h.first - head <= 2)
            }
            _ => {
                let (a, b) = if h.first < head {
                    (h.first, head)
                } else {
                    (head, h.first)
                };
                !s.of(CueKind::ClauseBreak)
                    .any(|c| c.first > a && c.first <= b)
            }
        };
        // "accusations over the clashes": the clashes told as such are not what is alleged.
        if in_scope && !m.occs.iter().any(|o| o.first == h.first) && !(m.generic && m.definite) {
            return Some(format!("'{}'", words(s.tokens, h.first, h.last)));
        }
    }
    // "X took the palace, which the army denied": contested. Mourning declared, talks or a
    // summons told beside the denial are not what is denied.
    if matches!(
        m.event_type,
        EventType::Statement
            | EventType::Talks
            | EventType::Visit
            | EventType::Aid
            | EventType::Protest
            | EventType::Accusation
    ) || is_diplomatic(m.event_type, &m.concept)
    {
        return None;
    }
    let last = m.occs.iter().map(|o| o.last).max().unwrap_or(head);
    s.of(CueKind::Denial)
        .find(|h| h.first >= last)
        .map(|h| format!("denied ('{}')", words(s.tokens, h.first, h.last)))
}

/// Violence, deployments and destruction "according to" one side (a source naming a country,
/// not "in line with the agreement") are that side's claim. One side's figures for its own
/// evacuations, arrests or statements are not an allegation against the other ("30,000
/// displaced, according to the Kyrgyz Red Crescent"). Returns why.
fn one_side_source(s: &SentenceCues, m: &Mention) -> Option<String> {
    let n = s.tokens.len();
    let heads: Vec<usize> = m.occs.iter().map(|o| o.first).collect();
    let contested = is_violent(m.event_type)
        || matches!(
            m.event_type,
            EventType::Deployment | EventType::PropertyDestruction
        );
    for h in s.of(CueKind::Attribution).filter(|_| contested) {
        // "in line with the agreement" is not a source.
        if (h.last..(h.last + 2).min(n)).any(|i| s.is_event_word_at(&heads, i)) {
            continue;
        }
        let end = (h.last + 6).min(n);
        let end = (h.last..end)
            .find(|&k| k > h.last && s.tokens[k].break_before)
            .unwrap_or(end);
        let (countries, _) = s.countries_in(h.last, end);
        if !countries.is_empty() {
            return Some(format!(
                "'{}' one side",
                words(s.tokens, h.first, end.max(h.last))
            ));
        }
    }
    None
}

/// One side saying the other did it: the speaker's country, and a country named just before the
/// event word (or, in Arabic verb-first order, just after it) as the side said to have done it.
/// Not for general clash words ("clashes with Azerbaijan": both sides take part, no one side
/// "did it"). Returns why.
fn one_side_says(s: &SentenceCues, m: &Mention, speech: Option<Speech>) -> Option<String> {
    let head = m.head();
    let n = s.tokens.len();
    let two_sided = m.generic && m.event_type == EventType::ArmedClash;
    let (speaker_countries, a, b) = speech.filter(|_| !two_sided)?;
    let own = speaker_countries.first()?;
    let after = if s.lang == LangTag::Ar { 3 } else { 0 };
    let (w0, w1) = (head.saturating_sub(4), (head + 1 + after).min(n));
    let agents: Vec<String> = (w0..w1)
        .filter(|k| !(a..b).contains(k))
        .flat_map(|k| s.countries_in(k, k + 1).0)
        .chain(
            s.names
                .iter()
                .filter(|h| {
                    h.first >= w0
                        && h.last <= w1
                        && h.last > h.first + 1
                        && (h.last <= a || h.first >= b)
                })
                .flat_map(|h| s.countries_in(h.first, h.last).0),
        )
        .collect();
    agents
        .iter()
        .find(|c| *c != own)
        .map(|other| format!("{own} says {other} did it ('{}')", words(s.tokens, a, b)))
}

fn words(tokens: &[Token], a: usize, b: usize) -> String {
    tokens[a.min(tokens.len())..b.min(tokens.len())]
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use crate::ingest::testing::{analyse, english};
    use crate::model::Status;

    /// (status, why) of the first mention of the only sentence.
    fn status(text: &str) -> (Status, String) {
        let s = analyse(&english(&[text]));
        let m = &s[0].mentions[0];
        (m.status, m.status_why.clone())
    }

    #[test]
    fn what_is_to_come_is_planned() {
        assert_eq!(
            status("The two foreign ministers will meet in Moscow."),
            (Status::Planned, "'will'".into())
        );
        assert_eq!(
            status("The presidents agreed to hold talks in Moscow."),
            (Status::Planned, "agreed to".into())
        );
    }

    #[test]
    fn one_side_s_account_is_claimed() {
        assert_eq!(
            status(
                "Tajik forces shelled the town of Batken on Thursday, according to the Kyrgyz border service."
            ),
            (
                Status::Claimed,
                "'according to the kyrgyz border service' one side".into()
            )
        );
        assert_eq!(
            status("Tajikistan said Kyrgyz troops shelled Vorukh on Monday."),
            (
                Status::Claimed,
                "Tajikistan says Kyrgyzstan did it ('tajikistan')".into()
            )
        );
        assert_eq!(
            status("Tajikistan accused Kyrgyz troops of shelling Vorukh."),
            (Status::Claimed, "'accused'".into())
        );
    }

    #[test]
    fn talks_told_happened() {
        assert_eq!(
            status("The presidents spoke by phone on Friday."),
            (Status::Occurred, String::new())
        );
        let s = analyse(&english(&["The presidents spoke by phone on Friday."]));
        assert_eq!(
            s[0].mentions[0]
                .date
                .as_ref()
                .map(|d| d.date.to_edtf())
                .as_deref(),
            Some("2021-04-30")
        );
    }
}
