//! `tarikh add`: record one incident by hand.

use std::path::Path;

use tarikh::date::IncidentDate;
use tarikh::ingest::gazetteer::{ActorKind, Gazetteer, Target};
use tarikh::model::{EventType, Evidence, Fatalities, Incident, Status};

/// Record one incident by hand; prints its id.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh add --date 2021-04-29 --type armed_clash --title 'Border guards exchange fire' \\
      --actor Kyrgyzstan --actor Tajikistan --place Batken --fatalities 30-55 --source Reuters
  tarikh add --date '[2021-04-29..2021-05-10]' --type ceasefire --title 'Ceasefire agreed'
  tarikh add --date 2021-05-21/2021-05-31~ --type visit --status planned --title 'Visit to Moscow'

Dates are EDTF: 2021-04-29 (a day), 2021-05 (a month), 2021 (a year), 2021-04-28/2021-05-01 (it lasted
over these days), [2021-04-29..2021-05-10] (one unknown day between), [..2021-05-10] (on or before),
with ~ (approximate) or ? (uncertain) at the end.")]
pub struct Args {
    #[command(flatten)]
    pub database: super::Database,
    #[command(flatten)]
    pub fields: Fields,
    // Not among the `Fields` that `edit` shares: evidence is what the sources said, and an
    // analyst's own reading goes in --summary.
    /// A sentence from a source that supports it (repeatable).
    #[arg(long = "evidence", value_name = "SENTENCE")]
    pub evidence: Vec<String>,
}

/// The fields a user can set on an incident (for `add`, and optionally for `edit`). Each value
/// is checked by the argument parser, so that a bad one is a usage error (exit code 2) for
/// both commands alike.
#[derive(Debug, Default, clap::Args)]
pub struct Fields {
    /// When it happened, as EDTF (see below).
    #[arg(long, value_name = "EDTF")]
    pub date: Option<IncidentDate>,
    /// What happened: armed_clash, shelling, air_strike, attack, mob_violence, violent_demonstration,
    /// protest, ceasefire, agreement, withdrawal, deployment, arrest, property_destruction,
    /// displacement, talks, visit, statement, accusation, aid, other.
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Option<EventType>,
    /// occurred (default for add), planned or claimed.
    #[arg(long)]
    pub status: Option<Status>,
    /// A short title (not empty).
    #[arg(long, value_parser = parse_title)]
    pub title: Option<String>,
    /// A longer description.
    #[arg(long)]
    pub summary: Option<String>,
    /// An actor involved (repeatable; with `edit`, the list replaces the incident's actors).
    /// A name the gazetteer knows, in any of its spellings, is stored under its canonical name.
    #[arg(long = "actor", value_name = "NAME", value_parser = parse_name)]
    pub actors: Vec<String>,
    /// Where it happened. A place the gazetteer knows, in any of its spellings, is stored under
    /// its canonical name, with its country and coordinates unless given.
    #[arg(long)]
    pub place: Option<String>,
    /// Country of the place.
    #[arg(long)]
    pub country: Option<String>,
    /// Latitude of the place (decimal degrees, -90 to 90).
    #[arg(long, allow_hyphen_values = true, value_parser = parse_latitude)]
    pub latitude: Option<f64>,
    /// Longitude of the place (decimal degrees, -180 to 180).
    #[arg(long, allow_hyphen_values = true, value_parser = parse_longitude)]
    pub longitude: Option<f64>,
    /// People killed: N, or LOW-HIGH for a range.
    #[arg(long, value_name = "N|LOW-HIGH")]
    pub fatalities: Option<FatalityRange>,
    /// Where it was reported (repeatable).
    #[arg(long = "source", value_name = "SOURCE", value_parser = parse_name)]
    pub sources: Vec<String>,
}

/// `--title`: some words, not an empty or blank string.
fn parse_title(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        return Err(
            "a title cannot be empty: give a few words, e.g. --title 'Clash at Kok-Tash'".into(),
        );
    }
    Ok(s.to_string())
}

/// An actor's or a source's name: not empty or blank (an empty one named nobody; to take
/// actors out of an incident, `edit --remove-actor` names them).
pub(super) fn parse_name(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        return Err(
            "a name cannot be empty: give one (to take an actor out of an incident, use edit --remove-actor NAME)"
                .into(),
        );
    }
    Ok(s.to_string())
}

fn parse_latitude(s: &str) -> Result<f64, String> {
    degrees(s, 90.0, "39.95")
}

fn parse_longitude(s: &str) -> Result<f64, String> {
    degrees(s, 180.0, "70.63")
}

/// Decimal degrees between `-limit` and `limit` (WGS 84, as the exports write them).
fn degrees(s: &str, limit: f64, example: &str) -> Result<f64, String> {
    let allowed = format!("decimal degrees from -{limit} to {limit}, e.g. {example}");
    match s.trim().parse::<f64>() {
        Ok(v) if (-limit..=limit).contains(&v) => Ok(v),
        Ok(_) => Err(format!("out of range: expected {allowed}")),
        Err(_) => Err(format!("not a number: expected {allowed}")),
    }
}

/// `--fatalities 12` or `--fatalities 12-30`.
#[derive(Debug, Clone, Copy)]
pub struct FatalityRange {
    pub low: u32,
    pub high: u32,
}

impl std::str::FromStr for FatalityRange {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let figure = |t: &str| -> Result<u32, String> {
            let t = t.trim();
            t.parse().map_err(|_| {
                if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
                    format!(
                        "'{s}': {t} is more people than a toll can hold (at most {})",
                        u32::MAX
                    )
                } else {
                    format!("'{s}' is not N or LOW-HIGH (e.g. 12 or 12-30)")
                }
            })
        };
        let (low, high) = match s.split_once('-') {
            Some((a, b)) => (figure(a)?, figure(b)?),
            None => {
                let n = figure(s)?;
                (n, n)
            }
        };
        if high < low {
            return Err(format!("'{s}': the high figure is below the low one"));
        }
        Ok(FatalityRange { low, high })
    }
}

impl FatalityRange {
    pub fn to_fatalities(self) -> Fatalities {
        Fatalities {
            low: Some(self.low),
            best: (self.low == self.high).then_some(self.low),
            high: Some(self.high),
            phrase: String::new(),
        }
    }
}

impl Fields {
    /// Apply the fields that were given to an incident.
    pub fn apply(self, incident: &mut Incident) {
        if let Some(date) = self.date {
            incident.date = date;
        }
        if let Some(t) = self.event_type {
            incident.event_type = t;
        }
        if let Some(s) = self.status {
            incident.status = s;
        }
        if let Some(t) = self.title {
            incident.title = t;
        }
        if let Some(s) = self.summary {
            incident.summary = s;
        }
        if !self.actors.is_empty() {
            incident.actors = self.actors;
        }
        if let Some(p) = self.place {
            incident.place = Some(p).filter(|p| !p.is_empty());
        }
        if let Some(c) = self.country {
            incident.country = Some(c).filter(|c| !c.is_empty());
        }
        if self.latitude.is_some() {
            incident.latitude = self.latitude;
        }
        if self.longitude.is_some() {
            incident.longitude = self.longitude;
        }
        if let Some(f) = self.fatalities {
            incident.fatalities = f.to_fatalities();
        }
        if !self.sources.is_empty() {
            incident.sources = self.sources;
        }
    }

    /// Whether any field was given.
    pub fn is_empty(&self) -> bool {
        self.date.is_none()
            && self.event_type.is_none()
            && self.status.is_none()
            && self.title.is_none()
            && self.summary.is_none()
            && self.actors.is_empty()
            && self.place.is_none()
            && self.country.is_none()
            && self.latitude.is_none()
            && self.longitude.is_none()
            && self.fatalities.is_none()
            && self.sources.is_empty()
    }

    /// Names typed by hand as `import` stores them: actors and places the gazetteer knows under
    /// their canonical names, a place with its country and coordinates when they were not
    /// given. Names it does not know are kept as typed, and said on standard error.
    pub fn resolve_names(&mut self, gazetteer: &Gazetteer) {
        for actor in &mut self.actors {
            *actor = canonical_actor(gazetteer, actor);
        }
        let Some(typed) = self.place.clone().filter(|p| !p.is_empty()) else {
            return;
        };
        match gazetteer.resolve(&typed) {
            Some(Target::Place(i)) => {
                if let Some(place) = gazetteer.place(i) {
                    self.place = Some(place.name.clone());
                    if self.country.is_none() {
                        self.country = place.country.clone();
                    }
                    if self.latitude.is_none() && self.longitude.is_none() {
                        (self.latitude, self.longitude) = (place.latitude, place.longitude);
                    }
                }
            }
            // A country named as the place: where it happened is that country.
            Some(Target::Actor(i)) => {
                if let Some(actor) = gazetteer.actor(i).filter(|a| a.kind == ActorKind::Country) {
                    self.place = Some(actor.name.clone());
                    if self.country.is_none() {
                        self.country = Some(actor.name.clone());
                    }
                }
            }
            None => {
                note!("note: the gazetteer does not know the place '{typed}'; kept as typed")
            }
        }
    }
}

/// An actor's canonical name, or the name as typed when the gazetteer does not know it (said
/// on standard error).
pub fn canonical_actor(gazetteer: &Gazetteer, typed: &str) -> String {
    match gazetteer.resolve(typed) {
        Some(Target::Actor(i)) => gazetteer
            .actor(i)
            .map_or_else(|| typed.to_string(), |a| a.name.clone()),
        _ => {
            note!("note: the gazetteer does not know the actor '{typed}'; kept as typed");
            typed.to_string()
        }
    }
}

/// The built-in gazetteer, for names typed by hand.
pub fn gazetteer() -> anyhow::Result<&'static Gazetteer> {
    Ok(&tarikh::ingest::Vocabulary::builtin()
        .map_err(anyhow::Error::msg)?
        .gazetteer)
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<()> {
    let mut fields = args.fields;
    let usage = |what: &str| super::Usage(format!("{what} is required (see tarikh add --help)"));
    let date = fields
        .date
        .ok_or_else(|| usage("--date (EDTF, e.g. 2021-04-29 or 2021-05)"))?;
    let event_type = fields
        .event_type
        .ok_or_else(|| usage("--type (e.g. armed_clash)"))?;
    let title = fields.title.clone().ok_or_else(|| usage("--title"))?;
    fields.resolve_names(gazetteer()?);
    let mut incident = Incident::new(date, event_type, title);
    fields.apply(&mut incident);
    incident.evidence = args.evidence.into_iter().map(Evidence::sentence).collect();
    let mut store = super::open_store(db)?;
    let id = store.add(incident)?;
    println!("{id}");
    Ok(())
}
