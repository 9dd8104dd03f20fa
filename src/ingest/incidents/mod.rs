//! Stage: incidents. One incident, many mentions. Mentions are taken in story order and joined
//! to an incident already told when they refer back to it ("the clashes", "the agreement",
//! "after the talks") or name the same event again (same type, compatible date, no conflicting
//! place or sides); mentions that differ in what happened stay apart ([`target`], [`draft`]).
//! Time marks ("since independence") join an incident the report tells, or nothing. Once dated
//! ([`crate::ingest::time::story`]), the incidents become records ([`record`]).
//!
//! Entry point: [`gather`].

pub mod draft;
pub mod record;
pub mod target;

use chrono::NaiveDate;

use super::gazetteer::Gazetteer;
use super::mentions::{Mention, RelKind, SentenceAnalysis, is_violent};
use crate::model::{EventType, Status};

pub use draft::{Draft, toll_only};
use target::Target;

/// The incidents of a report, and which incident each mention belongs to.
#[derive(Debug, Clone)]
pub struct Gathered {
    pub drafts: Vec<Draft>,
    /// `owner[sentence][mention]`: the incident of each mention (none for a time mark that
    /// names nothing the report tells).
    pub owner: Vec<Vec<Option<usize>>>,
}

/// A mention by (sentence, mention index).
type MentionAt = (usize, usize);

/// Gather the mentions of a report's analysed sentences into incidents.
pub fn gather(sentences: &[SentenceAnalysis], gaz: &Gazetteer, published: NaiveDate) -> Gathered {
    let mut g = Gathered {
        drafts: Vec::new(),
        owner: sentences
            .iter()
            .map(|s| vec![None; s.mentions.len()])
            .collect(),
    };
    let (marks, tolls) = in_story_order(sentences, gaz, published, &mut g);
    tolls_told_first(sentences, gaz, tolls, &mut g);
    time_marks(sentences, gaz, published, marks, &mut g);
    g
}

/// A toll told before the fighting it counts ("The number of people killed in the conflict
/// has risen to 31", then the clashes): it counts the first fighting the report tells after
/// it, and is an incident of its own only when the report tells none.
fn tolls_told_first(
    sentences: &[SentenceAnalysis],
    gaz: &Gazetteer,
    tolls: Vec<(usize, usize)>,
    g: &mut Gathered,
) {
    for (si, mi) in tolls {
        let m = &sentences[si].mentions[mi];
        let fighting = (0..g.drafts.len())
            .filter(|&d| {
                let dr = &g.drafts[d];
                is_violent(dr.event_type) && dr.status != Status::Planned && dr.first > (si, 0)
            })
            .min_by_key(|&d| g.drafts[d].first);
        let d = match fighting {
            Some(d) => {
                g.drafts[d].join(m, mi, gaz, true);
                d
            }
            None => {
                g.drafts.push(Draft::new(m, mi));
                g.drafts.len() - 1
            }
        };
        g.owner[si][mi] = Some(d);
    }
}

/// Each mention in story order joins the incident it belongs to or begins a new one. Two
/// mentions the sentence orders in time ("X, two days after Y") are two incidents. Returns the
/// time marks, (sentence, mention), left for [`time_marks`], and the tolls told before any
/// fighting, left for [`tolls_told_first`].
fn in_story_order(
    sentences: &[SentenceAnalysis],
    gaz: &Gazetteer,
    published: NaiveDate,
    g: &mut Gathered,
) -> (Vec<MentionAt>, Vec<MentionAt>) {
    let mut marks: Vec<MentionAt> = Vec::new();
    let mut tolls: Vec<MentionAt> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let mut order: Vec<usize> = (0..s.mentions.len()).collect();
        order.sort_by_key(|&m| s.mentions[m].head());
        for mi in order {
            let m = &s.mentions[mi];
            if m.time_mark {
                marks.push((si, mi));
                continue;
            }
            // Two mentions the sentence orders in time ("X, two days after Y") are two
            // incidents.
            let ordered =
                |r: &(RelKind, usize), to: usize| r.1 == to && r.0 != RelKind::Simultaneous;
            let apart: Vec<usize> = s
                .mentions
                .iter()
                .enumerate()
                .filter(|&(k, x)| {
                    k != mi
                        && (x.relations.iter().any(|r| ordered(r, mi))
                            || m.relations.iter().any(|r| ordered(r, k)))
                })
                .filter_map(|(k, _)| g.owner[si][k])
                .collect();
            let d = match target::find(m, &g.drafts, gaz, published, &apart, s.flashback) {
                Target::Join(d) | Target::Dispute(d) => {
                    g.drafts[d].join(m, mi, gaz, false);
                    d
                }
                Target::Content(d) => {
                    g.drafts[d].join(m, mi, gaz, true);
                    d
                }
                // "closed during the fighting": a general word marked as told before ("the
                // fighting", "the war", "المعارك") that refers to nothing the report told, with
                // no day, place or toll of its own, names the conflict as a whole, not an act.
                Target::New if bare_reference(m) => continue,
                Target::New if m.date.is_none() && toll_only(m) => {
                    tolls.push((si, mi));
                    continue;
                }
                Target::New => {
                    g.drafts.push(Draft::new(m, mi));
                    g.drafts.len() - 1
                }
            };
            g.owner[si][mi] = Some(d);
        }
        contested_by_denial(s, si, &mut g.drafts);
    }
    (marks, tolls)
}

/// A general word marked as told before that says nothing of its own: no day, place or toll.
/// (Its sides may come from the sentence: "the fighting" in a sentence that names the
/// warring countries.)
fn bare_reference(m: &Mention) -> bool {
    m.definite && m.generic && m.date.is_none() && m.fatalities.is_empty() && m.place.is_none()
}

/// The same kind of violence, fire from afar by any means counting as one ("denied firing any
/// artillery rounds" contests a shelling or a strike, not an attack on civilians).
fn same_violence(a: EventType, b: EventType) -> bool {
    let remote = |t| matches!(t, EventType::Shelling | EventType::AirStrike);
    a == b || (remote(a) && remote(b))
}

/// "The army said Cambodian artillery shelled a village late Sunday. Cambodia has denied
/// firing any artillery rounds.": a denial told in the next sentences, of an act of the same
/// kind, makes the latest such act told just before it claimed, not occurred.
fn contested_by_denial(s: &SentenceAnalysis, si: usize, drafts: &mut [Draft]) {
    if s.denied.is_empty() {
        return;
    }
    let latest = (0..drafts.len())
        .filter(|&d| {
            let dr = &drafts[d];
            s.denied.iter().any(|&t| same_violence(t, dr.event_type))
                && dr.status == Status::Occurred
                && dr.last.0 < si
                && si - dr.last.0 <= 2
        })
        .max_by_key(|&d| drafts[d].last);
    if let Some(d) = latest {
        drafts[d].status = Status::Claimed;
        drafts[d].status_why = "denied by the other side in a later sentence".into();
    }
}

/// Time marks ("since independence") last: they are evidence of an incident the report tells,
/// never one of their own.
fn time_marks(
    sentences: &[SentenceAnalysis],
    gaz: &Gazetteer,
    published: NaiveDate,
    marks: Vec<(usize, usize)>,
    g: &mut Gathered,
) {
    for (si, mi) in marks {
        let m = &sentences[si].mentions[mi];
        let d = match target::find(m, &g.drafts, gaz, published, &[], sentences[si].flashback) {
            Target::Join(d) | Target::Dispute(d) | Target::Content(d) => d,
            Target::New => continue,
        };
        g.drafts[d].join(m, mi, gaz, true);
        g.owner[si][mi] = Some(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::ingest::testing::gathered;
    use crate::model::EventType;

    #[test]
    fn a_word_that_refers_back_joins_the_incident_told() {
        let (_, g) = gathered(&[
            "Clashes broke out near Vorukh on Thursday.",
            "The clashes killed 31 people.",
        ]);
        assert_eq!(g.drafts.len(), 1);
        let d = &g.drafts[0];
        assert_eq!(d.event_type, EventType::ArmedClash);
        assert_eq!(d.evidence, [0, 1]);
        assert_eq!(d.fatalities[0].0.best, Some(31));
        assert_eq!(g.owner, [[Some(0)], [Some(0)]]);
    }

    #[test]
    fn the_same_event_on_other_days_is_another_incident() {
        let (_, g) = gathered(&[
            "Border guards exchanged fire near Kok-Tash on Monday.",
            "Border guards exchanged fire near Kok-Tash on Wednesday, officials said.",
        ]);
        assert_eq!(g.drafts.len(), 2);
        assert_eq!(g.owner, [[Some(0)], [Some(1)]]);
    }

    #[test]
    fn a_definite_word_with_another_date_is_the_same_incident_disputed() {
        // (A day apart: days further apart are two acts, see `target::days_apart`.)
        let (_, g) = gathered(&[
            "The shelling of Isfara on Tuesday killed three people.",
            "The shelling of Isfara on Wednesday killed two people, a witness said.",
        ]);
        assert_eq!(g.drafts.len(), 1);
        assert_eq!(g.drafts[0].readings.len(), 2);
    }

    #[test]
    fn an_act_told_again_with_a_day_of_its_own_is_another_incident() {
        // "then the shelling of the city recurred on the 17th": the article does not make it
        // the rocket told before it.
        let (_, g) = gathered(&[
            "وفي اليوم التالي، سقط صاروخ على حي سكني في مدينة كنجة، ثم تكرر القصف على المدينة في 17 أبريل.",
        ]);
        let dates: Vec<String> = g
            .drafts
            .iter()
            .filter(|d| d.event_type == EventType::Shelling)
            .map(|d| {
                d.readings
                    .first()
                    .map_or("-".into(), |(r, _)| r.date.to_edtf())
            })
            .collect();
        assert_eq!(dates, ["-", "2021-04-17"]);
    }
}
