//! Each incident's date. From the expressions of its mentions: the most precise when they
//! agree, a span over all of them, marked disputed, when they do not. Else honest bounds: on or
//! before the publication day (or the day it was announced; on or after it, for what is
//! planned), after the fighting told before it in its narrative block for what typically
//! follows fighting, and the relations the text gives ("hours after", "before", "later", "in
//! line with") propagated between incidents. No day is invented: an undated incident gets a
//! span.

use chrono::{Days, NaiveDate};

use super::{DateReading, max_opt, min_opt};
use crate::date::IncidentDate;
use crate::ingest::incidents::{Draft, Gathered};
use crate::ingest::mentions::{RelKind, SentenceAnalysis, is_diplomatic, is_violent};
use crate::model::{EventType, Status};

/// An incident's date, with the competing readings of it and, for an undated incident, how it
/// was bounded (for the notes).
#[derive(Debug, Clone)]
pub struct Dated {
    pub date: IncidentDate,
    pub disputed: Vec<String>,
    pub bounds_note: Option<String>,
    /// The text gives no date of the incident's own nor the narrative's: `date` is bounds.
    pub bounded: bool,
}

/// Date the incidents gathered from a report's sentences. `title_of` names an incident in the
/// notes.
pub fn date_incidents(
    sentences: &[SentenceAnalysis],
    gathered: &Gathered,
    published: NaiveDate,
    title_of: &dyn Fn(&Draft) -> String,
) -> Vec<Dated> {
    let drafts = &gathered.drafts;
    let story = story_positions(sentences, gathered);
    let links = links(sentences, gathered, &story);
    let block = narrative_blocks(sentences);
    let carried = super::discourse::carried(sentences, gathered, published);
    let mut t = from_expressions(drafts, &carried, published);
    after_fighting(drafts, &links, &block, &story, published, title_of, &mut t);
    propagate(drafts, &story, &links, title_of, &mut t);
    finish(drafts, t, published)
}

/// (story position, incident) of every mention: (sentence, token).
type Story = Vec<((usize, usize), usize)>;

/// Every mention's story position and incident, in story order.
fn story_positions(sentences: &[SentenceAnalysis], g: &Gathered) -> Story {
    let mut story: Story = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for (mi, m) in s.mentions.iter().enumerate() {
            if let Some(d) = g.owner[si][mi] {
                story.push(((si, m.head()), d));
            }
        }
    }
    story.sort();
    story
}

/// The relations the text gives between incidents.
#[derive(Debug, Default)]
struct Links {
    /// (incident, relation, anchor incident).
    constraints: Vec<(usize, RelKind, usize)>,
    /// Anchors of "Y after X" told after Y.
    told_out_of_order: Vec<usize>,
    /// (incident, relation, its story position): "later", "the next day", resolved while the
    /// bounds are worked out against the incidents told before that position, latest first
    /// (see [`told_before`]).
    later_links: Vec<(usize, RelKind, (usize, usize))>,
    /// (incident, relation, day, its words): "the next day" after a sentence that told a day
    /// but no incident ("4 мая люди в штатском разогнали акцию. На следующий день ..."): it
    /// counts from that day, not from the incident told before it.
    later_days: Vec<(usize, RelKind, NaiveDate, NaiveDate, String)>,
}

/// The relations between mentions, as relations between their incidents.
fn links(sentences: &[SentenceAnalysis], g: &Gathered, story: &Story) -> Links {
    let mut out = Links::default();
    for (si, s) in sentences.iter().enumerate() {
        for (mi, m) in s.mentions.iter().enumerate() {
            let Some(who) = g.owner[si][mi] else {
                continue;
            };
            for &(kind, anchor) in &m.relations {
                let Some(a) = g.owner[si].get(anchor).copied().flatten() else {
                    continue;
                };
                if a == who {
                    continue;
                }
                out.constraints.push((who, kind, a));
                // "Y after X" with X told after Y: X is told out of story order.
                let after_kind = matches!(
                    kind,
                    RelKind::After | RelKind::HoursAfter | RelKind::DayAfter | RelKind::DaysAfter
                );
                if after_kind
                    && s.mentions
                        .get(anchor)
                        .is_some_and(|x| x.head() > m.head() && !x.reference)
                {
                    out.told_out_of_order.push(a);
                }
            }
            if let Some(kind) = m.later {
                // "later": after the last incident told before it whose time is known at
                // least from below (resolved while the bounds are worked out).
                let pos = (si, m.head());
                // The sentence of the incident told last before it.
                let last_told = told_before(story, &g.drafts, who, pos)
                    .next()
                    .map(|(p, _)| p.0);
                if let Some((lo, hi, words)) = told_day_between(sentences, last_told, si, kind) {
                    out.later_days.push((who, kind, lo, hi, words));
                } else if last_told.is_some() {
                    out.later_links.push((who, kind, pos));
                }
            }
        }
    }
    out
}

/// The incidents other than `who` told before story position `pos` and not planned, latest
/// first (an incident told twice comes twice): read lazily, as the nearest one is most often
/// the one sought, so that a long text costs no more per mention than a short one.
fn told_before<'s>(
    story: &'s Story,
    drafts: &'s [Draft],
    who: usize,
    pos: (usize, usize),
) -> impl Iterator<Item = ((usize, usize), usize)> + 's {
    let end = story.partition_point(|&(p, _)| p < pos);
    story[..end]
        .iter()
        .rev()
        .copied()
        .filter(move |&(_, d)| d != who && drafts[d].status != Status::Planned)
}

/// The day the story reached after the incident told last (in sentence `after`) and before
/// sentence `si`: a sentence that tells a day (or a night) but no incident the ingester read.
/// Only for the relations that count days or hours from it.
fn told_day_between(
    sentences: &[SentenceAnalysis],
    after: Option<usize>,
    si: usize,
    kind: RelKind,
) -> Option<(NaiveDate, NaiveDate, String)> {
    if kind == RelKind::After {
        return None;
    }
    let from = after.map_or(0, |a| a + 1);
    let s = sentences
        .get(from..si)?
        .iter()
        .rev()
        .find(|s| s.told_on.is_some())?;
    if s.flashback || !s.mentions.is_empty() {
        return None;
    }
    let r = s.told_on.as_ref()?;
    let (lo, hi) = (r.date.earliest()?, r.date.latest()?);
    ((hi - lo).num_days() <= 1).then(|| (lo, hi, r.text.clone()))
}

/// The narrative block of each sentence: a sentence stepping back in time (a pluperfect, or an
/// opening date earlier than what the block has told: "In January 2014, ..." after the events
/// of 2021) starts a new one.
fn narrative_blocks(sentences: &[SentenceAnalysis]) -> Vec<usize> {
    let mut block = vec![0usize; sentences.len()];
    let mut b = 0;
    let mut told: Option<NaiveDate> = None;
    for (i, s) in sentences.iter().enumerate() {
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
    block
}

/// Date bounds of an incident while they are worked out.
#[derive(Debug, Clone, Copy)]
struct Bounds {
    lo: Option<NaiveDate>,
    hi: Option<NaiveDate>,
    /// Given by the text's expressions: never moved.
    fixed: bool,
}

/// The incidents' dates while they are worked out.
struct Timeline {
    bounds: Vec<Bounds>,
    /// The date the expressions give, for incidents that have one.
    fixed_dates: Vec<Option<IncidentDate>>,
    /// How each undated incident was bounded.
    reasons: Vec<Vec<String>>,
    /// Competing readings of each incident's date.
    disputes: Vec<Vec<String>>,
    /// For an incident dated by the narrative it is told in, the words that dated it.
    carried_from: Vec<Option<String>>,
}

/// Dates from the expressions of each incident's mentions, else from the narrative they are
/// told in (`carried`, see [`super::discourse`]); the others are bounded by the publication day
/// (on or after it when planned, on or before it otherwise), the day they were announced, and
/// the day they began at the earliest ("since Wednesday").
fn from_expressions(
    drafts: &[Draft],
    carried: &[Option<super::discourse::Carried>],
    published: NaiveDate,
) -> Timeline {
    let n = drafts.len();
    let mut t = Timeline {
        bounds: Vec::with_capacity(n),
        fixed_dates: Vec::with_capacity(n),
        reasons: vec![Vec::new(); n],
        disputes: vec![Vec::new(); n],
        carried_from: vec![None; n],
    };
    for (di, d) in drafts.iter().enumerate() {
        match consensus(&d.readings) {
            Some((date, mut notes)) => {
                t.disputes[di].append(&mut notes);
                t.bounds.push(Bounds {
                    lo: date.earliest(),
                    hi: date.latest(),
                    fixed: true,
                });
                t.fixed_dates.push(Some(date));
            }
            None if carried.get(di).is_some_and(Option::is_some) => {
                let c = carried[di].as_ref().expect("checked");
                t.bounds.push(Bounds {
                    lo: c.date.earliest(),
                    hi: c.date.latest(),
                    fixed: true,
                });
                t.fixed_dates.push(Some(c.date));
                t.carried_from[di] = Some(c.from.clone());
            }
            None => {
                let b = if d.status == Status::Planned {
                    Bounds {
                        lo: Some(published),
                        // "до конца мая": due by a day still to come.
                        hi: d.due_by.filter(|&u| u >= published),
                        fixed: false,
                    }
                } else {
                    let hi = min_opt(Some(published), d.until);
                    if d.until.is_some_and(|u| u < published) {
                        t.reasons[di].push("on or before the day it was announced".into());
                    }
                    Bounds {
                        lo: d.since.filter(|s| hi.is_none_or(|h| *s <= h)),
                        hi,
                        fixed: false,
                    }
                };
                t.bounds.push(b);
                t.fixed_dates.push(None);
            }
        }
    }
    t
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

/// The events undated consequences are placed after: the fighting and the ceasefire that
/// ends it. Talks, visits, statements and other agreements (often today's news in the lead) are
/// not.
fn is_episode(t: EventType) -> bool {
    is_violent(t) || t == EventType::Ceasefire
}

/// What typically follows fighting, so that told after it, undated, it is placed after it.
fn follows_fighting(t: EventType, concept: &str) -> bool {
    is_diplomatic(t, concept)
        || matches!(
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

/// Story bounds: after the episode events told before it in its block. Only for what typically
/// follows fighting (a ceasefire, a withdrawal, flight, accusations, statements, aid, arrests):
/// fighting or talks told without a date may be background from any year. An incident the text
/// relates to another explicitly is bounded by that relation instead.
fn after_fighting(
    drafts: &[Draft],
    links: &Links,
    block: &[usize],
    story: &Story,
    published: NaiveDate,
    title_of: &dyn Fn(&Draft) -> String,
    t: &mut Timeline,
) {
    let related = |d: usize| {
        links.later_links.iter().any(|(w, _, _)| *w == d)
            || links.later_days.iter().any(|l| l.0 == d)
            || links.constraints.iter().any(|&(w, k, _)| {
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
    };
    for di in 0..drafts.len() {
        if t.bounds[di].fixed
            || drafts[di].status == Status::Planned
            || links.told_out_of_order.contains(&di)
            || related(di)
            || drafts[di].since.is_some()
            || !follows_fighting(drafts[di].event_type, &drafts[di].concept)
        {
            continue;
        }
        if let Some((lo, e)) = episodes_before(drafts, di, block, story, published, &t.bounds) {
            // "the worst since October 2025, when fighting ... before a ceasefire was brokered":
            // the fighting it ends is named, dated well before the story's; it follows that.
            let ends_older_fighting = links.constraints.iter().any(|&(w, k, a)| {
                a == di
                    && k == RelKind::Before
                    && t.bounds[w].fixed
                    && t.bounds[w].hi.is_some_and(|hi| (lo - hi).num_days() > 31)
            });
            if ends_older_fighting {
                continue;
            }
            t.bounds[di].lo = Some(lo);
            t.reasons[di].push(format!("after '{}', told before it", title_of(&drafts[e])));
        }
    }
}

/// The day incident `di` comes after at the earliest, and the episode that gives it: the dated
/// episodes (fighting, ceasefires) told before it in its block, never pinning it to the
/// publication day. A ceasefire ends the fighting told before it, and a withdrawal follows a
/// ceasefire: after the latest episode. Flight, destruction, accusations and the like follow
/// the fighting, which may have begun days before the last episode told: after the start of
/// the run of episodes that ends with the latest one.
fn episodes_before(
    drafts: &[Draft],
    di: usize,
    block: &[usize],
    story: &Story,
    published: NaiveDate,
    bounds: &[Bounds],
) -> Option<(NaiveDate, usize)> {
    let pos = drafts[di].first;
    let blk = block.get(pos.0).copied().unwrap_or(0);
    let mut before: Vec<(NaiveDate, NaiveDate, usize)> = Vec::new();
    for &(p, e) in story {
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
    let latest = before.iter().copied().max_by_key(|(lo, _, _)| *lo);
    let ends_fighting = matches!(
        drafts[di].event_type,
        EventType::Withdrawal | EventType::Ceasefire
    );
    match latest {
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
    }
}

/// Relations between incidents, propagated until nothing changes (at most eight rounds): each
/// narrows the bounds of the incidents that are not dated by the text, never past each other.
fn propagate(
    drafts: &[Draft],
    story: &Story,
    links: &Links,
    title_of: &dyn Fn(&Draft) -> String,
    t: &mut Timeline,
) {
    // "The next day" after a day told with no incident: counted from that day, once.
    for (who, kind, lo, hi, words) in &links.later_days {
        let w = t.bounds[*who];
        let day = Bounds {
            lo: Some(*lo),
            hi: Some(*hi),
            fixed: true,
        };
        let (nw, _) = narrow(*kind, w, day);
        let sound = !matches!((nw.lo, nw.hi), (Some(l), Some(h)) if l > h);
        if !w.fixed && sound {
            t.bounds[*who] = nw;
            t.reasons[*who].push(format!("{} '{words}'", rel_words(*kind)));
        }
    }
    for _ in 0..8 {
        let mut changed = false;
        let mut all = links.constraints.clone();
        for (who, kind, pos) in &links.later_links {
            // "the next day", "hours later" count from the last day the text gives, not from
            // one inferred (which they would then pin).
            let counts_days = *kind != RelKind::After;
            // Nor from a month or a year ("since rebels seized the crossing last month ...
            // Within hours the army fired"): hours or a day after it are no day at all. (A
            // night, "в ночь на 2 августа", is two days and still counts.)
            let coarse = |a: usize| match (t.bounds[a].lo, t.bounds[a].hi) {
                (Some(lo), Some(hi)) => (hi - lo).num_days() > 3,
                _ => true,
            };
            if let Some(a) = told_before(story, drafts, *who, *pos)
                .map(|(_, a)| a)
                .find(|&a| t.bounds[a].lo.is_some() && (!counts_days || t.bounds[a].fixed))
                .filter(|&a| !(counts_days && coarse(a)))
            {
                all.push((*who, *kind, a));
            }
        }
        for &(who, kind, anchor) in &all {
            let a = t.bounds[anchor];
            let w = t.bounds[who];
            let (nw, na) = narrow(kind, w, a);
            let sound = |b: &Bounds| !matches!((b.lo, b.hi), (Some(l), Some(h)) if l > h);
            if !w.fixed && sound(&nw) && (nw.lo != w.lo || nw.hi != w.hi) {
                t.bounds[who] = nw;
                t.reasons[who].push(format!(
                    "{} '{}'",
                    rel_words(kind),
                    title_of(&drafts[anchor])
                ));
                changed = true;
            }
            if !a.fixed && sound(&na) && (na.lo != a.lo || na.hi != a.hi) {
                t.bounds[anchor] = na;
                t.reasons[anchor].push(format!(
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
}

/// The bounds of an incident `w` and its anchor `a` narrowed by the relation between them.
fn narrow(kind: RelKind, w: Bounds, a: Bounds) -> (Bounds, Bounds) {
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
        RelKind::DayBefore => {
            nw.lo = max_opt(w.lo, minus(a.lo, 1));
            nw.hi = min_opt(w.hi, minus(a.hi, 1));
            na.lo = max_opt(a.lo, plus(w.lo, 1));
            na.hi = min_opt(a.hi, plus(w.hi, 1));
        }
        RelKind::Simultaneous => {
            nw.lo = max_opt(w.lo, a.lo);
            nw.hi = min_opt(w.hi, a.hi);
        }
    }
    (nw, na)
}

fn plus(d: Option<NaiveDate>, n: u64) -> Option<NaiveDate> {
    d.and_then(|d| d.checked_add_days(Days::new(n)))
}

fn minus(d: Option<NaiveDate>, n: u64) -> Option<NaiveDate> {
    d.and_then(|d| d.checked_sub_days(Days::new(n)))
}

/// Each incident's date: the one the text gives, else its bounds as a span (on or before the
/// publication day when they are open), with how they were worked out.
fn finish(drafts: &[Draft], mut t: Timeline, published: NaiveDate) -> Vec<Dated> {
    drafts
        .iter()
        .enumerate()
        .map(|(di, d)| {
            // "fighting raged for a third day": the days it has run, up to the publication day.
            let running_to_today = d
                .days_running
                .and_then(|n| super::running::span_to(published, n));
            let (date, bounds_note, bounded) = match t.fixed_dates[di].take() {
                Some(date) => {
                    // (Only the publication day is surely the day a count of days running told
                    // with no day ends on: an earlier day, another mention's or the narrative's,
                    // may be the first, "clashes erupted on Tuesday ... went on for a third day".)
                    let today = date.exact_day() == Some(published);
                    let note = t.carried_from[di]
                        .take()
                        .map(|from| format!("the day of the narrative it is told in ('{from}')"));
                    let date = running_to_today.filter(|_| today).unwrap_or(date);
                    // An act told as done that the story's days put after the publication day
                    // was counted from a day it does not follow ("The next day ..." after a
                    // weekday read as the publication day): all the text says is that it was
                    // done by then.
                    if d.status != Status::Planned
                        && date.earliest().is_some_and(|a| a > published)
                        && let Ok(bound) = IncidentDate::one_of(None, Some(published))
                    {
                        let why = "told as done, though its day was counted past the publication \
                                   day: on or before the publication day";
                        (bound, Some(why.into()), true)
                    } else {
                        (date, note, false)
                    }
                }
                // "бои идут вторые сутки", "remained closed for a sixth straight day", told
                // with no day: as of the publication day, when nothing bounds it before.
                None if d.status != Status::Planned
                    && d.readings.is_empty()
                    && t.bounds[di].hi == Some(published)
                    && let Some(span) = running_to_today
                        .filter(|s| t.bounds[di].lo.is_none_or(|lo| s.earliest() >= Some(lo))) =>
                {
                    (
                        span,
                        Some("as of the publication day, by the days it has run".into()),
                        false,
                    )
                }
                None => {
                    let b = t.bounds[di];
                    let date = IncidentDate::one_of(b.lo, b.hi)
                        .or_else(|_| IncidentDate::one_of(None, Some(published)))
                        .unwrap_or_else(|_| IncidentDate::day(published));
                    let mut why = t.reasons[di].clone();
                    why.dedup();
                    if d.status == Status::Planned {
                        why.push("planned: on or after the publication day".into());
                    } else {
                        why.push("on or before the publication day".into());
                    }
                    (date, Some(why.join("; ")), true)
                }
            };
            Dated {
                date,
                disputed: std::mem::take(&mut t.disputes[di]),
                bounds_note,
                bounded,
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
        RelKind::DayBefore => "the day before",
        RelKind::Simultaneous => "at the time of",
    }
}

fn rel_words_inverse(k: RelKind) -> &'static str {
    match k {
        RelKind::After | RelKind::HoursAfter | RelKind::DayAfter | RelKind::DaysAfter => "before",
        RelKind::Before => "after",
        RelKind::DayBefore => "the day after",
        RelKind::Simultaneous => "at the time of",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::testing::gathered;

    /// (EDTF, bounds note) of each incident of the paragraphs, in the order they were gathered.
    fn dates(paragraphs: &[&str]) -> Vec<(String, Option<String>, Vec<String>)> {
        let (analysed, g) = gathered(paragraphs);
        let published = NaiveDate::from_ymd_opt(2021, 5, 1).unwrap();
        date_incidents(&analysed, &g, published, &|d| d.concept.clone())
            .into_iter()
            .map(|d| (d.date.to_edtf(), d.bounds_note, d.disputed))
            .collect()
    }

    #[test]
    fn an_undated_ceasefire_follows_the_fighting_told_before_it() {
        let d = dates(&[
            "Clashes broke out near Vorukh on Thursday.",
            "A ceasefire was agreed.",
        ]);
        assert_eq!(d[0].0, "2021-04-29");
        assert_eq!(d[0].1, None);
        assert_eq!(d[1].0, "[2021-04-29..2021-05-01]");
        assert_eq!(
            d[1].1.as_deref(),
            Some("after 'clashes', told before it; on or before the publication day")
        );
    }

    /// A ceasefire that ends fighting its sentence names, long before the story's, follows
    /// that fighting, not the story's latest clash.
    #[test]
    fn a_ceasefire_ending_older_fighting_follows_that_fighting() {
        let d = dates(&[
            "Clashes broke out near Vorukh on Thursday.",
            "They were the worst since October 2019, when soldiers were killed in fighting before a ceasefire was agreed.",
        ]);
        let ceasefire = d.last().expect("the ceasefire");
        assert_eq!(ceasefire.0, "[2019-10-01..2021-05-01]");
    }

    /// A day counted on past the publication day does not make an act told as done a future
    /// one: it was done by the publication day. (The story's days put it there when one of
    /// them was read from a wrong anchor, a weekday taken for the publication day's.)
    #[test]
    fn an_act_told_as_done_is_never_after_the_publication_day() {
        let (_, g) = gathered(&[
            "Border guards exchanged fire near Vorukh.",
            "The ministers will meet in Moscow.",
        ]);
        let published = NaiveDate::from_ymd_opt(2021, 5, 1).unwrap();
        let later = IncidentDate::day(NaiveDate::from_ymd_opt(2021, 5, 3).unwrap());
        let n = g.drafts.len();
        let timeline = Timeline {
            bounds: vec![
                Bounds {
                    lo: None,
                    hi: None,
                    fixed: true
                };
                n
            ],
            fixed_dates: vec![Some(later); n],
            reasons: vec![Vec::new(); n],
            disputes: vec![Vec::new(); n],
            carried_from: vec![None; n],
        };
        let out: Vec<(Status, String)> = finish(&g.drafts, timeline, published)
            .into_iter()
            .zip(&g.drafts)
            .map(|(d, draft)| (draft.status, d.date.to_edtf()))
            .collect();
        assert_eq!(
            out,
            [
                (Status::Occurred, "[..2021-05-01]".to_string()),
                (Status::Planned, "2021-05-03".to_string())
            ]
        );
    }

    /// "The next day" counts from the day the story reached, also when the sentence that
    /// told it named no incident ("On Wednesday the town was quiet"), not from the incident
    /// told before that.
    #[test]
    fn the_next_day_counts_from_a_day_told_without_an_incident() {
        let d = dates(&[
            "Troops shelled Vorukh on Monday. On Wednesday the town was quiet. The next day, troops withdrew from the village.",
        ]);
        assert_eq!(d[0].0, "2021-04-26");
        assert_eq!(d[1].0, "2021-04-29");
        assert_eq!(
            d[1].1.as_deref(),
            Some("the day after 'Wednesday'; on or before the publication day")
        );
        // Told with an incident, that incident is the anchor as before.
        let d = dates(&[
            "Troops shelled Vorukh on Monday. Rebels attacked a post on Wednesday. The next day, troops withdrew from the village.",
        ]);
        assert_eq!(d.last().map(|x| x.0.as_str()), Some("2021-04-29"));
    }

    #[test]
    fn what_is_planned_is_on_or_after_the_publication_day() {
        let d = dates(&["The two foreign ministers will meet in Moscow."]);
        assert_eq!(d[0].0, "[2021-05-01..]");
        assert_eq!(
            d[0].1.as_deref(),
            Some("planned: on or after the publication day")
        );
    }

    #[test]
    fn competing_dates_are_kept_as_a_span_and_disputed() {
        let d = dates(&[
            "The shelling of Isfara on Tuesday killed three people.",
            "The shelling of Isfara on Wednesday killed two people, a witness said.",
        ]);
        assert_eq!(d[0].0, "[2021-04-27..2021-04-28]");
        assert_eq!(
            d[0].2,
            ["date: the report gives 2021-04-27 ('Tuesday') and 2021-04-28 ('Wednesday')"]
        );
    }

    #[test]
    fn relations_narrow_both_ends() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let w = Bounds {
            lo: None,
            hi: day("2021-05-01"),
            fixed: false,
        };
        let a = Bounds {
            lo: day("2021-04-28"),
            hi: day("2021-04-28"),
            fixed: true,
        };
        let (nw, _) = narrow(RelKind::DayAfter, w, a);
        assert_eq!((nw.lo, nw.hi), (day("2021-04-29"), day("2021-04-29")));
        let (nw, _) = narrow(RelKind::After, w, a);
        assert_eq!((nw.lo, nw.hi), (day("2021-04-28"), day("2021-05-01")));
        let (_, na) = narrow(RelKind::Before, a, w);
        assert_eq!((na.lo, na.hi), (day("2021-04-28"), day("2021-05-01")));
    }
}
