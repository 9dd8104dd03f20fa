//! One self-contained HTML page of the timeline, to open offline or send by mail.
//!
//! The page is a fixed frame (`html/page.html`, with `page.css` and `page.js` inlined) and the
//! incidents as JSON inside a `<script type="application/json">` element. Nothing is fetched:
//! no CDN, no fonts, no images. The page's script draws every incident on a time axis (a day
//! as a point, a span as a bar, one unknown day within bounds as a hatched bar, an open or
//! approximate end as a fading one), filters by type, actor, place, status and date, and opens
//! an incident's sources, evidence and disputes.
//!
//! Incidents stream through: each is written as it comes, so memory stays flat. Each carries
//! its sources' own readings (publication, URL, day, date, toll, sentences) when reports tell
//! it, since those are what an analyst checks a disputed date or toll against.
//!
//! Every `<` in the data is written as `\u003c`, so no text in a report can close the script
//! element or open a comment in it; `JSON.parse` reads it back as `<`.

use std::error::Error as StdError;
use std::io::{self, BufWriter, Write};

use serde::Serialize;

use crate::date::{DateKind, IncidentDate};
use crate::merge::Reading;
use crate::model::Incident;
use crate::store::{Filter, Store, StoreError};

const PAGE: &str = include_str!("html/page.html");
const CSS: &str = include_str!("html/page.css");
const JS: &str = include_str!("html/page.js");

/// The page's heading when none is given.
pub const DEFAULT_TITLE: &str = "Timeline of incidents";

/// How to write the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The page's heading and `<title>`; [`DEFAULT_TITLE`] when `None`.
    pub title: Option<String>,
}

/// One incident with each source's own reading of it (none for a hand entry or a row from a
/// spreadsheet or dataset).
#[derive(Debug, Clone)]
pub struct Entry {
    pub incident: Incident,
    pub readings: Vec<Reading>,
}

/// Why the page could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The incident stream failed (a store query, an import).
    #[error(transparent)]
    Input(Box<dyn StdError + Send + Sync>),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the page: {0}")]
    Io(#[from] io::Error),
    #[error("cannot write the page: {0}")]
    Json(serde_json::Error),
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        super::json_error(e).map_or_else(Error::Json, Error::Io)
    }
}

/// Write the page of these incidents, in the order given. Returns the number written.
pub fn write<W, I, E>(out: W, entries: I, options: &Options) -> Result<usize, Error>
where
    W: Write,
    I: IntoIterator<Item = Result<Entry, E>>,
    E: Into<Box<dyn StdError + Send + Sync>>,
{
    let mut page = PageWriter::start(out, options)?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::Input(e.into()))?;
        page.add(&entry.incident, &entry.readings)?;
    }
    page.finish()
}

/// Write the page of the incidents in `store` that pass `filter`, in timeline order, each with
/// its sources' readings. Returns the number written.
pub fn write_store<W: Write>(
    out: W,
    store: &Store,
    filter: &Filter,
    options: &Options,
) -> Result<usize, Error> {
    let mut page = PageWriter::start(out, options)?;
    store.for_each(filter, |incident| -> Result<(), Error> {
        let readings = match incident.id {
            Some(id) => store.readings(id)?,
            None => Vec::new(),
        };
        page.add(&incident, &readings)
    })?;
    page.finish()
}

/// The page written in three parts: the frame up to the data, one incident at a time, and the
/// rest of the frame with the script.
struct PageWriter<W: Write> {
    out: BufWriter<W>,
    tail: String,
    count: usize,
    buffer: Vec<u8>,
}

impl<W: Write> PageWriter<W> {
    fn start(out: W, options: &Options) -> Result<PageWriter<W>, Error> {
        let title = options
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or(DEFAULT_TITLE);
        let generator = concat!("tarikh ", env!("CARGO_PKG_VERSION"));
        // As with the data: no `<` may end the script element it sits in.
        let meta = serde_json::to_string(&Meta { title, generator })?.replace('<', "\\u003c");
        let mut head = String::with_capacity(PAGE.len() + CSS.len() + 1024);
        let mut tail = String::with_capacity(JS.len() + 1024);
        let mut into = &mut head;
        for piece in slots(PAGE) {
            match piece {
                Piece::Text(text) => into.push_str(text),
                Piece::Slot("TITLE") => into.push_str(&crate::export::escape_html(title)),
                Piece::Slot("GENERATOR") => into.push_str(generator),
                Piece::Slot("POLICY") => into.push_str(&policy()),
                Piece::Slot("CSS") => into.push_str(CSS),
                Piece::Slot("JS") => into.push_str(JS),
                Piece::Slot("META") => into.push_str(&meta),
                Piece::Slot("DATA") => into = &mut tail,
                // Not reached: the frame's slots are ours, and a test checks each is known.
                Piece::Slot(_) => {}
            }
        }
        let mut out = BufWriter::with_capacity(1 << 16, out);
        out.write_all(head.as_bytes())?;
        out.write_all(b"[")?;
        Ok(PageWriter {
            out,
            tail,
            count: 0,
            buffer: Vec::with_capacity(4096),
        })
    }

    fn add(&mut self, incident: &Incident, readings: &[Reading]) -> Result<(), Error> {
        self.buffer.clear();
        serde_json::to_writer(&mut self.buffer, &Item::new(incident, readings))?;
        self.out
            .write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
        self.out.write_all(&script_safe(&self.buffer))?;
        self.count += 1;
        Ok(())
    }

    fn finish(mut self) -> Result<usize, Error> {
        self.out.write_all(b"\n]")?;
        self.out.write_all(self.tail.as_bytes())?;
        self.out.flush()?;
        Ok(self.count)
    }
}

/// What the page says about itself.
#[derive(Serialize)]
struct Meta<'a> {
    title: &'a str,
    generator: &'a str,
}

/// An incident as the page's script reads it.
#[derive(Serialize)]
struct Item<'a> {
    id: Option<i64>,
    uid: &'a str,
    title: &'a str,
    summary: &'a str,
    event_type: &'static str,
    status: &'static str,
    date: When,
    actors: &'a [String],
    place: Option<&'a str>,
    country: Option<&'a str>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    fatalities: Toll<'a>,
    /// How the sources differ, source by source; empty when they agree.
    disputed: &'a str,
    /// The same, point by point, for the page to lay out.
    disputes: Vec<Dispute<'a>>,
    /// Each source's own reading; empty when no report tells it.
    readings: Vec<SourceReading<'a>>,
    /// Publication names (or headlines) as the incident lists them.
    sources: &'a [String],
    source_urls: &'a [String],
    source_count: u32,
    first_reported: Option<String>,
    last_reported: Option<String>,
    /// The publication day of each report that tells it, oldest first.
    published: Vec<String>,
    /// The evidence sentences no reading below holds (all of them when there are no readings),
    /// so that each sentence is written once.
    evidence: Vec<&'a str>,
}

impl<'a> Item<'a> {
    fn new(incident: &'a Incident, readings: &'a [Reading]) -> Item<'a> {
        let read: Vec<&str> = readings
            .iter()
            .flat_map(|r| r.incident.evidence.iter().map(|e| e.sentence.as_str()))
            .collect();
        let names: Vec<&str> = readings.iter().map(|r| r.source.name.as_str()).collect();
        let evidence = incident
            .evidence
            .iter()
            .map(|e| e.sentence.as_str())
            .filter(|s| !read.contains(s))
            .collect();
        Item {
            id: incident.id,
            uid: &incident.uid,
            title: &incident.title,
            summary: &incident.summary,
            event_type: incident.event_type.as_str(),
            status: incident.status.as_str(),
            date: When::new(&incident.date),
            actors: &incident.actors,
            place: incident.place.as_deref(),
            country: incident.country.as_deref(),
            latitude: incident.latitude,
            longitude: incident.longitude,
            fatalities: Toll::new(incident),
            disputed: &incident.disputed,
            disputes: disputes(&incident.disputed, &names),
            readings: readings.iter().map(SourceReading::new).collect(),
            sources: &incident.sources,
            source_urls: &incident.provenance.source_urls,
            source_count: incident.provenance.source_count,
            first_reported: incident.provenance.first_reported.map(|d| d.to_string()),
            last_reported: incident.provenance.last_reported.map(|d| d.to_string()),
            published: incident.provenance.published_days(),
            evidence,
        }
    }
}

/// One point the sources differ on: `fatalities`, and each value with the sources giving it.
#[derive(Debug, PartialEq, Serialize)]
struct Dispute<'a> {
    /// `date`, `status`, `fatalities`, `place`...; empty when the text was not in the
    /// merge's shape, in which case the one value holds it whole.
    field: &'a str,
    values: Vec<Claim<'a>>,
}

#[derive(Debug, PartialEq, Serialize)]
struct Claim<'a> {
    value: &'a str,
    /// The sources giving it: each a name of the incident's readings when the merge's list
    /// ("Steppe Wire, The Alai Ledger") is made of them, else the list whole (a publication's
    /// name may hold a comma, so it is never split blindly).
    sources: Vec<&'a str>,
}

/// Read the merge's `disputed` text, `field: value (sources) / value (sources); field: ...`
/// (see `merge::combine`), point by point, the sources by the names in `names`. What does not
/// fit that shape is kept whole.
fn disputes<'a>(text: &'a str, names: &[&str]) -> Vec<Dispute<'a>> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let mut points = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        // A point ends at "; " followed by the next point's field name.
        let end = rest
            .match_indices("; ")
            .map(|(i, _)| i)
            .find(|&i| field_of(&rest[i + 2..]).is_some())
            .unwrap_or(rest.len());
        let point = &rest[..end];
        rest = rest.get(end + 2..).unwrap_or("");
        let Some(field) = field_of(point) else {
            points.push(Dispute {
                field: "",
                values: vec![Claim {
                    value: point,
                    sources: Vec::new(),
                }],
            });
            continue;
        };
        let values = point[field.len() + 2..]
            .split(" / ")
            .map(|claim| {
                let claim = claim.trim();
                match sources_at_end(claim) {
                    Some(open) => Claim {
                        value: claim[..open].trim_end(),
                        sources: split_names(&claim[open + 1..claim.len() - 1], names),
                    },
                    None => Claim {
                        value: claim,
                        sources: Vec::new(),
                    },
                }
            })
            .collect();
        points.push(Dispute { field, values });
    }
    points
}

/// `list` as the names of `names` it is made of, joined by ", " (the longest that fits at each
/// step), or `list` whole when it is not made of them.
fn split_names<'a>(list: &'a str, names: &[&str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = list;
    while !rest.is_empty() {
        let fits = names
            .iter()
            .filter(|n| {
                !n.is_empty()
                    && rest.starts_with(**n)
                    && (rest.len() == n.len() || rest[n.len()..].starts_with(", "))
            })
            .map(|n| n.len())
            .max();
        let Some(len) = fits else {
            return vec![list];
        };
        out.push(&rest[..len]);
        rest = rest.get(len + 2..).unwrap_or("");
    }
    out
}

/// The field name a point starts with (`fatalities: ...`), if it starts with one.
fn field_of(point: &str) -> Option<&str> {
    let (name, _) = point.split_once(": ")?;
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')).then_some(name)
}

/// Where the parenthesis opens that closes at the end of `claim` ("Kok-Tash (Ministry (press
/// service))"), when there is one after a value.
fn sources_at_end(claim: &str) -> Option<usize> {
    if !claim.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (i, ch) in claim.char_indices().rev() {
        match ch {
            ')' => depth += 1,
            '(' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return (i > 0).then_some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// A date as the page draws it.
#[derive(Serialize)]
struct When {
    /// EDTF, as in every other export.
    edtf: String,
    /// The wording with its uncertainty ("between 29 Apr and 10 May 2021").
    text: String,
    precision: &'static str,
    /// `day`: that day; `span`: it lasted from start to end; `within`: one unknown day between
    /// start and end (a "between" reading, a month, a year).
    shape: &'static str,
    /// Earliest and latest possible day; `None` for an open side ("on or before", "ongoing").
    start: Option<String>,
    end: Option<String>,
    /// The span goes on (`a/..`), rather than ending on a day nobody gave (`a/`).
    ongoing: bool,
    approximate: bool,
    uncertain: bool,
}

impl When {
    fn new(date: &IncidentDate) -> When {
        let shape = match date.kind {
            DateKind::Single(p) if p.day.is_some() => "day",
            DateKind::Single(_) | DateKind::OneOf { .. } => "within",
            DateKind::Interval { .. } => "span",
        };
        When {
            edtf: date.to_edtf(),
            text: date.describe(),
            precision: date.precision().as_str(),
            shape,
            start: date.earliest().map(|d| d.to_string()),
            end: date.latest().map(|d| d.to_string()),
            ongoing: matches!(date.kind, DateKind::Interval { open_end: true, .. }),
            approximate: date.qualifier.approximate,
            uncertain: date.qualifier.uncertain,
        }
    }
}

/// A casualty figure: the range, the short figure, and the source's words.
#[derive(Serialize)]
struct Toll<'a> {
    low: Option<u32>,
    best: Option<u32>,
    high: Option<u32>,
    /// "12", "12–30", "≥31", or the phrase; empty when nothing is known.
    figure: String,
    phrase: &'a str,
}

impl<'a> Toll<'a> {
    fn new(incident: &'a Incident) -> Toll<'a> {
        let f = &incident.fatalities;
        Toll {
            low: f.low,
            best: f.best,
            high: f.high,
            figure: f.figure(),
            phrase: &f.phrase,
        }
    }
}

/// One source: the publication, where and when it was published, and the incident as it
/// tells it.
#[derive(Serialize)]
struct SourceReading<'a> {
    name: &'a str,
    url: Option<&'a str>,
    published: String,
    date: When,
    event_type: &'static str,
    status: &'static str,
    place: Option<&'a str>,
    actors: &'a [String],
    fatalities: Toll<'a>,
    evidence: Vec<&'a str>,
}

impl<'a> SourceReading<'a> {
    fn new(r: &'a Reading) -> SourceReading<'a> {
        let x = &r.incident;
        SourceReading {
            name: &r.source.name,
            url: r.source.url.as_deref(),
            published: r.source.published.to_string(),
            date: When::new(&x.date),
            event_type: x.event_type.as_str(),
            status: x.status.as_str(),
            place: x.place.as_deref(),
            actors: &x.actors,
            fatalities: Toll::new(x),
            evidence: x.evidence.iter().map(|e| e.sentence.as_str()).collect(),
        }
    }
}

/// A piece of the frame: text as it is, or a `{{NAME}}` slot to fill. Values are never
/// scanned for slots, so a title that reads `{{DATA}}` stays a title.
enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

fn slots(template: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let Some(open) = rest.find("{{") else {
            let text = rest;
            rest = "";
            return Some(Piece::Text(text));
        };
        if open > 0 {
            let text = &rest[..open];
            rest = &rest[open..];
            return Some(Piece::Text(text));
        }
        match rest.find("}}") {
            Some(close) => {
                let name = &rest[2..close];
                rest = &rest[close + 2..];
                Some(Piece::Slot(name))
            }
            None => {
                let text = rest;
                rest = "";
                Some(Piece::Text(text))
            }
        }
    })
}

/// The page's Content-Security-Policy: its own style and script (by hash) and nothing else, so
/// that the page can fetch nothing, and text in the data could not run even if it got out of
/// its element.
fn policy() -> String {
    format!(
        "default-src 'none'; style-src '{}'; script-src '{}'; base-uri 'none'; form-action 'none'",
        sha256_source(CSS),
        sha256_source(JS)
    )
}

/// A CSP hash source: `sha256-` and the base64 of the text's SHA-256.
fn sha256_source(text: &str) -> String {
    use sha2::{Digest, Sha256};
    format!("sha256-{}", base64(&Sha256::digest(text.as_bytes())))
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// JSON that may sit inside a `<script>` element: `<` becomes `\u003c`. In JSON text `<` can
/// only occur inside a string, where the escape means the same character.
fn script_safe(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len() + 16);
    for &b in json {
        if b == b'<' {
            out.extend_from_slice(b"\\u003c");
        } else {
            out.push(b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    #[test]
    fn script_text_cannot_close_its_element() {
        let json = serde_json::to_vec(&"</script><!-- <b>").unwrap();
        let safe = String::from_utf8(script_safe(&json)).unwrap();
        assert!(!safe.contains('<'), "{safe}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "</script><!-- <b>");
    }

    #[test]
    fn disputes_are_read_point_by_point() {
        let text = "date: 2021-04-29 (Steppe Wire, جريدة الضفتين) / 2021-04-30 (Tien Shan Wire); \
                    place: Isfara (Steppe Wire) / Kok-Tash (Ministry (press service)); fatalities: ≥3";
        let points = disputes(text, &["Steppe Wire", "جريدة الضفتين", "Tien Shan Wire"]);
        assert_eq!(points.len(), 3);
        assert_eq!(points[0].field, "date");
        assert_eq!(
            points[0].values,
            vec![
                Claim {
                    value: "2021-04-29",
                    sources: vec!["Steppe Wire", "جريدة الضفتين"]
                },
                Claim {
                    value: "2021-04-30",
                    sources: vec!["Tien Shan Wire"]
                },
            ]
        );
        assert_eq!(
            points[1].values[1],
            Claim {
                value: "Kok-Tash",
                sources: vec!["Ministry (press service)"]
            }
        );
        assert_eq!(points[2].field, "fatalities");
        assert!(points[2].values[0].sources.is_empty());
        // Text in no known shape is kept whole, not lost.
        let odd = disputes("Tajik side: 29 April; the Kyrgyz side says 30", &[]);
        assert_eq!(odd.len(), 1);
        assert_eq!(odd[0].field, "");
        assert_eq!(
            odd[0].values[0].value,
            "Tajik side: 29 April; the Kyrgyz side says 30"
        );
        assert!(disputes("  ", &[]).is_empty());
    }

    #[test]
    fn source_lists_split_only_into_known_names() {
        let names = ["Steppe Wire", "Ministry, Kyrgyz Republic", "Ministry"];
        assert_eq!(
            split_names("Ministry, Kyrgyz Republic, Steppe Wire", &names),
            vec!["Ministry, Kyrgyz Republic", "Steppe Wire"]
        );
        assert_eq!(
            split_names("Steppe Wire, Unknown Daily", &names),
            vec!["Steppe Wire, Unknown Daily"]
        );
    }

    #[test]
    fn shapes_follow_the_claim() {
        let shape = |edtf: &str| When::new(&edtf.parse().unwrap()).shape;
        assert_eq!(shape("2021-04-29"), "day");
        assert_eq!(shape("2021-04-29~"), "day");
        assert_eq!(shape("2021-05"), "within");
        assert_eq!(shape("1991"), "within");
        assert_eq!(shape("[2021-04-29..2021-05-10]"), "within");
        assert_eq!(shape("[..2021-05-10]"), "within");
        assert_eq!(shape("2021-04-28/2021-05-01"), "span");
        assert_eq!(shape("2021-04-28/.."), "span");
        let before = When::new(&"[..2021-05-10]".parse().unwrap());
        assert_eq!(before.start, None);
        assert_eq!(before.end.as_deref(), Some("2021-05-10"));
        let ongoing = When::new(&"2021-04-28/..".parse().unwrap());
        assert!(ongoing.ongoing && ongoing.end.is_none());
        let unknown_end = When::new(&"2021-04-28/".parse().unwrap());
        assert!(!unknown_end.ongoing && unknown_end.end.is_none());
    }

    #[test]
    fn the_frame_has_known_slots_and_no_external_reference() {
        let names: Vec<&str> = slots(PAGE)
            .filter_map(|p| match p {
                Piece::Slot(name) => Some(name),
                Piece::Text(_) => None,
            })
            .collect();
        assert_eq!(names.iter().filter(|n| **n == "DATA").count(), 1);
        for name in names {
            assert!(
                ["TITLE", "GENERATOR", "POLICY", "CSS", "JS", "META", "DATA"].contains(&name),
                "unknown slot {name}"
            );
        }
        assert!(!JS.contains("</script") && !CSS.contains("</style"));
        for part in [PAGE, CSS, JS] {
            for banned in ["http://", "https://", "@import", "url(", "//cdn"] {
                assert!(!part.contains(banned), "the frame refers to {banned}");
            }
        }
    }

    #[test]
    fn the_title_is_escaped() {
        let mut out = Vec::new();
        let options = Options {
            title: Some("<b>Border & \"war\"</b>".into()),
        };
        let n = write(
            &mut out,
            std::iter::empty::<Result<Entry, Infallible>>(),
            &options,
        )
        .unwrap();
        assert_eq!(n, 0);
        let page = String::from_utf8(out).unwrap();
        assert!(page.contains("<title>&lt;b&gt;Border &amp; &quot;war&quot;&lt;/b&gt;</title>"));
        assert!(!page.contains("<b>Border"));
    }

    #[test]
    fn values_are_not_scanned_for_slots() {
        let mut out = Vec::new();
        let options = Options {
            title: Some("{{DATA}} {{JS}}".into()),
        };
        write(
            &mut out,
            std::iter::empty::<Result<Entry, Infallible>>(),
            &options,
        )
        .unwrap();
        let page = String::from_utf8(out).unwrap();
        assert!(page.contains("<title>{{DATA}} {{JS}}</title>"));
        assert_eq!(page.matches("id=\"tarikh-data\">[\n]</script>").count(), 1);
    }

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }
}
