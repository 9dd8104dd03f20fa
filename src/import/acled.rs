//! ACLED CSV exports in, incidents out, one row at a time.
//!
//! Reads both the current 31-column export and the 2019–2020 one (which adds `data_id`,
//! `event_id_no_cnty`, `iso3` and writes numeric inter codes); columns are found by name, so
//! their order and any extra columns do not matter. The file is streamed: a multi-million-row
//! export never sits in memory.
//!
//! How ACLED's conventions become tarikh's (see `shared/reference/formats.md` and
//! `taxonomy.md`):
//!
//! - **Dates.** `event_date` is accepted as `2023-02-16`, `01 November 2024`, `8-May-20` and
//!   `31-12-19`; a two-digit year is resolved with the row's `year` column. `time_precision`
//!   1 is the day. 2 means ACLED only knew the week (or weekend) and stored its middle day: we
//!   record one unknown day in the seven days centred on it (`[d-3..d+3]`), which contains the
//!   real week whatever weekday it starts on and whether it was a week or a weekend, and which
//!   states ACLED's own rule (one event = one day) rather than a week-long interval. 3 means
//!   only the month was known: we record the month, also when the stored day is the 1st or the
//!   last (ACLED's "beginning"/"end of the month"), since the source gives no finer bound.
//! - **Types.** `event_type`/`sub_event_type` map through the taxonomy table; sub-events the
//!   table does not name go to their nearest type when it is unambiguous (every battle is an
//!   `armed_clash`, every protest a `protest`, all violence against civilians an `attack`), to
//!   `ceasefire` for an agreement whose notes speak of a ceasefire or truce, and to `other`
//!   otherwise. The title always keeps ACLED's own sub-event type ("Armed clash: Kok-Tash").
//! - **Fatalities.** ACLED records the lowest reported figure, so it becomes `low` and `best`,
//!   with no `high` (ACLED does not say how high it may be), and the phrase
//!   "ACLED fatalities: N".
//! - **Identity.** `uid` is `acled:<event_id_cnty>`, so importing the same export twice adds
//!   nothing.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate};

use crate::date::{IncidentDate, last_day_of_month};
use crate::import::ImportError;
use crate::model::{EventType, Evidence, Fatalities, Incident, Status};

use super::csv_rows::{self as table, Col, CsvRows, Row};

/// Columns every ACLED export has that an incident cannot do without.
const REQUIRED: [&str; 13] = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "location",
    "latitude",
    "longitude",
    "source",
    "notes",
    "fatalities",
];

/// Does this header look like an ACLED export? For format detection: true when the columns
/// that only ACLED has are present (names compared trimmed and case-insensitively; older
/// exports wrote them in capitals).
pub fn matches_header(headers: &csv::StringRecord) -> bool {
    let names = table::normalize_headers(headers.iter());
    [
        "event_id_cnty",
        "event_date",
        "time_precision",
        "sub_event_type",
    ]
    .iter()
    .all(|want| names.iter().any(|n| n == want))
}

/// Open an ACLED CSV export for streaming. Fails at once when the file cannot be opened or its
/// header is not an ACLED header; each row's problems come out of the iterator, with its line.
pub fn read(path: &Path) -> Result<AcledReader<BufReader<File>>, ImportError> {
    let file = File::open(path).map_err(|e| ImportError::io(path, e))?;
    from_reader(BufReader::new(file), path)
}

/// Like [`read`], from any reader (stdin, a test buffer); `path` names it in messages.
pub fn from_reader<R: Read>(reader: R, path: &Path) -> Result<AcledReader<R>, ImportError> {
    let rows = CsvRows::new(reader, path)?;
    let names = rows.headers();
    let looks_like_acled = ["event_id_cnty", "event_date", "sub_event_type"]
        .iter()
        .any(|want| names.iter().any(|n| n == want));
    if !looks_like_acled {
        return Err(ImportError::file(
            path,
            format!(
                "this is not an ACLED export: its header ({}) has none of event_id_cnty, \
                 event_date, sub_event_type",
                table::preview(names)
            ),
        ));
    }
    let cols = Columns::locate(names, path)?;
    Ok(AcledReader { rows, cols })
}

/// Where each column we read sits in this file.
struct Columns {
    event_id_cnty: Col,
    event_date: Col,
    year: Option<Col>,
    time_precision: Col,
    event_type: Col,
    sub_event_type: Col,
    actor1: Col,
    assoc_actor_1: Option<Col>,
    actor2: Option<Col>,
    assoc_actor_2: Option<Col>,
    country: Col,
    location: Col,
    latitude: Col,
    longitude: Col,
    source: Col,
    notes: Col,
    fatalities: Col,
}

impl Columns {
    fn locate(names: &[String], path: &Path) -> Result<Columns, ImportError> {
        table::check_required(names, &REQUIRED, path, "an ACLED export")?;
        let req =
            |name: &'static str| table::find(names, name).ok_or_else(|| table::missing(path, name));
        Ok(Columns {
            event_id_cnty: req("event_id_cnty")?,
            event_date: req("event_date")?,
            year: table::find(names, "year"),
            time_precision: req("time_precision")?,
            event_type: req("event_type")?,
            sub_event_type: req("sub_event_type")?,
            actor1: req("actor1")?,
            assoc_actor_1: table::find(names, "assoc_actor_1"),
            actor2: table::find(names, "actor2"),
            assoc_actor_2: table::find(names, "assoc_actor_2"),
            country: req("country")?,
            location: req("location")?,
            latitude: req("latitude")?,
            longitude: req("longitude")?,
            source: req("source")?,
            notes: req("notes")?,
            fatalities: req("fatalities")?,
        })
    }
}

/// Streams incidents out of an ACLED export. Yields one `Result` per data row; after an I/O
/// error it stops.
pub struct AcledReader<R> {
    rows: CsvRows<R>,
    cols: Columns,
}

impl<R: Read> Iterator for AcledReader<R> {
    type Item = Result<Incident, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        let cols = &self.cols;
        let row = match self.rows.next_row()? {
            Ok(row) => row,
            Err(e) => return Some(Err(e)),
        };
        Some(incident(&row, cols))
    }
}

fn incident(row: &Row<'_>, c: &Columns) -> Result<Incident, ImportError> {
    let id = row.text(c.event_id_cnty)?.trim();
    if id.is_empty() {
        return Err(row.error(
            c.event_id_cnty,
            "empty: every ACLED event has an id such as KGZ392",
        ));
    }

    let year_hint = match c.year {
        Some(col) => table::parse_opt::<i32>(row, col, "a year such as 2020")?,
        None => None,
    };
    let day = parse_event_date(row.text(c.event_date)?, year_hint)
        .map_err(|m| row.error(c.event_date, m))?;
    let date = match row.text(c.time_precision)?.trim() {
        "1" => IncidentDate::day(day),
        "2" => {
            // The stored day is the middle of the week (or weekend): three days either side
            // cover the real one, whichever weekday it started on.
            let lo = day.checked_sub_signed(Duration::days(3)).unwrap_or(day);
            let hi = day.checked_add_signed(Duration::days(3)).unwrap_or(day);
            IncidentDate::one_of(Some(lo), Some(hi))
                .map_err(|e| row.error(c.event_date, e.to_string()))?
        }
        "3" => IncidentDate::month(day.year(), day.month())
            .map_err(|e| row.error(c.event_date, e.to_string()))?,
        other => {
            return Err(row.error(
                c.time_precision,
                format!("'{other}' is not an ACLED time precision (expected 1 = day, 2 = week, 3 = month)"),
            ));
        }
    };

    let acled_type = row.text(c.event_type)?.trim();
    let sub_type = row.text(c.sub_event_type)?.trim();
    let notes = row.text(c.notes)?.trim();
    let event_type = map_event_type(acled_type, sub_type, notes);

    let location = row.text(c.location)?.trim();
    let kind = if sub_type.is_empty() || sub_type.eq_ignore_ascii_case("other") {
        acled_type
    } else {
        sub_type
    };
    let title = match (kind.is_empty(), location.is_empty()) {
        (false, false) => format!("{kind}: {location}"),
        (false, true) => kind.to_string(),
        (true, false) => location.to_string(),
        (true, true) => format!("ACLED event {id}"),
    };

    let mut inc = Incident::new(date, event_type, title);
    inc.uid = format!("acled:{id}");
    inc.status = Status::Occurred;
    inc.summary = notes.to_string();

    let mut actors = Vec::new();
    for col in [Some(c.actor1), c.assoc_actor_1, c.actor2, c.assoc_actor_2]
        .into_iter()
        .flatten()
    {
        table::push_split(&mut actors, row.text(col)?);
    }
    inc.actors = actors;

    inc.place = table::non_empty(location);
    inc.country = table::non_empty(row.text(c.country)?);
    inc.latitude = table::coordinate(row, c.latitude, 90.0)?;
    inc.longitude = table::coordinate(row, c.longitude, 180.0)?;

    if let Some(n) =
        table::parse_opt::<u32>(row, c.fatalities, "a whole number of deaths such as 3")?
    {
        inc.fatalities = Fatalities {
            low: Some(n),
            best: Some(n),
            // ACLED keeps the lowest reported figure and says nothing of a higher one.
            high: None,
            phrase: format!("ACLED fatalities: {n}"),
        };
    }

    let mut sources = Vec::new();
    table::push_split(&mut sources, row.text(c.source)?);
    inc.sources = sources;
    if !notes.is_empty() {
        inc.evidence.push(Evidence::sentence(notes));
    }
    Ok(inc)
}

/// tarikh's event type for an ACLED `event_type` / `sub_event_type` pair (see the module
/// documentation for the rules). `notes` only decides between `ceasefire` and `agreement`.
pub fn map_event_type(event_type: &str, sub_event_type: &str, notes: &str) -> EventType {
    let main = event_type.trim().to_ascii_lowercase();
    let sub = sub_event_type.trim().to_ascii_lowercase();
    match (main.as_str(), sub.as_str()) {
        (_, "armed clash") => EventType::ArmedClash,
        ("battles", _) => EventType::ArmedClash,
        (_, "shelling/artillery/missile attack") => EventType::Shelling,
        (_, "air/drone strike") => EventType::AirStrike,
        ("violence against civilians", _) => EventType::Attack,
        (_, "mob violence") => EventType::MobViolence,
        (_, "violent demonstration") => EventType::ViolentDemonstration,
        ("protests", _) => EventType::Protest,
        (_, "agreement") => {
            let notes = notes.to_lowercase();
            if ["ceasefire", "cease-fire", "cease fire", "truce"]
                .iter()
                .any(|w| notes.contains(w))
            {
                EventType::Ceasefire
            } else {
                EventType::Agreement
            }
        }
        (_, "arrests") => EventType::Arrest,
        (_, "looting/property destruction") => EventType::PropertyDestruction,
        // Explosions other than shelling and air strikes (IEDs, grenades, suicide bombs,
        // chemical weapons), and the strategic developments the taxonomy cannot tell apart
        // (a "change to group/activity" may be a withdrawal or a deployment): the title keeps
        // ACLED's sub-event type.
        _ => EventType::Other,
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const DATE_FORMS: &str =
    "expected a date such as 2023-02-16, 01 November 2024, 8-May-20 or 31-12-19";

/// Read an ACLED `event_date` in any form ACLED exports have used: `2023-02-16`,
/// `01 November 2024` (also `1 Nov 2024`), `8-May-20` (also `8-May-2020`) and `31-12-19` (day
/// first; also `31-12-2019`). A two-digit year is taken from `year_hint` (the row's `year`
/// column) when given, and otherwise read as 1990–2089, since ACLED's coverage starts in 1997.
/// The error says what was wrong and which forms are accepted.
pub fn parse_event_date(text: &str, year_hint: Option<i32>) -> Result<NaiveDate, String> {
    let s = text.trim();
    if s.is_empty() {
        return Err(format!("empty; {DATE_FORMS}"));
    }
    let syntax = || format!("'{s}' is not a date ACLED writes ({DATE_FORMS})");
    let parts: Vec<&str> = if s.contains(' ') {
        s.split_whitespace().collect()
    } else {
        s.split('-').collect()
    };
    let [a, b, c] = parts.as_slice() else {
        return Err(syntax());
    };
    let digits = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    let (day, month, year_text) =
        if a.len() == 4 && digits(a) && digits(b) && digits(c) && !s.contains(' ') {
            // ISO: 2023-02-16
            (*c, month_number(b), *a)
        } else if digits(a) && a.len() <= 2 && digits(b) && b.len() <= 2 && !s.contains(' ') {
            // Day first: 31-12-19
            (*a, month_number(b), *c)
        } else if digits(a) && a.len() <= 2 {
            // 01 November 2024, 8-May-20
            (*a, month_number(b), *c)
        } else {
            return Err(syntax());
        };
    let month = month.ok_or_else(syntax)?;
    let day: u32 = day.parse().map_err(|_| syntax())?;
    if !digits(year_text) || !(year_text.len() == 2 || year_text.len() == 4) {
        return Err(syntax());
    }
    let short: i32 = year_text.parse().map_err(|_| syntax())?;
    let year = if year_text.len() == 4 {
        short
    } else {
        match year_hint {
            Some(hint) if hint.rem_euclid(100) == short => hint,
            Some(hint) => {
                return Err(format!(
                    "'{s}' ends in year {year_text} but the row's year column says {hint}"
                ));
            }
            None if short >= 90 => 1900 + short,
            None => 2000 + short,
        }
    };
    if let Some(hint) = year_hint
        && hint != year
    {
        return Err(format!(
            "'{s}' is in {year} but the row's year column says {hint}"
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let days = last_day_of_month(year, month);
        let name = MONTHS.get(month as usize - 1).copied().unwrap_or("?");
        let mut name = name.to_string();
        if let Some(first) = name.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        format!(
            "'{s}' is not a real date: {name} {year} has {} days",
            days.day()
        )
    })
}

/// A month as a number (`12`), an English name (`December`) or its abbreviation (`Dec`, `Sept`).
fn month_number(text: &str) -> Option<u32> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok().filter(|m| (1..=12).contains(m));
    }
    let t = text.to_ascii_lowercase();
    if t.len() < 3 {
        return None;
    }
    let t = if t == "sept" { "sep".to_string() } else { t };
    MONTHS
        .iter()
        .position(|m| *m == t || (t.len() == 3 && m.starts_with(&t)))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_every_real_date_form() {
        let cases = [
            ("2023-02-16", None, d(2023, 2, 16)),
            ("01 November 2024", Some(2024), d(2024, 11, 1)),
            ("1 Nov 2024", None, d(2024, 11, 1)),
            ("8-May-20", Some(2020), d(2020, 5, 8)),
            ("8-May-20", None, d(2020, 5, 8)),
            ("08-may-2020", None, d(2020, 5, 8)),
            ("31-12-19", Some(2019), d(2019, 12, 31)),
            ("31-12-97", None, d(1997, 12, 31)),
            ("29-Feb-20", None, d(2020, 2, 29)),
            (" 5 Sept 2021 ", None, d(2021, 9, 5)),
        ];
        for (text, hint, want) in cases {
            assert_eq!(parse_event_date(text, hint), Ok(want), "{text}");
        }
    }

    #[test]
    fn rejects_impossible_and_foreign_dates() {
        let err = parse_event_date("30-Feb-20", Some(2020)).unwrap_err();
        assert!(err.contains("February 2020 has 29 days"), "{err}");
        let err = parse_event_date("31-04-19", None).unwrap_err();
        assert!(err.contains("April 2019 has 30 days"), "{err}");
        for junk in [
            "",
            "yesterday",
            "2020/05/08",
            "05/08/2020",
            "8-Mai-20",
            "8-May",
            "2020-13-01",
            "8 May 20 20",
        ] {
            let err = parse_event_date(junk, None).unwrap_err();
            assert!(err.contains("2023-02-16"), "{junk:?}: {err}");
        }
        let err = parse_event_date("8-May-20", Some(2021)).unwrap_err();
        assert!(err.contains("year column says 2021"), "{err}");
    }

    #[test]
    fn maps_the_taxonomy_table() {
        let cases = [
            ("Battles", "Armed clash", EventType::ArmedClash),
            (
                "Battles",
                "Government regains territory",
                EventType::ArmedClash,
            ),
            (
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
                EventType::Shelling,
            ),
            (
                "Explosions/Remote violence",
                "Air/drone strike",
                EventType::AirStrike,
            ),
            (
                "Explosions/Remote violence",
                "Remote explosive/landmine/IED",
                EventType::Other,
            ),
            ("Violence against civilians", "Attack", EventType::Attack),
            ("Riots", "Mob violence", EventType::MobViolence),
            (
                "Riots",
                "Violent demonstration",
                EventType::ViolentDemonstration,
            ),
            ("Protests", "Peaceful protest", EventType::Protest),
            ("Protests", "Protest with intervention", EventType::Protest),
            ("Strategic developments", "Arrests", EventType::Arrest),
            (
                "Strategic developments",
                "Looting/property destruction",
                EventType::PropertyDestruction,
            ),
            ("Strategic developments", "Agreement", EventType::Agreement),
            (
                "Strategic developments",
                "Change to group/activity",
                EventType::Other,
            ),
            ("Strategic developments", "Other", EventType::Other),
            ("Something new", "Unheard of", EventType::Other),
        ];
        for (main, sub, want) in cases {
            assert_eq!(map_event_type(main, sub, ""), want, "{main} / {sub}");
        }
        let notes = "On 1 May 2021, Kyrgyzstan and Tajikistan agreed a ceasefire.";
        assert_eq!(
            map_event_type("Strategic developments", "Agreement", notes),
            EventType::Ceasefire
        );
    }
}
