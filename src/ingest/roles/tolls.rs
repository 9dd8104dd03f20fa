//! Death tolls. In a sentence: each figure goes to the nearest violent mention, with the side
//! whose dead it counts when the text names one ("59 Kyrgyz citizens", "19 of its citizens",
//! "50 من جنودها", the party that announced it), and whether it updates the toll told before
//! ("rose to 30", "ارتفعت الحصيلة إلى 30"). For an incident: the figures that still stand,
//! combined into one toll (the sides' tolls add up; a total told beside them wins), and the
//! figures that compete.

use super::Roles;
use crate::ingest::gazetteer::{Actor, ActorKind, Gazetteer, NameHit, Target};
use crate::ingest::lexicon::{CueKind, LangTag};
use crate::ingest::mentions::scan::Scan;
use crate::ingest::mentions::{Mention, Occ, is_violent};
use crate::ingest::numbers::Casualty;
use crate::ingest::text::Token;
use crate::model::Fatalities;

/// A death toll read for an incident: the figure, its sentence, and the side whose dead it
/// counts when the text names one.
pub type Toll = (Fatalities, usize, Option<String>);

/// Whose dead a figure counts.
enum Side {
    Country(String),
    /// "من جنودها": the speaker's own.
    Own,
}

/// A figure given to a mention whose side is settled once the speakers are known:
/// (mention, index of the figure, side read, token of the figure).
pub struct PendingSides(Vec<(usize, usize, Option<Side>, usize)>);

/// Words after a figure that end the search for whose dead it counts ("35 killed in a Kyrgyz
/// strike" names the attacker, not the victims).
const SIDE_STOPS: &[&str] = &[
    "في", "علي", "مع", "بين", "الي", "قرب", "خلال", "جراء", "بسبب", "بعد", "in", "on", "at", "near",
    "with", "by", "after",
];

/// Stems of words for a side's own people, with a possessive pronoun ("جنودها", "عناصره").
const OWN_PEOPLE: &[&str] = &["جنود", "عناصر", "قوات", "مواطن", "عسكري", "افراد", "رعايا"];

impl Roles {
    /// Give each death toll of the sentence to the nearest violent mention (one that is not a
    /// mere reference first), with whether it updates the toll and the side it counts, to be
    /// settled by [`Roles::settle_sides`] once the mentions' speakers are known.
    pub fn tolls(&self, scan: &Scan, occs: &[Occ], mentions: &mut [Mention]) -> PendingSides {
        let mut sides = Vec::new();
        for c in &self.casualties {
            let Some(f) = c.fatalities(scan.ctx.text) else {
                continue;
            };
            let target = (0..mentions.len())
                .filter(|&m| is_violent(mentions[m].event_type))
                .min_by_key(|&m| {
                    (
                        mentions[m].reference,
                        mentions[m]
                            .occs
                            .iter()
                            .map(|o| o.first.abs_diff(c.first))
                            .min()
                            .unwrap_or(usize::MAX),
                    )
                });
            if let Some(m) = target {
                let found = if scan.ctx.lang == LangTag::Ar {
                    self.arabic_side(scan, occs, c)
                } else {
                    toll_side(&scan.tokens, &self.names, scan.ctx.gaz, c).map(Side::Country)
                };
                sides.push((m, mentions[m].fatalities.len(), found, c.first));
                mentions[m].fatalities.push((f, None));
                mentions[m].fatality_updates.push(updates(&scan.tokens, c));
            }
        }
        PendingSides(sides)
    }

    /// Arabic: the country right after the figure, "من جنودها" (its own), or the party that
    /// announced it ("أعلنت وزارة الصحة القرغيزية مقتل شخصين": a party announcing deaths counts
    /// its own).
    fn arabic_side(&self, scan: &Scan, occs: &[Occ], c: &Casualty) -> Option<Side> {
        let (tokens, gaz) = (&scan.tokens, scan.ctx.gaz);
        let q = c.quantity?;
        let stop = |k: usize| {
            (k > q.first && tokens[k].break_before)
                || occs.iter().any(|o| (o.first..o.last).contains(&k))
                || SIDE_STOPS.contains(&tokens[k].norm.as_str())
        };
        let end = q.last.max(if c.first >= q.last { c.last } else { 0 }) + 3;
        for (k, w) in tokens
            .iter()
            .enumerate()
            .take(end.min(tokens.len()))
            .skip(q.last)
        {
            if stop(k) {
                break;
            }
            if let Some(h) = self.names.iter().find(|h| h.first == k)
                && let Target::Actor(i) = h.target
                && let Some(a) = gaz.actor(i)
                && let Some(c) = match a.kind {
                    ActorKind::Country => Some(a.name.clone()),
                    ActorKind::Media => None,
                    _ => a.country.clone(),
                }
            {
                return Some(Side::Country(c));
            }
            if w.arabic
                && ["ها", "ه", "هم"].iter().any(|p| w.norm.ends_with(p))
                && OWN_PEOPLE
                    .iter()
                    .any(|x| w.variants.iter().any(|v| v.starts_with(x)))
            {
                return Some(Side::Own);
            }
        }
        // "أعلنت وزارة الصحة القرغيزية مقتل شخصين": a party announcing deaths counts its own.
        let first = c.first.min(q.first);
        scan.cues
            .of(CueKind::Speech)
            .any(|h| {
                h.last <= first
                    && first - h.last <= 8
                    && scan.segment(h.last) == scan.segment(first)
                    && !(h.last..first).any(|k| occs.iter().any(|o| o.first == k))
            })
            .then_some(Side::Own)
    }

    /// The side of each figure; "من جنودها" is the side of who announced it: the speaker of the
    /// nearest speech verb before the figure ("أعلنت بيشكيك مقتل 24 من مواطنيها"), else the
    /// mention's speaker.
    pub fn settle_sides(&self, scan: &Scan, pending: PendingSides, mentions: &mut [Mention]) {
        let gaz = scan.ctx.gaz;
        let speaker_country = |at: usize| -> Option<String> {
            let h = scan
                .cues
                .hits
                .iter()
                .filter(|(h, k)| matches!(k, CueKind::Speech | CueKind::Claim) && h.last <= at)
                .map(|(h, _)| h)
                .max_by_key(|h| h.last)?;
            let named = |a: usize, b: usize| {
                self.names
                    .iter()
                    .filter(|n| n.first >= a && n.last <= b)
                    .find_map(|n| match n.target {
                        Target::Actor(i) => gaz
                            .actor(i)
                            .filter(|x| x.kind != ActorKind::Media)
                            .and_then(country_of),
                        _ => None,
                    })
            };
            named(h.last, at).or_else(|| named(h.first.saturating_sub(6), h.first))
        };
        for (m, k, side, at) in pending.0 {
            let country = match side {
                Some(Side::Country(c)) => Some(c),
                Some(Side::Own) => speaker_country(at).or_else(|| {
                    mentions[m].speaker.iter().find_map(|a| {
                        gaz.actors
                            .iter()
                            .find(|x| &x.name == a)
                            .and_then(country_of)
                    })
                }),
                None => None,
            };
            if let Some(slot) = mentions[m].fatalities.get_mut(k) {
                slot.1 = country;
            }
        }
    }
}

/// A country's own name, or the country of a person or force.
fn country_of(a: &Actor) -> Option<String> {
    if a.kind == ActorKind::Country {
        Some(a.name.clone())
    } else {
        a.country.clone()
    }
}

/// The figure updates the toll told before it: "to" right before it, after a word for rising
/// ("ارتفعت الحصيلة إلى 30", "rose to 30").
fn updates(tokens: &[Token], c: &Casualty) -> bool {
    c.quantity.is_some_and(|q| {
        q.first > 0
            && ["الي", "to"].contains(&tokens[q.first - 1].norm.as_str())
            && tokens[..q.first].iter().any(|t| {
                t.variants.iter().any(|v| {
                    [
                        "ارتفع",
                        "ارتفاع",
                        "يرتفع",
                        "ترتفع",
                        "rose",
                        "risen",
                        "climbed",
                    ]
                    .iter()
                    .any(|w| v.starts_with(w))
                })
            })
    })
}

/// The side whose dead a toll counts: the one country named in the phrase or just after it
/// ("59 Kyrgyz citizens", "36 people dead on the Kyrgyz side"), or, for "its citizens" / "on
/// their side", the first country the sentence names before it (its subject).
fn toll_side(tokens: &[Token], names: &[NameHit], gaz: &Gazetteer, c: &Casualty) -> Option<String> {
    let a = c.quantity.map_or(c.first, |q| q.first.min(c.first));
    let mut b = c.quantity.map_or(c.last, |q| q.last.max(c.last));
    let mut k = b;
    while k < tokens.len() && k < b + 4 && !tokens[k].break_before {
        k += 1;
    }
    b = k;
    let country_of = |h: &NameHit| match h.target {
        Target::Actor(i) => gaz.actor(i).and_then(|x| match x.kind {
            ActorKind::Country => Some(x.name.clone()),
            ActorKind::Force | ActorKind::Person => x.country.clone(),
            _ => None,
        }),
        _ => None,
    };
    let mut inside: Vec<String> = names
        .iter()
        .filter(|h| h.first >= a && h.last <= b)
        .filter_map(country_of)
        .collect();
    inside.dedup();
    match inside.len() {
        1 => inside.pop(),
        0 if tokens[a..b]
            .iter()
            .any(|t| ["its", "their", "our"].contains(&t.norm.as_str())) =>
        {
            names.iter().filter(|h| h.last <= a).find_map(country_of)
        }
        _ => None,
    }
}
