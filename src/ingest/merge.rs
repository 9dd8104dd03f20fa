//! One incident, many mentions. Mentions are taken in story order and joined to an incident
//! already told when they refer back to it ("the clashes", "the agreement", "after the talks")
//! or name the same event again (same type, compatible date, no conflicting place or sides);
//! mentions that differ in what happened stay apart. Then each incident gets its date: the
//! expressions of its mentions (competing readings are kept and the incident marked disputed),
//! or bounds from the relations the text gives ("hours after", "before", "later", "in line
//! with") and from the story (after the events told before it since the story last stepped
//! back, on or before the publication day). No day is invented: an undated incident gets a span.

use chrono::{Days, NaiveDate};

use super::gazetteer::Gazetteer;
use super::mentions::{Mention, RelKind, SentenceAnalysis, is_violent};
use super::time::DateReading;
use crate::date::IncidentDate;
use crate::model::{EventType, Fatalities, Status};

/// A death toll read for an incident: the figure, its sentence, and the side whose dead it
/// counts when the text names one.
pub type Toll = (Fatalities, usize, Option<String>);

/// An incident being assembled.
#[derive(Debug, Clone)]
pub struct Draft {
    pub event_type: EventType,
    pub concept: String,
    pub generic: bool,
    pub status: Status,
    pub status_why: String,
    /// (sentence, mention) pairs.
    pub mentions: Vec<(usize, usize)>,
    /// Sentences that are evidence, in story order.
    pub evidence: Vec<usize>,
    pub readings: Vec<(DateReading, usize)>,
    pub actors: Vec<String>,
    pub countries: Vec<String>,
    pub place: Option<String>,
    /// Death tolls: (toll, sentence, side counted).
    pub fatalities: Vec<Toll>,
    /// Whether each figure updates the toll told before it.
    pub fatality_updates: Vec<bool>,
    /// Story position of the first mention: (sentence, token).
    pub first: (usize, usize),
    /// Last story position it was mentioned at.
    pub last: (usize, usize),
    /// Main evidence sentence (the one that dates it, else the first).
    pub summary: Option<usize>,
    /// The earliest day it can have begun ("since Wednesday").
    pub since: Option<NaiveDate>,
    /// The latest day it can have happened: the day it was announced.
    pub until: Option<NaiveDate>,
    /// An act that is an incident of its own ("took control of"): joined only by mentions of
    /// the same act.
    pub distinct: bool,
    /// Only ever named as background ("since the clashes of last April"): a general word
    /// told later refers to it only when nothing else fits.
    pub background: bool,
    /// First told with the article and no date ("the fighting"), as something the reader
    /// knows: the story's own event.
    pub told_as_known: bool,
}

/// An incident with its date decided.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub draft: Draft,
    pub date: IncidentDate,
    pub disputed: Vec<String>,
    /// How an undated incident was bounded, for the notes.
    pub bounds_note: Option<String>,
}

fn families_match(m: &Mention, d: &Draft) -> bool {
    let ceasefire_family = |t| matches!(t, EventType::Ceasefire | EventType::Agreement);
    let meeting_family = |t| matches!(t, EventType::Talks | EventType::Visit);
    (ceasefire_family(m.event_type) && ceasefire_family(d.event_type))
        || (m.generic && is_violent(m.event_type) && is_violent(d.event_type))
        || (m.status == Status::Planned
            && d.status == Status::Planned
            && meeting_family(m.event_type)
            && meeting_family(d.event_type))
}

fn same_kind(m: &Mention, d: &Draft) -> bool {
    m.event_type == d.event_type && (m.event_type != EventType::Other || m.concept == d.concept)
}

fn overlap(a: &IncidentDate, b: &IncidentDate) -> bool {
    let lo = match (a.earliest(), b.earliest()) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    };
    let hi = match (a.latest(), b.latest()) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    match (lo, hi) {
        (Some(l), Some(h)) => l <= h,
        _ => true,
    }
}

fn places_conflict(gaz: &Gazetteer, a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => !(gaz.place_within(x, y) || gaz.place_within(y, x)),
        _ => false,
    }
}

/// Two places a few kilometres apart (border villages facing each other): two mentions of
/// one incident may name either ("near Vorukh" and "near Ak-Sai").
fn places_near(gaz: &Gazetteer, a: &Option<String>, b: &Option<String>) -> bool {
    let at = |p: &Option<String>| {
        p.as_deref()
            .and_then(|n| gaz.place_by_name(n))
            .and_then(|p| p.latitude.zip(p.longitude))
    };
    match (at(a), at(b)) {
        (Some((la, lo)), Some((lb, lob))) => {
            let dy = (la - lb) * 111.0;
            let dx = (lo - lob) * 111.0 * la.to_radians().cos();
            (dx * dx + dy * dy).sqrt() <= 20.0
        }
        _ => false,
    }
}

/// Two claims about places in different countries ("Bishkek says Tajik forces shelled
/// Batken", "Dushanbe says Kyrgyz forces shelled Isfara"): each side's own account, two
/// incidents however near the places lie.
fn mirrored_claims(gaz: &Gazetteer, m: &Mention, d: &Draft) -> bool {
    let country = |p: &Option<String>| {
        p.as_deref()
            .and_then(|n| gaz.place_by_name(n))
            .and_then(|p| p.country.clone())
    };
    m.status == Status::Claimed
        && d.status == Status::Claimed
        && matches!((country(&m.place), country(&d.place)), (Some(a), Some(b)) if a != b)
}

fn sides_conflict(m: &Mention, d: &Draft) -> bool {
    !m.countries.is_empty()
        && !d.countries.is_empty()
        && !m.countries.iter().any(|c| d.countries.contains(c))
}

enum Target {
    New,
    Join(usize),
    /// The same incident told with an incompatible date.
    Dispute(usize),
    /// Content of an incident (what was said during talks): evidence, no change of type or status.
    Content(usize),
}

fn find_target(
    m: &Mention,
    drafts: &[Draft],
    gaz: &Gazetteer,
    published: NaiveDate,
    apart: &[usize],
) -> Target {
    let mut order: Vec<usize> = (0..drafts.len()).filter(|d| !apart.contains(d)).collect();
    // The most recently told first; background told in passing last.
    order.sort_by_key(|&d| (drafts[d].background, std::cmp::Reverse(drafts[d].last)));
    // "The visit" with no date or status word of its own points back to the visit told, be
    // it planned, whatever countries its sentence names.
    let points_back =
        m.reference || (m.definite && !m.generic && m.date.is_none() && m.status_why.is_empty());
    let status_ok =
        |d: &Draft| points_back || (m.status == Status::Planned) == (d.status == Status::Planned);
    // A sentence that only gives a toll ("Tajikistan said 19 of its citizens died") counts the
    // dead of an incident told before: the side it names is the victims', not a party.
    let toll_only = m.date.is_none() && m.occs.iter().all(|o| o.entry == usize::MAX);
    if toll_only {
        // The fighting whose toll is being given: the latest violent incident with a toll, else
        // the latest violent one.
        let fits = |dr: &Draft| {
            let mut all = dr.fatalities.clone();
            all.extend(
                m.fatalities
                    .iter()
                    .map(|(f, side)| (f.clone(), m.sentence, side.clone())),
            );
            toll_dispute(&all).is_none()
        };
        // Tolls are mostly of armed violence; a brawl's is a last resort.
        let pick = |with_toll: bool, fitting: bool, armed: bool| {
            order.iter().copied().find(|&d| {
                let dr = &drafts[d];
                is_violent(dr.event_type)
                    && dr.status != Status::Planned
                    && (!with_toll || !dr.fatalities.is_empty())
                    && (!fitting || fits(dr))
                    && (!armed
                        || !matches!(
                            dr.event_type,
                            EventType::MobViolence | EventType::ViolentDemonstration
                        ))
            })
        };
        if let Some(d) = pick(true, true, false)
            .or_else(|| pick(true, false, false))
            .or_else(|| pick(false, false, true))
            .or_else(|| pick(false, false, false))
        {
            return Target::Content(d);
        }
    }
    let base_ok = |d: &Draft| {
        ((!m.distinct && !d.distinct) || m.concept == d.concept)
            && status_ok(d)
            && (toll_only
                || !places_conflict(gaz, &m.place, &d.place)
                || (places_near(gaz, &m.place, &d.place) && !mirrored_claims(gaz, m, d)))
            && (points_back || toll_only || !sides_conflict(m, d))
    };
    let date_fits = |d: &Draft| match &m.date {
        None => true,
        Some(r) => d.readings.iter().all(|(x, _)| overlap(&x.date, &r.date)),
    };

    // What one of the parties to recent talks said: part of the talks.
    if !m.speaker.is_empty()
        && m.date.is_none()
        && !is_violent(m.event_type)
        && !m.anchor
        && let Some(&d) = order.iter().find(|&&d| {
            drafts[d].event_type == EventType::Talks
                && drafts[d].status != Status::Planned
                && m.sentence.saturating_sub(drafts[d].last.0) <= 2
                && drafts[d].actors.iter().any(|a| m.speaker.contains(a))
        })
    {
        return Target::Content(d);
    }

    // A general word with a date of its own ("a flare-up in April 2021") tells a new event.
    // A general word with no date refers back, unless it is marked new or named as the cause
    // of something ("in response to attacks on ships") without the article.
    let anaphoric =
        m.definite || m.reference || (m.generic && m.date.is_none() && !m.fresh && !m.anchor);
    if m.fresh && !anaphoric {
        return Target::New;
    }
    if anaphoric {
        for pass in 0..2 {
            for &d in &order {
                let dr = &drafts[d];
                let kind_ok = if pass == 0 {
                    same_kind(m, dr)
                } else {
                    families_match(m, dr)
                };
                if !kind_ok || !base_ok(dr) {
                    continue;
                }
                // A dated mention gives its date only to an undated incident of its own kind;
                // a mention with a place of its own joins only an incident at that place.
                if pass > 0
                    && ((m.date.is_some() && dr.readings.is_empty())
                        || (m.place.is_some() && dr.place.is_none() && !toll_only))
                {
                    continue;
                }
                if date_fits(dr) {
                    return Target::Join(d);
                }
                if pass == 0
                    && m.definite
                    && !m.generic
                    && m.concept == dr.concept
                    && !dr.readings.is_empty()
                {
                    return Target::Dispute(d);
                }
            }
        }
        return Target::New;
    }
    for &d in &order {
        let dr = &drafts[d];
        let kind_ok = same_kind(m, dr)
            || (m.status == Status::Planned
                && dr.status == Status::Planned
                && families_match(m, dr)
                && m.actors.iter().any(|a| dr.actors.contains(a)));
        if !kind_ok || !base_ok(dr) {
            continue;
        }
        // "The death toll from the fighting rose ..." then "the Sept. 14-16 hostilities": the
        // fighting the report opens with, undated, is the one it dates later, if that is recent.
        let recent = |r: &DateReading| {
            r.date
                .latest()
                .is_some_and(|l| l <= published && (published - l).num_days() <= 31)
        };
        match &m.date {
            Some(r) if dr.readings.is_empty() && dr.told_as_known && dr.generic && recent(r) => {
                return Target::Join(d);
            }
            Some(_) if dr.readings.is_empty() => continue,
            Some(_) if !date_fits(dr) => continue,
            _ => return Target::Join(d),
        }
    }
    Target::New
}

fn add_unique(list: &mut Vec<String>, items: &[String]) {
    for i in items {
        if !list.contains(i) {
            list.push(i.clone());
        }
    }
}

fn join(d: &mut Draft, m: &Mention, mi: usize, gaz: &Gazetteer, content: bool) {
    let pos = (m.sentence, m.head());
    d.mentions.push((m.sentence, mi));
    if pos > d.last {
        d.last = pos;
    }
    if !m.reference && !d.evidence.contains(&m.sentence) {
        d.evidence.push(m.sentence);
        d.evidence.sort_unstable();
    }
    if !m.reference && pos < d.first {
        d.first = pos;
    }
    if let Some(r) = &m.date {
        d.readings.push((r.clone(), m.sentence));
        if d.summary.is_none() || d.readings.len() == 1 {
            d.summary = Some(m.sentence);
        }
    }
    if m.reference {
        return;
    }
    d.since = max_opt(d.since, m.since);
    d.until = min_opt(d.until, m.until);
    d.background &= m.background;
    if m.occs.iter().all(|o| o.entry == usize::MAX) {
        // A toll told on its own: the figure, not the place or the sides named with it.
        for (k, (f, side)) in m.fatalities.iter().enumerate() {
            d.fatalities.push((f.clone(), m.sentence, side.clone()));
            d.fatality_updates
                .push(m.fatality_updates.get(k).copied().unwrap_or(false));
        }
        return;
    }
    // "The visit comes after clashes between X and Y": a bare reference back brings the
    // names of its sentence only to an incident that has none.
    let bare_reference = m.definite && !m.generic && m.date.is_none() && !d.actors.is_empty();
    if !bare_reference {
        add_unique(&mut d.actors, &m.actors);
        add_unique(&mut d.countries, &m.countries);
    }
    match (&d.place, &m.place) {
        (None, Some(p)) => d.place = Some(p.clone()),
        (Some(old), Some(p)) if gaz.place_within(p, old) => d.place = Some(p.clone()),
        _ => {}
    }
    for (k, (f, side)) in m.fatalities.iter().enumerate() {
        d.fatalities.push((f.clone(), m.sentence, side.clone()));
        d.fatality_updates
            .push(m.fatality_updates.get(k).copied().unwrap_or(false));
    }
    if content {
        return;
    }
    if d.generic && !m.generic && m.event_type == d.event_type {
        d.generic = false;
        d.concept = m.concept.clone();
    }
    // A mention stating it happened outweighs a claim (not a general word that only refers
    // back to it: "the clashes").
    if m.status == Status::Occurred
        && d.status == Status::Claimed
        && !(m.generic && m.definite && m.date.is_none())
        // Deaths told without an event word say people died, not who did it.
        && !m.occs.iter().all(|o| o.entry == usize::MAX)
    {
        d.status = Status::Occurred;
        d.status_why.clear();
    }
}

fn new_draft(m: &Mention, mi: usize) -> Draft {
    let pos = (m.sentence, m.head());
    Draft {
        event_type: m.event_type,
        concept: m.concept.clone(),
        generic: m.generic,
        status: m.status,
        status_why: m.status_why.clone(),
        mentions: vec![(m.sentence, mi)],
        evidence: if m.reference {
            Vec::new()
        } else {
            vec![m.sentence]
        },
        readings: m.date.iter().map(|r| (r.clone(), m.sentence)).collect(),
        // A mere reference ("after the attack on Saturday") says when, not where or who.
        actors: if m.reference {
            Vec::new()
        } else {
            m.actors.clone()
        },
        countries: if m.reference {
            Vec::new()
        } else {
            m.countries.clone()
        },
        place: if m.reference { None } else { m.place.clone() },
        fatalities: m
            .fatalities
            .iter()
            .map(|(f, side)| (f.clone(), m.sentence, side.clone()))
            .collect(),
        fatality_updates: (0..m.fatalities.len())
            .map(|k| m.fatality_updates.get(k).copied().unwrap_or(false))
            .collect(),
        first: pos,
        last: pos,
        summary: Some(m.sentence),
        since: m.since,
        until: if m.reference { None } else { m.until },
        distinct: m.distinct,
        background: m.background,
        told_as_known: m.definite && m.date.is_none() && !m.reference,
    }
}

/// Date bounds of an incident while they are worked out.
#[derive(Debug, Clone, Copy)]
struct Bounds {
    lo: Option<NaiveDate>,
    hi: Option<NaiveDate>,
    fixed: bool,
}

fn max_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

fn min_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn plus(d: Option<NaiveDate>, n: u64) -> Option<NaiveDate> {
    d.and_then(|d| d.checked_add_days(Days::new(n)))
}

fn minus(d: Option<NaiveDate>, n: u64) -> Option<NaiveDate> {
    d.and_then(|d| d.checked_sub_days(Days::new(n)))
}

/// The events undated consequences are placed after: the fighting and the ceasefire that
/// ends it. Talks, visits, statements and other agreements (often today's news in the lead) are
/// not.
fn is_episode(t: EventType) -> bool {
    is_violent(t) || t == EventType::Ceasefire
}

/// What typically follows fighting, so that told after it, undated, it is placed after it.
fn follows_fighting(t: EventType) -> bool {
    matches!(
        t,
        EventType::Ceasefire
            | EventType::Withdrawal
            | EventType::Displacement
            | EventType::Accusation
            | EventType::Statement
            | EventType::Aid
            | EventType::Arrest
            | EventType::Deployment
            | EventType::PropertyDestruction
    )
}

/// The date its expressions give: the most precise when they agree; a span over all of them,
/// with the competing readings, when they do not.
fn consensus(readings: &[(DateReading, usize)]) -> Option<(IncidentDate, Vec<String>)> {
    let first = readings.first()?;
    let lo = readings.iter().filter_map(|(r, _)| r.date.earliest()).max();
    let hi = readings.iter().filter_map(|(r, _)| r.date.latest()).min();
    let agree = match (lo, hi) {
        (Some(l), Some(h)) => l <= h,
        _ => true,
    };
    if agree {
        let span = |d: &IncidentDate| match (d.earliest(), d.latest()) {
            (Some(a), Some(b)) => (b - a).num_days(),
            _ => i64::MAX,
        };
        let best = readings
            .iter()
            .min_by_key(|(r, _)| span(&r.date))
            .unwrap_or(first);
        return Some((best.0.date, Vec::new()));
    }
    let all_lo = readings.iter().filter_map(|(r, _)| r.date.earliest()).min();
    let all_hi = readings.iter().filter_map(|(r, _)| r.date.latest()).max();
    let date = IncidentDate::one_of(all_lo, all_hi).unwrap_or(first.0.date);
    let mut seen: Vec<String> = Vec::new();
    let mut readings_text = Vec::new();
    for (r, _) in readings {
        let edtf = r.date.to_edtf();
        if !seen.contains(&edtf) {
            readings_text.push(format!("{edtf} ('{}')", r.text));
            seen.push(edtf);
        }
    }
    Some((
        date,
        vec![format!(
            "date: the report gives {}",
            readings_text.join(" and ")
        )],
    ))
}

/// Competing death tolls: different figures for the same count (the same side, or the whole).
fn toll_dispute(f: &[Toll]) -> Option<String> {
    let mut groups: Vec<&Option<String>> = f.iter().map(|(_, _, s)| s).collect();
    groups.dedup();
    let mut out = Vec::new();
    let mut seen_groups: Vec<&Option<String>> = Vec::new();
    for g in groups {
        if seen_groups.contains(&g) {
            continue;
        }
        seen_groups.push(g);
        let bests: Vec<(u32, &str)> = f
            .iter()
            .filter(|(_, _, s)| s == g)
            .filter_map(|(x, _, _)| x.best.map(|b| (b, x.phrase.as_str())))
            .collect();
        let mut distinct: Vec<u32> = bests.iter().map(|(b, _)| *b).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() > 1 {
            out.extend(bests.iter().map(|(b, p)| format!("{b} ('{p}')")));
        }
    }
    // Tolls of the sides that add up to more than a total allows.
    let total = combine_same(&f.iter().filter(|(_, _, s)| s.is_none()).collect::<Vec<_>>());
    let parts = sum_of_sides(f);
    if let (Some(h), Some(p)) = (total.high, parts.as_ref().and_then(|p| p.low))
        && p > h
    {
        out.push(format!(
            "the sides' tolls add up to at least {p}, more than {h}"
        ));
    }
    (!out.is_empty()).then(|| format!("toll: the report gives {}", out.join(" and ")))
}

/// The figures that still stand: a toll that "rose to N" replaces the figures of its side told
/// before it (and earlier updates).
pub fn standing(d: &Draft) -> Vec<Toll> {
    let n = d.fatalities.len();
    let side = |k: usize| d.fatalities[k].2.clone();
    let update = |k: usize| d.fatality_updates.get(k).copied().unwrap_or(false);
    (0..n)
        .filter(|&k| !(k + 1..n).any(|u| update(u) && (side(u) == side(k) || side(u).is_none())))
        .map(|k| d.fatalities[k].clone())
        .collect()
}

/// The tolls of the sides named, added up (none unless at least two sides are named).
fn sum_of_sides(f: &[Toll]) -> Option<Fatalities> {
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
pub fn combine_fatalities(f: &[Toll]) -> Fatalities {
    let mut phrases: Vec<String> = Vec::new();
    for (x, _, _) in f {
        if !x.phrase.is_empty() && !phrases.contains(&x.phrase) {
            phrases.push(x.phrase.clone());
        }
    }
    let totals: Vec<&Toll> = f.iter().filter(|(_, _, s)| s.is_none()).collect();
    let mut out = match sum_of_sides(f) {
        None => combine_same(&f.iter().collect::<Vec<_>>()),
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

/// Build the incidents of a report from its analysed sentences.
pub fn build(
    sentences: &[SentenceAnalysis],
    published: NaiveDate,
    gaz: &Gazetteer,
    title_of: &dyn Fn(&Draft) -> String,
) -> Vec<Resolved> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut owner: Vec<Vec<usize>> = sentences
        .iter()
        .map(|s| vec![usize::MAX; s.mentions.len()])
        .collect();
    let mut disputes: Vec<Vec<String>> = Vec::new();
    // Time marks ("since independence") last: they only join what the report tells.
    let mut marks: Vec<(usize, usize)> = Vec::new();
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
                .map(|(k, _)| owner[si][k])
                .filter(|&d| d != usize::MAX)
                .collect();
            let d = match find_target(m, &drafts, gaz, published, &apart) {
                Target::Join(d) => {
                    join(&mut drafts[d], m, mi, gaz, false);
                    d
                }
                Target::Content(d) => {
                    join(&mut drafts[d], m, mi, gaz, true);
                    d
                }
                Target::Dispute(d) => {
                    join(&mut drafts[d], m, mi, gaz, false);
                    d
                }
                Target::New => {
                    drafts.push(new_draft(m, mi));
                    disputes.push(Vec::new());
                    drafts.len() - 1
                }
            };
            owner[si][mi] = d;
        }
    }
    for (si, mi) in marks {
        let m = &sentences[si].mentions[mi];
        let d = match find_target(m, &drafts, gaz, published, &[]) {
            Target::Join(d) | Target::Dispute(d) | Target::Content(d) => d,
            Target::New => continue,
        };
        join(&mut drafts[d], m, mi, gaz, true);
        owner[si][mi] = d;
    }

    // Relations between incidents.
    let mut constraints: Vec<(usize, RelKind, usize)> = Vec::new();
    let mut told_out_of_order: Vec<usize> = Vec::new();
    let mut later_links: Vec<(usize, RelKind, Vec<usize>)> = Vec::new();
    let mut story: Vec<((usize, usize), usize)> = Vec::new(); // (position, draft) of every mention
    for (si, s) in sentences.iter().enumerate() {
        for (mi, m) in s.mentions.iter().enumerate() {
            if owner[si][mi] != usize::MAX {
                story.push(((si, m.head()), owner[si][mi]));
            }
        }
    }
    story.sort();
    for (si, s) in sentences.iter().enumerate() {
        for (mi, m) in s.mentions.iter().enumerate() {
            let who = owner[si][mi];
            if who == usize::MAX {
                continue;
            }
            for &(kind, anchor) in &m.relations {
                let a = owner[si].get(anchor).copied().unwrap_or(usize::MAX);
                if a != usize::MAX && a != who {
                    constraints.push((who, kind, a));
                    // "Y after X" with X told after Y: X is told out of story order.
                    let after_kind = matches!(
                        kind,
                        RelKind::After
                            | RelKind::HoursAfter
                            | RelKind::DayAfter
                            | RelKind::DaysAfter
                    );
                    if after_kind
                        && s.mentions
                            .get(anchor)
                            .is_some_and(|x| x.head() > m.head() && !x.reference)
                    {
                        told_out_of_order.push(a);
                    }
                }
            }
            if let Some(kind) = m.later {
                // "later": after the last incident told before it whose time is known at
                // least from below (resolved while the bounds are worked out).
                let pos = (si, m.head());
                let mut prev: Vec<usize> = Vec::new();
                for &(p, d) in story.iter().rev() {
                    if p < pos
                        && d != who
                        && drafts[d].status != Status::Planned
                        && !prev.contains(&d)
                    {
                        prev.push(d);
                    }
                }
                if !prev.is_empty() {
                    later_links.push((who, kind, prev));
                }
            }
        }
    }

    // Narrative blocks: a sentence stepping back in time starts a new one.
    let mut block = vec![0usize; sentences.len()];
    let mut b = 0;
    let mut told: Option<NaiveDate> = None;
    for (i, s) in sentences.iter().enumerate() {
        // "In January 2014, ..." after the events of 2021: the story steps back.
        let step_back = s
            .opening
            .and_then(|d| d.latest())
            .zip(told)
            .is_some_and(|(o, t)| o < t);
        if (s.flashback || step_back) && i > 0 {
            b += 1;
            told = None;
        }
        block[i] = b;
        for m in s.mentions.iter().filter(|m| m.status != Status::Planned) {
            told = max_opt(told, m.date.as_ref().and_then(|d| d.date.earliest()));
        }
    }

    // Dates from expressions.
    let mut reasons: Vec<Vec<String>> = vec![Vec::new(); drafts.len()];
    let mut bounds: Vec<Bounds> = Vec::with_capacity(drafts.len());
    let mut fixed_dates: Vec<Option<IncidentDate>> = Vec::with_capacity(drafts.len());
    for (di, d) in drafts.iter().enumerate() {
        match consensus(&d.readings) {
            Some((date, mut notes)) => {
                disputes[di].append(&mut notes);
                bounds.push(Bounds {
                    lo: date.earliest(),
                    hi: date.latest(),
                    fixed: true,
                });
                fixed_dates.push(Some(date));
            }
            None => {
                let b = if d.status == Status::Planned {
                    Bounds {
                        lo: Some(published),
                        hi: None,
                        fixed: false,
                    }
                } else {
                    let hi = min_opt(Some(published), d.until);
                    if d.until.is_some_and(|u| u < published) {
                        reasons[di].push("on or before the day it was announced".into());
                    }
                    Bounds {
                        lo: d.since.filter(|s| hi.is_none_or(|h| *s <= h)),
                        hi,
                        fixed: false,
                    }
                };
                bounds.push(b);
                fixed_dates.push(None);
            }
        }
        if let Some(t) = toll_dispute(&standing(d)) {
            disputes[di].push(t);
        }
    }

    // Story bounds: after the episode events told before it in its block. Only for what
    // typically follows fighting (a ceasefire, a withdrawal, flight, accusations, statements,
    // aid, arrests): fighting or talks told without a date may be background from any year.
    // An incident the text relates to another explicitly is bounded by that relation instead.
    let is_anchor_of_after: Vec<bool> = (0..drafts.len())
        .map(|d| told_out_of_order.contains(&d))
        .collect();
    let related: Vec<bool> = (0..drafts.len())
        .map(|d| {
            later_links.iter().any(|(w, _, _)| *w == d)
                || constraints.iter().any(|&(w, k, _)| {
                    w == d
                        && matches!(
                            k,
                            RelKind::After
                                | RelKind::HoursAfter
                                | RelKind::DayAfter
                                | RelKind::DaysAfter
                                | RelKind::Simultaneous
                        )
                })
        })
        .collect();
    for di in 0..drafts.len() {
        if bounds[di].fixed
            || drafts[di].status == Status::Planned
            || is_anchor_of_after[di]
            || related[di]
            || drafts[di].since.is_some()
            || !follows_fighting(drafts[di].event_type)
        {
            continue;
        }
        let pos = drafts[di].first;
        let blk = block.get(pos.0).copied().unwrap_or(0);
        let mut before: Vec<(NaiveDate, NaiveDate, usize)> = Vec::new();
        for &(p, e) in &story {
            if e == di || p >= pos || block.get(p.0).copied() != Some(blk) {
                continue;
            }
            let ed = &drafts[e];
            if !is_episode(ed.event_type) || ed.status == Status::Planned || !bounds[e].fixed {
                continue;
            }
            let (Some(lo), Some(hi)) = (bounds[e].lo, bounds[e].hi) else {
                continue;
            };
            // The story alone never pins an incident to the publication day.
            if hi > published || lo >= published {
                continue;
            }
            before.push((lo, hi, e));
        }
        // A ceasefire ends the fighting told before it, and a withdrawal follows a ceasefire;
        // flight, destruction, accusations and the like follow the fighting, which may have
        // begun days before the last episode told: after the start of the run of episodes
        // that ends with the latest one.
        let latest = before.iter().copied().max_by_key(|(lo, _, _)| *lo);
        let ends_fighting = matches!(
            drafts[di].event_type,
            EventType::Withdrawal | EventType::Ceasefire
        );
        let best = match latest {
            Some((lo, _, e)) if ends_fighting => Some((lo, e)),
            Some((mut start, _, mut e)) => {
                loop {
                    let earlier = before
                        .iter()
                        .filter(|(lo, hi, _)| *lo < start && (start - *hi).num_days() <= 3)
                        .min_by_key(|(lo, _, _)| *lo);
                    match earlier {
                        Some(&(lo, _, x)) => {
                            start = lo;
                            e = x;
                        }
                        None => break,
                    }
                }
                Some((start, e))
            }
            None => None,
        };
        if let Some((lo, e)) = best {
            bounds[di].lo = Some(lo);
            reasons[di].push(format!("after '{}', told before it", title_of(&drafts[e])));
        }
    }

    // Relations, propagated until nothing changes.
    for _ in 0..8 {
        let mut changed = false;
        let mut all = constraints.clone();
        for (who, kind, prev) in &later_links {
            // "the next day", "hours later" count from the last day the text gives, not from
            // one inferred (which they would then pin).
            let counts_days = *kind != RelKind::After;
            if let Some(&a) = prev
                .iter()
                .find(|&&a| bounds[a].lo.is_some() && (!counts_days || bounds[a].fixed))
            {
                all.push((*who, *kind, a));
            }
        }
        for &(who, kind, anchor) in &all {
            let a = bounds[anchor];
            let w = bounds[who];
            let (mut nw, mut na) = (w, a);
            match kind {
                RelKind::After => {
                    nw.lo = max_opt(w.lo, a.lo);
                    na.hi = min_opt(a.hi, w.hi);
                }
                RelKind::HoursAfter => {
                    nw.lo = max_opt(w.lo, a.lo);
                    nw.hi = min_opt(w.hi, plus(a.hi, 1));
                    na.hi = min_opt(a.hi, w.hi);
                    na.lo = max_opt(a.lo, minus(w.lo, 1));
                }
                RelKind::DayAfter => {
                    nw.lo = max_opt(w.lo, plus(a.lo, 1));
                    nw.hi = min_opt(w.hi, plus(a.hi, 1));
                    na.hi = min_opt(a.hi, minus(w.hi, 1));
                    na.lo = max_opt(a.lo, minus(w.lo, 1));
                }
                RelKind::DaysAfter => {
                    nw.lo = max_opt(w.lo, plus(a.lo, 1));
                    na.hi = min_opt(a.hi, minus(w.hi, 1));
                }
                RelKind::Before => {
                    nw.hi = min_opt(w.hi, a.hi);
                    na.lo = max_opt(a.lo, w.lo);
                }
                RelKind::Simultaneous => {
                    nw.lo = max_opt(w.lo, a.lo);
                    nw.hi = min_opt(w.hi, a.hi);
                }
            }
            let sound = |b: &Bounds| !matches!((b.lo, b.hi), (Some(l), Some(h)) if l > h);
            if !w.fixed && sound(&nw) && (nw.lo != w.lo || nw.hi != w.hi) {
                bounds[who] = nw;
                reasons[who].push(format!(
                    "{} '{}'",
                    rel_words(kind),
                    title_of(&drafts[anchor])
                ));
                changed = true;
            }
            if !a.fixed && sound(&na) && (na.lo != a.lo || na.hi != a.hi) {
                bounds[anchor] = na;
                reasons[anchor].push(format!(
                    "{} '{}'",
                    rel_words_inverse(kind),
                    title_of(&drafts[who])
                ));
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    drafts
        .into_iter()
        .enumerate()
        .map(|(di, d)| {
            let (date, bounds_note) = match fixed_dates[di].take() {
                Some(date) => (date, None),
                None => {
                    let b = bounds[di];
                    let date = IncidentDate::one_of(b.lo, b.hi)
                        .or_else(|_| IncidentDate::one_of(None, Some(published)))
                        .unwrap_or_else(|_| IncidentDate::day(published));
                    let mut why = reasons[di].clone();
                    why.dedup();
                    if d.status == Status::Planned {
                        why.push("planned: on or after the publication day".into());
                    } else {
                        why.push("on or before the publication day".into());
                    }
                    (date, Some(why.join("; ")))
                }
            };
            Resolved {
                draft: d,
                date,
                disputed: disputes[di].clone(),
                bounds_note,
            }
        })
        .collect()
}

fn rel_words(k: RelKind) -> &'static str {
    match k {
        RelKind::After => "after",
        RelKind::HoursAfter => "hours after",
        RelKind::DayAfter => "the day after",
        RelKind::DaysAfter => "days after",
        RelKind::Before => "before",
        RelKind::Simultaneous => "at the time of",
    }
}

fn rel_words_inverse(k: RelKind) -> &'static str {
    match k {
        RelKind::After | RelKind::HoursAfter | RelKind::DayAfter | RelKind::DaysAfter => "before",
        RelKind::Before => "after",
        RelKind::Simultaneous => "at the time of",
    }
}
