//! tarikh's flat record: the columns of its CSV, JSON Lines and JSON exports, in their fixed order,
//! and the conversion between an [`Incident`] and a row of cells. Scripts rely on these names: new
//! columns go after the existing ones, and none is renamed.

use serde::{Deserialize, Serialize};

use crate::date::IncidentDate;
use crate::model::{Evidence, Fatalities, Incident, Provenance};
use crate::store::{LIST_SEPARATOR, split_list};

/// Every column, in order: the interface columns, then those added after them.
pub const ALL_COLUMNS: [&str; 27] = [
    "id",
    "date",
    "date_start",
    "date_end",
    "precision",
    "event_type",
    "status",
    "title",
    "actors",
    "place",
    "country",
    "latitude",
    "longitude",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "sources",
    "evidence",
    "summary",
    "fatalities_phrase",
    "disputed",
    "uid",
    "source_count",
    "source_urls",
    "first_reported",
    "last_reported",
    "published",
];

/// The interface columns, in order.
pub const COLUMNS: &[&str] = ALL_COLUMNS.split_at(18).0;

/// Columns added after the interface columns, in order. An input may stop after any of them.
pub const EXTRA_COLUMNS: &[&str] = ALL_COLUMNS.split_at(18).1;

/// Columns that hold numbers (never neutralised as formulas, parsed as numbers).
pub const NUMERIC_COLUMNS: &[&str] = &[
    "id",
    "latitude",
    "longitude",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "source_count",
];

/// One incident as a flat record (JSON Lines / JSON objects use these names).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlatRecord {
    #[serde(default)]
    pub id: Option<i64>,
    pub date: String,
    #[serde(default)]
    pub date_start: Option<String>,
    #[serde(default)]
    pub date_end: Option<String>,
    #[serde(default)]
    pub precision: Option<String>,
    pub event_type: String,
    #[serde(default = "default_status")]
    pub status: String,
    pub title: String,
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
    pub fatalities_low: Option<u32>,
    #[serde(default)]
    pub fatalities_best: Option<u32>,
    #[serde(default)]
    pub fatalities_high: Option<u32>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub evidence: Vec<String>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub fatalities_phrase: String,
    #[serde(default)]
    pub disputed: String,
    #[serde(default)]
    pub uid: String,
    /// How many reports tell it.
    #[serde(default)]
    pub source_count: Option<u32>,
    #[serde(default)]
    pub source_urls: Vec<String>,
    /// The publication days of the first and last reports that tell it.
    #[serde(default)]
    pub first_reported: Option<String>,
    #[serde(default)]
    pub last_reported: Option<String>,
    /// The publication day of each report that tells it, oldest first (the order of
    /// `source_urls`).
    #[serde(default)]
    pub published: Vec<String>,
}

fn default_status() -> String {
    "occurred".into()
}

/// Why a record does not make an incident: the column and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub column: &'static str,
    pub message: String,
}

impl FlatRecord {
    pub fn from_incident(incident: &Incident) -> FlatRecord {
        let [low, best, high] = [
            incident.fatalities.low,
            incident.fatalities.best,
            incident.fatalities.high,
        ];
        FlatRecord {
            id: incident.id,
            date: incident.date.to_edtf(),
            date_start: incident.date.earliest().map(|d| d.to_string()),
            date_end: incident.date.latest().map(|d| d.to_string()),
            precision: Some(incident.date.precision().as_str().to_string()),
            event_type: incident.event_type.as_str().to_string(),
            status: incident.status.as_str().to_string(),
            title: incident.title.clone(),
            actors: incident.actors.clone(),
            place: incident.place.clone(),
            country: incident.country.clone(),
            latitude: incident.latitude,
            longitude: incident.longitude,
            fatalities_low: low,
            fatalities_best: best,
            fatalities_high: high,
            sources: incident.sources.clone(),
            evidence: incident
                .evidence
                .iter()
                .map(|e| e.sentence.clone())
                .collect(),
            summary: incident.summary.clone(),
            fatalities_phrase: incident.fatalities.phrase.clone(),
            disputed: incident.disputed.clone(),
            uid: incident.uid.clone(),
            source_count: Some(incident.provenance.source_count),
            source_urls: incident.provenance.source_urls.clone(),
            first_reported: incident.provenance.first_reported.map(|d| d.to_string()),
            last_reported: incident.provenance.last_reported.map(|d| d.to_string()),
            published: incident.provenance.published_days(),
        }
    }

    /// Check every field and build the incident. Derived columns (date_start, date_end,
    /// precision) must agree with `date` when given, so a hand-edited sheet cannot say two things.
    pub fn into_incident(self) -> Result<Incident, FieldError> {
        let field = |column: &'static str, message: String| FieldError { column, message };
        let date: IncidentDate = self
            .date
            .parse()
            .map_err(|e: crate::date::DateError| field("date", e.to_string()))?;
        let check = |column: &'static str, given: &Option<String>, derived: Option<String>| {
            match given.as_deref().filter(|g| !g.is_empty()) {
                Some(g) if Some(g) != derived.as_deref() => Err(field(
                    column,
                    format!(
                        "'{g}' does not agree with date '{}' (expected '{}'); fix one of them or leave {column} empty",
                        self.date,
                        derived.unwrap_or_default()
                    ),
                )),
                _ => Ok(()),
            }
        };
        check(
            "date_start",
            &self.date_start,
            date.earliest().map(|d| d.to_string()),
        )?;
        check(
            "date_end",
            &self.date_end,
            date.latest().map(|d| d.to_string()),
        )?;
        check(
            "precision",
            &self.precision,
            Some(date.precision().as_str().to_string()),
        )?;
        let event_type = self
            .event_type
            .parse()
            .map_err(|e| field("event_type", e))?;
        let status = self.status.parse().map_err(|e| field("status", e))?;
        if self.title.trim().is_empty() {
            return Err(field("title", "empty; every incident needs a title".into()));
        }
        if let Some(lat) = self.latitude
            && !(-90.0..=90.0).contains(&lat)
        {
            return Err(field(
                "latitude",
                format!("{lat} is not between -90 and 90"),
            ));
        }
        if let Some(lon) = self.longitude
            && !(-180.0..=180.0).contains(&lon)
        {
            return Err(field(
                "longitude",
                format!("{lon} is not between -180 and 180"),
            ));
        }
        let reported = |column: &'static str, given: &Option<String>| {
            given
                .as_deref()
                .filter(|g| !g.is_empty())
                .map(|g| {
                    g.parse::<chrono::NaiveDate>()
                        .map_err(|_| field(column, format!("'{g}' is not a day (YYYY-MM-DD)")))
                })
                .transpose()
        };
        let provenance = Provenance {
            source_count: self.source_count.unwrap_or(self.sources.len() as u32),
            source_urls: self.source_urls,
            first_reported: reported("first_reported", &self.first_reported)?,
            last_reported: reported("last_reported", &self.last_reported)?,
            published: self
                .published
                .iter()
                .map(|d| {
                    d.trim().parse::<chrono::NaiveDate>().map_err(|_| {
                        field(
                            "published",
                            format!("'{d}' is not a day (YYYY-MM-DD; days joined with '; ')"),
                        )
                    })
                })
                .collect::<Result<_, _>>()?,
        };
        Ok(Incident {
            id: self.id,
            uid: self.uid,
            date,
            event_type,
            status,
            title: self.title,
            summary: self.summary,
            actors: self.actors,
            place: self.place.filter(|p| !p.is_empty()),
            country: self.country.filter(|c| !c.is_empty()),
            latitude: self.latitude,
            longitude: self.longitude,
            fatalities: Fatalities {
                low: self.fatalities_low,
                best: self.fatalities_best,
                high: self.fatalities_high,
                phrase: self.fatalities_phrase,
            },
            sources: self.sources,
            evidence: self.evidence.into_iter().map(Evidence::sentence).collect(),
            disputed: self.disputed,
            seq: 0,
            provenance,
        })
    }

    /// The record as CSV cells, in [`COLUMNS`] then [`EXTRA_COLUMNS`] order.
    pub fn to_cells(&self) -> Vec<String> {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let num = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
        let float = |v: Option<f64>| v.map(|n| n.to_string()).unwrap_or_default();
        vec![
            self.id.map(|n| n.to_string()).unwrap_or_default(),
            self.date.clone(),
            opt(&self.date_start),
            opt(&self.date_end),
            opt(&self.precision),
            self.event_type.clone(),
            self.status.clone(),
            self.title.clone(),
            self.actors.join(LIST_SEPARATOR),
            opt(&self.place),
            opt(&self.country),
            float(self.latitude),
            float(self.longitude),
            num(self.fatalities_low),
            num(self.fatalities_best),
            num(self.fatalities_high),
            self.sources.join(LIST_SEPARATOR),
            self.evidence.join(LIST_SEPARATOR),
            self.summary.clone(),
            self.fatalities_phrase.clone(),
            self.disputed.clone(),
            self.uid.clone(),
            num(self.source_count),
            self.source_urls.join(LIST_SEPARATOR),
            opt(&self.first_reported),
            opt(&self.last_reported),
            self.published.join(LIST_SEPARATOR),
        ]
    }

    /// Build a record from CSV cells named by `columns` (a valid tarikh header), neutralised
    /// formulas restored.
    pub fn from_cells(
        columns: &[&str],
        cells: &csv::StringRecord,
    ) -> Result<FlatRecord, FieldError> {
        FlatRecord::from_named_cells(columns.iter().copied().zip(cells.iter().map(unneutralise)))
    }

    /// Build a record from cells as they are, each with the name of its column; unknown
    /// columns are passed over.
    pub fn from_named_cells<'c>(
        cells: impl IntoIterator<Item = (&'c str, &'c str)>,
    ) -> Result<FlatRecord, FieldError> {
        let mut record = FlatRecord {
            id: None,
            date: String::new(),
            date_start: None,
            date_end: None,
            precision: None,
            event_type: String::new(),
            status: default_status(),
            title: String::new(),
            actors: Vec::new(),
            place: None,
            country: None,
            latitude: None,
            longitude: None,
            fatalities_low: None,
            fatalities_best: None,
            fatalities_high: None,
            sources: Vec::new(),
            evidence: Vec::new(),
            summary: String::new(),
            fatalities_phrase: String::new(),
            disputed: String::new(),
            uid: String::new(),
            source_count: None,
            source_urls: Vec::new(),
            first_reported: None,
            last_reported: None,
            published: Vec::new(),
        };
        for (column, cell) in cells {
            let column: &'static str = COLUMNS
                .iter()
                .chain(EXTRA_COLUMNS)
                .find(|c| **c == column)
                .copied()
                .unwrap_or("?");
            let text = || (!cell.is_empty()).then(|| cell.to_string());
            let parse_u32 = || -> Result<Option<u32>, FieldError> {
                text()
                    .map(|t| {
                        t.parse::<u32>().map_err(|_| FieldError {
                            column,
                            message: format!("'{t}' is not a whole number of people (0 or more)"),
                        })
                    })
                    .transpose()
            };
            let parse_f64 = || -> Result<Option<f64>, FieldError> {
                text()
                    .map(|t| {
                        t.parse::<f64>()
                            .ok()
                            .filter(|v| v.is_finite())
                            .ok_or_else(|| FieldError {
                                column,
                                message: format!("'{t}' is not a number"),
                            })
                    })
                    .transpose()
            };
            match column {
                "id" => {
                    record.id = text()
                        .map(|t| {
                            t.parse::<i64>()
                                .ok()
                                .filter(|v| *v > 0)
                                .ok_or_else(|| FieldError {
                                    column,
                                    message: format!(
                                        "'{t}' is not an incident id (a positive whole number)"
                                    ),
                                })
                        })
                        .transpose()?
                }
                "date" => record.date = cell.to_string(),
                "date_start" => record.date_start = text(),
                "date_end" => record.date_end = text(),
                "precision" => record.precision = text(),
                "event_type" => record.event_type = cell.to_string(),
                "status" => {
                    record.status = if cell.is_empty() {
                        default_status()
                    } else {
                        cell.to_string()
                    }
                }
                "title" => record.title = cell.to_string(),
                "actors" => record.actors = split_list(cell),
                "place" => record.place = text(),
                "country" => record.country = text(),
                "latitude" => record.latitude = parse_f64()?,
                "longitude" => record.longitude = parse_f64()?,
                "fatalities_low" => record.fatalities_low = parse_u32()?,
                "fatalities_best" => record.fatalities_best = parse_u32()?,
                "fatalities_high" => record.fatalities_high = parse_u32()?,
                "sources" => record.sources = split_list(cell),
                "evidence" => record.evidence = split_list(cell),
                "summary" => record.summary = cell.to_string(),
                "fatalities_phrase" => record.fatalities_phrase = cell.to_string(),
                "disputed" => record.disputed = cell.to_string(),
                "uid" => record.uid = cell.to_string(),
                "source_count" => record.source_count = parse_u32()?,
                "source_urls" => record.source_urls = split_list(cell),
                "first_reported" => record.first_reported = text(),
                "last_reported" => record.last_reported = text(),
                "published" => {
                    record.published = cell
                        .split(';')
                        .map(str::trim)
                        .filter(|d| !d.is_empty())
                        .map(str::to_string)
                        .collect()
                }
                _ => {}
            }
        }
        Ok(record)
    }
}

/// Characters that make a spreadsheet run a cell as a formula.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// Make a text cell safe for a spreadsheet: a cell that would run as a formula gets a leading
/// apostrophe. Cells that already start with apostrophes before such a character get one more, so
/// [`unneutralise`] restores every cell exactly.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let rest = cell.trim_start_matches('\'');
    if rest.starts_with(FORMULA_STARTS) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// Undo [`neutralise`].
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(inner) if inner.trim_start_matches('\'').starts_with(FORMULA_STARTS) => inner,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("plain"), "plain");
        assert_eq!(neutralise("'quoted"), "'quoted");
        assert_eq!(neutralise("'=x"), "''=x");
    }

    proptest! {
        #[test]
        fn neutralising_round_trips(cell in "['=+@\\-\t\ra-z ]{0,8}") {
            let safe = neutralise(&cell);
            prop_assert_eq!(unneutralise(&safe), cell.as_str());
        }
    }
}
