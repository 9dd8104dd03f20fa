//! tarikh's own XLSX export read back (`tarikh import edited.xlsx`), so that an analyst can edit
//! incidents in Excel: the first sheet, by its header row, through calamine. A row whose `uid`
//! the database holds is an edit of that incident, stored as `tarikh edit` stores one (in its
//! history, with the row it came from as the reason); any other row is a new incident, as in
//! tarikh CSV.
//!
//! Cells are typed. A day is a date cell (what the export writes in `date` for a date of one
//! exact day, in `date_start`, `date_end`, `first_reported` and `last_reported`, and what Excel
//! makes of a day typed in any cell),
//! numbers are number cells, the rest text. Each cell is read as the text a tarikh CSV cell
//! would hold, and the row then as a CSV row is read ([`FlatRecord`]), so both formats accept
//! and refuse the same values. A workbook's text is never neutralised, so none is restored.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};

use super::ImportError;
use super::tarikh_csv::header_columns;
use crate::ingest::gazetteer::Located;
use crate::model::Incident;
use crate::record::{FlatRecord, NUMERIC_COLUMNS};
use crate::store::{Batch, LIST_SEPARATOR, StoreError};
use crate::text::fold_key;

/// The columns an analyst may change in a sheet: the fields `tarikh edit` changes. The others
/// say where an incident comes from (evidence, disputes, provenance), who it is (id, uid), or
/// follow from `date` (date_start, date_end, precision: edit `date`); for a stored incident
/// they are not read.
pub const EDITABLE: [&str; 15] = [
    "date",
    "event_type",
    "status",
    "title",
    "summary",
    "actors",
    "place",
    "country",
    "latitude",
    "longitude",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "fatalities_phrase",
    "sources",
];

/// The name and cells of a workbook's first sheet.
fn first_sheet(path: &Path) -> Result<(String, calamine::Range<Data>), ImportError> {
    let mut book: Xlsx<_> = calamine::open_workbook(path).map_err(|e| {
        ImportError::file(
            path,
            format!(
                "cannot read it as an XLSX workbook ({e}); tarikh reads the .xlsx files it exports"
            ),
        )
    })?;
    let name = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| ImportError::file(path, "the workbook has no sheet"))?;
    let unreadable = |e: calamine::XlsxError| {
        ImportError::file(path, format!("cannot read sheet '{name}': {e}"))
    };
    // Cell by cell rather than `worksheet_range`: a damaged cell reference can name a place
    // far beyond Excel's last cell, and the range would be allocated up to it.
    let mut reader = book.worksheet_cells_reader(&name).map_err(unreadable)?;
    let mut cells = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (row, column) = cell.get_position();
        if row >= EXCEL_ROWS || column >= EXCEL_COLUMNS {
            return Err(ImportError::file(
                path,
                format!(
                    "sheet '{name}' is damaged: it names a cell beyond Excel's last (row {}, column {})",
                    u64::from(row) + 1,
                    u64::from(column) + 1
                ),
            ));
        }
        cells.push(calamine::Cell::new(
            (row, column),
            Data::from(cell.get_value().clone()),
        ));
    }
    drop(reader);
    Ok((name.clone(), calamine::Range::from_sparse(cells)))
}

/// Excel's sheet size: 1,048,576 rows of 16,384 columns (XFD1048576 is the last cell).
const EXCEL_ROWS: u32 = 1_048_576;
const EXCEL_COLUMNS: u32 = 16_384;

/// The first sheet of a workbook, read and checked cell by cell.
#[derive(Debug)]
pub struct Sheet {
    path: PathBuf,
    name: String,
    /// The columns the header names, each with its index in the sheet (0 is column A).
    columns: Vec<(u32, &'static str)>,
    rows: Vec<SheetRow>,
}

/// One row of a sheet.
#[derive(Debug)]
pub struct SheetRow {
    /// Excel's row number (the header is row 1 in tarikh's export).
    number: u32,
    record: FlatRecord,
}

impl SheetRow {
    /// Excel's number of the row.
    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn uid(&self) -> &str {
        self.record.uid.trim()
    }
}

/// Read the first sheet of an XLSX workbook: its header and every row, each cell checked.
pub fn read(path: &Path) -> Result<Sheet, ImportError> {
    // calamine can panic on a damaged workbook (a cell reference too long for its arithmetic):
    // that is a file tarikh cannot read, not a crash.
    let (name, range) = std::panic::catch_unwind(|| first_sheet(path)).unwrap_or_else(|_| {
        Err(ImportError::file(
            path,
            "the workbook is damaged: its sheet cannot be read; export it again or save it anew from the spreadsheet",
        ))
    })?;
    let mut sheet = Sheet {
        path: path.to_path_buf(),
        name,
        columns: Vec::new(),
        rows: Vec::new(),
    };
    let Some((top, left)) = range.start() else {
        return Err(ImportError::file(
            path,
            format!(
                "sheet '{}' is empty; expected tarikh's header row (id, date, date_start, ...) and a row per incident",
                sheet.name
            ),
        ));
    };
    let mut rows = range.rows();
    let header_row = top + 1;
    let header = rows.next().unwrap_or_default();
    // Columns without a name (a blank header cell) must hold nothing.
    let mut named: Vec<(u32, String)> = Vec::new();
    let mut unnamed: Vec<u32> = Vec::new();
    for (k, cell) in header.iter().enumerate() {
        let index = left + k as u32;
        match cell_text(cell, false) {
            Ok(text) if text.trim().is_empty() => unnamed.push(index),
            Ok(text) => named.push((index, text.trim().to_string())),
            Err(message) => return Err(sheet.cell_error(header_row, index, "", message)),
        }
    }
    let names: Vec<String> = named.iter().map(|(_, n)| n.clone()).collect();
    let columns = header_columns(&names).map_err(|problem| match problem.column {
        Some(column) => {
            let index = named
                .iter()
                .find(|(_, n)| *n == column)
                .map_or(left, |(i, _)| *i);
            sheet.cell_error(header_row, index, &column, problem.message)
        }
        None => sheet.row_error(header_row, problem.message),
    })?;
    sheet.columns = named.iter().map(|(i, _)| *i).zip(columns).collect();

    for (k, cells) in rows.enumerate() {
        let number = header_row + 1 + k as u32;
        let at = |index: u32| cells.get((index - left) as usize).unwrap_or(&Data::Empty);
        if cells.iter().all(blank) {
            continue;
        }
        if let Some(&index) = unnamed.iter().find(|&&i| !blank(at(i))) {
            return Err(sheet.cell_error(
                number,
                index,
                "",
                "this column has no name in the header row, so tarikh does not know what it holds; name it or empty it",
            ));
        }
        let mut texts: Vec<(&'static str, String)> = Vec::with_capacity(sheet.columns.len());
        for &(index, column) in &sheet.columns {
            let text = cell_text(at(index), NUMERIC_COLUMNS.contains(&column))
                .map_err(|message| sheet.cell_error(number, index, column, message))?;
            texts.push((column, text));
        }
        let record = FlatRecord::from_named_cells(texts.iter().map(|(c, t)| (*c, t.as_str())))
            .map_err(|e| sheet.field_error(number, e.column, e.message))?;
        sheet.rows.push(SheetRow { number, record });
    }
    Ok(sheet)
}

impl Sheet {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The sheet's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The rows that hold anything, in order.
    pub fn rows(&self) -> &[SheetRow] {
        &self.rows
    }

    /// Why a row edits an incident, for its history: the file, sheet and row.
    pub fn reason(&self, row: &SheetRow) -> String {
        format!(
            "imported from {}, sheet '{}', row {}",
            self.path.display(),
            self.name,
            row.number
        )
    }

    /// The incident a row tells, as a new incident (checked as tarikh CSV checks a row).
    pub fn incident(&self, row: &SheetRow) -> Result<Incident, ImportError> {
        row.record
            .clone()
            .into_incident()
            .map_err(|e| self.field_error(row.number, e.column, e.message))
    }

    /// Check every row as a dry run does, without a database: each makes an incident.
    /// `date_start`, `date_end` and `precision` are not held against `date` here, since an
    /// edited date leaves them as they were exported; the import checks them against the
    /// stored incident.
    pub fn check(&self) -> Result<usize, ImportError> {
        for row in &self.rows {
            let mut record = row.record.clone();
            record.date_start = None;
            record.date_end = None;
            record.precision = None;
            record
                .into_incident()
                .map_err(|e| self.field_error(row.number, e.column, e.message))?;
        }
        Ok(self.rows.len())
    }

    /// A row read as an edit of the stored incident: the incident with the row's values in the
    /// fields an analyst may change ([`EDITABLE`], those the sheet has). Every cell it reads is
    /// checked all the same.
    ///
    /// Where the incident is (`place`, `country`, `latitude`, `longitude`) is read as a whole.
    /// A row that moves the incident to another place gives it that place's country and point,
    /// as `tarikh edit --place` does: `locate` finds them (the gazetteer), and a place it does
    /// not know has no point (the old place's would put the incident where it is not), unless
    /// the row's own cells say otherwise: a country or coordinates the analyst changed in the
    /// same row win. `earlier` are the incident's earlier versions (its history's, oldest
    /// first): a point it had at another place is that place's, not one the analyst typed for
    /// this one, and neither is the country it had before it last moved, so a sheet exported
    /// before a move and read again moves nothing back.
    pub fn edit_of(
        &self,
        row: &SheetRow,
        stored: &Incident,
        earlier: &[Incident],
        locate: &mut dyn FnMut(&str) -> Result<Option<Located>, ImportError>,
    ) -> Result<Incident, ImportError> {
        let mut record = row.record.clone();
        // The columns that follow `date` are not read: a date edited in the sheet leaves them
        // as they were exported, and the same file imported again must change nothing.
        record.date_start = None;
        record.date_end = None;
        record.precision = None;
        let read = record
            .into_incident()
            .map_err(|e| self.field_error(row.number, e.column, e.message))?;
        let mut updated = stored.clone();
        let mut place = stored.place.clone();
        let mut country = stored.country.clone();
        let (mut latitude, mut longitude) = (stored.latitude, stored.longitude);
        for &(_, column) in &self.columns {
            match column {
                "date" => updated.date = read.date,
                "event_type" => updated.event_type = read.event_type,
                "status" => updated.status = read.status,
                "title" => updated.title = uncut(&read.title, &stored.title),
                "summary" => updated.summary = uncut(&read.summary, &stored.summary),
                "actors" => updated.actors = uncut_list(&read.actors, &stored.actors),
                "place" => place = read.place.clone(),
                "country" => country = read.country.clone(),
                "latitude" => latitude = near(read.latitude, stored.latitude),
                "longitude" => longitude = near(read.longitude, stored.longitude),
                "fatalities_low" => updated.fatalities.low = read.fatalities.low,
                "fatalities_best" => updated.fatalities.best = read.fatalities.best,
                "fatalities_high" => updated.fatalities.high = read.fatalities.high,
                "fatalities_phrase" => {
                    updated.fatalities.phrase =
                        uncut(&read.fatalities.phrase, &stored.fatalities.phrase)
                }
                "sources" => updated.sources = uncut_list(&read.sources, &stored.sources),
                _ => {}
            }
        }
        // The place as the gazetteer names it, when the row names another than the stored one
        // (or the same under another spelling: 'Баткен' is 'Batken').
        let located = if same_place(&place, &stored.place) {
            None
        } else {
            match place.as_deref() {
                Some(typed) => locate(typed)?,
                None => None,
            }
        };
        if let Some(found) = &located {
            place = Some(found.name.clone());
        }
        let stored_point = (stored.latitude, stored.longitude);
        // Cells still saying where the incident was before it moved (a sheet exported then).
        let at_another_place = |v: &&Incident| !same_place(&v.place, &place);
        let stale_point = latitude.is_some()
            && longitude.is_some()
            && earlier
                .iter()
                .chain([stored])
                .filter(at_another_place)
                .any(|v| {
                    near(latitude, v.latitude) == v.latitude
                        && near(longitude, v.longitude) == v.longitude
                });
        let stale_country = moved_from(earlier, stored)
            .is_some_and(|old| country == old.country && old.country != stored.country);
        if same_place(&place, &stored.place) {
            place = stored.place.clone();
            if stale_point {
                (latitude, longitude) = stored_point;
            }
            if stale_country {
                country = stored.country.clone();
            }
        } else {
            // It moves: to the new place's country and point, unless the row changed them.
            if (country == stored.country || stale_country)
                && let Some(theirs) = located.as_ref().and_then(|l| l.country.clone())
            {
                country = Some(theirs);
            }
            if (latitude, longitude) == stored_point || stale_point {
                (latitude, longitude) = located
                    .as_ref()
                    .map_or((None, None), |l| (l.latitude, l.longitude));
            }
        }
        updated.place = place;
        updated.country = country;
        updated.latitude = latitude;
        updated.longitude = longitude;
        Ok(updated)
    }

    /// Whether a row's cells say anything else than the stored incident of where it is: its
    /// place, country or point.
    fn relocates(&self, row: &SheetRow, stored: &Incident) -> bool {
        let record = &row.record;
        let has = |name: &str| self.columns.iter().any(|(_, c)| *c == name);
        let given = |text: &Option<String>| text.clone().filter(|t| !t.is_empty());
        (has("place") && !same_place(&given(&record.place), &stored.place))
            || (has("country") && given(&record.country) != stored.country)
            || (has("latitude") && near(record.latitude, stored.latitude) != stored.latitude)
            || (has("longitude") && near(record.longitude, stored.longitude) != stored.longitude)
    }

    fn letter(index: u32) -> String {
        let mut n = index + 1;
        let mut letters = Vec::new();
        while n > 0 {
            let rem = (n - 1) % 26;
            letters.push(char::from(b'A' + rem as u8));
            n = (n - 1) / 26;
        }
        letters.iter().rev().collect()
    }

    fn cell_error(
        &self,
        row: u32,
        index: u32,
        column: &str,
        message: impl Into<String>,
    ) -> ImportError {
        ImportError::Cell(Box::new(super::CellError {
            path: self.path.display().to_string(),
            sheet: self.name.clone(),
            row,
            column: column.to_string(),
            letter: Sheet::letter(index),
            message: message.into(),
        }))
    }

    /// An error in a cell named by its column.
    fn field_error(&self, row: u32, column: &str, message: impl Into<String>) -> ImportError {
        match self.columns.iter().find(|(_, c)| *c == column) {
            Some(&(index, _)) => self.cell_error(row, index, column, message),
            // A column the sheet does not have (a missing title is told by `title`): the row.
            None => self.row_error(row, format!("{column}: {}", message.into())),
        }
    }

    /// An error in a row as a whole.
    pub fn row_error(&self, row: u32, message: impl Into<String>) -> ImportError {
        ImportError::SheetRow {
            path: self.path.display().to_string(),
            sheet: self.name.clone(),
            row,
            message: message.into(),
        }
    }
}

/// Two places named alike (in case, accents and spacing), or both none.
fn same_place(a: &Option<String>, b: &Option<String>) -> bool {
    let key = |p: &Option<String>| p.as_deref().map(fold_key).unwrap_or_default();
    key(a) == key(b)
}

/// An empty cell, or one of blank text.
fn blank(cell: &Data) -> bool {
    match cell {
        Data::Empty => true,
        Data::String(text) => text.trim().is_empty(),
        _ => false,
    }
}

/// A cell as the text a tarikh CSV cell would hold; what no CSV cell could say is an error.
fn cell_text(cell: &Data, numeric: bool) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Int(n) => n.to_string(),
        // A whole number as one ("12", not "12.0"); Excel keeps every number as a double.
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        Data::Float(x) => x.to_string(),
        Data::Bool(b) => {
            return Err(format!(
                "a TRUE/FALSE cell ({}); tarikh expects {} here",
                if *b { "TRUE" } else { "FALSE" },
                if numeric { "a number" } else { "text" }
            ));
        }
        Data::DateTime(dt) if dt.is_duration() => {
            return Err("a duration cell; tarikh expects a day (YYYY-MM-DD) or text".into());
        }
        Data::DateTime(dt) => {
            let (y, m, d, h, min, s, ms) = dt.to_ymd_hms_milli();
            // Outside the days a workbook can hold (1900-01-01 to 9999-12-31), the conversion
            // clamps to an end: a day the cell does not say.
            let serial = dt.as_f64();
            if !(0.0..2_958_466.0).contains(&serial) || y < 1900 {
                return Err(format!(
                    "the date cell holds {serial}, which is no day a workbook can hold (1900-01-01 to 9999-12-31); type the day as text (YYYY-MM-DD)"
                ));
            }
            if (h, min, s, ms) != (0, 0, 0, 0) {
                return Err(format!(
                    "the date cell {y:04}-{m:02}-{d:02} {h:02}:{min:02} has a time of day; tarikh keeps days: give the day alone"
                ));
            }
            let day = chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))
                .ok_or_else(|| {
                    format!("the date cell {y:04}-{m:02}-{d:02} is not a day of the calendar")
                })?;
            if numeric {
                return Err(format!(
                    "Excel made this cell a date ({day}); tarikh expects a number here: type it again in a cell formatted as a number"
                ));
            }
            day.to_string()
        }
        Data::DateTimeIso(text) => {
            let day = text.split('T').next().unwrap_or_default();
            let midnight = text[day.len()..]
                .trim_start_matches('T')
                .trim_start_matches(['0', ':', '.']);
            if !midnight.is_empty() || day.parse::<chrono::NaiveDate>().is_err() {
                return Err(format!(
                    "the date cell '{text}' is not a day alone; tarikh keeps days (YYYY-MM-DD)"
                ));
            }
            day.to_string()
        }
        Data::DurationIso(text) => {
            return Err(format!(
                "a duration cell ('{text}'); tarikh expects a day (YYYY-MM-DD) or text"
            ));
        }
        Data::Error(e) => {
            return Err(format!(
                "the cell holds the Excel error {e}; put a value in it or empty it"
            ));
        }
    })
}

/// Text as a cell says it, unless the cell is the export's cut of the stored text (over
/// Excel's limit of 32,767 characters), which stands for the whole of it.
fn uncut(cell: &str, stored: &str) -> String {
    let cut = cell
        .rfind(" [… cut: ")
        .filter(|_| cell.ends_with(" characters shown]"))
        .is_some_and(|at| stored.len() > at && stored.starts_with(&cell[..at]));
    if cut { stored } else { cell }.to_string()
}

/// A list as [`uncut`] reads its joined cell.
fn uncut_list(cell: &[String], stored: &[String]) -> Vec<String> {
    let joined = stored.join(LIST_SEPARATOR);
    if uncut(&cell.join(LIST_SEPARATOR), &joined) == joined {
        stored.to_vec()
    } else {
        cell.to_vec()
    }
}

/// A coordinate read back: the stored one when the two differ only in the last digits a
/// spreadsheet may round away.
fn near(read: Option<f64>, stored: Option<f64>) -> Option<f64> {
    match (read, stored) {
        (Some(r), Some(s)) if (r - s).abs() < 1e-9 => Some(s),
        _ => read,
    }
}

/// What storing a sheet did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stored {
    /// Incidents edited, each with the fields its row changed.
    pub edited: Vec<(i64, Vec<&'static str>)>,
    /// New incidents stored.
    pub added: u64,
    /// Rows that change nothing: a stored incident as it is, or a new row stored before.
    pub unchanged: u64,
}

/// Store a sheet: each row whose uid the database holds as an edit of that incident (recorded in
/// its history as `tarikh edit` records one, when it changes anything), each other row as a new
/// incident. A row that moves an incident finds its new place in the built-in gazetteer, as
/// `tarikh edit --place` does. The first bad row stops it with its error, and the batch's
/// transaction then keeps nothing.
pub fn store(batch: &mut Batch<'_>, sheet: &Sheet) -> Result<Stored, StoreError> {
    // Loaded only when a row names a place or actors anew (a third of a short import).
    let gazetteer = || -> Result<&'static crate::ingest::gazetteer::Gazetteer, ImportError> {
        crate::ingest::Vocabulary::builtin()
            .map(|v| &v.gazetteer)
            .map_err(|e| {
                ImportError::file(
                    sheet.path(),
                    format!("cannot load the built-in gazetteer: {e}"),
                )
            })
    };
    let mut locate = |typed: &str| Ok(gazetteer()?.locate(typed));
    let mut done = Stored::default();
    for row in sheet.rows() {
        let known = match row.uid() {
            "" => None,
            uid => batch.incident_by_uid(uid)?,
        };
        let Some(stored) = known else {
            match batch.insert(&sheet.incident(row)?)? {
                Some(_) => done.added += 1,
                None => done.unchanged += 1,
            }
            continue;
        };
        let id = stored.incident.id.unwrap_or_default();
        // Its earlier versions matter only to a row that says it is elsewhere.
        let earlier: Vec<Incident> = if sheet.relocates(row, &stored.incident) {
            batch
                .history(id)?
                .into_iter()
                .map(|entry| entry.previous)
                .collect()
        } else {
            Vec::new()
        };
        let mut updated = sheet.edit_of(row, &stored.incident, &earlier, &mut locate)?;
        // Actors the row adds go by the gazetteer's names, as `tarikh edit --actor` stores
        // them ('طاجيكستان' is 'Tajikistan'); those the incident has already stay as they are.
        if updated.actors != stored.incident.actors {
            let gazetteer = gazetteer()?;
            let mut named: Vec<String> = Vec::with_capacity(updated.actors.len());
            for actor in &updated.actors {
                let name = if stored.incident.actors.contains(actor) {
                    actor.clone()
                } else {
                    gazetteer
                        .canonical_actor(actor)
                        .unwrap_or_else(|| actor.clone())
                };
                if !named.contains(&name) {
                    named.push(name);
                }
            }
            updated.actors = named;
        }
        // Compared as it would be read back: a country or point the row leaves empty is the
        // stored place's, as the database reads it, so such a row changes nothing.
        if stored
            .incident
            .changes_to(&batch.as_stored(&updated)?)
            .is_empty()
        {
            done.unchanged += 1;
            continue;
        }
        if stored.deleted_at.is_some() {
            return Err(sheet
                .row_error(
                    row.number,
                    format!(
                        "incident {id} (uid {}) is deleted; `tarikh restore {id}` brings it back, or take the row out",
                        row.uid()
                    ),
                )
                .into());
        }
        let fields = batch.edit(id, &updated, &sheet.reason(row))?;
        done.edited.push((id, fields));
    }
    Ok(done)
}

/// The incident as it was before its place last changed (by an edit, a merge, anything its
/// history records), if it ever did; `earlier` oldest first, `now` the incident as it is.
fn moved_from<'i>(earlier: &'i [Incident], now: &'i Incident) -> Option<&'i Incident> {
    let mut after = now;
    for version in earlier.iter().rev() {
        if !same_place(&version.place, &after.place) {
            return Some(version);
        }
        after = version;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_as_excel_names_them() {
        let letters: Vec<String> = [0, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(Sheet::letter)
            .collect();
        assert_eq!(letters, ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn cells_read_as_csv_text() {
        assert_eq!(cell_text(&Data::Float(12.0), true).unwrap(), "12");
        assert_eq!(cell_text(&Data::Float(39.9507), true).unwrap(), "39.9507");
        assert_eq!(
            cell_text(&Data::DateTimeIso("2021-04-29T00:00:00".into()), false).unwrap(),
            "2021-04-29"
        );
        assert!(cell_text(&Data::DateTimeIso("2021-04-29T10:30:00".into()), false).is_err());
        assert!(cell_text(&Data::Bool(true), false).is_err());
        // A date cell is read as its day, and one beyond the days a workbook holds refused
        // rather than clamped to an end.
        let date = |serial: f64| {
            cell_text(
                &Data::DateTime(calamine::ExcelDateTime::new(
                    serial,
                    calamine::ExcelDateTimeType::DateTime,
                    false,
                )),
                false,
            )
        };
        assert_eq!(date(44315.0).unwrap(), "2021-04-29");
        assert_eq!(date(1.0).unwrap(), "1900-01-01");
        assert_eq!(date(2_958_465.0).unwrap(), "9999-12-31");
        for beyond in [1e10, 2_958_466.0, -5.0, 0.0] {
            let err = date(beyond).unwrap_err();
            assert!(
                err.contains("no day a workbook can hold"),
                "{beyond}: {err}"
            );
        }
        assert!(
            cell_text(&Data::Error(calamine::CellErrorType::NA), false)
                .unwrap_err()
                .contains("#N/A")
        );
    }

    #[test]
    fn a_cut_cell_stands_for_the_stored_text() {
        let stored = "ب".repeat(40_000);
        let cell = format!("{} [… cut: 100 of 40000 characters shown]", "ب".repeat(100));
        assert_eq!(uncut(&cell, &stored), stored);
        assert_eq!(uncut("edited", &stored), "edited");
    }
}
