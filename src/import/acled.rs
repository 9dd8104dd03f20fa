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
//! - **tarikh's own ACLED exports** carry in `tags` what ACLED's columns cannot say (`tarikh
//!   date=EDTF`, `type=`, `status=`, `fatalities=LOW/BEST/HIGH`, `uid=`; see
//!   `export::acled`). Each must agree with the row's own columns (the date lie within what
//!   `event_date` and `time_precision` say, the type be one ACLED files under the row's
//!   sub-event type, the figures give the row's `fatalities`, the uid be `event_id_cnty`), and
//!   then it is taken; a row edited on one side only is refused, naming both. Other tags are
//!   ACLED's and are not kept. Text cells that tarikh's export neutralised against spreadsheet
//!   formulas (`'=...`) are read back as they were.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use chrono::{Datelike, Duration, NaiveDate};

use crate::date::{DateError, IncidentDate, last_day_of_month};
use crate::import::ImportError;
use crate::model::{EventType, Evidence, Fatalities, Incident, Status};
use crate::record::unneutralise;

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
    tags: Option<Col>,
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
            tags: table::find(names, "tags"),
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
    let id = text(row, c.event_id_cnty)?.trim();
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
    let precision_text = row.text(c.time_precision)?.trim();
    let precision = TimePrecision::parse(precision_text).ok_or_else(|| {
        row.error(
            c.time_precision,
            format!("'{precision_text}' is not an ACLED time precision (expected 1 = day, 2 = week, 3 = month)"),
        )
    })?;
    let date = precision
        .date(day)
        .map_err(|e| row.error(c.event_date, e.to_string()))?;

    let acled_type = row.text(c.event_type)?.trim();
    let sub_type = row.text(c.sub_event_type)?.trim();
    let notes = text(row, c.notes)?.trim();
    let event_type = map_event_type(acled_type, sub_type, notes);

    let location = text(row, c.location)?.trim();
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
        table::push_split(&mut actors, text(row, col)?);
    }
    inc.actors = actors;

    inc.place = table::non_empty(location);
    inc.country = table::non_empty(text(row, c.country)?);
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
    table::push_split(&mut sources, text(row, c.source)?);
    inc.sources = sources;
    if !notes.is_empty() {
        inc.evidence.push(Evidence::sentence(notes));
    }
    if let Some(col) = c.tags {
        let tags = Tags::parse(text(row, col)?).map_err(|m| row.error(col, m))?;
        tags.apply(&mut inc, id, (acled_type, sub_type))
            .map_err(|m| row.error(col, m))?;
    }
    Ok(inc)
}

/// A text cell, as it was before tarikh's export neutralised it against spreadsheet formulas.
fn text<'r>(row: &'r Row<'_>, col: Col) -> Result<&'r str, ImportError> {
    row.text(col).map(unneutralise)
}

/// ACLED's `time_precision`: how well the day in `event_date` is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimePrecision {
    /// 1: the source gives the day.
    Day,
    /// 2: only the week (or weekend) is known; the day stored is its middle.
    Week,
    /// 3: only the month is known.
    Month,
}

impl TimePrecision {
    /// `1`, `2` or `3`.
    pub fn parse(text: &str) -> Option<TimePrecision> {
        match text.trim() {
            "1" => Some(TimePrecision::Day),
            "2" => Some(TimePrecision::Week),
            "3" => Some(TimePrecision::Month),
            _ => None,
        }
    }

    pub fn code(self) -> u8 {
        match self {
            TimePrecision::Day => 1,
            TimePrecision::Week => 2,
            TimePrecision::Month => 3,
        }
    }

    /// The claim `event_date` (`day`) and this precision make together (see the module
    /// documentation).
    pub fn date(self, day: NaiveDate) -> Result<IncidentDate, DateError> {
        match self {
            TimePrecision::Day => Ok(IncidentDate::day(day)),
            TimePrecision::Week => {
                // The stored day is the middle of the week (or weekend): three days either side
                // cover the real one, whichever weekday it started on.
                let lo = day.checked_sub_signed(Duration::days(3)).unwrap_or(day);
                let hi = day.checked_add_signed(Duration::days(3)).unwrap_or(day);
                IncidentDate::one_of(Some(lo), Some(hi))
            }
            TimePrecision::Month => IncidentDate::month(day.year(), day.month()),
        }
    }
}

/// The `tarikh KEY=VALUE` items of a `tags` cell (what tarikh's ACLED export adds).
#[derive(Debug, Default)]
struct Tags {
    date: Option<IncidentDate>,
    event_type: Option<EventType>,
    status: Option<Status>,
    fatalities: Option<[Option<u32>; 3]>,
    uid: Option<String>,
    published: Option<Vec<NaiveDate>>,
}

impl Tags {
    fn parse(cell: &str) -> Result<Tags, String> {
        let mut tags = Tags::default();
        for item in cell.split(';').map(str::trim) {
            // ACLED's own tags ("crowd size=large") are not tarikh's to read.
            let Some(rest) = item.strip_prefix("tarikh ") else {
                continue;
            };
            let (key, value) = rest.split_once('=').ok_or_else(|| {
                format!("'{item}' is not a tarikh tag (expected 'tarikh KEY=VALUE')")
            })?;
            let value = value.trim();
            let bad = |e: String| format!("'{item}': {e}");
            match key.trim() {
                "date" => {
                    tags.date = Some(value.parse().map_err(|e: DateError| bad(e.to_string()))?)
                }
                "type" => tags.event_type = Some(value.parse().map_err(bad)?),
                "status" => tags.status = Some(value.parse().map_err(bad)?),
                "uid" => tags.uid = Some(value.to_string()),
                "published" => {
                    let days = value
                        .split(',')
                        .map(|d| {
                            d.trim().parse::<NaiveDate>().map_err(|_| {
                                bad(format!(
                                    "'{}' is not a day (expected days as YYYY-MM-DD, joined with ',')",
                                    d.trim()
                                ))
                            })
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    tags.published = Some(days);
                }
                "fatalities" => {
                    let figures: Vec<&str> = value.split('/').collect();
                    let [low, best, high] = figures.as_slice() else {
                        return Err(bad(
                            "expected LOW/BEST/HIGH, '-' where unknown, such as 34/-/40".into(),
                        ));
                    };
                    let figure = |f: &str| match f.trim() {
                        "-" => Ok(None),
                        n => n.parse::<u32>().map(Some).map_err(|_| {
                            bad(format!("'{n}' is not a whole number of people or '-'"))
                        }),
                    };
                    tags.fatalities = Some([figure(low)?, figure(best)?, figure(high)?]);
                }
                other => {
                    return Err(format!(
                        "'{item}': unknown tarikh tag '{other}' (this tarikh reads date, type, status, fatalities, uid and published; a newer tarikh may have written it)"
                    ));
                }
            }
        }
        Ok(tags)
    }

    /// Put what the tags say into the incident read from the row's columns, when each agrees
    /// with those columns; `class` is the row's event type and sub-event type.
    fn apply(self, inc: &mut Incident, id: &str, class: (&str, &str)) -> Result<(), String> {
        let fix = "correct one of them or remove the tag";
        if let Some(date) = self.date {
            let within = matches!(
                (date.earliest(), date.latest(), inc.date.earliest(), inc.date.latest()),
                (Some(a), Some(b), Some(lo), Some(hi)) if lo <= a && b <= hi
            );
            if !within {
                return Err(format!(
                    "tarikh date={date} is not within what event_date and time_precision say ({}); {fix}",
                    inc.date
                ));
            }
            inc.date = date;
        }
        if let Some(event_type) = self.event_type {
            let want = crate::export::acled::acled_type(event_type);
            if !(want.event_type.eq_ignore_ascii_case(class.0)
                && want.sub_event_type.eq_ignore_ascii_case(class.1))
            {
                return Err(format!(
                    "tarikh type={event_type} is filed by ACLED as {} / {}, but the row says {} / {}; {fix}",
                    want.event_type, want.sub_event_type, class.0, class.1
                ));
            }
            inc.event_type = event_type;
        }
        if let Some(status) = self.status {
            inc.status = status;
        }
        if let Some([low, best, high]) = self.fatalities {
            let figure = inc.fatalities.low.unwrap_or(0);
            if !acled_figure_of(low, best).contains(&figure) {
                return Err(format!(
                    "tarikh fatalities={}/{}/{} does not give the row's fatalities ({figure}); {fix}",
                    low.map_or("-".into(), |n| n.to_string()),
                    best.map_or("-".into(), |n| n.to_string()),
                    high.map_or("-".into(), |n| n.to_string()),
                ));
            }
            // The phrase the figures came from is not in the file.
            inc.fatalities = Fatalities {
                low,
                best,
                high,
                phrase: String::new(),
            };
        }
        if let Some(days) = self.published {
            inc.provenance.published = days;
        }
        if let Some(uid) = self.uid {
            if uid != id {
                return Err(format!(
                    "tarikh uid={uid} is not the row's event_id_cnty ({id}); {fix}"
                ));
            }
            inc.uid = uid;
        }
        Ok(())
    }
}

/// The figures ACLED's rule can give for these: the lowest, or a smaller number ACLED uses for
/// a vague word of that size (see `export::acled::acled_fatalities`); 0 when none is known.
fn acled_figure_of(low: Option<u32>, best: Option<u32>) -> Vec<u32> {
    match [low, best].into_iter().flatten().min() {
        None => vec![0],
        Some(n) => vec![n, crate::export::acled::vague_figure(n)],
    }
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

    /// One row of the current export with these event id, fatalities, actor1 and tags.
    fn read_row(id: &str, fatalities: &str, actor1: &str, tags: &str) -> Result<Incident, String> {
        let header = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
        let row = format!(
            "{id},29 April 2021,2021,1,Political violence,Battles,Armed clash,\"{actor1}\",,,,,,,,,,Kyrgyzstan,,,,Golovnoi,39.98,70.64,,Wire,,\"On 29 April 2021, a clash.\",{fatalities},\"{tags}\",\n"
        );
        let text = format!("{header}\n{row}");
        let mut reader =
            from_reader(text.as_bytes(), Path::new("t.csv")).map_err(|e| e.to_string())?;
        reader.next().expect("one row").map_err(|e| e.to_string())
    }

    #[test]
    fn tarikh_tags_refine_what_agrees_and_refuse_what_does_not() {
        // ACLED's own tags are left alone.
        let plain = read_row("KGZ1", "3", "Army", "crowd size=large").unwrap();
        assert_eq!(plain.uid, "acled:KGZ1");
        assert_eq!(plain.fatalities.low, Some(3));

        let tagged = read_row(
            "abc",
            "12",
            "'=Army",
            "crowd size=large; tarikh uid=abc; tarikh status=claimed; tarikh fatalities=24/-/99",
        )
        .unwrap();
        assert_eq!(tagged.uid, "abc");
        assert_eq!(tagged.status, Status::Claimed);
        assert_eq!(
            (
                tagged.fatalities.low,
                tagged.fatalities.best,
                tagged.fatalities.high
            ),
            (Some(24), None, Some(99))
        );
        // Undoes the export's guard against spreadsheet formulas.
        assert_eq!(tagged.actors, ["=Army"]);

        let refused = [
            (
                "abc",
                "30",
                "tarikh fatalities=24/-/99",
                "does not give the row's fatalities",
            ),
            ("xyz", "0", "tarikh uid=abc", "not the row's event_id_cnty"),
            (
                "abc",
                "0",
                "tarikh colour=red",
                "unknown tarikh tag 'colour'",
            ),
            (
                "abc",
                "0",
                "tarikh date=2021-05",
                "not within what event_date",
            ),
            (
                "abc",
                "0",
                "tarikh type=protest",
                "the row says Battles / Armed clash",
            ),
            ("abc", "0", "tarikh fatalities=many", "LOW/BEST/HIGH"),
            ("abc", "0", "tarikh status", "not a tarikh tag"),
        ];
        for (id, fatalities, tags, want) in refused {
            let err = read_row(id, fatalities, "Army", tags).unwrap_err();
            assert!(
                err.contains("column 'tags'") && err.contains(want),
                "{tags}: {err}"
            );
        }
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
