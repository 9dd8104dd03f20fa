//! UCDP GED (Georeferenced Event Dataset) CSV in, incidents out, one row at a time.
//!
//! Columns are found by name, so the 49-column release and files with extra or reordered
//! columns both read. The file is streamed.
//!
//! How GED's conventions become tarikh's (see `shared/reference/formats.md`):
//!
//! - **Dates.** GED gives `date_start` and `date_end` as the earliest and latest day the event
//!   can have taken place, and `date_prec` says how wide that uncertainty is (1 exact day …
//!   5 up to a year). Which claim a span makes depends on `event_clarity`:
//!   - clarity 1 (a clearly defined event, the usual case): a GED event is one use of force on
//!     one date, so the span is one unknown day in it (`[start..end]`,
//!     [`IncidentDate::one_of`]), not a time over which it lasted. A span that is exactly one
//!     calendar month or year is written as that month or year (same bounds, plainer).
//!   - clarity 2 (low clarity: GED's summary of deaths over a period, e.g. "14 killed during
//!     the week"): the record covers the whole span, so it is an interval (`start/end`), and
//!     the summary says it is an aggregate. In the 2023 sample clarity 2 only ever comes with
//!     a span.
//!
//!   Equal days are the day. A `date_prec` of 1 with a span is contradictory: the span wins
//!   (it is the wider, safer claim) and a warning is issued.
//! - **Types.** `type_of_violence` 1 (state-based) and 2 (non-state) are `armed_clash`,
//!   3 (one-sided violence against civilians) is `attack`.
//! - **Deaths.** `low`, `best`, `high` are kept as given, with the phrase
//!   "UCDP best N (low L, high H)". Real rows sometimes break `low <= best <= high`; they are
//!   imported unchanged, a [`Warning`] is collected, and the incident's `disputed` field says
//!   so, so that the inconsistency survives into the store and its exports.
//! - **Sources.** `source_office` (split on `;`) names the publications; older rows leave it
//!   empty and cite everything in `source_article`, which is used instead. `source_headline`
//!   pieces (or, failing those, the `source_article` citations) are the evidence.
//! - **Identity.** `uid` is `ucdp:<id>`.

use std::fmt;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};

use crate::date::{IncidentDate, last_day_of_month};
use crate::import::ImportError;
use crate::import::csv_rows::{self as table, Col, CsvRows, Row};
use crate::model::{EventType, Evidence, Fatalities, Incident, Status};

/// Columns an incident cannot do without.
const REQUIRED: [&str; 12] = [
    "id",
    "type_of_violence",
    "side_a",
    "side_b",
    "country",
    "latitude",
    "longitude",
    "date_start",
    "date_end",
    "best",
    "low",
    "high",
];

/// Something suspicious in a row that was imported anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    pub line: u64,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

/// Does this header look like a UCDP GED file? For format detection: true when GED's own
/// column names are present (compared trimmed and case-insensitively).
pub fn matches_header(headers: &csv::StringRecord) -> bool {
    let names = table::normalize_headers(headers.iter());
    [
        "type_of_violence",
        "date_start",
        "date_end",
        "side_a",
        "best",
    ]
    .iter()
    .all(|want| names.iter().any(|n| n == want))
}

/// Open a UCDP GED CSV for streaming. Fails at once when the file cannot be opened or its
/// header is not a GED header; each row's problems come out of the iterator, with its line.
pub fn read(path: &Path) -> Result<UcdpReader<BufReader<File>>, ImportError> {
    let file = File::open(path).map_err(|e| ImportError::io(path, e))?;
    from_reader(BufReader::new(file), path)
}

/// Like [`read`], from any reader; `path` names it in messages.
pub fn from_reader<R: Read>(reader: R, path: &Path) -> Result<UcdpReader<R>, ImportError> {
    let rows = CsvRows::new(reader, path)?;
    let names = rows.headers();
    let looks_like_ged = ["type_of_violence", "date_prec", "side_a", "dyad_name"]
        .iter()
        .any(|want| names.iter().any(|n| n == want));
    if !looks_like_ged {
        return Err(ImportError::file(
            path,
            format!(
                "this is not a UCDP GED file: its header ({}) has none of type_of_violence, date_prec, \
                 side_a, dyad_name",
                table::preview(names)
            ),
        ));
    }
    let cols = Columns::locate(names, path)?;
    Ok(UcdpReader {
        rows,
        cols,
        warnings: Vec::new(),
    })
}

struct Columns {
    id: Col,
    type_of_violence: Col,
    conflict_name: Option<Col>,
    dyad_name: Option<Col>,
    side_a: Col,
    side_b: Col,
    source_article: Option<Col>,
    source_office: Option<Col>,
    source_headline: Option<Col>,
    source_original: Option<Col>,
    where_coordinates: Option<Col>,
    where_description: Option<Col>,
    adm_1: Option<Col>,
    latitude: Col,
    longitude: Col,
    country: Col,
    event_clarity: Option<Col>,
    date_prec: Option<Col>,
    date_start: Col,
    date_end: Col,
    deaths_a: Option<Col>,
    deaths_b: Option<Col>,
    deaths_civilians: Option<Col>,
    deaths_unknown: Option<Col>,
    best: Col,
    low: Col,
    high: Col,
}

impl Columns {
    fn locate(names: &[String], path: &Path) -> Result<Columns, ImportError> {
        table::check_required(names, &REQUIRED, path, "a UCDP GED file")?;
        let req =
            |name: &'static str| table::find(names, name).ok_or_else(|| table::missing(path, name));
        let opt = |name: &'static str| table::find(names, name);
        Ok(Columns {
            id: req("id")?,
            type_of_violence: req("type_of_violence")?,
            conflict_name: opt("conflict_name"),
            dyad_name: opt("dyad_name"),
            side_a: req("side_a")?,
            side_b: req("side_b")?,
            source_article: opt("source_article"),
            source_office: opt("source_office"),
            source_headline: opt("source_headline"),
            source_original: opt("source_original"),
            where_coordinates: opt("where_coordinates"),
            where_description: opt("where_description"),
            adm_1: opt("adm_1"),
            latitude: req("latitude")?,
            longitude: req("longitude")?,
            country: req("country")?,
            event_clarity: opt("event_clarity"),
            date_prec: opt("date_prec"),
            date_start: req("date_start")?,
            date_end: req("date_end")?,
            deaths_a: opt("deaths_a"),
            deaths_b: opt("deaths_b"),
            deaths_civilians: opt("deaths_civilians"),
            deaths_unknown: opt("deaths_unknown"),
            best: req("best")?,
            low: req("low")?,
            high: req("high")?,
        })
    }
}

/// Streams incidents out of a GED file. Yields one `Result` per data row; rows imported with
/// a doubt leave a [`Warning`], collected with [`UcdpReader::take_warnings`] (iterate with
/// `reader.by_ref()` to keep the reader).
pub struct UcdpReader<R> {
    rows: CsvRows<R>,
    cols: Columns,
    warnings: Vec<Warning>,
}

impl<R> UcdpReader<R> {
    /// The warnings collected since the last call, in file order.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }
}

impl<R: Read> Iterator for UcdpReader<R> {
    type Item = Result<Incident, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        let cols = &self.cols;
        let row = match self.rows.next_row()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        let mut notes = Vec::new();
        let result = incident(&row, cols, &mut notes);
        let line = row.line();
        // Most rows have nothing to say: only then pay for the path.
        if !notes.is_empty() {
            let path = self.rows.path().to_path_buf();
            self.warnings
                .extend(notes.into_iter().map(|message| Warning {
                    path: path.clone(),
                    line,
                    message,
                }));
        }
        Some(result)
    }
}

fn incident(
    row: &Row<'_>,
    c: &Columns,
    warnings: &mut Vec<String>,
) -> Result<Incident, ImportError> {
    let id = row.text(c.id)?.trim();
    if id.is_empty() {
        return Err(row.error(c.id, "empty: every GED event has an id"));
    }
    let event_type = match row.text(c.type_of_violence)?.trim() {
        "1" | "2" => EventType::ArmedClash,
        "3" => EventType::Attack,
        other => {
            return Err(row.error(
                c.type_of_violence,
                format!("'{other}' is not a GED type of violence (expected 1 state-based, 2 non-state, 3 one-sided)"),
            ));
        }
    };
    let violence = match event_type {
        EventType::Attack => "One-sided violence",
        _ if row.text(c.type_of_violence)?.trim() == "1" => "State-based conflict",
        _ => "Non-state conflict",
    };

    let start = ged_date(row, c.date_start)?;
    let end = ged_date(row, c.date_end)?;
    if end < start {
        return Err(row.error(c.date_end, format!("{end} is before date_start {start}")));
    }
    let prec = match c.date_prec {
        Some(col) => table::parse_opt::<u8>(row, col, "1 to 5")?,
        None => None,
    };
    if prec == Some(1) && start != end {
        warnings.push(format!(
            "date_prec 1 (exact day) but the dates span {start}..{end}; imported as the span"
        ));
    }
    let aggregate = match c.event_clarity {
        Some(col) => table::parse_opt::<u8>(row, col, "1 (high) or 2 (low)")? == Some(2),
        None => false,
    };
    let date = span_date(start, end, aggregate).map_err(|e| row.error(c.date_end, e))?;

    let opt_text = |col: Option<Col>| -> Result<&str, ImportError> {
        match col {
            Some(col) => Ok(row.text(col)?.trim()),
            None => Ok(""),
        }
    };
    let side_a = row.text(c.side_a)?.trim();
    let side_b = row.text(c.side_b)?.trim();
    let dyad = opt_text(c.dyad_name)?;
    let conflict = opt_text(c.conflict_name)?;
    let where_coords = opt_text(c.where_coordinates)?;
    let adm_1 = opt_text(c.adm_1)?;
    let country = row.text(c.country)?.trim();
    let place = [where_coords, adm_1].into_iter().find(|s| !s.is_empty());

    let who = [dyad, conflict]
        .into_iter()
        .find(|s| !s.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| match (side_a.is_empty(), side_b.is_empty()) {
            (false, false) => format!("{side_a} - {side_b}"),
            (false, true) => side_a.to_string(),
            _ => format!("UCDP event {id}"),
        });
    let where_title = place.or((!country.is_empty()).then_some(country));
    let title = match where_title {
        Some(w) => format!("{who}: {w}"),
        None => who,
    };

    let mut inc = Incident::new(date, event_type, title);
    inc.uid = format!("ucdp:{id}");
    inc.status = Status::Occurred;
    inc.actors = [side_a, side_b]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    inc.place = place.map(str::to_string);
    inc.country = table::non_empty(country);
    inc.latitude = table::coordinate(row, c.latitude, 90.0)?;
    inc.longitude = table::coordinate(row, c.longitude, 180.0)?;

    let deaths = "a whole number of deaths";
    let best = table::parse_opt::<u32>(row, c.best, deaths)?;
    let low = table::parse_opt::<u32>(row, c.low, deaths)?;
    let high = table::parse_opt::<u32>(row, c.high, deaths)?;
    let mut disputed = Vec::new();
    let out_of_order = match (low, best, high) {
        (Some(l), Some(b), _) if l > b => Some(format!("low {l} > best {b}")),
        (_, Some(b), Some(h)) if b > h => Some(format!("best {b} > high {h}")),
        (Some(l), _, Some(h)) if l > h => Some(format!("low {l} > high {h}")),
        _ => None,
    };
    if let Some(what) = out_of_order {
        warnings.push(format!(
            "UCDP deaths out of order ({what}); imported as given"
        ));
        disputed.push(format!(
            "UCDP deaths out of order: {what} (imported as given)"
        ));
    }
    let mut parts = Vec::new();
    for (col, label) in [
        (c.deaths_a, side_a),
        (c.deaths_b, side_b),
        (c.deaths_civilians, "civilians"),
        (c.deaths_unknown, "unknown"),
    ] {
        if let Some(col) = col
            && let Some(n) = table::parse_opt::<u32>(row, col, deaths)?
        {
            let label = if label.is_empty() {
                col.name().to_string()
            } else {
                label.to_string()
            };
            parts.push((label, n));
        }
    }
    if let Some(b) = best {
        let sum: u64 = parts.iter().map(|(_, n)| u64::from(*n)).sum();
        if parts.len() == 4 && sum != u64::from(b) {
            warnings.push(format!(
                "best {b} is not deaths_a + deaths_b + deaths_civilians + deaths_unknown ({sum})"
            ));
        }
    }
    if low.is_some() || best.is_some() || high.is_some() {
        let show = |n: Option<u32>| n.map_or_else(|| "?".to_string(), |n| n.to_string());
        inc.fatalities = Fatalities {
            low,
            best,
            high,
            phrase: format!(
                "UCDP best {} (low {}, high {})",
                show(best),
                show(low),
                show(high)
            ),
        };
    }
    inc.disputed = disputed.join("; ");

    let mut sources = Vec::new();
    table::push_split(&mut sources, opt_text(c.source_office)?);
    let article = opt_text(c.source_article)?;
    if sources.is_empty() {
        push_citations(&mut sources, article);
    }
    inc.sources = sources;
    let mut evidence = Vec::new();
    table::push_split(&mut evidence, opt_text(c.source_headline)?);
    if evidence.is_empty() {
        push_citations(&mut evidence, article);
    }
    inc.evidence = evidence.into_iter().map(Evidence::sentence).collect();

    let mut summary = violence.to_string();
    if !conflict.is_empty() {
        summary.push_str(&format!(" ({conflict})"));
    }
    summary.push('.');
    if aggregate {
        summary.push_str(" Low clarity: deaths summed over the period.");
    }
    let description = opt_text(c.where_description)?;
    if !description.is_empty() {
        summary.push_str(&format!(" Where: {description}."));
    }
    if !parts.is_empty() {
        let list: Vec<String> = parts.iter().map(|(who, n)| format!("{who} {n}")).collect();
        summary.push_str(&format!(" Deaths: {}.", list.join(", ")));
    }
    let original = opt_text(c.source_original)?;
    if !original.is_empty() {
        summary.push_str(&format!(" Original source: {original}."));
    }
    inc.summary = summary;
    Ok(inc)
}

/// `source_article` holds citations joined with `;`, each sometimes wrapped in quotes.
fn push_citations(out: &mut Vec<String>, text: &str) {
    for part in text.split("\";\"") {
        let part = part.trim().trim_matches('"').trim();
        if !part.is_empty() && !out.iter().any(|p| p == part) {
            out.push(part.to_string());
        }
    }
}

/// A GED date: `YYYY-MM-DD 00:00:00.000` (the CSV release) or plain `YYYY-MM-DD`.
fn ged_date(row: &Row<'_>, col: Col) -> Result<NaiveDate, ImportError> {
    let text = row.text(col)?.trim();
    let day = match text.split_once([' ', 'T']) {
        Some((day, _)) => day,
        None => text,
    };
    parse_iso_day(day).map_err(|why| {
        row.error(
            col,
            format!("'{text}' {why} (expected YYYY-MM-DD or YYYY-MM-DD 00:00:00.000)"),
        )
    })
}

fn parse_iso_day(text: &str) -> Result<NaiveDate, String> {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err("is not a date".to_string());
    };
    let num = |p: &str, len: usize| -> Option<u32> {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return Err("is not a date".to_string());
    };
    let year = y as i32;
    if !(1..=12).contains(&m) {
        return Err(format!("is not a real date: there is no month {m}"));
    }
    NaiveDate::from_ymd_opt(year, m, d).ok_or_else(|| {
        format!(
            "is not a real date: that month has {} days",
            last_day_of_month(year, m).day()
        )
    })
}

/// The claim a GED span makes: one unknown day in it, or, for a low-clarity aggregate, the
/// whole span (see the module documentation).
pub fn span_date(
    start: NaiveDate,
    end: NaiveDate,
    aggregate: bool,
) -> Result<IncidentDate, String> {
    if aggregate {
        return IncidentDate::interval(start, end).map_err(|e| e.to_string());
    }
    let whole_month = start.day() == 1
        && start.year() == end.year()
        && start.month() == end.month()
        && end == last_day_of_month(end.year(), end.month());
    let whole_year = start.year() == end.year()
        && (start.month(), start.day()) == (1, 1)
        && (end.month(), end.day()) == (12, 31);
    if whole_year {
        return Ok(IncidentDate::year(start.year()));
    }
    if whole_month {
        return IncidentDate::month(start.year(), start.month()).map_err(|e| e.to_string());
    }
    IncidentDate::one_of(Some(start), Some(end)).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Precision;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn spans_become_the_right_claim() {
        assert_eq!(
            span_date(d(1992, 5, 5), d(1992, 5, 5), false)
                .unwrap()
                .to_edtf(),
            "1992-05-05"
        );
        let week = span_date(d(1989, 5, 10), d(1989, 5, 16), false).unwrap();
        assert_eq!(week.to_edtf(), "[1989-05-10..1989-05-16]");
        assert_eq!(week.precision(), Precision::Unknown);
        assert_eq!(
            span_date(d(1994, 7, 1), d(1994, 7, 31), false)
                .unwrap()
                .to_edtf(),
            "1994-07"
        );
        assert_eq!(
            span_date(d(2001, 1, 1), d(2001, 12, 31), false)
                .unwrap()
                .to_edtf(),
            "2001"
        );
        assert_eq!(
            span_date(d(2022, 9, 21), d(2022, 12, 7), false)
                .unwrap()
                .to_edtf(),
            "[2022-09-21..2022-12-07]"
        );
        let aggregate = span_date(d(1989, 5, 10), d(1989, 5, 16), true).unwrap();
        assert_eq!(aggregate.to_edtf(), "1989-05-10/1989-05-16");
        assert_eq!(aggregate.precision(), Precision::Range);
        assert_eq!(
            span_date(d(1994, 7, 1), d(1994, 7, 31), true)
                .unwrap()
                .to_edtf(),
            "1994-07-01/1994-07-31"
        );
    }

    #[test]
    fn iso_days() {
        assert_eq!(parse_iso_day("2013-01-03"), Ok(d(2013, 1, 3)));
        assert!(parse_iso_day("2013-02-30").unwrap_err().contains("28 days"));
        assert!(parse_iso_day("2013-1-3").is_err());
        assert!(parse_iso_day("03/01/2013").is_err());
    }
}
