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
    "في",
    "علي",
    "مع",
    "بين",
    "الي",
    "قرب",
    "خلال",
    "جراء",
    "بسبب",
    "بعد",
    "in",
    "on",
    "at",
    "near",
    "with",
    "by",
    "after",
    "в",
    "во",
    "на",
    "у",
    "с",
    "со",
    "при",
    "после",
    "около",
    "возле",
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
            let landmark = scan.landmark_of(c.first);
            let target = (0..mentions.len())
                .filter(|&m| is_violent(mentions[m].event_type))
                .filter(|&m| {
                    mentions[m]
                        .occs
                        .first()
                        .is_none_or(|o| scan.landmark_of(o.first) == landmark)
                })
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
                    .any(|x| w.forms().any(|v| v.starts_with(x)))
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
/// ("ارتفعت الحصيلة إلى 30", "rose to 30", "возросло до 12"), or a word for reaching right
/// before it ("число погибших достигло 13", "the toll reached 31"), or a count "as of" a time
/// before it ("As of 18:00 on April 30, 31 people have died", "по состоянию на 30 апреля").
fn updates(tokens: &[Token], c: &Casualty) -> bool {
    c.quantity.is_some_and(|q| {
        let Some(before) = q.first.checked_sub(1).map(|k| &tokens[k]) else {
            return false;
        };
        let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
        let as_of = (0..q.first).any(|k| {
            (word(k) == "as" && word(k + 1) == "of")
                || (word(k) == "по" && word(k + 1) == "состоянию" && word(k + 2) == "на")
        });
        if as_of {
            return true;
        }
        let reached = before
            .forms()
            .any(|v| v == "reached" || v.starts_with("достиг"));
        // ("до 12" may be read as the amount itself, an upper bound.)
        let to = |t: &Token| ["الي", "to", "до"].contains(&t.norm.as_str());
        reached
            || ((to(before) || to(&tokens[q.first]))
                && tokens[..q.first].iter().any(|t| {
                    t.forms().any(|v| {
                        [
                            "ارتفع",
                            "ارتفاع",
                            "يرتفع",
                            "ترتفع",
                            "rose",
                            "risen",
                            "climbed",
                            // "raised the toll to six", "revised it up to 14".
                            "raise",
                            "raising",
                            "revised",
                            "رفع",
                            "возрос",
                            "вырос",
                            "увеличил",
                        ]
                        .iter()
                        .any(|w| v.starts_with(w))
                    })
                }))
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
        0 if tokens[a..b].iter().any(|t| {
            ["its", "their", "our", "свои", "своих", "наших"].contains(&t.norm.as_str())
        }) =>
        {
            names.iter().filter(|h| h.last <= a).find_map(country_of)
        }
        _ => None,
    }
}

/// Competing death tolls: different figures for the same count (the same side, or the whole).
pub fn dispute(f: &[Toll]) -> Option<String> {
    let f: Vec<&Toll> = f.iter().collect();
    let mut out: Vec<String> = sides_in_order(&f)
        .into_iter()
        .filter(|g| figures_differ(&f, g))
        .flat_map(|g| {
            f.iter()
                .filter(move |(_, _, s)| s == g)
                .filter_map(|(x, _, _)| x.best.map(|b| format!("{b} ('{}')", x.phrase)))
        })
        .collect();
    if let Some((p, h)) = sides_exceed_total(&f) {
        out.push(format!(
            "the sides' tolls add up to at least {p}, more than {h}"
        ));
    }
    (!out.is_empty()).then(|| format!("toll: the report gives {}", out.join(" and ")))
}

/// Whether the tolls of `a` and `b` together are in [`dispute`], found without writing out why
/// (an incident with many figures is weighed against each new one).
pub fn in_dispute(a: &[Toll], b: &[Toll]) -> bool {
    let f: Vec<&Toll> = a.iter().chain(b).collect();
    sides_in_order(&f).iter().any(|g| figures_differ(&f, g)) || sides_exceed_total(&f).is_some()
}

/// The sides the tolls count (`None` the whole), in the order the report first gives them
/// (few: a report names a handful).
fn sides_in_order<'a>(f: &[&'a Toll]) -> Vec<&'a Option<String>> {
    let mut groups: Vec<&Option<String>> = Vec::new();
    for (_, _, s) in f {
        if !groups.contains(&s) {
            groups.push(s);
        }
    }
    groups
}

/// The tolls of side `g` give more than one figure.
fn figures_differ(f: &[&Toll], g: &Option<String>) -> bool {
    let mut bests = f
        .iter()
        .filter(|(_, _, s)| s == g)
        .filter_map(|(x, _, _)| x.best);
    bests.next().is_some_and(|first| bests.any(|b| b != first))
}

/// (at least the sides' sum, at most the total) when the sides' tolls add up to more than a
/// total allows.
fn sides_exceed_total(f: &[&Toll]) -> Option<(u32, u32)> {
    let totals: Vec<&Toll> = f.iter().copied().filter(|(_, _, s)| s.is_none()).collect();
    let h = combine_same(&totals).high?;
    let p = sum_of_sides(f)?.low?;
    (p > h).then_some((p, h))
}

/// The figures that still stand: a toll that "rose to N" replaces the figures of its side told
/// before it (and earlier updates). `updates[k]`: figure `k` updates the toll.
pub fn standing(fatalities: &[Toll], updates: &[bool]) -> Vec<Toll> {
    let n = fatalities.len();
    let side = |k: usize| fatalities[k].2.clone();
    let update = |k: usize| updates.get(k).copied().unwrap_or(false);
    (0..n)
        .filter(|&k| !(k + 1..n).any(|u| update(u) && (side(u) == side(k) || side(u).is_none())))
        .map(|k| fatalities[k].clone())
        .collect()
}

/// The tolls of the sides named, added up (none unless at least two sides are named).
fn sum_of_sides(f: &[&Toll]) -> Option<Fatalities> {
    let mut sides: Vec<&String> = f.iter().filter_map(|(_, _, s)| s.as_ref()).collect();
    sides.sort_unstable();
    sides.dedup();
    if sides.len() < 2 {
        return None;
    }
    let per: Vec<Fatalities> = sides
        .iter()
        .map(|side| {
            combine_same(
                &f.iter()
                    .copied()
                    .filter(|(_, _, s)| s.as_ref() == Some(*side))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    let sum = |get: &dyn Fn(&Fatalities) -> Option<u32>| -> Option<u32> {
        per.iter()
            .map(get)
            .try_fold(0u32, |acc, v| v.map(|v| acc.saturating_add(v)))
    };
    Some(Fatalities {
        low: sum(&|x: &Fatalities| x.low.or(x.best)),
        best: sum(&|x: &Fatalities| x.best),
        high: sum(&|x: &Fatalities| x.high.or(x.best)),
        phrase: String::new(),
    })
}

/// Combine the casualty readings of one incident: the whole toll, or the sides' tolls added
/// up when the text gives them side by side ("59 Kyrgyz ... 35 on the Tajik side"); a total
/// given besides them wins, at least as high as their sum.
pub fn combine(f: &[Toll]) -> Fatalities {
    let mut phrases: Vec<String> = Vec::new();
    for (x, _, _) in f {
        if !x.phrase.is_empty() && !phrases.contains(&x.phrase) {
            phrases.push(x.phrase.clone());
        }
    }
    let all: Vec<&Toll> = f.iter().collect();
    let totals: Vec<&Toll> = f.iter().filter(|(_, _, s)| s.is_none()).collect();
    let mut out = match sum_of_sides(&all) {
        None => combine_same(&all),
        Some(parts)
            if totals
                .iter()
                .all(|(x, _, _)| x.low.is_none() && x.best.is_none() && x.high.is_none()) =>
        {
            parts
        }
        Some(parts) => {
            let mut t = combine_same(&totals);
            let floor = parts.low.or(parts.best);
            if let Some(p) = floor
                && t.high.is_none_or(|h| h >= p)
            {
                t.low = Some(t.low.map_or(p, |l| l.max(p)));
                if t.best.is_some_and(|b| b < p) {
                    t.best = None;
                }
            } else if let Some(p) = floor {
                // A total below the sides' sum ("3 killed on the first day"; 24 and 35 since):
                // the figures do not fit together, keep the range they span.
                t.low = Some(t.low.or(t.best).map_or(p, |l| l.min(p)));
                t.high = parts
                    .high
                    .or(parts.best)
                    .map(|h| h.max(t.high.unwrap_or(0)));
                t.best = None;
            }
            t
        }
    };
    out.phrase = phrases.join("; ");
    out
}

/// Combine readings of the same count.
fn combine_same(f: &[&Toll]) -> Fatalities {
    let mut out = Fatalities::default();
    let bests: Vec<u32> = f.iter().filter_map(|(x, _, _)| x.best).collect();
    for (x, _, _) in f {
        out.low = max_u(out.low, x.low);
        out.high = match (out.high, x.high) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    let mut distinct = bests.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() == 1 {
        out.best = distinct.first().copied();
    }
    // Different figures ("nearly 100" and "35"): no one of them is the toll; the range spans
    // them all.
    if distinct.len() > 1 {
        out.low = f.iter().filter_map(|(x, _, _)| x.low.or(x.best)).min();
        out.high = if f
            .iter()
            .any(|(x, _, _)| x.high.is_none() && x.best.is_none())
        {
            None
        } else {
            f.iter().filter_map(|(x, _, _)| x.high.or(x.best)).max()
        };
    }
    // Figures that do not fit together ("about 100" and "dozens"): the widest range.
    let fits = |b: u32| out.low.is_none_or(|l| l <= b) && out.high.is_none_or(|h| b <= h);
    if out.best.is_some_and(|b| !fits(b)) {
        let all_low = f.iter().filter_map(|(x, _, _)| x.low.or(x.best)).min();
        let all_high = f.iter().filter_map(|(x, _, _)| x.high.or(x.best));
        out.low = all_low;
        out.high = if f
            .iter()
            .any(|(x, _, _)| x.high.is_none() && x.best.is_none())
        {
            None
        } else {
            all_high.max()
        };
        out.best = None;
    }
    if let (Some(l), Some(h)) = (out.low, out.high)
        && l > h
    {
        // Competing figures: keep the widest honest range.
        out.low = f.iter().filter_map(|(x, _, _)| x.low.or(x.best)).min();
        out.high = f.iter().filter_map(|(x, _, _)| x.high.or(x.best)).max();
        out.best = None;
    }
    out
}

fn max_u(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toll(best: u32, side: Option<&str>) -> Toll {
        let f = Fatalities {
            low: Some(best),
            best: Some(best),
            high: Some(best),
            phrase: format!("{best} killed"),
        };
        (f, 0, side.map(str::to_string))
    }

    #[test]
    fn the_sides_tolls_add_up() {
        let f = combine(&[toll(59, Some("Kyrgyzstan")), toll(35, Some("Tajikistan"))]);
        assert_eq!((f.low, f.best, f.high), (Some(94), Some(94), Some(94)));
        assert_eq!(f.phrase, "59 killed; 35 killed");
        assert_eq!(
            dispute(&[toll(59, Some("Kyrgyzstan")), toll(35, Some("Tajikistan"))]),
            None
        );
    }

    #[test]
    fn different_figures_for_one_count_are_a_range_and_disputed() {
        let f = combine(&[toll(3, None), toll(2, None)]);
        assert_eq!((f.low, f.best, f.high), (Some(2), None, Some(3)));
        assert_eq!(
            dispute(&[toll(3, None), toll(2, None)]).as_deref(),
            Some("toll: the report gives 3 ('3 killed') and 2 ('2 killed')")
        );
    }

    #[test]
    fn a_toll_that_rose_replaces_the_figures_before_it() {
        let all = [toll(17, None), toll(30, None)];
        let kept = standing(&all, &[false, true]);
        assert_eq!(kept.len(), 1);
        assert_eq!(combine(&kept).best, Some(30));
        assert_eq!(standing(&all, &[false, false]).len(), 2);
    }
}
