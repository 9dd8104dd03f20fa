//! Incidents out for Knight Lab's TimelineJS: as its spreadsheet template (CSV) and as its JSON.
//!
//! TimelineJS has no notion of an uncertain date, so the uncertainty goes where it can:
//! the slide's start and end fields carry the date only at the precision it is known (a month
//! leaves Day empty, a year leaves Month and Day empty), a span's end goes in the End fields,
//! and the display date is [`crate::date::IncidentDate::describe`], which says "about", "between … and …"
//! or "on or before". A date open towards the past (`[..b]`) is placed on its latest day, the
//! only year it has, and its display date says "on or before". A claimed or planned incident
//! says so in its text. Nothing is dropped silently.
//!
//! Both writers stream: one incident in, one row or slide out.
//!
//! Headline and Text are HTML in TimelineJS, so report text is HTML-escaped. The CSV is meant
//! to be opened in a spreadsheet (Google Sheets, Excel) before TimelineJS reads it, so no cell
//! may start with a character that a spreadsheet runs as a formula: such a first character is
//! written as its HTML character reference, which TimelineJS displays unchanged.

use std::error::Error as StdError;
use std::io::{self, BufWriter, Write};

use serde::Serialize;

use crate::date::{DateKind, Point};
use crate::model::{Incident, Status};

/// The TimelineJS spreadsheet template's columns, in order.
pub const CSV_HEADER: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The timeline's title slide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Title {
    /// Plain text; escaped on output.
    pub headline: String,
    /// Plain text; escaped on output.
    pub text: String,
}

/// How to write the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// A title slide, if any.
    pub title: Option<Title>,
    /// Start the CSV with a UTF-8 byte-order mark. On by default: without it Excel garbles
    /// Arabic; Google Sheets, LibreOffice and pandas read it either way. Ignored for JSON.
    pub bom: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            title: None,
            bom: true,
        }
    }
}

/// Why a timeline could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The incident stream failed (a store query, an import).
    #[error(transparent)]
    Input(Box<dyn StdError + Send + Sync>),
    #[error("cannot write the timeline: {0}")]
    Io(#[from] io::Error),
    #[error("cannot write the timeline: {0}")]
    Csv(csv::Error),
    #[error("cannot write the timeline: {0}")]
    Json(serde_json::Error),
    /// TimelineJS needs a year on every slide.
    #[error("incident '{0}' has no date bound at all, and TimelineJS needs a year for every slide")]
    NoDate(String),
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Error {
        // Keep I/O failures as I/O errors, so that a closed pipe is recognised as one.
        if !e.is_io_error() {
            return Error::Csv(e);
        }
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::Io(io),
            // Not reached: is_io_error() said it was an I/O error.
            other => Error::Io(io::Error::other(format!("{other:?}"))),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        super::json_error(e).map_or_else(Error::Json, Error::Io)
    }
}

/// Write the TimelineJS spreadsheet template as CSV: the header, the title row if any, one row
/// per incident. Returns the number of incidents written.
pub fn write_csv<W, I, E>(out: W, incidents: I, options: &Options) -> Result<usize, Error>
where
    W: Write,
    I: IntoIterator<Item = Result<Incident, E>>,
    E: Into<Box<dyn StdError + Send + Sync>>,
{
    let mut out = out;
    if options.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(CSV_HEADER)?;
    if let Some(title) = &options.title {
        let mut row: [String; 18] = Default::default();
        row[9] = sheet_safe(crate::export::escape_html(&title.headline));
        row[10] = sheet_safe(paragraphs(&title.text));
        row[15] = "title".to_string();
        csv.write_record(&row)?;
    }
    let mut count = 0;
    for incident in incidents {
        let inc = incident.map_err(|e| Error::Input(e.into()))?;
        let (start, end) = placement(&inc)?;
        let mut row: [String; 18] = Default::default();
        let fill = |cells: &mut [String], p: &Point| {
            cells[0] = p.year.to_string();
            cells[1] = p.month.map(|m| m.to_string()).unwrap_or_default();
            cells[2] = p.day.map(|d| d.to_string()).unwrap_or_default();
        };
        fill(&mut row[0..3], &start);
        if let Some(end) = &end {
            fill(&mut row[4..7], end);
        }
        row[8] = sheet_safe(crate::export::escape_html(&inc.date.describe()));
        row[9] = sheet_safe(crate::export::escape_html(&inc.title));
        row[10] = sheet_safe(slide_text(&inc));
        row[16] = sheet_safe(inc.event_type.as_str().to_string());
        csv.write_record(&row)?;
        count += 1;
    }
    csv.flush()?;
    Ok(count)
}

/// Write TimelineJS JSON: `{"title": slide, "events": [slide, ...]}`, one event per line.
/// Returns the number of incidents written.
pub fn write_json<W, I, E>(out: W, incidents: I, options: &Options) -> Result<usize, Error>
where
    W: Write,
    I: IntoIterator<Item = Result<Incident, E>>,
    E: Into<Box<dyn StdError + Send + Sync>>,
{
    let mut out = BufWriter::new(out);
    out.write_all(b"{")?;
    if let Some(title) = &options.title {
        let slide = Slide {
            start_date: None,
            end_date: None,
            display_date: None,
            text: SlideText {
                headline: crate::export::escape_html(&title.headline),
                text: paragraphs(&title.text),
            },
            group: None,
            unique_id: None,
        };
        out.write_all(b"\"title\":")?;
        serde_json::to_writer(&mut out, &slide)?;
        out.write_all(b",")?;
    }
    out.write_all(b"\"events\":[")?;
    let mut count = 0;
    for incident in incidents {
        let inc = incident.map_err(|e| Error::Input(e.into()))?;
        let (start, end) = placement(&inc)?;
        let display = inc.date.describe();
        let slide = Slide {
            start_date: Some(JsonDate::from_point(&start, Some(display.clone()))),
            end_date: end.as_ref().map(|p| JsonDate::from_point(p, None)),
            display_date: Some(display),
            text: SlideText {
                headline: crate::export::escape_html(&inc.title),
                text: slide_text(&inc),
            },
            group: Some(inc.event_type.as_str()),
            unique_id: Some(unique_id(&inc, count)),
        };
        out.write_all(if count == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut out, &slide)?;
        count += 1;
    }
    out.write_all(b"\n]}\n")?;
    out.flush()?;
    Ok(count)
}

#[derive(Serialize)]
struct Slide<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<JsonDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<JsonDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    text: SlideText,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
}

#[derive(Serialize)]
struct SlideText {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct JsonDate {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
}

impl JsonDate {
    fn from_point(p: &Point, display_date: Option<String>) -> JsonDate {
        JsonDate {
            year: p.year,
            month: p.month,
            day: p.day,
            display_date,
        }
    }
}

/// Where a slide sits: its start and, for spans, its end, each at the precision it is known.
/// An open side is left out; a date open towards the past starts at its latest bound, since
/// TimelineJS needs a year (the display date says "on or before" / "until").
fn placement(inc: &Incident) -> Result<(Point, Option<Point>), Error> {
    let (start, end) = match inc.date.kind {
        DateKind::Single(p) => (Some(p), None),
        DateKind::Interval { start, end, .. } => (start, end),
        DateKind::OneOf { earliest, latest } => (earliest, latest),
    };
    match (start, end) {
        (Some(a), Some(b)) if a == b => Ok((a, None)),
        (Some(a), b) => Ok((a, b)),
        (None, Some(b)) => Ok((b, None)),
        (None, None) => Err(Error::NoDate(inc.uid.clone())),
    }
}

/// The slide's body: summary, what kind of claim it is, place, toll, sources, then the
/// evidence sentences (the summary is not repeated when it is also the evidence).
fn slide_text(inc: &Incident) -> String {
    let mut html = String::new();
    if !inc.summary.trim().is_empty() {
        html.push_str(&paragraphs(&inc.summary));
    }
    match inc.status {
        Status::Occurred => {}
        Status::Claimed => {
            html.push_str("<p><i>Claimed: one side's allegation, as reported.</i></p>")
        }
        Status::Planned => {
            html.push_str("<p><i>Planned or announced at the time of the report.</i></p>")
        }
    }
    let place: Vec<&str> = [inc.place.as_deref(), inc.country.as_deref()]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    if !place.is_empty() {
        labelled(&mut html, "Where", &place.join(", "));
    }
    let f = &inc.fatalities;
    if !f.phrase.trim().is_empty() {
        labelled(&mut html, "Fatalities", &f.phrase);
    } else if !f.is_empty() {
        let show = |n: Option<u32>| n.map_or_else(|| "?".to_string(), |n| n.to_string());
        labelled(
            &mut html,
            "Fatalities",
            &format!("{}–{} (best {})", show(f.low), show(f.high), show(f.best)),
        );
    }
    if !inc.disputed.trim().is_empty() {
        labelled(&mut html, "Disputed", &inc.disputed);
    }
    if !inc.sources.is_empty() {
        labelled(&mut html, "Sources", &inc.sources.join("; "));
    }
    // Where the incident is told, when, and by how many reports (the columns the other
    // exports end with).
    let p = &inc.provenance;
    if p.source_count > 0 {
        let days = p.published_days();
        let mut told = format!(
            "{} report{}",
            p.source_count,
            if p.source_count == 1 { "" } else { "s" }
        );
        if !days.is_empty() {
            told.push_str(&format!(", published {}", days.join(", ")));
        }
        labelled(&mut html, "Reported", &told);
    }
    for url in &p.source_urls {
        // A link only to the web: a report's URL is whatever its front matter said.
        if url.starts_with("https://") || url.starts_with("http://") {
            html.push_str("<p><a href=\"");
            html.push_str(&crate::export::escape_html(url));
            html.push_str("\">");
            html.push_str(&crate::export::escape_html(url));
            html.push_str("</a></p>");
        } else {
            labelled(&mut html, "URL", url);
        }
    }
    for evidence in &inc.evidence {
        let sentence = evidence.sentence.trim();
        if !sentence.is_empty() && sentence != inc.summary.trim() {
            html.push_str("<blockquote>");
            html.push_str(&crate::export::escape_html(sentence));
            html.push_str("</blockquote>");
        }
    }
    html
}

fn labelled(html: &mut String, label: &str, value: &str) {
    html.push_str("<p><b>");
    html.push_str(label);
    html.push_str(":</b> ");
    html.push_str(&crate::export::escape_html(value));
    html.push_str("</p>");
}

/// Plain text as HTML paragraphs, line breaks kept.
fn paragraphs(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return String::new();
    }
    let body: Vec<String> = text
        .split("\n\n")
        .map(|p| {
            crate::export::escape_html(p.trim())
                .replace("\r\n", "<br>")
                .replace('\n', "<br>")
        })
        .filter(|p| !p.is_empty())
        .collect();
    format!("<p>{}</p>", body.join("</p><p>"))
}

/// A cell no spreadsheet will run as a formula: a leading `=`, `+`, `-`, `@`, tab or carriage
/// return becomes its HTML character reference, which TimelineJS shows as the character.
fn sheet_safe(cell: String) -> String {
    match cell.chars().next() {
        Some(c @ ('=' | '+' | '-' | '@' | '\t' | '\r')) => {
            format!("&#{};{}", c as u32, &cell[c.len_utf8()..])
        }
        _ => cell,
    }
}

/// TimelineJS puts the id in the page's URL hash: keep it to letters, digits, `-` and `_`.
fn unique_id(inc: &Incident, index: usize) -> String {
    let base = if !inc.uid.is_empty() {
        inc.uid.clone()
    } else if let Some(id) = inc.id {
        format!("incident-{id}")
    } else {
        format!("slide-{index}")
    };
    base.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::IncidentDate;

    #[test]
    fn formula_starts_are_defused() {
        assert_eq!(
            sheet_safe("=HYPERLINK(\"x\")".into()),
            "&#61;HYPERLINK(\"x\")"
        );
        assert_eq!(sheet_safe("-3 dead".into()), "&#45;3 dead");
        assert_eq!(sheet_safe("@SUM".into()), "&#64;SUM");
        assert_eq!(sheet_safe("\tx".into()), "&#9;x");
        assert_eq!(sheet_safe("اشتباك".into()), "اشتباك");
    }

    #[test]
    fn escapes_html() {
        assert_eq!(
            crate::export::escape_html("<script>&\"'"),
            "&lt;script&gt;&amp;&quot;&#39;"
        );
        assert_eq!(paragraphs("a\nb\n\nc"), "<p>a<br>b</p><p>c</p>");
    }

    #[test]
    fn ids_are_hash_safe() {
        let mut inc = Incident::new(
            IncidentDate::year(2020),
            crate::model::EventType::Other,
            "x",
        );
        inc.uid = "acled:KGZ392".into();
        assert_eq!(unique_id(&inc, 0), "acled-KGZ392");
        inc.uid.clear();
        assert_eq!(unique_id(&inc, 7), "slide-7");
    }
}
