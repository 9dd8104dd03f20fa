//! One incident, many reports. Most incidents are told by several reports: wires, local sites,
//! statements by each side, in Arabic and English. This module holds the rules that decide
//! whether two sources' readings tell the same real incident ([`same_incident`]), groups the
//! readings of a set of reports into incidents whatever order they came in ([`cluster`]), and
//! makes the incident's best reading while it keeps the sources' disagreements
//! ([`combine`]). The rules are pure; the store finds the candidates and writes the result.
//!
//! The rules, as analysts apply them (the README lists them too):
//! - never two readings of one report (the ingester already told its incidents apart);
//! - never a planned act with its carrying-out;
//! - compatible types: the same type, or two kinds of violence (a clash, the shelling in it,
//!   the houses it burned), or a visit and the talks it was made for; a ceasefire and a clash
//!   never; two `other` acts only when the kinds their titles name are of one family
//!   (`KIND_FAMILIES`);
//! - dates that overlap, or lie within a day of each other when one of them is not an exact
//!   day; two exact days that differ never. A date bounded on one side only ("on or before
//!   30 April") is taken to lie within [`OPEN_REACH_DAYS`] of its bound. One wider than
//!   [`MAX_WINDOW_DAYS`] (a season, a year) meets only readings of its own type told by their
//!   month at least, and one wider than [`MAX_WIDE_DAYS`] (a decade) merges with nothing;
//! - the same place, one inside the other (by the gazetteer's parent chain), or two places
//!   within [`NEAR_KM`]; places farther apart never (a region counts as the finer place inside
//!   it that its incident names);
//! - overlapping actors when both readings name some, except for a two-sided act (a clash, a
//!   ceasefire) told on one exact day, whose reports may each name one side, and a flight of
//!   people, named by the displaced, who made them flee or who counts them;
//! - never the words of two speakers (statements, accusations: the side of the first actor),
//!   nor words whose speaker is not named;
//! - and at least one positive sign that it is the same incident: a shared place or a shared
//!   actor, or the same type on the same exact day when one of the two names neither. A
//!   reading joins an incident when every reading of it allows the pair and one of them at
//!   least gives such a sign.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Duration, NaiveDate};

use crate::date::IncidentDate;
use crate::model::{EventType, Fatalities, Incident, Provenance, Status};

/// A date bounded on one side only is taken to lie within this many days of its bound.
pub const OPEN_REACH_DAYS: i64 = 7;
/// Readings whose date spans more days than this (a season, a year) are wide: they meet only
/// other readings without an exact day, of their own type.
pub const MAX_WINDOW_DAYS: i64 = 31;
/// The fewest days a month spans, less one (the window's last day minus its first).
pub const MIN_MONTH_DAYS: i64 = 27;
/// Readings whose date spans more days than this (a decade, "since 2011") merge with nothing.
pub const MAX_WIDE_DAYS: i64 = 366;
/// Two places this close are one scene (neighbouring villages of one clash).
pub const NEAR_KM: f64 = 25.0;
/// How much closer (in [`affinity`] points: the same type, or a nearby place) one incident must
/// be than another that a vague reading also fits, for the reading to join it rather than stand
/// alone.
pub const CLEAR_LEAD: u32 = 2;
/// How closely (in [`affinity`] points) an undated act must fit the incident nearest its bound
/// to join it rather than stand alone: a shared place and side, or the type and a place or two
/// sides (see [`nearest_to_bound`]). With a place alone or the type alone, measured on the
/// merge sets, it joined the wrong incident as often as the right one.
pub const NEAREST_TIE: u32 = 4;
/// Grouping passes at most (each joins groups that a reading of a later one tied; two or three
/// settle any real set).
const MAX_PASSES: usize = 8;

/// Where a reading comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The report's id in the store.
    pub report_id: i64,
    /// The report's content hash: the stable key that orders readings the same way in any
    /// database.
    pub report_hash: String,
    /// The publication's name (or the report's title when it has none).
    pub name: String,
    pub url: Option<String>,
    pub published: NaiveDate,
    /// The incident's position in its report's story.
    pub position: i64,
}

/// One source's reading of an incident: the incident as that report tells it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub incident: Incident,
    pub source: Source,
}

/// What the merge rules need to know of names beyond a reading's own fields.
pub trait Names {
    /// True when place `inner` is `outer` or lies within it.
    fn within(&self, inner: &str, outer: &str) -> bool;
    /// The side an actor stands for: a person's or a force's country ("Shehbaz Sharif" and
    /// "Pakistan" are one side, "Taliban" and "Afghanistan" another), else the actor itself;
    /// `None` for an actor whose name does not say its side ("Border guards", "the army"):
    /// two readings that share only such an actor share nothing.
    fn side(&self, actor: &str) -> Option<String>;
    /// Whether a side (as [`Names::side`] gives it) is a state. An armed group is not: a
    /// report may name the group that attacked and another only the country attacked. Without
    /// knowledge of names, every side is taken for one.
    fn is_state(&self, _side: &str) -> bool {
        true
    }
    /// Whether a place is one the names know (with its coordinates and what it lies in). A
    /// place they do not list is only a name a report gave (see
    /// [`crate::ingest::roles::unlisted`]). Without knowledge of names, every place is listed.
    fn listed(&self, _place: &str) -> bool {
        true
    }
}

/// No knowledge of names: places meet by name or coordinates, every actor says its side.
pub struct NoNames;

impl Names for NoNames {
    fn within(&self, inner: &str, outer: &str) -> bool {
        inner == outer
    }
    fn side(&self, actor: &str) -> Option<String> {
        Some(actor.to_string())
    }
}

impl Names for crate::ingest::gazetteer::Gazetteer {
    fn within(&self, inner: &str, outer: &str) -> bool {
        self.place_within(inner, outer)
    }
    fn side(&self, actor: &str) -> Option<String> {
        match self.actor_by_name(actor) {
            Some(a) if a.generic => None,
            Some(a) => Some(a.country.clone().unwrap_or_else(|| a.name.clone())),
            None => Some(actor.to_string()),
        }
    }
    fn is_state(&self, side: &str) -> bool {
        self.actor_by_name(side)
            .is_some_and(|a| a.kind == crate::ingest::gazetteer::ActorKind::Country)
    }
    fn listed(&self, place: &str) -> bool {
        self.place_by_name(place).is_some()
    }
}

/// The days within which a reading can meet another: its span, with a one-sided bound reaching
/// [`OPEN_REACH_DAYS`]; `None` when it is too vague to merge at all.
pub fn window(date: &IncidentDate) -> Option<(NaiveDate, NaiveDate)> {
    let reach = Duration::days(OPEN_REACH_DAYS);
    let (start, end) = match (date.earliest(), date.latest()) {
        (Some(a), Some(b)) => (a, b),
        (None, Some(b)) => (b - reach, b),
        (Some(a), None) => (a, a + reach),
        (None, None) => return None,
    };
    ((end - start).num_days() <= MAX_WIDE_DAYS).then_some((start, end))
}

/// Whether a window (see [`window`]) is wide: longer than [`MAX_WINDOW_DAYS`].
pub fn is_wide((start, end): (NaiveDate, NaiveDate)) -> bool {
    (end - start).num_days() > MAX_WINDOW_DAYS
}

/// Violence of any kind, and the houses or posts it destroyed.
fn violent(t: EventType) -> bool {
    crate::ingest::mentions::is_violent(t) || t == EventType::PropertyDestruction
}

/// Whether two event types can name one incident. (A statement and an accusation were tried
/// too: the unread merge sets gained two copies and lost precision, 0.70 -> 0.65 in one.)
pub fn types_meet(a: EventType, b: EventType) -> bool {
    let pair = |x: EventType, y: EventType| (a == x && b == y) || (a == y && b == x);
    a == b || (violent(a) && violent(b)) || pair(EventType::Visit, EventType::Talks)
}

/// The event types a reading of type `t` can meet, for the store's candidate search.
pub fn meeting_types(t: EventType) -> Vec<EventType> {
    EventType::ALL
        .iter()
        .copied()
        .filter(|&o| types_meet(t, o))
        .collect()
}

/// How two readings' places relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum PlaceFit {
    /// The two are far apart or unrelated: never one incident.
    Apart,
    /// One or both readings name no place.
    Unknown,
    /// Two places within [`NEAR_KM`].
    Near,
    /// The same place, or one inside the other.
    Same,
}

fn place_fit(a: &Incident, b: &Incident, names: &dyn Names) -> PlaceFit {
    let listed = |p: Option<&str>| p.is_none_or(|p| names.listed(p));
    place_fit_by(
        a,
        b,
        |pa, pb| pa == pb || names.within(pa, pb) || names.within(pb, pa),
        (listed(a.place.as_deref()), listed(b.place.as_deref())),
        crate::ingest::roles::unlisted::same_name,
    )
}

/// [`place_fit`], with whether two named places are one (the same, or one inside the other)
/// told by `one_place`.
fn place_fit_by(
    a: &Incident,
    b: &Incident,
    one_place: impl FnOnce(&str, &str) -> bool,
    (listed_a, listed_b): (bool, bool),
    spelled_alike: impl FnOnce(&str, &str) -> bool,
) -> PlaceFit {
    let (Some(pa), Some(pb)) = (a.place.as_deref(), b.place.as_deref()) else {
        return PlaceFit::Unknown;
    };
    // A place the names do not list is a name as a report spelled it: spelled alike in any
    // script it is the same place. Two unlisted names in one script that differ are two places
    // (as two listed places without coordinates are); otherwise where it lies is not known, and
    // says nothing.
    if !listed_a || !listed_b {
        if pa == pb || spelled_alike(pa, pb) {
            return PlaceFit::Same;
        }
        let two_places =
            !listed_a && !listed_b && crate::ingest::roles::unlisted::two_places(pa, pb);
        return if two_places && !(said(a.event_type) && said(b.event_type)) {
            PlaceFit::Apart
        } else {
            PlaceFit::Unknown
        };
    }
    if one_place(pa, pb) {
        return PlaceFit::Same;
    }
    match (a.latitude, a.longitude, b.latitude, b.longitude) {
        (Some(la), Some(oa), Some(lb), Some(ob)) if km(la, oa, lb, ob) <= NEAR_KM => PlaceFit::Near,
        // A truce, a deal, talks or words have two places, where they were made and where they
        // apply ("agreed in Samarkand a ceasefire on the Batken border"), and reports name
        // either: two places say nothing against one act.
        _ if said(a.event_type) && said(b.event_type) => PlaceFit::Unknown,
        _ => PlaceFit::Apart,
    }
}

/// Acts whose named sides say nothing of which one it is: a flight of people.
pub fn sideless(t: EventType) -> bool {
    t == EventType::Displacement
}

/// Acts that always have two sides (or more), whichever one a report names: a clash, a truce,
/// a deal ("the Sochi memorandum" is Russia's in one report and Turkey's in another), talks.
pub fn two_sided(t: EventType) -> bool {
    matches!(
        t,
        EventType::ArmedClash | EventType::Ceasefire | EventType::Agreement | EventType::Talks
    )
}

/// Acts whose first actor is who made them.
fn spoken(t: EventType) -> bool {
    matches!(t, EventType::Statement | EventType::Accusation)
}

/// Acts made in words: their place in a report may be where they were made or where they apply.
fn said(t: EventType) -> bool {
    matches!(
        t,
        EventType::Ceasefire
            | EventType::Agreement
            | EventType::Talks
            | EventType::Statement
            | EventType::Accusation
    )
}

/// Great-circle distance in kilometres.
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// The sides a reading names (see [`Names::side`]) and, for violence, the country of its place;
/// sorted, each once.
pub fn sides(incident: &Incident, names: &dyn Names) -> Vec<String> {
    let mut out: Vec<String> = incident
        .actors
        .iter()
        .filter_map(|a| names.side(a))
        .collect();
    // Violence in a country concerns that country, struck or striking: "Israel struck
    // Tehran" and "Iran said the attack on Tehran ..." share Iran.
    if violent(incident.event_type)
        && let Some(c) = incident.country.as_deref().and_then(|c| names.side(c))
    {
        out.push(c);
    }
    out.sort();
    out.dedup();
    out
}

/// What the rules ask of one reading's date, speaker and sides, worked out once: grouping weighs
/// each reading against every other.
struct Facts<'a> {
    reading: &'a Reading,
    sides: &'a [String],
    exact_day: Option<NaiveDate>,
    window: Option<(NaiveDate, NaiveDate)>,
    /// The side of the speaker, for words (see [`spoken`]).
    speaker: Option<String>,
    /// The family of the kind of an `other` act its title names (see [`KIND_FAMILIES`]).
    kind: Option<&'a str>,
}

impl<'a> Facts<'a> {
    fn new(reading: &'a Reading, sides: &'a [String], names: &dyn Names) -> Facts<'a> {
        let incident = &reading.incident;
        Facts {
            reading,
            sides,
            exact_day: incident.date.exact_day(),
            window: window(&incident.date),
            speaker: if spoken(incident.event_type) {
                incident.actors.first().and_then(|a| names.side(a))
            } else {
                None
            },
            kind: (incident.event_type == EventType::Other)
                .then(|| {
                    crate::ingest::incidents::record::kind_in_title(
                        &incident.title,
                        EventType::Other,
                    )
                    .map(family_of_kind)
                })
                .flatten(),
        }
    }
}

/// Whether the dates of two readings allow one incident.
fn dates_meet(a: &Facts, b: &Facts) -> bool {
    if let (Some(x), Some(y)) = (a.exact_day, b.exact_day) {
        return x == y;
    }
    let (Some((a0, a1)), Some((b0, b1))) = (a.window, b.window) else {
        return false;
    };
    // A season or a year tells one act of its type with another reading that gives it by its
    // month at least (a background war "in 2004" and "in June 2004", a flight of people
    // "since January" and "since 1 January"); a day or a week within it may be any of many.
    if is_wide((a0, a1)) || is_wide((b0, b1)) {
        let monthly = |(s, e): (NaiveDate, NaiveDate)| (e - s).num_days() >= MIN_MONTH_DAYS;
        if !monthly((a0, a1))
            || !monthly((b0, b1))
            || a.reading.incident.event_type != b.reading.incident.event_type
        {
            return false;
        }
    }
    // Neither is one exact day that differs from the other's: a day of slack for the fuzzy one.
    let slack = Duration::days(1);
    a0 <= b1 + slack && b0 <= a1 + slack
}

/// How strongly two readings look like one incident, and whether anything positive says so
/// (a shared place or actor); `None` when the rules forbid it.
fn fit(a: &Reading, b: &Reading, names: &dyn Names) -> Option<(u32, bool)> {
    let (sides_x, sides_y) = (sides(&a.incident, names), sides(&b.incident, names));
    fit_sides(a, b, &sides_x, &sides_y, names)
}

/// [`fit`] with the readings' sides given (grouping asks them of every pair).
fn fit_sides(
    a: &Reading,
    b: &Reading,
    sides_x: &[String],
    sides_y: &[String],
    names: &dyn Names,
) -> Option<(u32, bool)> {
    let (x, y) = (Facts::new(a, sides_x, names), Facts::new(b, sides_y, names));
    fit_facts(&x, &y, |x, y| place_fit(x, y, names), names).and_then(|(_, fit)| fit)
}

/// [`fit`] over the readings' [`Facts`], with how their places relate told by `place_fit`. `None`
/// when the rules forbid the pair before its places are weighed (their reports, plans, types,
/// dates or speakers: a pair that no reading of the places could tie); else how the places
/// relate, and the fit.
fn fit_facts(
    a: &Facts,
    b: &Facts,
    place_fit: impl FnOnce(&Incident, &Incident) -> PlaceFit,
    names: &dyn Names,
) -> Option<(PlaceFit, Option<(u32, bool)>)> {
    let (x, y) = (&a.reading.incident, &b.reading.incident);
    if a.reading.source.report_hash == b.reading.source.report_hash
        || (x.status == Status::Planned) != (y.status == Status::Planned)
        || !types_meet(x.event_type, y.event_type)
        || !dates_meet(a, b)
    {
        return None;
    }
    // A statement or an accusation is its speaker's: "Sudan accused Ethiopia" and "Ethiopia
    // accused Sudan" on one day are two acts, as are two leaders' words. Words whose speaker a
    // report does not name ("Arab capitals condemned the strikes") are no one's in particular:
    // nothing says they are the words another report gives a speaker.
    if spoken(x.event_type) && spoken(y.event_type) && a.speaker != b.speaker {
        return None;
    }
    // An `other` act is many acts: a border closed and a border reopened, an envoy recalled and
    // a verdict, are two.
    if let (Some(ka), Some(kb)) = (a.kind, b.kind)
        && ka != kb
    {
        return None;
    }
    let place = place_fit(x, y);
    Some((place, fit_placed(a, b, place, names)))
}

/// Kinds of `other` acts (as the event vocabulary names them) that reports tell of one act
/// under different names: an envoy expelled is relations cut, a siege a blockade. A kind not
/// listed is a family of its own (an envoy summoned to protest is no break of relations: in the
/// blind merge sets, that family joined two acts of two sides).
const KIND_FAMILIES: &[&[&str]] = &[
    &["relations cut", "ambassador recalled", "diplomats expelled"],
    &[
        "border closure",
        "airspace closure",
        "flights suspended",
        "trade halted",
        "closure",
        "siege",
        "blockade",
        "gas supply cut",
        "travel ban",
    ],
    &[
        "verdict",
        "trial",
        "appeal",
        "court ruling",
        "pardon",
        "amnesty",
    ],
    &[
        "release",
        "prisoner exchange",
        "bodies handed over",
        "repatriation",
    ],
    &["mining", "landmine"],
    &["weapons test", "military exercise", "civil defence drill"],
    &[
        "curfew",
        "state of emergency",
        "martial law",
        "counter-terrorism regime",
    ],
    &[
        "dismissal",
        "resignation",
        "government resignation",
        "no-confidence vote",
    ],
    &["election", "vote", "referendum"],
    &["return of the displaced", "return of residents"],
    &["commemoration", "funeral"],
    &["shot down", "airspace violation", "drone sighted"],
];

/// The family of a kind of `other` act (see [`KIND_FAMILIES`]): the kind itself when it has none.
fn family_of_kind(kind: &str) -> &str {
    KIND_FAMILIES
        .iter()
        .find(|f| f.contains(&kind))
        .map_or(kind, |f| f[0])
}

/// The rest of [`fit_facts`], once the places are weighed.
fn fit_placed(a: &Facts, b: &Facts, place: PlaceFit, names: &dyn Names) -> Option<(u32, bool)> {
    let (x, y) = (&a.reading.incident, &b.reading.incident);
    let (sides_x, sides_y) = (a.sides, b.sides);
    let actors = sides_x.iter().filter(|s| sides_y.contains(s)).count();
    if place == PlaceFit::Apart {
        return None;
    }
    // Two readings that name sides and share none are two acts, unless one names an armed
    // group: an attack at one place on one day is told by the group that made it ("The
    // Resistance Front claimed the attack in Pahalgam") and by the country it struck.
    if !sides_x.is_empty() && !sides_y.is_empty() && actors == 0 {
        let group = sides_x.iter().chain(sides_y).any(|s| !names.is_state(s));
        let one_act =
            group && place >= PlaceFit::Near && violent(x.event_type) && violent(y.event_type);
        // A clash or a truce is two-sided: one report names one side, another the other
        // ("Sudanese forces clashed", "Ethiopian forces attacked"). On one exact day that is no
        // sign against one act; a place must still tie them, or their reports must already
        // tell the same story.
        let two_sided_day = x.event_type == y.event_type
            && two_sided(x.event_type)
            && a.exact_day.is_some()
            && a.exact_day == b.exact_day;
        // People fleeing are named by whoever a report names: the displaced, who made them
        // flee, or the agency that counts them.
        let flight = sideless(x.event_type) && sideless(y.event_type);
        if !one_act && !two_sided_day && !flight {
            return None;
        }
    }
    let mut score = actors as u32;
    score += match place {
        PlaceFit::Same => 3,
        PlaceFit::Near => 2,
        _ => 0,
    };
    if x.event_type == y.event_type {
        score += 2;
    }
    let same_day = a.exact_day.is_some() && a.exact_day == b.exact_day;
    if same_day {
        score += 3;
    }
    // A reading that names neither place nor side ("talks were held on Tuesday") says nothing
    // against an act of its type on its exact day that another reading places or names the
    // sides of, and the day ties them. (Two such readings have nothing to tie.)
    let bare = |i: &Incident, sides: &[String]| i.place.is_none() && sides.is_empty();
    let tied_by_day =
        same_day && x.event_type == y.event_type && (bare(x, sides_x) != bare(y, sides_y));
    // An air strike and another kind of violence on one day (a raid and the strike that
    // answered it, rockets and the strike on their launchers) share their sides: only a shared
    // or near place ties them. (For every pair of kinds, fresh4's and fresh7's readings of one
    // act as a clash and an attack fell apart.)
    let kinds_tied = x.event_type == y.event_type
        || place >= PlaceFit::Near
        || (x.event_type != EventType::AirStrike && y.event_type != EventType::AirStrike);
    Some((
        score,
        (actors > 0 && kinds_tied) || place >= PlaceFit::Near || tied_by_day,
    ))
}

/// How strongly two readings look like one incident (higher is closer); `None` when the
/// rules forbid it or nothing positive (a shared place or actor) says so.
pub fn affinity(a: &Reading, b: &Reading, names: &dyn Names) -> Option<u32> {
    fit(a, b, names).and_then(|(score, sign)| sign.then_some(score))
}

/// Whether two readings may tell one incident once their reports are known to tell the same
/// story: nothing forbids it, though neither names a place or side ("the two sides agreed a
/// ceasefire on Thursday evening").
pub fn may_meet(a: &Reading, b: &Reading, names: &dyn Names) -> bool {
    fit(a, b, names).is_some()
}

/// [`may_meet`] with the readings' sides given (see [`sides`]), for a caller that weighs one
/// reading against many.
pub fn may_meet_sides(
    a: &Reading,
    b: &Reading,
    sides_a: &[String],
    sides_b: &[String],
    names: &dyn Names,
) -> bool {
    fit_sides(a, b, sides_a, sides_b, names).is_some()
}

/// Whether two readings can tell the same incident.
pub fn same_incident(a: &Reading, b: &Reading, names: &dyn Names) -> bool {
    affinity(a, b, names).is_some()
}

/// Readings in the order that decides, the same whatever order they arrived in: exact days
/// first, then narrower dates, then by date, then by report and position.
fn canonical_order(readings: &[Reading]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..readings.len()).collect();
    // Each key once (it clones a hash and works out a window): a stable sort, as before.
    order.sort_by_cached_key(|&i| {
        let r = &readings[i];
        let width = window(&r.incident.date).map_or(i64::MAX, |(a, b)| (b - a).num_days());
        (
            r.incident.date.exact_day().is_none(),
            width,
            r.incident.date.sort_key(),
            r.source.report_hash.clone(),
            r.source.position,
        )
    });
    order
}

/// Analyst decisions the grouping must keep: pairs of readings (by index) that must or must
/// not be one incident.
#[derive(Debug, Clone, Default)]
pub struct Constraints {
    pub together: Vec<(usize, usize)>,
    pub apart: Vec<(usize, usize)>,
}

/// Group readings into incidents. Each reading, in canonical order, joins the incident with
/// which it fits best among those where every reading already there allows it (so that two
/// exact days that differ never end up together through a vaguer third) and one at least ties
/// it by a positive sign, or starts a new one; so does
/// a reading without an exact day that fits more than one incident. The
/// result depends only on the set of readings, never on the order they came in. Groups are
/// returned in canonical order, each listing its readings in canonical order.
pub fn cluster(
    readings: &[Reading],
    names: &dyn Names,
    constraints: &Constraints,
) -> Vec<Vec<usize>> {
    let apart = |i: usize, j: usize| {
        constraints
            .apart
            .iter()
            .any(|&(a, b)| (a, b) == (i, j) || (b, a) == (i, j))
    };
    // Readings an analyst joined move as one: the first of each joined set leads it.
    let mut lead: Vec<usize> = (0..readings.len()).collect();
    let find = |lead: &Vec<usize>, mut i: usize| {
        while lead[i] != i {
            i = lead[i];
        }
        i
    };
    for &(a, b) in &constraints.together {
        let (ra, rb) = (find(&lead, a), find(&lead, b));
        if ra != rb {
            lead[ra.max(rb)] = ra.min(rb);
        }
    }
    // Reports that tell the same story: they share an incident that a place or a side ties
    // together. Between them, readings that name neither can still meet.
    let all_sides: Vec<Vec<String>> = readings.iter().map(|r| sides(&r.incident, names)).collect();
    let facts: Vec<Facts> = readings
        .iter()
        .zip(&all_sides)
        .map(|(r, s)| Facts::new(r, s, names))
        .collect();
    // The places the pool names, by number, and whether one lies within another, asked once
    // for each pair of names (`None`: not asked yet; the first index is the inner place).
    let mut place_numbers: HashMap<&str, usize> = HashMap::new();
    let place_of: Vec<Option<usize>> = readings
        .iter()
        .map(|r| {
            let place = r.incident.place.as_deref()?;
            let next = place_numbers.len();
            Some(*place_numbers.entry(place).or_insert(next))
        })
        .collect();
    let mut place_names: Vec<&str> = vec![""; place_numbers.len()];
    for (&place, &k) in &place_numbers {
        place_names[k] = place;
    }
    let places = place_names.len();
    // Whether each place is listed, and the skeleton of each name (see `roles::unlisted`).
    let place_listed: Vec<bool> = place_names.iter().map(|p| names.listed(p)).collect();
    let skeletons: Vec<_> = place_names
        .iter()
        .map(|p| crate::ingest::roles::unlisted::skeleton_bytes(p))
        .collect();
    let mut within_table: Vec<Option<bool>> = vec![None; places * places];
    let mut within = |inner: usize, outer: usize| {
        *within_table[inner * places + outer]
            .get_or_insert_with(|| names.within(place_names[inner], place_names[outer]))
    };
    // Every pair's fit, once: grouping asks the same pairs again in each pass (the rules are
    // symmetric, so the lower triangle holds them all); and which pairs are apart by place
    // (see `refined`): only a pair that the rules weighed by place can be tied by a finer one.
    let n = readings.len();
    let mut fits: Vec<Option<(u32, bool)>> = vec![None; n * n.saturating_sub(1) / 2];
    let mut apart_by_place: Vec<bool> = vec![false; fits.len()];
    // The pairs the rules weighed (the others fit nowhere): only readings whose days lie
    // within a day of each other can meet, so each reading is weighed against those that start
    // no later than a day after it ends, in order of their first day.
    let mut weighed_pairs: Vec<(usize, usize)> = Vec::new();
    let mut by_start: Vec<(NaiveDate, NaiveDate, usize)> = facts
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.window.map(|(a, b)| (a, b, i)))
        .collect();
    by_start.sort_unstable();
    for (k, &(_, end, a)) in by_start.iter().enumerate() {
        let reach = end + Duration::days(1);
        for &(_, _, b) in by_start[k + 1..]
            .iter()
            .take_while(|(start, _, _)| *start <= reach)
        {
            let (i, j) = (a.min(b), a.max(b));
            let one_place = |pa: &str, pb: &str| match (place_of[i], place_of[j]) {
                (Some(p), Some(q)) => p == q || within(p, q) || within(q, p),
                _ => pa == pb || names.within(pa, pb) || names.within(pb, pa),
            };
            let weighed = fit_facts(
                &facts[i],
                &facts[j],
                |x, y| {
                    let listed = |k: usize| place_of[k].is_none_or(|p| place_listed[p]);
                    place_fit_by(x, y, one_place, (listed(i), listed(j)), |_, _| {
                        match (place_of[i], place_of[j]) {
                            (Some(p), Some(q)) => {
                                crate::ingest::roles::unlisted::alike(&skeletons[p], &skeletons[q])
                            }
                            _ => false,
                        }
                    })
                },
                names,
            );
            if let Some((place, fit)) = weighed {
                let at = j * (j - 1) / 2 + i;
                fits[at] = fit;
                apart_by_place[at] = place == PlaceFit::Apart;
                if fit.is_some() || place == PlaceFit::Apart {
                    weighed_pairs.push((i, j));
                }
            }
        }
    }
    let fit_of = |i: usize, j: usize| {
        let (lo, hi) = (i.min(j), i.max(j));
        if lo == hi {
            return None;
        }
        fits[hi * (hi - 1) / 2 + lo]
    };
    // Reports by number, and which pairs of them are related, as a table.
    let mut report_numbers: HashMap<&str, usize> = HashMap::new();
    let report_of: Vec<usize> = readings
        .iter()
        .map(|r| {
            let next = report_numbers.len();
            *report_numbers
                .entry(r.source.report_hash.as_str())
                .or_insert(next)
        })
        .collect();
    let reports = report_numbers.len();
    let pair = |i: usize, j: usize| report_of[i] * reports + report_of[j];
    let mut related: Vec<bool> = vec![false; reports * reports];
    for &(i, j) in &weighed_pairs {
        if fit_of(i, j).is_some_and(|(_, sign)| sign) {
            related[pair(i, j)] = true;
            related[pair(j, i)] = true;
        }
    }
    // A fit counts when something positive ties the pair, or their reports are related.
    let accept = |i: usize, j: usize, fit: Option<(u32, bool)>| match fit? {
        (s, true) => Some(s),
        (s, false) if related[pair(i, j)] => Some(s),
        _ => None,
    };
    let score = |i: usize, j: usize| accept(i, j, fit_of(i, j));
    // A reading that names only a region ("Balochistan") says no more than the finer place
    // another reading of its incident names inside it ("Chaman"): measured from its region's
    // centre, a town across the border (Spin Boldak) would lie far from it. Where the pair is
    // apart by place, each region is read as a place inside it that `pool` names (the first by
    // name, so that the result does not depend on order).
    // The readings placed (with coordinates) inside each reading's place, first by name: asked
    // once, since grouping asks again for every pool a reading meets. The list depends only on
    // the place, so it is made once for each place the pool names, from the places that have
    // readings with coordinates (in name order, each place's readings in pool order).
    let mut placed: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, r) in readings.iter().enumerate() {
        if r.incident.latitude.is_some()
            && let Some(p) = r.incident.place.as_deref()
        {
            placed.entry(p).or_default().push(k);
        }
    }
    let mut inside_of: Vec<Option<Vec<usize>>> = vec![None; places];
    for &place in place_of.iter().flatten() {
        if inside_of[place].is_none() {
            inside_of[place] = Some(
                placed
                    .iter()
                    .filter(|&(p, _)| {
                        let p = place_numbers[p];
                        p != place && within(p, place)
                    })
                    .flat_map(|(_, ks)| ks.iter().copied())
                    .collect(),
            );
        }
    }
    let finer_places: Vec<&[usize]> = place_of
        .iter()
        .map(|p| p.and_then(|p| inside_of[p].as_deref()).unwrap_or(&[]))
        .collect();
    // The pool a pair is weighed in is a group and the readings that would join it (given
    // apart, so that it is not built for every group a reading is weighed against).
    let refined = |i: usize, (group, members): (&[usize], &[usize])| -> Option<Reading> {
        let finer = finer_places[i]
            .iter()
            .find(|k| group.contains(k) || members.contains(k))
            .map(|&k| &readings[k].incident)?;
        let mut r = readings[i].clone();
        r.incident.place = finer.place.clone();
        (r.incident.latitude, r.incident.longitude) = (finer.latitude, finer.longitude);
        Some(r)
    };
    let score_within = |i: usize, j: usize, pool: (&[usize], &[usize])| {
        score(i, j).or_else(|| {
            let (lo, hi) = (i.min(j), i.max(j));
            if lo == hi || !apart_by_place[hi * (hi - 1) / 2 + lo] {
                return None;
            }
            let (a, b) = match (refined(i, pool), refined(j, pool)) {
                (None, None) => return None,
                (a, b) => (
                    a.map_or(Cow::Borrowed(&readings[i]), Cow::Owned),
                    b.map_or(Cow::Borrowed(&readings[j]), Cow::Owned),
                ),
            };
            let (sa, sb) = (sides(&a.incident, names), sides(&b.incident, names));
            accept(i, j, fit_sides(&a, &b, &sa, &sb, names))
        })
    };
    // Readings that no chain of pairs could put in one incident lie in different parts of the
    // pool, and a reading is weighed only against the groups of its own part: a pool gathered
    // for a batch of reports holds many stories, and most pairs across them fit nowhere.
    let mut part: Vec<usize> = (0..n).collect();
    let root = |part: &mut Vec<usize>, mut i: usize| {
        while part[i] != i {
            part[i] = part[part[i]];
            i = part[i];
        }
        i
    };
    let join = |part: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (root(part, a), root(part, b));
        if ra != rb {
            part[ra.max(rb)] = ra.min(rb);
        }
    };
    // (A pair apart by place may still be tied through a finer place: see `score_within`.)
    for &(i, j) in &weighed_pairs {
        join(&mut part, i, j);
    }
    for &(a, b) in &constraints.together {
        join(&mut part, a, b);
    }
    let part_of: Vec<usize> = (0..n).map(|i| root(&mut part, i)).collect();
    let order = canonical_order(readings);
    let mut rank = vec![0; readings.len()];
    for (k, &i) in order.iter().enumerate() {
        rank[i] = k;
    }
    // One pass puts each reading (or set of readings already joined) where it fits best. A
    // set that a later reading ties to an earlier one is joined in the next pass, which moves
    // the groups of the last one as units, until nothing changes.
    let mut passes = 0;
    loop {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        // Each part's groups, in the order they were made.
        let mut groups_in_part: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut group_of: Vec<Option<usize>> = vec![None; readings.len()];
        // The readings each lead moves with, in canonical order.
        let mut members_of: HashMap<usize, Vec<usize>> = HashMap::new();
        for &j in &order {
            members_of.entry(find(&lead, j)).or_default().push(j);
        }
        for &i in &order {
            if group_of[i].is_some() {
                continue;
            }
            let members = members_of.remove(&find(&lead, i)).unwrap_or_default();
            let vague = readings[i].incident.date.exact_day().is_none();
            let mut best: Option<((u32, u32), usize)> = None;
            let mut fitting: Vec<(usize, u32)> = Vec::new();
            for &g in groups_in_part.get(&part_of[i]).into_iter().flatten() {
                let group = &groups[g];
                let (mut total, mut closest) = (0, 0);
                let pool = (group.as_slice(), members.as_slice());
                // Every reading of the group must allow the newcomer, and one at least must tie it:
                // a report that names the village and not the sides is told by a report naming
                // the sides and not the village, through a third that names both.
                let mut tied = false;
                let fits = group.iter().all(|&j| {
                    members.iter().all(|&m| {
                        if apart(m, j) {
                            return false;
                        }
                        match score_within(m, j, pool) {
                            Some(s) => {
                                total += s;
                                closest = closest.max(s);
                                tied = true;
                                true
                            }
                            None => fit_of(m, j).is_some(),
                        }
                    })
                }) && tied;
                if fits {
                    fitting.push((g, closest));
                    // An exact day goes where most agrees with it; a vaguer reading, to the group
                    // with the reading closest to it (the sum would favour the biggest group).
                    let rank = if vague { (closest, total) } else { (total, 0) };
                    if best.is_none_or(|(r, _)| rank > r) {
                        best = Some((rank, g));
                    }
                }
            }
            // A reading without an exact day that fits two incidents could be either ("the clash
            // last week" when two clashes were told that week): it stands alone rather than be
            // joined to the wrong one. An exact day decides between incidents; a span does not.
            // Groups that could be one incident themselves (every reading of one fits every
            // reading of the other: "the April 2021 fighting" told by several reports, one naming
            // the village and one not) are no two incidents to choose between.
            let distinct = |a: usize, b: usize| {
                groups[a].iter().any(|&x| {
                    groups[b]
                        .iter()
                        .any(|&y| apart(x, y) || fit_of(x, y).is_none())
                })
            };
            // Unless one of them is clearly closer ("the shelling of Poonch last week" when one
            // incident that week was at Poonch and one elsewhere): then it joins that one.
            let closest_of = |g: usize| fitting.iter().find(|f| f.0 == g).map_or(0, |f| f.1);
            let two_incidents = best.is_some_and(|(_, b)| {
                let lead = closest_of(b);
                fitting
                    .iter()
                    .any(|&(g, closest)| g != b && closest + CLEAR_LEAD > lead && distinct(b, g))
            });
            if two_incidents && vague {
                best = nearest_to_bound(&readings[i].incident.date, &fitting, |g| {
                    groups[g]
                        .iter()
                        .filter_map(|&k| readings[k].incident.date.exact_day())
                        .max()
                })
                .filter(|&g| {
                    // The nearest incident must tie it well, and no other be clearly closer.
                    let lead = closest_of(g);
                    lead >= NEAREST_TIE
                        && !fitting.iter().any(|&(h, closest)| {
                            h != g && distinct(g, h) && closest >= lead + CLEAR_LEAD
                        })
                })
                .map(|g| ((0, 0), g));
            }
            let g = match best {
                Some((_, g)) => g,
                None => {
                    groups.push(Vec::new());
                    groups_in_part
                        .entry(part_of[i])
                        .or_default()
                        .push(groups.len() - 1);
                    groups.len() - 1
                }
            };
            for m in members {
                groups[g].push(m);
                group_of[m] = Some(g);
            }
        }
        passes += 1;
        let joined_before = (0..readings.len()).filter(|&i| find(&lead, i) == i).count();
        if groups.len() == joined_before || passes == MAX_PASSES {
            for group in &mut groups {
                group.sort_by_key(|&i| rank[i]);
            }
            return groups;
        }
        for group in &groups {
            for &m in group {
                let (ra, rb) = (find(&lead, m), find(&lead, group[0]));
                if ra != rb {
                    lead[ra.max(rb)] = ra.min(rb);
                }
            }
        }
    }
}

/// Of the incidents a reading bounded on one side only ("on or before 16 September") fits,
/// the one whose latest exact day lies nearest its bound, when no other lies as near. A report
/// that tells an act as done without its day tells it as news: the act is most likely the
/// latest of its kind before the report's day, not one a week earlier. `None` for a reading
/// with both ends or none, when an incident it fits has no exact day on or before its bound
/// (nothing to measure), or when two incidents are equally near.
fn nearest_to_bound(
    date: &IncidentDate,
    fitting: &[(usize, u32)],
    day_of: impl Fn(usize) -> Option<NaiveDate>,
) -> Option<usize> {
    let bound = match (date.earliest(), date.latest()) {
        (None, Some(bound)) => bound,
        _ => return None,
    };
    let gaps: Vec<(i64, usize)> = fitting
        .iter()
        .filter_map(|&(g, _)| {
            let day = day_of(g)?;
            (day <= bound).then(|| ((bound - day).num_days(), g))
        })
        .collect();
    let nearest = gaps.iter().min_by_key(|(gap, _)| *gap)?;
    let tied = gaps.iter().filter(|(gap, _)| *gap == nearest.0).count();
    (tied == 1 && gaps.len() == fitting.len()).then_some(nearest.1)
}

/// The incident that a group of readings (in canonical order, as [`cluster`] returns them)
/// tells: its best reading, with `disputed` naming every point on which the sources differ.
pub fn combine(readings: &[&Reading]) -> (Incident, Provenance) {
    let lead = readings[0];
    let mut best = lead.incident.clone();
    let mut disputes: Vec<String> = Vec::new();
    if !lead.incident.disputed.is_empty() {
        disputes.push(lead.incident.disputed.clone());
    }
    let by = |r: &Reading| r.source.name.clone();

    // Date: the narrowest span every source allows; both readings when none allows the other's.
    let dates: Vec<IncidentDate> = readings.iter().map(|r| r.incident.date).collect();
    if dates.iter().any(|d| *d != lead.incident.date) {
        let lo = dates.iter().filter_map(|d| d.earliest()).max();
        let hi = dates.iter().filter_map(|d| d.latest()).min();
        match (lo, hi) {
            (lo, hi) if lo.zip(hi).is_none_or(|(a, b)| a <= b) => {
                // The lead is the most specific reading; keep it when it lies within them all.
                let fits = |d: &IncidentDate| {
                    lo.is_none_or(|l| d.earliest().is_some_and(|e| e >= l))
                        && hi.is_none_or(|h| d.latest().is_some_and(|e| e <= h))
                };
                if !fits(&lead.incident.date) {
                    if let Some(d) = dates.iter().find(|d| fits(d)) {
                        best.date = *d;
                    } else if let Ok(d) = IncidentDate::one_of(lo, hi) {
                        best.date = d;
                    }
                }
            }
            _ => {
                let lo = dates.iter().filter_map(|d| d.earliest()).min();
                let hi = dates.iter().filter_map(|d| d.latest()).max();
                if let Ok(d) = IncidentDate::one_of(lo, hi) {
                    best.date = d;
                }
                disputes.push(format!(
                    "date: {}",
                    readings_of(readings, |r| r.incident.date.to_edtf(), &by)
                ));
            }
        }
    }

    // Type: the one most sources give, the lead's on a tie.
    let mut counts: Vec<(EventType, usize)> = Vec::new();
    for r in readings {
        match counts.iter_mut().find(|(t, _)| *t == r.incident.event_type) {
            Some((_, n)) => *n += 1,
            None => counts.push((r.incident.event_type, 1)),
        }
    }
    if let Some(&(t, n)) = counts.iter().max_by_key(|(_, n)| *n)
        && n > counts[0].1
    {
        // The title and summary come from the first reading of that type, so that they say
        // what the type says.
        if let Some(r) = readings.iter().find(|r| r.incident.event_type == t) {
            best.title = r.incident.title.clone();
            best.summary = r.incident.summary.clone();
        }
        best.event_type = t;
    }

    // Status: an act one side alleges and another source reports as fact occurred, disputed.
    let statuses: BTreeSet<Status> = readings.iter().map(|r| r.incident.status).collect();
    if statuses.len() > 1 {
        best.status = if statuses.contains(&Status::Occurred) {
            Status::Occurred
        } else {
            lead.incident.status
        };
        disputes.push(format!(
            "status: {}",
            readings_of(readings, |r| r.incident.status.to_string(), &by)
        ));
    }

    // Toll: the range over the sources; the best figure from the latest report that gives one.
    let tolls: Vec<&Reading> = readings
        .iter()
        .copied()
        .filter(|r| !r.incident.fatalities.is_empty())
        .collect();
    if let Some(latest) = tolls
        .iter()
        .copied()
        .max_by_key(|r| (r.source.published, std::cmp::Reverse(rank_of(readings, r))))
    {
        let f = &latest.incident.fatalities;
        let low = tolls
            .iter()
            .filter_map(|r| r.incident.fatalities.low.or(r.incident.fatalities.best))
            .min();
        // The range over the figures the sources give; an upper end only where some source
        // gives one ("at least 31" and "at least 41" say nothing of how many at most).
        let high = tolls
            .iter()
            .filter(|r| {
                r.incident
                    .fatalities
                    .high
                    .or(r.incident.fatalities.best)
                    .is_some()
            })
            .count()
            .gt(&0)
            .then(|| {
                tolls
                    .iter()
                    .filter_map(|r| {
                        let f = &r.incident.fatalities;
                        f.high.or(f.best).or(f.low)
                    })
                    .max()
            })
            .flatten();
        if tolls.len() > 1 {
            best.fatalities = Fatalities {
                low,
                best: f.best,
                high,
                phrase: f.phrase.clone(),
            };
        } else {
            best.fatalities = f.clone();
        }
        let figures: BTreeSet<(Option<u32>, Option<u32>, Option<u32>)> = tolls
            .iter()
            .map(|r| {
                let f = &r.incident.fatalities;
                (f.low, f.best, f.high)
            })
            .collect();
        if figures.len() > 1 {
            disputes.push(format!(
                "fatalities: {}",
                readings_of(&tolls, |r| r.incident.fatalities.figure(), &by)
            ));
        }
    }

    // Place: the lead's, or the first source's that names one; named differently, disputed.
    if best.place.is_none()
        && let Some(r) = readings.iter().find(|r| r.incident.place.is_some())
    {
        best.place = r.incident.place.clone();
        best.country = r.incident.country.clone();
        best.latitude = r.incident.latitude;
        best.longitude = r.incident.longitude;
    }
    let named: BTreeSet<&str> = readings
        .iter()
        .filter_map(|r| r.incident.place.as_deref())
        .collect();
    // One name spelled in two scripts ("Aguelhok", "أغلهوك") is no disagreement.
    let one_name = named.iter().all(|p| {
        named
            .first()
            .is_some_and(|q| p == q || crate::ingest::roles::unlisted::same_name(p, q))
    });
    if named.len() > 1 && !one_name {
        let placed: Vec<&Reading> = readings
            .iter()
            .copied()
            .filter(|r| r.incident.place.is_some())
            .collect();
        disputes.push(format!(
            "place: {}",
            readings_of(
                &placed,
                |r| r.incident.place.clone().unwrap_or_default(),
                &by
            )
        ));
    }

    // Everything the sources name, once, in the order the readings come.
    best.actors = union(readings.iter().map(|r| &r.incident.actors));
    best.sources = union(readings.iter().map(|r| &r.incident.sources));
    let mut by_publication: Vec<&Reading> = readings.to_vec();
    by_publication.sort_by_key(|r| r.source.published);
    best.evidence = by_publication
        .iter()
        .flat_map(|r| r.incident.evidence.iter().cloned())
        .collect();
    best.disputed = disputes.join("; ");

    let mut reports: Vec<&Source> = Vec::new();
    for r in &by_publication {
        if !reports
            .iter()
            .any(|s| s.report_hash == r.source.report_hash)
        {
            reports.push(&r.source);
        }
    }
    let provenance = Provenance {
        source_count: reports.len() as u32,
        source_urls: reports.iter().fold(Vec::new(), |mut urls, s| {
            if let Some(u) = &s.url
                && !urls.contains(u)
            {
                urls.push(u.clone());
            }
            urls
        }),
        first_reported: reports.iter().map(|s| s.published).min(),
        last_reported: reports.iter().map(|s| s.published).max(),
        published: reports.iter().map(|s| s.published).collect(),
    };
    (best, provenance)
}

fn rank_of(readings: &[&Reading], r: &Reading) -> usize {
    readings
        .iter()
        .position(|x| std::ptr::eq(*x, r))
        .unwrap_or(usize::MAX)
}

/// "a (Source A) / b (Source B, Source C)": each distinct value with the sources that give it.
fn readings_of(
    readings: &[&Reading],
    value: impl Fn(&Reading) -> String,
    by: &dyn Fn(&Reading) -> String,
) -> String {
    let mut seen: Vec<(String, Vec<String>)> = Vec::new();
    for r in readings {
        let v = value(r);
        let who = by(r);
        match seen.iter_mut().find(|(x, _)| *x == v) {
            Some((_, names)) => {
                if !names.contains(&who) {
                    names.push(who);
                }
            }
            None => seen.push((v, vec![who])),
        }
    }
    seen.iter()
        .map(|(v, names)| format!("{v} ({})", names.join(", ")))
        .collect::<Vec<_>>()
        .join(" / ")
}

fn union<'a, I>(lists: I) -> Vec<String>
where
    I: Iterator<Item = &'a Vec<String>>,
{
    let mut out: Vec<String> = Vec::new();
    for list in lists {
        for item in list {
            if !out.contains(item) {
                out.push(item.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("test date")
    }

    fn reading(report: &str, date: &str, t: EventType, actors: &[&str]) -> Reading {
        let mut incident = Incident::new(date.parse().expect("test EDTF"), t, "t");
        incident.actors = actors.iter().map(|a| a.to_string()).collect();
        incident.sources = vec![report.to_string()];
        Reading {
            incident,
            source: Source {
                report_id: 0,
                report_hash: report.to_string(),
                name: report.to_string(),
                url: Some(format!("https://example.org/{report}")),
                published: day("2021-05-01"),
                position: 0,
            },
        }
    }

    fn at(mut r: Reading, place: &str, lat: f64, lon: f64) -> Reading {
        r.incident.place = Some(place.to_string());
        r.incident.latitude = Some(lat);
        r.incident.longitude = Some(lon);
        r
    }

    const KG_TJ: &[&str] = &["Kyrgyzstan", "Tajikistan"];

    #[test]
    fn one_clash_told_by_two_reports_is_one_incident() {
        let a = reading("a", "2021-04-29", EventType::ArmedClash, KG_TJ);
        let b = reading("b", "2021-04-29", EventType::Shelling, &["Tajikistan"]);
        assert!(same_incident(&a, &b, &NoNames));
    }

    #[test]
    fn an_air_strike_and_other_violence_meet_by_their_place() {
        let raid = reading("a", "2011-08-18", EventType::Attack, &["Israel", "Egypt"]);
        let strike = reading("b", "2011-08-18", EventType::AirStrike, &["Israel"]);
        assert!(
            !same_incident(&raid, &strike, &NoNames),
            "a shared side alone"
        );
        let (raid, strike) = (
            at(raid, "Rafah", 31.29, 34.25),
            at(strike, "Rafah", 31.29, 34.25),
        );
        assert!(same_incident(&raid, &strike, &NoNames), "the same place");
        // Other kinds of violence, and two air strikes, still meet by a shared side.
        let clash = reading("c", "2011-08-18", EventType::ArmedClash, &["Israel"]);
        let attack = reading("d", "2011-08-18", EventType::Attack, &["Israel"]);
        assert!(same_incident(&clash, &attack, &NoNames));
        let strike2 = reading("e", "2011-08-18", EventType::AirStrike, &["Israel"]);
        let strike = reading("b", "2011-08-18", EventType::AirStrike, &["Israel"]);
        assert!(same_incident(&strike, &strike2, &NoNames));
    }

    /// An `other` act is many acts: its kind (named in an ingested title) tells a border closed
    /// from one reopened; kinds of one family (relations cut, an ambassador expelled) meet.
    #[test]
    fn other_acts_meet_only_as_kinds_of_one_family() {
        let titled = |report: &str, title: &str| {
            let mut r = reading(report, "2008-03-03", EventType::Other, &["Ecuador"]);
            r.incident.title = title.to_string();
            at(r, "Quito", -0.22, -78.51)
        };
        let closed = titled("a", "Other (border closure): Ecuador, Quito");
        let reopened = titled("b", "Other (reopening): Ecuador, Quito");
        assert!(!same_incident(&closed, &reopened, &NoNames));
        let cut = titled("c", "Other (relations cut): Ecuador, Quito");
        let expelled = titled("d", "Other (diplomats expelled): Ecuador, Quito");
        assert!(same_incident(&cut, &expelled, &NoNames));
        let summoned = titled("e", "Other (summoning of an envoy): Ecuador, Quito");
        assert!(!same_incident(&cut, &summoned, &NoNames));
        // A title that names no kind (an analyst's, an imported row's) says nothing.
        let untitled = titled("f", "Ecuador breaks off relations");
        assert!(same_incident(&cut, &untitled, &NoNames));
    }

    /// Every kind a family lists is a kind the event vocabulary gives `other` acts: a kind
    /// renamed there would silently fall out of its family.
    #[test]
    fn kind_families_name_kinds_of_the_vocabulary() {
        let lex = crate::ingest::lexicon::Lexicon::builtin().expect("built-in lexicon");
        let kinds: std::collections::HashSet<&str> = lex
            .events
            .iter()
            .filter(|e| e.event_type == Some(EventType::Other))
            .map(|e| e.concept.as_str())
            .collect();
        let unknown: Vec<&&str> = KIND_FAMILIES
            .iter()
            .flat_map(|f| f.iter())
            .filter(|k| !kinds.contains(**k))
            .collect();
        assert!(unknown.is_empty(), "not kinds of `other` acts: {unknown:?}");
    }

    #[test]
    fn a_visit_meets_the_talks_it_was_made_for() {
        let visit = at(
            reading("a", "2020-12-22", EventType::Visit, &["Ethiopia"]),
            "Khartoum",
            15.5,
            32.53,
        );
        let talks = at(
            reading("b", "2020-12-22", EventType::Talks, &["Ethiopia", "Sudan"]),
            "Khartoum",
            15.5,
            32.53,
        );
        assert!(same_incident(&visit, &talks, &NoNames));
        let clash = at(
            reading("c", "2020-12-22", EventType::ArmedClash, &["Ethiopia"]),
            "Khartoum",
            15.5,
            32.53,
        );
        assert!(!same_incident(&visit, &clash, &NoNames));
    }

    #[test]
    fn never_two_exact_days_that_differ_nor_one_report_twice() {
        let a = reading("a", "2021-04-28", EventType::ArmedClash, KG_TJ);
        let b = reading("b", "2021-04-29", EventType::ArmedClash, KG_TJ);
        assert!(!same_incident(&a, &b, &NoNames));
        let c = reading("a", "2021-04-28", EventType::Shelling, KG_TJ);
        assert!(!same_incident(&a, &c, &NoNames), "same report");
    }

    #[test]
    fn a_day_of_slack_only_for_a_fuzzy_date() {
        let exact = reading("a", "2021-04-28", EventType::ArmedClash, KG_TJ);
        let span = reading(
            "b",
            "[2021-04-29..2021-04-30]",
            EventType::ArmedClash,
            KG_TJ,
        );
        let later = reading(
            "c",
            "[2021-04-30..2021-05-01]",
            EventType::ArmedClash,
            KG_TJ,
        );
        assert!(same_incident(&exact, &span, &NoNames));
        assert!(!same_incident(&exact, &later, &NoNames));
    }

    #[test]
    fn a_one_sided_bound_reaches_a_week_and_a_year_reaches_no_day() {
        let day = reading("a", "2021-04-29", EventType::ArmedClash, KG_TJ);
        let before = reading("b", "[..2021-05-01]", EventType::ArmedClash, KG_TJ);
        let long_before = reading("c", "[..2021-05-20]", EventType::ArmedClash, KG_TJ);
        let year = reading("d", "2021", EventType::ArmedClash, KG_TJ);
        let week = reading(
            "e",
            "[2021-04-26..2021-05-02]",
            EventType::ArmedClash,
            KG_TJ,
        );
        assert!(same_incident(&day, &before, &NoNames));
        assert!(!same_incident(&day, &long_before, &NoNames));
        assert!(!same_incident(&day, &year, &NoNames));
        assert!(!same_incident(&week, &year, &NoNames), "a week in a year");
    }

    #[test]
    fn a_season_or_a_year_meets_its_type_told_by_month_at_least() {
        let year = reading("a", "2004", EventType::ArmedClash, KG_TJ);
        let june = reading("b", "2004-06", EventType::ArmedClash, KG_TJ);
        let shelling = reading("c", "2004-06", EventType::Shelling, KG_TJ);
        let other_year = reading("d", "2005-03", EventType::ArmedClash, KG_TJ);
        assert!(same_incident(&year, &june, &NoNames));
        assert!(
            !same_incident(&year, &shelling, &NoNames),
            "its own type only"
        );
        assert!(!same_incident(&year, &other_year, &NoNames));
        // A flight of people each report counts from its own day.
        let since_january = reading(
            "e",
            "[2012-01-01..2012-03-22]",
            EventType::Displacement,
            &["UNHCR"],
        );
        let to_april = reading(
            "f",
            "[2012-01-24..2012-04-04]",
            EventType::Displacement,
            &["UNHCR"],
        );
        assert!(same_incident(&since_january, &to_april, &NoNames));
        // A decade is too vague for anything.
        let decade = reading(
            "g",
            "[2001-01-01..2010-12-31]",
            EventType::ArmedClash,
            KG_TJ,
        );
        assert!(!same_incident(&year, &decade, &NoNames));
    }

    #[test]
    fn types_plans_and_sides_that_never_meet() {
        let clash = reading("a", "2021-04-29", EventType::ArmedClash, KG_TJ);
        let truce = reading("b", "2021-04-29", EventType::Ceasefire, KG_TJ);
        assert!(!same_incident(&clash, &truce, &NoNames));
        let mut planned = reading("b", "2021-04-29", EventType::ArmedClash, KG_TJ);
        planned.incident.status = Status::Planned;
        assert!(!same_incident(&clash, &planned, &NoNames));
        let others = reading("b", "2021-04-29", EventType::ArmedClash, &["Armenia"]);
        assert!(!same_incident(&clash, &others, &NoNames));
        let nobody = reading("b", "2021-04-29", EventType::ArmedClash, &[]);
        assert!(
            same_incident(&clash, &nobody, &NoNames),
            "a clash that names neither place nor side, on the exact day of one that does"
        );
        let shelling = reading("b", "2021-04-29", EventType::Shelling, &[]);
        assert!(
            !same_incident(&clash, &shelling, &NoNames),
            "no shared place or actor, and not the same type: nothing says it is the same act"
        );
        let vague = reading("b", "[2021-04-28..2021-04-29]", EventType::ArmedClash, &[]);
        assert!(
            !same_incident(&clash, &vague, &NoNames),
            "no shared place or actor, and no exact day"
        );
    }

    #[test]
    fn places_near_or_inside_meet_and_far_apart_never() {
        struct Tree;
        impl Names for Tree {
            fn within(&self, inner: &str, outer: &str) -> bool {
                inner == outer || (inner == "Kok-Tash" && outer == "Batken Region")
            }
            fn side(&self, actor: &str) -> Option<String> {
                Some(actor.to_string())
            }
        }
        let village = at(
            reading("a", "2021-04-29", EventType::ArmedClash, KG_TJ),
            "Kok-Tash",
            39.97,
            70.66,
        );
        let neighbour = at(
            reading("b", "2021-04-29", EventType::ArmedClash, &[]),
            "Ak-Sai",
            39.97,
            70.68,
        );
        let region = at(
            reading("c", "2021-04-29", EventType::ArmedClash, &[]),
            "Batken Region",
            39.5,
            71.5,
        );
        let far = at(
            reading("d", "2021-04-29", EventType::ArmedClash, KG_TJ),
            "Osh",
            40.53,
            72.80,
        );
        assert!(same_incident(&village, &neighbour, &Tree));
        assert!(same_incident(&village, &region, &Tree));
        assert!(!same_incident(&village, &region, &NoNames), "86 km apart");
        assert!(!same_incident(&village, &far, &Tree));
        // A region's centre lies far from the neighbouring village, but with the village that
        // lies in the region told too, the region is read as that village: one incident.
        assert!(!same_incident(&region, &neighbour, &Tree));
        let groups = cluster(
            &[village, region, neighbour],
            &Tree,
            &Constraints::default(),
        );
        assert_eq!(groups.len(), 1, "{groups:?}");
    }

    /// A clash or a truce has two sides, and a report may name either: on one exact day that
    /// is no sign against one act, though something must still tie them.
    #[test]
    fn a_two_sided_act_may_be_told_by_either_side() {
        let village = |r: Reading| at(r, "Golovnoi", 39.9, 70.6);
        let kyrgyz = village(reading(
            "a",
            "2021-04-29",
            EventType::ArmedClash,
            &["Kyrgyzstan"],
        ));
        let tajik = village(reading(
            "b",
            "2021-04-29",
            EventType::ArmedClash,
            &["Tajikistan"],
        ));
        assert!(same_incident(&kyrgyz, &tajik, &NoNames));
        let unplaced = reading("b", "2021-04-29", EventType::ArmedClash, &["Tajikistan"]);
        assert!(!same_incident(&kyrgyz, &unplaced, &NoNames));
        assert!(
            may_meet(&kyrgyz, &unplaced, &NoNames),
            "reports of one story may join them"
        );
        let next_day = village(reading(
            "b",
            "2021-04-30",
            EventType::ArmedClash,
            &["Tajikistan"],
        ));
        assert!(!same_incident(&kyrgyz, &next_day, &NoNames));
        let shelled = village(reading(
            "b",
            "2021-04-29",
            EventType::Shelling,
            &["Tajikistan"],
        ));
        let shelling = village(reading(
            "a",
            "2021-04-29",
            EventType::Shelling,
            &["Kyrgyzstan"],
        ));
        assert!(
            !same_incident(&shelling, &shelled, &NoNames),
            "one side's shelling and the other's are two acts"
        );
        let mediator = reading("b", "2021-04-29", EventType::Ceasefire, &["Russia"]);
        let parties = reading("a", "2021-04-29", EventType::Ceasefire, KG_TJ);
        assert!(may_meet(&parties, &mediator, &NoNames));
        // A deal or talks, too: each report names the party it cares about.
        for t in [EventType::Agreement, EventType::Talks] {
            let russia = reading("a", "2019-10-22", t, &["Russia"]);
            let turkey = reading("b", "2019-10-22", t, &["Turkey"]);
            assert!(may_meet(&russia, &turkey, &NoNames), "{t}");
        }
    }

    /// The country where violence happened is one of its sides: one report names who struck,
    /// another the country struck.
    #[test]
    fn violence_concerns_the_country_it_happened_in() {
        let tehran = |r: Reading| {
            let mut r = at(r, "Tehran", 35.69, 51.39);
            r.incident.country = Some("Iran".into());
            r
        };
        let struck = tehran(reading(
            "a",
            "2024-10-26",
            EventType::AirStrike,
            &["Israel"],
        ));
        let told_by_iran = tehran(reading("b", "2024-10-26", EventType::Attack, &["Iran"]));
        assert!(same_incident(&struck, &told_by_iran, &NoNames));
        let protest = tehran(reading("a", "2024-10-26", EventType::Protest, &["Israel"]));
        let other_protest = tehran(reading("b", "2024-10-26", EventType::Protest, &["Iran"]));
        assert!(
            !same_incident(&protest, &other_protest, &NoNames),
            "only violence"
        );
    }

    /// A flight of people is named by the displaced, the side that made them flee or the agency
    /// that counts them: the sides named say nothing against one flight.
    #[test]
    fn a_flight_of_people_needs_no_shared_side() {
        let border = |r: Reading| at(r, "Tal Abyad", 36.70, 38.95);
        let by_agency = border(reading(
            "a",
            "2019-10-09",
            EventType::Displacement,
            &["UNHCR"],
        ));
        let by_side = border(reading(
            "b",
            "2019-10-09",
            EventType::Displacement,
            &["Turkey"],
        ));
        assert!(same_incident(&by_agency, &by_side, &NoNames));
        let shelled = border(reading("a", "2019-10-09", EventType::Shelling, &["UNHCR"]));
        let shelling = border(reading("b", "2019-10-09", EventType::Shelling, &["Turkey"]));
        assert!(!same_incident(&shelled, &shelling, &NoNames));
    }

    /// Words are their speaker's: two sides' statements of one day are two acts.
    #[test]
    fn statements_of_different_speakers_never_meet() {
        let statement = |r: &str, actors: &[&str]| {
            at(
                reading(r, "2020-12-16", EventType::Statement, actors),
                "Al-Fashaga",
                14.1,
                36.3,
            )
        };
        let abiy = statement("a", &["Ethiopia", "Sudan"]);
        let hamdok = statement("b", &["Sudan"]);
        assert!(!same_incident(&abiy, &hamdok, &NoNames));
        let retold = statement("c", &["Sudan", "Ethiopia"]);
        assert!(same_incident(&hamdok, &retold, &NoNames));
        // Words whose speaker a report does not name are no one's in particular.
        let unnamed = statement("d", &[]);
        assert!(!same_incident(&hamdok, &unnamed, &NoNames));
        assert!(!may_meet(&hamdok, &unnamed, &NoNames));
    }

    /// A span that fits two incidents told on exact days could be either: it stands alone. With
    /// one incident in its reach it joins it.
    #[test]
    fn a_vague_reading_that_fits_two_incidents_stands_alone() {
        let group_count = |rs: &[Reading]| cluster(rs, &NoNames, &Constraints::default()).len();
        let first = reading("a", "2021-04-28", EventType::ArmedClash, KG_TJ);
        let second = reading("b", "2021-04-30", EventType::ArmedClash, KG_TJ);
        let span = reading("c", "[2021-04-28..2021-04-30]", EventType::Shelling, KG_TJ);
        assert_eq!(group_count(&[first.clone(), span.clone()]), 1);
        assert_eq!(group_count(&[first, second, span]), 3);
    }

    /// A span that fits two incidents joins the one clearly closer to it: the one at its place,
    /// not the one that names none.
    #[test]
    fn a_vague_reading_joins_an_incident_clearly_closer_than_the_others() {
        let village = |r: Reading| at(r, "Golovnoi", 39.9, 70.6);
        let readings = vec![
            village(reading("a", "2021-04-28", EventType::ArmedClash, KG_TJ)),
            reading("b", "2021-04-30", EventType::ArmedClash, KG_TJ),
            village(reading(
                "c",
                "[2021-04-28..2021-04-30]",
                EventType::Shelling,
                KG_TJ,
            )),
        ];
        let groups = cluster(&readings, &NoNames, &Constraints::default());
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert!(groups.iter().any(|g| g.contains(&0) && g.contains(&2)));
    }

    /// "Shelling hit the village" in a report of 30 April, undated: on or before the report's
    /// day. Two clashes that week fit it; the later, nearer its bound, is the one it tells.
    /// A span with both ends still stands alone, and so does a bound whose nearest day holds
    /// two incidents.
    #[test]
    fn an_undated_act_joins_the_incident_nearest_its_bound() {
        let village = |r: Reading| at(r, "Golovnoi", 39.9, 70.6);
        let earlier = village(reading("a", "2021-04-26", EventType::ArmedClash, KG_TJ));
        let later = village(reading("b", "2021-04-29", EventType::ArmedClash, KG_TJ));
        let undated = village(reading("c", "../2021-04-30", EventType::ArmedClash, KG_TJ));
        let groups = cluster(
            &[earlier.clone(), later.clone(), undated.clone()],
            &NoNames,
            &Constraints::default(),
        );
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert!(groups.iter().any(|g| g.contains(&1) && g.contains(&2)));
        let span = village(reading(
            "c",
            "[2021-04-26..2021-04-30]",
            EventType::ArmedClash,
            KG_TJ,
        ));
        let groups = cluster(&[earlier, later, span], &NoNames, &Constraints::default());
        assert_eq!(groups.len(), 3, "{groups:?}");
        // Two villages on either side of the town the undated act names, too far apart to be
        // one scene, each with its clash that day.
        let clash_at = |r: &str, place: &str, lon: f64| {
            at(
                reading(r, "2021-04-29", EventType::ArmedClash, KG_TJ),
                place,
                40.0,
                lon,
            )
        };
        let town = at(undated, "Isfara", 40.0, 70.6);
        let readings = [
            clash_at("b", "West", 70.4),
            clash_at("d", "East", 70.8),
            town,
        ];
        let groups = cluster(&readings, &NoNames, &Constraints::default());
        assert_eq!(groups.len(), 3, "{groups:?}");
    }

    #[test]
    fn a_vague_reading_between_groups_that_may_be_one_joins_the_closest() {
        // "Fighting in April 2021" told by three reports: one names no place, two name the
        // same village. The third fits both earlier readings, which could be one incident
        // themselves: it joins the one at its village rather than stand alone. The first,
        // whose report's truce ties it to the third's, follows in the next pass.
        let truce = |r: &str| {
            at(
                reading(r, "2021-05-02", EventType::Ceasefire, KG_TJ),
                "Batken",
                40.06,
                70.82,
            )
        };
        let village = |r: Reading| at(r, "Golovnoi", 39.9, 70.6);
        let readings = vec![
            reading("a", "2021-04", EventType::ArmedClash, &[]),
            truce("a"),
            village(reading("b", "2021-04", EventType::ArmedClash, &[])),
            village(reading("c", "2021-04", EventType::ArmedClash, KG_TJ)),
            truce("c"),
        ];
        let groups = cluster(&readings, &NoNames, &Constraints::default());
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert!(
            groups
                .iter()
                .any(|g| g.contains(&0) && g.contains(&2) && g.contains(&3))
        );
    }

    /// A report naming the village and not the sides, and one naming the sides and not the
    /// village, tell one shelling through a third that names both; nothing ties the first two.
    #[test]
    fn a_reading_joins_through_one_that_ties_it() {
        let village = |r: Reading| at(r, "Golovnoi", 39.9, 70.6);
        let readings = vec![
            village(reading("a", "2021-04-29", EventType::Shelling, &[])),
            reading("b", "2021-04-29", EventType::Shelling, KG_TJ),
            village(reading("c", "2021-04-29", EventType::Shelling, KG_TJ)),
        ];
        assert!(!same_incident(&readings[0], &readings[1], &NoNames));
        let groups = cluster(&readings, &NoNames, &Constraints::default());
        assert_eq!(groups, vec![vec![0, 1, 2]]);
        // A reading that some member forbids stays out, however well another ties it.
        let elsewhere = at(
            reading("d", "2021-04-29", EventType::Shelling, KG_TJ),
            "Osh",
            40.53,
            72.8,
        );
        let mut more = readings.clone();
        more.push(elsewhere);
        assert_eq!(cluster(&more, &NoNames, &Constraints::default()).len(), 2);
    }

    /// Every order of the readings gives the same groups (as sets of report names).
    #[test]
    fn grouping_does_not_depend_on_order() {
        let readings = vec![
            reading("a", "2021-04-28", EventType::ArmedClash, KG_TJ),
            reading("b", "[2021-04-28..2021-04-29]", EventType::Shelling, KG_TJ),
            reading("c", "2021-04-29", EventType::ArmedClash, KG_TJ),
            reading("d", "[..2021-04-30]", EventType::ArmedClash, KG_TJ),
            reading("e", "2021-05-01", EventType::Ceasefire, KG_TJ),
        ];
        let names = |rs: &[Reading]| {
            let mut groups: Vec<Vec<String>> = cluster(rs, &NoNames, &Constraints::default())
                .iter()
                .map(|g| {
                    let mut v: Vec<String> = g.iter().map(|&i| rs[i].source.name.clone()).collect();
                    v.sort();
                    v
                })
                .collect();
            groups.sort();
            groups
        };
        let expected = names(&readings);
        // The span and the bound each fit both exact days, so each stands alone.
        assert_eq!(expected.len(), 5, "{expected:?}");
        let mut perm = readings.clone();
        for k in 0..20 {
            perm.rotate_left(1);
            if k % 3 == 0 {
                perm.swap(0, 2);
            }
            assert_eq!(names(&perm), expected);
        }
    }

    #[test]
    fn analysts_decisions_hold() {
        let readings = vec![
            reading("a", "2021-04-29", EventType::ArmedClash, KG_TJ),
            reading("b", "2021-04-29", EventType::ArmedClash, KG_TJ),
        ];
        let apart = Constraints {
            together: vec![],
            apart: vec![(0, 1)],
        };
        assert_eq!(cluster(&readings, &NoNames, &apart).len(), 2);
        let far = vec![
            reading("a", "2021-04-29", EventType::ArmedClash, KG_TJ),
            reading("b", "2021-03-01", EventType::ArmedClash, KG_TJ),
        ];
        let together = Constraints {
            together: vec![(0, 1)],
            apart: vec![],
        };
        assert_eq!(cluster(&far, &NoNames, &together).len(), 1);
    }

    #[test]
    fn the_best_reading_keeps_every_disagreement() {
        let mut a = reading("AKIpress", "2021-04-29", EventType::ArmedClash, KG_TJ);
        a.incident.fatalities = Fatalities {
            low: Some(31),
            best: Some(31),
            high: Some(31),
            phrase: "31 killed".into(),
        };
        let mut b = reading(
            "Reuters",
            "[..2021-04-30]",
            EventType::Shelling,
            &["Tajikistan"],
        );
        b.source.published = day("2021-05-03");
        b.incident.fatalities = Fatalities {
            low: Some(41),
            best: Some(41),
            high: Some(41),
            phrase: "41 killed".into(),
        };
        b.incident.status = Status::Claimed;
        let (best, provenance) = combine(&[&a, &b]);
        assert_eq!(best.date.to_edtf(), "2021-04-29");
        assert_eq!(best.event_type, EventType::ArmedClash);
        assert_eq!(best.status, Status::Occurred);
        let c = reading("c", "2021-04-29", EventType::Shelling, KG_TJ);
        let mut c = c;
        c.incident.title = "Shelling".into();
        let mut d = c.clone();
        d.source.report_hash = "d".into();
        let (shelling, _) = combine(&[&a, &c, &d]);
        assert_eq!(
            (shelling.event_type, shelling.title.as_str()),
            (EventType::Shelling, "Shelling"),
            "the type most sources give, with a title that says it"
        );
        assert_eq!(
            (
                best.fatalities.low,
                best.fatalities.best,
                best.fatalities.high
            ),
            (Some(31), Some(41), Some(41)),
            "the range over the sources, the latest report's figure"
        );
        assert!(
            best.disputed
                .contains("fatalities: 31 (AKIpress) / 41 (Reuters)"),
            "{}",
            best.disputed
        );
        assert!(
            best.disputed
                .contains("status: occurred (AKIpress) / claimed (Reuters)"),
            "{}",
            best.disputed
        );
        assert!(
            !best.disputed.contains("date"),
            "the dates agree: {}",
            best.disputed
        );
        assert_eq!(best.sources, ["AKIpress", "Reuters"]);
        assert_eq!(provenance.source_count, 2);
        assert_eq!(provenance.first_reported, Some(day("2021-05-01")));
        assert_eq!(provenance.last_reported, Some(day("2021-05-03")));
        assert_eq!(
            provenance.published,
            [day("2021-05-01"), day("2021-05-03")],
            "each report's day, oldest first"
        );
    }

    #[test]
    fn dates_no_source_allows_together_give_both_readings() {
        let a = reading("a", "2021-04-28", EventType::ArmedClash, KG_TJ);
        let b = reading(
            "b",
            "[2021-04-29..2021-04-30]",
            EventType::ArmedClash,
            KG_TJ,
        );
        let (best, _) = combine(&[&a, &b]);
        assert_eq!(best.date.to_edtf(), "[2021-04-28..2021-04-30]");
        assert!(
            best.disputed
                .contains("date: 2021-04-28 (a) / [2021-04-29..2021-04-30] (b)"),
            "{}",
            best.disputed
        );
        let c = reading(
            "c",
            "[2021-04-28..2021-04-30]",
            EventType::ArmedClash,
            KG_TJ,
        );
        let d = reading(
            "d",
            "[2021-04-29..2021-05-02]",
            EventType::ArmedClash,
            KG_TJ,
        );
        let (best, _) = combine(&[&c, &d]);
        assert_eq!(
            best.date.to_edtf(),
            "[2021-04-29..2021-04-30]",
            "what both allow"
        );
        assert!(best.disputed.is_empty());
    }

    #[test]
    fn an_at_least_figure_never_gains_an_upper_end() {
        let at_least = |n| Fatalities {
            low: Some(n),
            best: None,
            high: None,
            phrase: format!("at least {n}"),
        };
        let mut a = reading("a", "2021-04-29", EventType::ArmedClash, KG_TJ);
        a.incident.fatalities = at_least(31);
        let (alone, _) = combine(&[&a]);
        assert_eq!(alone.fatalities, at_least(31));
        let mut b = reading("b", "2021-04-29", EventType::ArmedClash, KG_TJ);
        b.incident.fatalities = at_least(41);
        let (both, _) = combine(&[&a, &b]);
        assert_eq!(
            (
                both.fatalities.low,
                both.fatalities.best,
                both.fatalities.high
            ),
            (Some(31), None, None)
        );
        assert!(
            both.disputed.contains("≥31 (a) / ≥41 (b)"),
            "{}",
            both.disputed
        );
    }

    #[test]
    fn a_person_or_force_stands_for_its_country() {
        struct Countries;
        impl Names for Countries {
            fn within(&self, inner: &str, outer: &str) -> bool {
                inner == outer
            }
            fn side(&self, actor: &str) -> Option<String> {
                Some(match actor {
                    "Shehbaz Sharif" => "Pakistan".to_string(),
                    "Taliban" => "Afghanistan".to_string(),
                    other => other.to_string(),
                })
            }
        }
        let a = reading("a", "2022-12-11", EventType::Shelling, &["Shehbaz Sharif"]);
        let b = reading(
            "b",
            "2022-12-11",
            EventType::ArmedClash,
            &["Pakistan", "Taliban"],
        );
        assert!(
            same_incident(&a, &b, &Countries),
            "the prime minister's side"
        );
        assert!(
            !same_incident(&a, &b, &NoNames),
            "without knowing whose he is, nothing is shared"
        );
        let c = reading("c", "2022-12-11", EventType::ArmedClash, &["India"]);
        assert!(!same_incident(&a, &c, &Countries), "two sides, none shared");
    }

    #[test]
    fn an_armed_group_and_the_country_it_struck() {
        struct States;
        impl Names for States {
            fn within(&self, inner: &str, outer: &str) -> bool {
                inner == outer
            }
            fn side(&self, actor: &str) -> Option<String> {
                Some(actor.to_string())
            }
            fn is_state(&self, side: &str) -> bool {
                ["India", "Pakistan"].contains(&side)
            }
        }
        let at_pahalgam = |r: Reading| at(r, "Pahalgam", 34.01, 75.31);
        let group = at_pahalgam(reading(
            "a",
            "2025-04-22",
            EventType::Attack,
            &["Resistance Front"],
        ));
        let struck = at_pahalgam(reading("b", "2025-04-22", EventType::Attack, &["India"]));
        assert!(same_incident(&group, &struck, &States));
        assert!(
            !same_incident(&group, &struck, &NoNames),
            "every side a state: two sides, none shared"
        );
        let elsewhere = reading("c", "2025-04-22", EventType::Attack, &["India"]);
        assert!(
            !same_incident(&group, &elsewhere, &States),
            "no place to say it is the same attack"
        );
        let two_states = at_pahalgam(reading(
            "d",
            "2025-04-22",
            EventType::Shelling,
            &["Pakistan"],
        ));
        assert!(
            !same_incident(&struck, &two_states, &States),
            "two states, none shared"
        );
    }

    #[test]
    fn a_generic_force_is_no_shared_side() {
        struct Guards;
        impl Names for Guards {
            fn within(&self, inner: &str, outer: &str) -> bool {
                inner == outer
            }
            fn side(&self, actor: &str) -> Option<String> {
                (actor != "Border guards").then(|| actor.to_string())
            }
        }
        let a = reading("a", "2022-09-14", EventType::ArmedClash, &["Border guards"]);
        let b = reading("b", "2022-09-14", EventType::ArmedClash, &["Border guards"]);
        assert!(same_incident(&a, &b, &NoNames));
        assert!(
            !same_incident(&a, &b, &Guards),
            "two clashes of the day anywhere"
        );
        let c = reading(
            "c",
            "2022-09-14",
            EventType::ArmedClash,
            &["Armenia", "Border guards"],
        );
        let d = reading(
            "d",
            "2022-09-14",
            EventType::ArmedClash,
            &["Kyrgyzstan", "Border guards"],
        );
        assert!(!same_incident(&c, &d, &Guards));
    }
}
