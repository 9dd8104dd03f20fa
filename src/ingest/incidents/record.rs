//! The incidents of a report as records: in story order (the first mention's position), each
//! with its date, title, actors, place (with its country and coordinates from the gazetteer),
//! toll, sources, evidence sentences (character offsets into the report), summary sentence and
//! disputes; and the notes that say what was inferred about it.

use sha2::{Digest, Sha256};

use super::Draft;
use crate::ingest::Note;
use crate::ingest::gazetteer::{ActorKind, Gazetteer};
use crate::ingest::hex;
use crate::ingest::roles::tolls;
use crate::ingest::text::CharIndex;
use crate::ingest::time::story::Dated;
use crate::model::{EventType, Evidence, Incident, Report, Status};

/// A sentence's byte range in the report's text.
pub type Span = (usize, usize);

/// The records of the dated incidents of a report that have evidence, in story order (`seq`
/// set), their evidence taken from `sentences` (the spans of the analysed sentences of the
/// report's `text`, by index); what was inferred about them is added to `notes`.
pub fn records(
    dated: impl IntoIterator<Item = (Draft, Dated)>,
    sentences: &[Span],
    text: &str,
    report: &Report,
    gaz: &Gazetteer,
    notes: &mut Vec<Note>,
) -> Vec<Incident> {
    let told = Told {
        text,
        sentences,
        chars: CharIndex::new(text),
    };
    let mut ordered: Vec<(Draft, Dated)> = dated
        .into_iter()
        .filter(|(d, _)| !d.evidence.is_empty())
        .filter(|(d, t)| !vague(d, t))
        .collect();
    ordered.sort_by_key(|(d, _)| d.first);
    let mut incidents = Vec::new();
    for (k, (d, t)) in ordered.into_iter().enumerate() {
        let seq = (k + 1) as i64;
        let inc = record(seq, &d, &t, &told, report, gaz);
        explain(k, &inc, &d, &t, notes);
        incidents.push(inc);
    }
    if incidents.is_empty() {
        notes.push(Note::from(
            "no incidents found: no sentence names an event tarikh's vocabulary knows",
        ));
    }
    incidents
}

/// An incident named only by general words ("the fighting", "the war"), with no date the text
/// gives, no place and no toll: the conflict as a whole or a remark about it ("a full-scale
/// invasion remains unlikely"), not an incident of the timeline.
fn vague(d: &Draft, t: &Dated) -> bool {
    d.generic && t.bounded && d.fatalities.is_empty() && d.place.is_none()
}

/// The report's text and its sentences, by index.
struct Told<'a> {
    text: &'a str,
    sentences: &'a [Span],
    chars: CharIndex<'a>,
}

impl Told<'_> {
    fn sentence(&self, index: usize) -> Option<&str> {
        let &(start, end) = self.sentences.get(index)?;
        self.text.get(start..end)
    }

    /// Sentence `index` as evidence from the report of `hash`.
    fn evidence(&self, index: usize, hash: &str) -> Option<Evidence> {
        let &(start, end) = self.sentences.get(index)?;
        Some(Evidence {
            sentence: self.text.get(start..end)?.to_string(),
            report: Some(hash.to_string()),
            char_start: Some(self.chars.char_of(start)),
            char_end: Some(self.chars.char_of(end)),
        })
    }
}

/// The record of incident `seq` of the report.
fn record(
    seq: i64,
    d: &Draft,
    t: &Dated,
    told: &Told<'_>,
    report: &Report,
    gaz: &Gazetteer,
) -> Incident {
    let hash = &report.hash;
    let mut inc = Incident::new(t.date, d.event_type, title(d, gaz));
    inc.uid = hex(&Sha256::digest(format!("{hash}:{seq}").as_bytes()))[..16].to_string();
    inc.status = d.status;
    inc.seq = seq;
    inc.actors = d.actors.clone();
    if let Some(p) = d.place.as_deref().and_then(|p| gaz.place_by_name(p)) {
        inc.place = Some(p.name.clone());
        inc.country = p.country.clone();
        inc.latitude = p.latitude;
        inc.longitude = p.longitude;
    } else {
        // A place the gazetteer does not list (see `roles::unlisted`): its name, no more.
        inc.place = d.place.clone();
        if d.countries.len() == 1 {
            inc.country = d.countries.first().cloned();
        }
    }
    let standing = tolls::standing(&d.fatalities, &d.fatality_updates);
    inc.fatalities = tolls::combine(&standing);
    inc.sources = vec![report.credit()];
    inc.evidence = d
        .evidence
        .iter()
        .take(MAX_EVIDENCE)
        .filter_map(|&si| told.evidence(si, hash))
        .collect();
    let main = d
        .summary
        .filter(|s| d.evidence.contains(s))
        .or(d.evidence.first().copied());
    inc.summary = main
        .and_then(|si| told.sentence(si))
        .map(str::to_string)
        .unwrap_or_default();
    let mut disputed = t.disputed.clone();
    disputed.extend(tolls::dispute(&standing));
    inc.disputed = disputed.join("; ");
    inc
}

/// The most sentences of one report kept as an incident's evidence. A news report tells an
/// incident in a handful; only a text that is not one (a dump of many pages, a text without
/// stops) tells one in thousands, and its evidence would be larger than the text. The report
/// itself is stored whole, so that nothing is lost.
const MAX_EVIDENCE: usize = 100;

/// The notes on an incident: how an undated one was bounded, what is disputed, why it is
/// planned or claimed, and evidence left out.
fn explain(k: usize, inc: &Incident, d: &Draft, t: &Dated, notes: &mut Vec<Note>) {
    let title = &inc.title;
    let mut note = |text: String| notes.push(Note::on_incident(k, inc.seq, text));
    if d.evidence.len() > MAX_EVIDENCE {
        note(format!(
            "'{title}' is told in {} sentences; the first {MAX_EVIDENCE} are kept as its evidence",
            d.evidence.len()
        ));
    }
    if let Some(why) = &t.bounds_note {
        note(format!(
            "'{title}': no date of its own; {} ({why})",
            t.date.to_edtf()
        ));
    }
    if !inc.disputed.is_empty() {
        note(format!("'{title}' is disputed: {}", inc.disputed));
    }
    if inc.status != Status::Occurred && !d.status_why.is_empty() {
        note(format!("'{title}' is {}: {}", inc.status, d.status_why));
    }
}

/// An incident's title: see [`incident_title`].
pub fn title(d: &Draft, gaz: &Gazetteer) -> String {
    incident_title(d.event_type, &d.concept, &d.actors, d.place.as_deref(), gaz)
}

/// "Armed clash (gunfire): Kyrgyzstan – Tajikistan, Batken Region".
pub fn incident_title(
    t: EventType,
    concept: &str,
    actors: &[String],
    place: Option<&str>,
    gaz: &Gazetteer,
) -> String {
    let label = type_label(t);
    let mut out = label.clone();
    if !concept.is_empty()
        && !concept.eq_ignore_ascii_case(&label)
        && concept != t.as_str().replace('_', " ")
    {
        out.push_str(&format!(" ({concept})"));
    }
    let kind_rank = |name: &String| {
        gaz.actors
            .iter()
            .find(|a| &a.name == name)
            .map_or(3, |a| match a.kind {
                ActorKind::Person => 0,
                ActorKind::Country => 1,
                ActorKind::Force => 2,
                _ => 3,
            })
    };
    let persons: Vec<&String> = actors.iter().filter(|a| kind_rank(a) == 0).collect();
    let shown: Vec<&String> = if persons.len() >= 2 {
        persons.into_iter().take(3).collect()
    } else {
        let mut v: Vec<&String> = actors.iter().filter(|a| kind_rank(a) <= 1).collect();
        v.sort_by_key(|a| kind_rank(a));
        if v.is_empty() {
            v = actors.iter().collect();
        }
        v.into_iter().take(3).collect()
    };
    if !shown.is_empty() {
        out.push_str(": ");
        out.push_str(
            &shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" – "),
        );
    }
    if let Some(p) = place {
        out.push_str(if shown.is_empty() { ": " } else { ", " });
        out.push_str(p);
    }
    out
}

/// The kind of act a title [`incident_title`] made names in brackets ("Other (border closure):
/// Pakistan" -> "border closure"), for an act of type `t`; `None` when it names none (a title
/// an analyst wrote, an imported row's).
pub fn kind_in_title(title: &str, t: EventType) -> Option<&str> {
    let rest = title
        .strip_prefix(type_label(t).as_str())?
        .strip_prefix(" (")?;
    Some(&rest[..rest.find(')')?])
}

fn type_label(t: EventType) -> String {
    let words = t.as_str().replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kind a title names is the one it was made with: the merge reads it back.
    #[test]
    fn a_title_gives_back_the_kind_it_was_made_with() {
        let gaz = Gazetteer::builtin().expect("built-in gazetteer");
        let actors = ["Pakistan".to_string()];
        let title = incident_title(
            EventType::Other,
            "border closure",
            &actors,
            Some("Chaman"),
            &gaz,
        );
        assert_eq!(
            kind_in_title(&title, EventType::Other),
            Some("border closure")
        );
        let plain = incident_title(EventType::Other, "other", &actors, None, &gaz);
        assert_eq!(kind_in_title(&plain, EventType::Other), None);
        assert_eq!(
            kind_in_title("Pakistan shuts the crossing", EventType::Other),
            None
        );
    }
}
