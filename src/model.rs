//! The record tarikh keeps: incidents, their vocabulary (event types, statuses), casualty figures
//! and the evidence tying them to reports. Plain values; the store persists them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::date::IncidentDate;

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// All accepted names, for error messages and help text.
            pub fn names() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let wanted = s.trim();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == wanted)
                    .ok_or_else(|| format!("unknown {} '{}' (expected one of: {})", $what, wanted, Self::names()))
            }
        }
    };
}

vocabulary! {
    /// What happened, in the taxonomy's words (`../shared/reference/taxonomy.md`).
    EventType, "event type" {
        ArmedClash => "armed_clash",
        Shelling => "shelling",
        AirStrike => "air_strike",
        Attack => "attack",
        MobViolence => "mob_violence",
        ViolentDemonstration => "violent_demonstration",
        Protest => "protest",
        Ceasefire => "ceasefire",
        Agreement => "agreement",
        Withdrawal => "withdrawal",
        Deployment => "deployment",
        Arrest => "arrest",
        PropertyDestruction => "property_destruction",
        Displacement => "displacement",
        Talks => "talks",
        Visit => "visit",
        Statement => "statement",
        Accusation => "accusation",
        Aid => "aid",
        Other => "other",
    }
}

vocabulary! {
    /// Whether the report says it happened, says it will happen, or reports one side's claim.
    Status, "status" {
        Occurred => "occurred",
        Planned => "planned",
        Claimed => "claimed",
    }
}

/// A casualty figure as a range, with the words it came from. A vague phrase ("dozens") stays a
/// range; it is never turned into one invented number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fatalities {
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
    /// The phrase as written in the source ("مقتل وإصابات العشرات", "at least 31 killed").
    #[serde(default)]
    pub phrase: String,
}

impl Fatalities {
    /// The figure as a short phrase: "12", "12–30", "≥31", "≤40", or the source's words.
    pub fn figure(&self) -> String {
        match (self.low, self.best, self.high) {
            (Some(l), _, Some(h)) if l != h => format!("{l}–{h}"),
            (_, Some(b), _) => b.to_string(),
            (Some(l), None, None) => format!("≥{l}"),
            (None, None, Some(h)) => format!("≤{h}"),
            (Some(l), None, Some(_)) => l.to_string(),
            (None, None, None) => self.phrase.clone(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.low.is_none() && self.best.is_none() && self.high.is_none() && self.phrase.is_empty()
    }

    /// Every part of the figure: "low 12, best -, high 50, phrase 'dozens killed'".
    pub fn detail(&self) -> String {
        let n = |v: Option<u32>| v.map_or_else(|| "-".to_string(), |n| n.to_string());
        let mut text = format!(
            "low {}, best {}, high {}",
            n(self.low),
            n(self.best),
            n(self.high)
        );
        if !self.phrase.is_empty() {
            text.push_str(&format!(", phrase '{}'", self.phrase));
        }
        text
    }
}

/// One sentence of a report that speaks of an incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence as written in the report.
    pub sentence: String,
    /// Content hash of the report it came from, when the report is in the database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
    /// Character (not byte) offsets of the sentence in the report's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub char_start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub char_end: Option<usize>,
}

impl Evidence {
    pub fn sentence(text: impl Into<String>) -> Evidence {
        Evidence {
            sentence: text.into(),
            report: None,
            char_start: None,
            char_end: None,
        }
    }
}

/// An incident as tarikh records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    /// Database id; `None` before it is stored.
    pub id: Option<i64>,
    /// Stable identity across databases and edits; re-importing a row with a known uid adds nothing.
    pub uid: String,
    pub date: IncidentDate,
    pub event_type: EventType,
    pub status: Status,
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// Canonical actor names.
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    #[serde(default)]
    pub fatalities: Fatalities,
    /// Where it was reported (publication names, report titles).
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Competing readings (dates or tolls) that the sources give for this incident; empty when
    /// the sources agree.
    #[serde(default)]
    pub disputed: String,
    /// Position in the story it came from: the tie-breaker between incidents on the same day.
    #[serde(default)]
    pub seq: i64,
    /// Which reports tell it, and when.
    #[serde(default)]
    pub provenance: Provenance,
}

/// Where an incident was reported: how many reports tell it, where they are, and when it was
/// first and last reported.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub source_count: u32,
    #[serde(default)]
    pub source_urls: Vec<String>,
    #[serde(default)]
    pub first_reported: Option<chrono::NaiveDate>,
    #[serde(default)]
    pub last_reported: Option<chrono::NaiveDate>,
    /// The publication day of each report that tells it (`source_count` of them), oldest
    /// first: the order of `source_urls`, which leaves out reports without a URL.
    #[serde(default)]
    pub published: Vec<chrono::NaiveDate>,
}

impl Provenance {
    /// The reports' publication days as ISO days, oldest first: what every export writes.
    pub fn published_days(&self) -> Vec<String> {
        self.published.iter().map(|d| d.to_string()).collect()
    }
}

impl Incident {
    /// The fields an analyst sees that differ between two versions of an incident, each as
    /// (field, before, after) in words: what `tarikh show` lists for an edit.
    pub fn changes_to(&self, after: &Incident) -> Vec<(&'static str, String, String)> {
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        let num = |o: Option<f64>| o.map(|v| v.to_string()).unwrap_or_default();
        let fields: [(&'static str, String, String); 13] = [
            ("date", self.date.to_edtf(), after.date.to_edtf()),
            (
                "type",
                self.event_type.to_string(),
                after.event_type.to_string(),
            ),
            ("status", self.status.to_string(), after.status.to_string()),
            ("title", self.title.clone(), after.title.clone()),
            ("summary", self.summary.clone(), after.summary.clone()),
            ("actors", self.actors.join("; "), after.actors.join("; ")),
            ("place", opt(&self.place), opt(&after.place)),
            ("country", opt(&self.country), opt(&after.country)),
            ("latitude", num(self.latitude), num(after.latitude)),
            ("longitude", num(self.longitude), num(after.longitude)),
            // The short figure, unless two tolls that differ have the same one ("12–50" with
            // and without a best figure): then all of each.
            match (self.fatalities.figure(), after.fatalities.figure()) {
                (a, b) if a == b && self.fatalities != after.fatalities => (
                    "fatalities",
                    self.fatalities.detail(),
                    after.fatalities.detail(),
                ),
                (a, b) => ("fatalities", a, b),
            },
            ("sources", self.sources.join("; "), after.sources.join("; ")),
            ("disputed", self.disputed.clone(), after.disputed.clone()),
        ];
        fields.into_iter().filter(|(_, a, b)| a != b).collect()
    }

    pub fn new(date: IncidentDate, event_type: EventType, title: impl Into<String>) -> Incident {
        Incident {
            id: None,
            uid: String::new(),
            date,
            event_type,
            status: Status::Occurred,
            title: title.into(),
            summary: String::new(),
            actors: Vec::new(),
            place: None,
            country: None,
            latitude: None,
            longitude: None,
            fatalities: Fatalities::default(),
            sources: Vec::new(),
            evidence: Vec::new(),
            disputed: String::new(),
            seq: 0,
            provenance: Provenance::default(),
        }
    }
}

/// A news report as stored: its text and what is known about its publication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// SHA-256 of the text (hex): two imports of the same text are one report.
    pub hash: String,
    pub title: String,
    /// The publication (news site, agency).
    pub source: String,
    pub url: Option<String>,
    /// `ar`, `en`, ...
    pub language: String,
    pub published: chrono::NaiveDate,
    /// The full text as received (front matter removed).
    pub text: String,
    /// The file it was read from, for messages.
    pub path: Option<String>,
}

impl Report {
    /// The name its incidents are credited to: see [`credit`].
    pub fn credit(&self) -> String {
        credit(&self.source, &self.title)
    }
}

/// The name a report's incidents are credited to: its source (which the ingester takes from
/// the site of its URL when nothing else names one), else its headline.
pub fn credit(source: &str, title: &str) -> String {
    if source.is_empty() { title } else { source }.to_string()
}

/// An actor or place as a gazetteer knows it: its name, every spelling of it, and where it is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NameEntry {
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_toll_change_inside_the_same_figure_is_a_change() {
        let date = IncidentDate::year(2021);
        let mut before = Incident::new(date, EventType::ArmedClash, "clash");
        before.fatalities = Fatalities {
            low: Some(12),
            best: None,
            high: Some(50),
            phrase: String::new(),
        };
        let mut after = before.clone();
        after.fatalities.best = Some(20);
        assert_eq!(
            before.changes_to(&after),
            [(
                "fatalities",
                "low 12, best -, high 50".to_string(),
                "low 12, best 20, high 50".to_string()
            )]
        );
        after = before.clone();
        after.fatalities.high = Some(60);
        assert_eq!(
            before.changes_to(&after),
            [("fatalities", "12–50".to_string(), "12–60".to_string())],
            "the short figure when it shows the change"
        );
        assert!(before.changes_to(&before.clone()).is_empty());
    }
}
