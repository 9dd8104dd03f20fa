//! ACLED's CSV shape: the 31 columns of ACLED's current export, in its order, with its
//! vocabulary, so that scripts written for ACLED data read tarikh's incidents, and `tarikh
//! import` reads them back (by header, through the ACLED reader) as the same incidents.
//!
//! How tarikh's record becomes ACLED's (the README's "ACLED" section has the tables):
//!
//! - **Types** through [`acled_type`]. Acts ACLED does not code as events of their own (talks,
//!   visits, statements, accusations, aid) are Strategic developments / Other, as ACLED files
//!   them; `civilian_targeting` is set for violence against civilians.
//! - **Dates.** ACLED records one day and how well it is known (`time_precision` 1 = that day,
//!   2 = some day of the week around it, 3 = some day of its month). tarikh's date gives the
//!   precision it supports and no finer: an exact day is 1; an approximate day or a span of at
//!   most seven days is 2, stored as its middle day; a month, or a span inside one calendar
//!   month, is 3, stored as the month's (or the span's) middle day. ACLED has nothing coarser, so
//!   an incident dated a year, open at one end, or "between" days of different months more than
//!   a week apart gets no row ([`LeftOut`]) rather than a date it does not have.
//! - **Fatalities**: ACLED's lowest figure; a figure read from a vague word ("dozens") is
//!   ACLED's number for it (12); nothing known is 0.
//! - **Notes** as ACLED writes them: "On 29 April 2021, ..." (see [`notes_date`]).
//! - **Tags.** What ACLED's columns cannot say and tarikh needs to read back the same incident
//!   goes in the `tags` column as `tarikh KEY=VALUE` items (`tarikh date=[2021-04-28..2021-04-30]`,
//!   `tarikh type=talks`, `tarikh status=claimed`, `tarikh fatalities=34/-/40`, `tarikh
//!   uid=...`, `tarikh published=2021-05-01,2021-05-03`: the reports' days), only where needed. ACLED's own columns stay true without them: the tagged date
//!   always lies within what `event_date` and `time_precision` say, and the tagged type within
//!   ACLED's sub-event type; the reader checks both.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};

use super::IncidentWriter;
use crate::date::{DateKind, IncidentDate, Point, month_name};
use crate::import::acled::{TimePrecision, map_event_type};
use crate::ingest::lexicon::{LangTag, Lexicon, QuantityValue};
use crate::model::{EventType, Fatalities, Incident, Status};
use crate::record::neutralise;

/// ACLED's columns, in the order of its current export.
pub const COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// Columns that hold numbers: never neutralised (a negative longitude stays a number).
const NUMERIC: [&str; 7] = [
    "year",
    "time_precision",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "timestamp",
];

/// ACLED's classification of an event: disorder type, event type, sub-event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcledType {
    pub disorder_type: &'static str,
    pub event_type: &'static str,
    pub sub_event_type: &'static str,
}

const POLITICAL_VIOLENCE: &str = "Political violence";
const DEMONSTRATIONS: &str = "Demonstrations";
const STRATEGIC: &str = "Strategic developments";

/// ACLED's classification for a tarikh event type (the taxonomy's table). ACLED's disorder
/// types: battles, explosions, violence against civilians and mob violence are political
/// violence; protests and violent demonstrations are demonstrations.
pub fn acled_type(event_type: EventType) -> AcledType {
    let t = |disorder_type, event_type, sub_event_type| AcledType {
        disorder_type,
        event_type,
        sub_event_type,
    };
    let strategic = |sub| t(STRATEGIC, STRATEGIC, sub);
    match event_type {
        EventType::ArmedClash => t(POLITICAL_VIOLENCE, "Battles", "Armed clash"),
        EventType::Shelling => t(
            POLITICAL_VIOLENCE,
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        EventType::AirStrike => t(
            POLITICAL_VIOLENCE,
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        EventType::Attack => t(POLITICAL_VIOLENCE, "Violence against civilians", "Attack"),
        EventType::MobViolence => t(POLITICAL_VIOLENCE, "Riots", "Mob violence"),
        EventType::ViolentDemonstration => t(DEMONSTRATIONS, "Riots", "Violent demonstration"),
        EventType::Protest => t(DEMONSTRATIONS, "Protests", "Peaceful protest"),
        EventType::Ceasefire | EventType::Agreement => strategic("Agreement"),
        EventType::Withdrawal | EventType::Deployment => strategic("Change to group/activity"),
        EventType::Arrest => strategic("Arrests"),
        EventType::PropertyDestruction => strategic("Looting/property destruction"),
        EventType::Displacement
        | EventType::Talks
        | EventType::Visit
        | EventType::Statement
        | EventType::Accusation
        | EventType::Aid
        | EventType::Other => strategic("Other"),
    }
}

/// Why an incident has no row in ACLED's shape.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LeftOut {
    #[error("its date {0} is open at one end")]
    OpenDate(String),
    #[error("its date {0} spans more than a week and is not within one month")]
    TooVague(String),
}

/// The day ACLED's `event_date` holds and its `time_precision`, for a tarikh date; the claim
/// they make together ([`TimePrecision::date`]) always contains the incident's date.
pub fn acled_date(date: &IncidentDate) -> Result<(NaiveDate, TimePrecision), LeftOut> {
    let (Some(first), Some(last)) = (date.earliest(), date.latest()) else {
        return Err(LeftOut::OpenDate(date.to_edtf()));
    };
    let qualified = date.qualifier.approximate || date.qualifier.uncertain;
    if first == last {
        // "About the 29th": the week around it is the nearest ACLED has.
        let precision = if qualified {
            TimePrecision::Week
        } else {
            TimePrecision::Day
        };
        return Ok((first, precision));
    }
    let middle = first
        .checked_add_signed((last - first) / 2)
        .unwrap_or(first);
    if let DateKind::Single(Point {
        month: Some(_),
        day: None,
        ..
    }) = date.kind
    {
        // ACLED stores a month as its middle day.
        let mid_month = first.with_day(15).unwrap_or(middle);
        return Ok((mid_month, TimePrecision::Month));
    }
    // Seven days centred on the middle day hold every day of a span of up to seven.
    if (last - first).num_days() < 7 {
        return Ok((middle, TimePrecision::Week));
    }
    if (first.year(), first.month()) == (last.year(), last.month()) {
        return Ok((middle, TimePrecision::Month));
    }
    Err(LeftOut::TooVague(date.to_edtf()))
}

/// How ACLED's notes open for this date: "On 29 April 2021", "Around 29 April 2021", "In May
/// 2021", "Between 28 and 30 April 2021" (one day in that span), "From 28 April to 1 May 2021"
/// (it lasted over those days), "On or before 10 May 2021". "about" marks an approximate or
/// uncertain span.
pub fn notes_date(date: &IncidentDate) -> String {
    let qualified = date.qualifier.approximate || date.qualifier.uncertain;
    let about = if qualified { "about " } else { "" };
    match date.kind {
        DateKind::Single(p) => {
            let lead = match (qualified, p.day.is_some()) {
                (true, _) => "Around",
                (false, true) => "On",
                (false, false) => "In",
            };
            format!("{lead} {}", spell_point(&p))
        }
        DateKind::Interval { start, end, .. } => match (start, end) {
            (Some(a), Some(b)) => format!("From {about}{}", spell_span(&a, &b, "to")),
            (Some(a), None) => format!("From {about}{}", spell_point(&a)),
            (None, Some(b)) => format!("Until {about}{}", spell_point(&b)),
            (None, None) => "On an unknown date".to_string(),
        },
        DateKind::OneOf { earliest, latest } => match (earliest, latest) {
            (Some(a), Some(b)) => format!("Between {about}{}", spell_span(&a, &b, "and")),
            (Some(a), None) => format!("On or after {about}{}", spell_point(&a)),
            (None, Some(b)) => format!("On or before {about}{}", spell_point(&b)),
            (None, None) => "On an unknown date".to_string(),
        },
    }
}

/// "29 April 2021", "April 2021", "2021".
fn spell_point(p: &Point) -> String {
    match (p.month, p.day) {
        (Some(m), Some(d)) => format!("{d} {} {}", month_name(m), p.year),
        (Some(m), None) => format!("{} {}", month_name(m), p.year),
        _ => p.year.to_string(),
    }
}

/// Two days written as ACLED would: "28 and 30 April 2021", "28 April and 2 May 2021".
fn spell_span(a: &Point, b: &Point, word: &str) -> String {
    match (a.month, a.day, b.month, b.day) {
        (Some(am), Some(ad), Some(bm), Some(_)) if a.year == b.year => {
            let first = if am == bm {
                ad.to_string()
            } else {
                format!("{ad} {}", month_name(am))
            };
            format!("{first} {word} {}", spell_point(b))
        }
        _ => format!("{} {word} {}", spell_point(a), spell_point(b)),
    }
}

/// ACLED's fatality figure: the lowest figure the sources give (`low`, else `best`; a ceiling
/// alone is no figure), 0 when none is known. When that figure is the low end of a vague word
/// in the phrase it came from ("dozens", "العشرات"), it becomes ACLED's number for words of that
/// size: 3 below ten ("several"), 12 for tens ("dozens"), 100 for hundreds, 1,000 for thousands,
/// or the figure itself when lower.
pub fn acled_fatalities(fatalities: &Fatalities, lexicon: &Lexicon) -> u32 {
    let Some(lowest) = [fatalities.low, fatalities.best]
        .into_iter()
        .flatten()
        .min()
    else {
        return 0;
    };
    // Which words gave the lowest figure: a vague word whose low end it is, or a number.
    let (mut vague, mut exact) = (false, false);
    for part in fatalities.phrase.split(';') {
        let tokens = crate::ingest::text::tokenize(part, 0);
        exact |= tokens
            .iter()
            .any(|t| t.is_number() && t.norm.parse() == Ok(lowest));
        for (_, value) in lexicon.find_quantities(&tokens, LangTag::Any) {
            match value {
                QuantityValue::Vague { low, .. } if low == lowest => vague = true,
                QuantityValue::Number { value, .. } if value == lowest => exact = true,
                _ => {}
            }
        }
    }
    let vague = vague && !exact;
    if vague { vague_figure(lowest) } else { lowest }
}

/// ACLED's number for a vague word whose lowest reading is `lowest`, by its size ("several" 3,
/// "dozens" 12, "hundreds" 100, "thousands" 1,000), never above `lowest`.
pub fn vague_figure(lowest: u32) -> u32 {
    let acled = match lowest {
        0..10 => 3,
        10..100 => 12,
        100..1000 => 100,
        _ => 1000,
    };
    acled.min(lowest)
}

/// `34/-/40`: low, best and high, `-` where unknown.
fn fatalities_tag(f: &Fatalities) -> String {
    let n = |v: Option<u32>| v.map_or_else(|| "-".to_string(), |n| n.to_string());
    format!("{}/{}/{}", n(f.low), n(f.best), n(f.high))
}

/// One incident as ACLED's cells, in [`COLUMNS`] order.
pub fn row(incident: &Incident, lexicon: &Lexicon) -> Result<Vec<String>, LeftOut> {
    let (day, precision) = acled_date(&incident.date)?;
    let kind = acled_type(incident.event_type);
    let notes = notes(incident);
    let figure = acled_fatalities(&incident.fatalities, lexicon);

    // ACLED's own ids come back as they were; others are tarikh's uid.
    let uid = if incident.uid.is_empty() {
        crate::store::content_uid(incident)
    } else {
        incident.uid.clone()
    };
    let event_id = uid.strip_prefix("acled:").unwrap_or(&uid).to_string();

    let mut tags = Vec::new();
    if !uid.starts_with("acled:") && !uid.contains(';') {
        tags.push(format!("tarikh uid={uid}"));
    }
    // What the reader makes of ACLED's columns alone; a tag only where that is not the incident.
    if precision.date(day).ok() != Some(incident.date) {
        tags.push(format!("tarikh date={}", incident.date.to_edtf()));
    }
    if map_event_type(kind.event_type, kind.sub_event_type, &notes) != incident.event_type {
        tags.push(format!("tarikh type={}", incident.event_type));
    }
    if incident.status != Status::Occurred {
        tags.push(format!("tarikh status={}", incident.status));
    }
    let f = &incident.fatalities;
    if (f.low, f.best, f.high) != (Some(figure), Some(figure), None) {
        tags.push(format!("tarikh fatalities={}", fatalities_tag(f)));
    }
    // The reports' days, which ACLED has no column for: `,` between them, as `;` ends a tag.
    if !incident.provenance.published.is_empty() {
        let days = incident.provenance.published_days();
        tags.push(format!("tarikh published={}", days.join(",")));
    }

    let actors = &incident.actors;
    let actor = |i: usize| actors.get(i).cloned().unwrap_or_default();
    let float = |v: Option<f64>| v.map(|n| n.to_string()).unwrap_or_default();
    let civilian_targeting = if kind.event_type == "Violence against civilians" {
        "Civilian targeting"
    } else {
        ""
    };
    Ok(vec![
        event_id,
        day.format("%d %B %Y").to_string(),
        day.year().to_string(),
        precision.code().to_string(),
        kind.disorder_type.to_string(),
        kind.event_type.to_string(),
        kind.sub_event_type.to_string(),
        actor(0),
        String::new(),
        // tarikh does not code what kind of actor each is (state forces, rebels, ...).
        String::new(),
        actor(1),
        actors.get(2..).unwrap_or_default().join("; "),
        String::new(),
        String::new(),
        civilian_targeting.to_string(),
        // iso, region, admin1-3: tarikh keeps a place and its country only.
        String::new(),
        String::new(),
        incident.country.clone().unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
        incident.place.clone().unwrap_or_default(),
        float(incident.latitude),
        float(incident.longitude),
        // geo_precision: tarikh does not record how precisely a place was given.
        String::new(),
        incident.sources.join("; "),
        String::new(),
        notes,
        figure.to_string(),
        tags.join("; "),
        // timestamp: tarikh does not keep when an incident was last changed.
        String::new(),
    ])
}

/// ACLED's notes: the date as ACLED opens them, then the incident's summary (its title when it
/// has none), what one side claims or plans marked as such, and disputes between sources.
fn notes(incident: &Incident) -> String {
    let lead = notes_date(&incident.date);
    let body = if incident.summary.trim().is_empty() {
        incident.title.trim()
    } else {
        incident.summary.trim()
    };
    let mut notes = if opens_with(body, &lead) {
        body.to_string()
    } else {
        format!("{lead}, {body}")
    };
    match incident.status {
        Status::Occurred => {}
        Status::Claimed => notes.push_str(" [claimed by one side]"),
        Status::Planned => notes.push_str(" [planned at the time of the report]"),
    }
    if !incident.disputed.trim().is_empty() {
        notes.push_str(&format!(" [sources differ: {}]", incident.disputed.trim()));
    }
    notes
}

/// Do the notes already open with this date, as notes imported from ACLED do ("On 8 May 2020,
/// ...", also after a label: "Land seizure: On 1 November 2024, ...")? Then it is not said twice.
fn opens_with(body: &str, lead: &str) -> bool {
    let dated = |text: &str| {
        text.strip_prefix(lead)
            .is_some_and(|rest| rest.starts_with(|c: char| c == ',' || c.is_whitespace()))
    };
    dated(body)
        || body.split_once(": ").is_some_and(|(label, rest)| {
            label.chars().count() <= 40 && !label.contains(['.', ',']) && dated(rest)
        })
}

/// Writes incidents as ACLED rows: plain UTF-8 with ACLED's header (no byte-order mark, which
/// would change the first column's name for scripts), formula-like text cells neutralised as in
/// tarikh's CSV. Incidents whose date ACLED cannot hold are counted, not written.
pub struct AcledWriter<W: Write> {
    csv: ::csv::Writer<W>,
    lexicon: Lexicon,
    numeric: Vec<bool>,
    written: u64,
    left_out: u64,
    /// The first incidents left out, for the message.
    examples: Vec<String>,
}

/// How many left-out incidents [`AcledWriter::left_out_examples`] names.
const EXAMPLES: usize = 20;

impl<W: Write> AcledWriter<W> {
    pub fn new(out: W) -> io::Result<AcledWriter<W>> {
        let lexicon = Lexicon::builtin().map_err(io::Error::other)?;
        let mut csv = ::csv::WriterBuilder::new()
            .buffer_capacity(1 << 16)
            .from_writer(out);
        csv.write_record(COLUMNS).map_err(io_error)?;
        Ok(AcledWriter {
            csv,
            lexicon,
            numeric: COLUMNS.iter().map(|c| NUMERIC.contains(c)).collect(),
            written: 0,
            left_out: 0,
            examples: Vec::new(),
        })
    }

    pub fn written(&self) -> u64 {
        self.written
    }

    /// Incidents that got no row because ACLED cannot hold their dates.
    pub fn left_out(&self) -> u64 {
        self.left_out
    }

    /// The first of them (by id, else title) with the reason, in timeline order.
    pub fn left_out_examples(&self) -> &[String] {
        &self.examples
    }
}

impl<W: Write> IncidentWriter for AcledWriter<W> {
    fn write(&mut self, incident: &Incident) -> io::Result<()> {
        let cells = match row(incident, &self.lexicon) {
            Ok(cells) => cells,
            Err(why) => {
                self.left_out += 1;
                if self.examples.len() < EXAMPLES {
                    let who = match incident.id {
                        Some(id) => id.to_string(),
                        None => format!("'{}'", incident.title),
                    };
                    self.examples.push(format!("{who} ({why})"));
                }
                return Ok(());
            }
        };
        let safe = cells.iter().zip(&self.numeric).map(|(cell, &numeric)| {
            if numeric {
                cell.as_str().into()
            } else {
                neutralise(cell)
            }
        });
        self.csv
            .write_record(safe.map(|c| c.into_owned()))
            .map_err(io_error)?;
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.csv.flush()
    }
}

/// The I/O error inside a CSV error, as it was (a closed pipe stays a closed pipe).
fn io_error(error: ::csv::Error) -> io::Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn date(edtf: &str) -> IncidentDate {
        edtf.parse().unwrap()
    }

    #[test]
    fn precision_never_finer_than_the_date() {
        let cases = [
            ("2021-04-29", Some(("2021-04-29", 1))),
            ("2021-04-29~", Some(("2021-04-29", 2))),
            ("2021-04-29?", Some(("2021-04-29", 2))),
            ("[2021-04-28..2021-04-30]", Some(("2021-04-29", 2))),
            ("[2021-04-26..2021-05-02]", Some(("2021-04-29", 2))),
            ("2021-04-28/2021-05-01", Some(("2021-04-29", 2))),
            ("2021-05", Some(("2021-05-15", 3))),
            ("2021-02~", Some(("2021-02-15", 3))),
            ("[2021-05-05..2021-05-31]", Some(("2021-05-18", 3))),
            ("2021-05-21/2021-05-31~", Some(("2021-05-26", 3))),
            ("[2021-04-25..2021-05-02]", None),
            ("[2021-04-29..2021-05-10]", None),
            ("2021-04/2021-05", None),
            ("1991", None),
            ("[..2021-05-10]", None),
            ("[2021-05-10..]", None),
            ("2021-04-28/", None),
            ("2021-04-28/..", None),
        ];
        for (edtf, want) in cases {
            let date = date(edtf);
            let got = acled_date(&date).ok().map(|(day, p)| (day, p.code()));
            assert_eq!(got, want.map(|(day, p)| (d(day), p)), "{edtf}");
            if let Ok((day, precision)) = acled_date(&date) {
                // What the reader makes of the two columns holds every day of the date.
                let read = precision.date(day).unwrap();
                assert!(read.earliest() <= date.earliest(), "{edtf}: {read}");
                assert!(read.latest() >= date.latest(), "{edtf}: {read}");
            }
        }
    }

    #[test]
    fn notes_open_as_acled_writes_them() {
        let cases = [
            ("2021-04-29", "On 29 April 2021"),
            ("2021-04-01~", "Around 1 April 2021"),
            ("2021-05", "In May 2021"),
            ("[2021-04-28..2021-04-30]", "Between 28 and 30 April 2021"),
            (
                "[2021-04-28..2021-05-02]",
                "Between 28 April and 2 May 2021",
            ),
            (
                "[2020-12-28..2021-01-02]",
                "Between 28 December 2020 and 2 January 2021",
            ),
            ("2021-04-28/2021-05-01", "From 28 April to 1 May 2021"),
            ("2021-05-21/2021-05-31~", "From about 21 to 31 May 2021"),
            ("[..2021-05-10]", "On or before 10 May 2021"),
        ];
        for (edtf, want) in cases {
            assert_eq!(notes_date(&date(edtf)), want, "{edtf}");
        }
    }

    #[test]
    fn a_summary_that_opens_with_its_date_is_not_dated_twice() {
        let mut incident = Incident::new(
            "2014-01".parse().expect("EDTF"),
            EventType::Shelling,
            "Shelling",
        );
        incident.summary = "In January 2014 border guards traded fire near Tamdyk.".into();
        assert_eq!(notes(&incident), incident.summary);
        incident.summary = "In January 2014, border guards traded fire.".into();
        assert_eq!(notes(&incident), incident.summary);
        incident.summary = "Border guards traded fire.".into();
        assert_eq!(
            notes(&incident),
            "In January 2014, Border guards traded fire."
        );
    }

    #[test]
    fn lowest_figure_and_vague_words() {
        let lex = Lexicon::builtin().unwrap();
        let f = |low, best, high, phrase: &str| Fatalities {
            low,
            best,
            high,
            phrase: phrase.into(),
        };
        assert_eq!(acled_fatalities(&f(None, None, None, ""), &lex), 0);
        assert_eq!(acled_fatalities(&f(Some(34), None, Some(40), ""), &lex), 34);
        assert_eq!(
            acled_fatalities(&f(Some(31), Some(31), Some(31), ""), &lex),
            31
        );
        assert_eq!(acled_fatalities(&f(None, Some(7), None, ""), &lex), 7);
        // A ceiling is no figure.
        assert_eq!(
            acled_fatalities(&f(None, None, Some(40), "up to 40"), &lex),
            0
        );
        // Vague words, in either language, become ACLED's numbers.
        let dozens = f(Some(24), None, Some(99), "dozens of people were killed");
        assert_eq!(acled_fatalities(&dozens, &lex), 12);
        let arabic = f(Some(24), None, Some(99), "مقتل العشرات");
        assert_eq!(acled_fatalities(&arabic, &lex), 12);
        let hundreds = f(Some(200), None, Some(999), "hundreds killed");
        assert_eq!(acled_fatalities(&hundreds, &lex), 100);
        let several = f(Some(3), None, Some(9), "several killed");
        assert_eq!(acled_fatalities(&several, &lex), 3);
        // A figure a source gives as a number stays as it is, even beside a vague word.
        let exact = f(Some(24), None, Some(99), "24 killed; dozens killed");
        assert_eq!(acled_fatalities(&exact, &lex), 24);
        let words = f(Some(3), None, Some(9), "three killed; several killed");
        assert_eq!(acled_fatalities(&words, &lex), 3);
        // A figure no vague word gives (an analyst's edit, say) is kept.
        let other = f(Some(30), None, Some(99), "30 killed; dozens killed");
        assert_eq!(acled_fatalities(&other, &lex), 30);
    }

    #[test]
    fn only_strategic_developments_need_the_type_tag() {
        for &t in EventType::ALL {
            let kind = acled_type(t);
            let back = map_event_type(kind.event_type, kind.sub_event_type, "");
            if back != t {
                // Several tarikh types share these classes: the tag tells them apart.
                assert_eq!(kind.event_type, STRATEGIC, "{t} read back as {back}");
            }
        }
    }
}
