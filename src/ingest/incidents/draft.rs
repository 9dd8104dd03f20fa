//! An incident being assembled from its mentions: what a new mention begins, and what a mention
//! joined to it brings (evidence, date readings, actors, place, tolls, status).

use chrono::NaiveDate;

use crate::ingest::gazetteer::Gazetteer;
use crate::ingest::mentions::Mention;
use crate::ingest::roles::tolls::Toll;
use crate::ingest::time::{DateReading, max_opt, min_opt};
use crate::model::{EventType, Status};

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
    /// What the readings allow together, kept as they are added so that a new mention is
    /// checked against them at once rather than reading by reading (a long text joins
    /// thousands to one incident).
    pub span: ReadingsSpan,
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
    /// Told as in its Nth day with no date of its own ([`Mention::days_running`]).
    pub days_running: Option<u64>,
    /// The day a planned act is due by ([`Mention::due_by`]).
    pub due_by: Option<NaiveDate>,
    /// An act that is an incident of its own ("took control of"): joined only by mentions of
    /// the same act.
    pub distinct: bool,
    /// Only ever named as background ("since the clashes of last April"): a general word
    /// told later refers to it only when nothing else fits.
    pub background: bool,
    /// First told with the article and no date ("the fighting"), as something the reader
    /// knows: the story's own event.
    pub told_as_known: bool,
    /// Told only in summary lines (bullets, a recap): what the body tells again.
    pub summary_only: bool,
}

/// The bounds of an incident's date readings: the latest first day and the earliest last day
/// any reading gives (every reading overlaps a date that ends after the one and starts before
/// the other), the earliest first day and the latest last day, and whether one is an exact day.
#[derive(Debug, Clone, Default)]
pub struct ReadingsSpan {
    pub latest_start: Option<NaiveDate>,
    pub earliest_end: Option<NaiveDate>,
    pub earliest_start: Option<NaiveDate>,
    pub latest_end: Option<NaiveDate>,
    pub any_exact_day: bool,
}

impl ReadingsSpan {
    fn add(&mut self, r: &DateReading) {
        let (start, end) = (r.date.earliest(), r.date.latest());
        self.latest_start = max_opt(self.latest_start, start);
        self.earliest_end = min_opt(self.earliest_end, end);
        self.earliest_start = min_opt(self.earliest_start, start);
        self.latest_end = max_opt(self.latest_end, end);
        self.any_exact_day |= r.date.exact_day().is_some();
    }
}

fn add_unique(list: &mut Vec<String>, items: &[String]) {
    for i in items {
        if !list.contains(i) {
            list.push(i.clone());
        }
    }
}

/// The mention names deaths with no event word ("19 of its citizens died").
pub fn toll_only(m: &Mention) -> bool {
    m.occs.iter().all(|o| o.entry == usize::MAX)
}

impl Draft {
    /// The incident mention `mi` of its sentence begins. A mere reference ("after the attack on
    /// Saturday") says when, not where or who, and is no evidence.
    pub fn new(m: &Mention, mi: usize) -> Draft {
        let pos = (m.sentence, m.head());
        Draft {
            event_type: m.event_type,
            concept: m.concept.clone(),
            generic: m.generic,
            status: m.status,
            status_why: m.status_why.clone(),
            mentions: vec![(m.sentence, mi)],
            // A reference with a date of its own ("under an agreement signed in 1996") tells a
            // past event the report names nowhere else: its sentence is evidence of it.
            evidence: if m.reference && m.date.is_none() {
                Vec::new()
            } else {
                vec![m.sentence]
            },
            readings: m.date.iter().map(|r| (r.clone(), m.sentence)).collect(),
            span: {
                let mut span = ReadingsSpan::default();
                m.date.iter().for_each(|r| span.add(r));
                span
            },
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
            days_running: m.days_running,
            until: if m.reference { None } else { m.until },
            due_by: if m.reference { None } else { m.due_by },
            distinct: m.distinct,
            background: m.background,
            told_as_known: m.definite && m.date.is_none() && !m.reference,
            summary_only: m.summary,
        }
    }

    /// Join mention `mi` of its sentence to this incident. `content`: it only tells what the
    /// incident held or counted (what was said during talks, a toll told on its own), so it
    /// changes neither type nor status.
    pub fn join(&mut self, m: &Mention, mi: usize, gaz: &Gazetteer, content: bool) {
        let d = self;
        let pos = (m.sentence, m.head());
        d.mentions.push((m.sentence, mi));
        if pos > d.last {
            d.last = pos;
        }
        if !m.reference
            && let Err(at) = d.evidence.binary_search(&m.sentence)
        {
            d.evidence.insert(at, m.sentence);
        }
        if !m.reference && pos < d.first {
            d.first = pos;
        }
        if !m.reference {
            d.summary_only &= m.summary;
        }
        if let Some(r) = &m.date {
            d.readings.push((r.clone(), m.sentence));
            d.span.add(r);
            if d.summary.is_none() || d.readings.len() == 1 {
                d.summary = Some(m.sentence);
            }
        }
        if m.reference {
            return;
        }
        d.since = max_opt(d.since, m.since);
        // (A fire that burns for a second day says nothing of how long the strike that lit it
        // lasted.)
        if m.event_type == d.event_type {
            d.days_running = d.days_running.max(m.days_running);
        }
        d.until = min_opt(d.until, m.until);
        d.due_by = min_opt(d.due_by, m.due_by);
        d.background &= m.background;
        if toll_only(m) {
            // A toll told on its own: the figure, not the place or the sides named with it.
            d.add_tolls(m);
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
        d.add_tolls(m);
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
            && !toll_only(m)
        {
            d.status = Status::Occurred;
            d.status_why.clear();
        }
    }

    fn add_tolls(&mut self, m: &Mention) {
        for (k, (f, side)) in m.fatalities.iter().enumerate() {
            self.fatalities.push((f.clone(), m.sentence, side.clone()));
            self.fatality_updates
                .push(m.fatality_updates.get(k).copied().unwrap_or(false));
        }
    }
}
