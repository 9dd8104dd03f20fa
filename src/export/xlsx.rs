//! Incidents out as an Excel workbook: one sheet, one row per incident, in tarikh's CSV columns.
//!
//! XLSX cells are typed, so report text goes in as text cells (never formulas) and cannot be run
//! by the spreadsheet, and Arabic needs no byte-order-mark trick. Numbers (ids, coordinates,
//! tolls) are number cells so that they sort and sum; days (a `date` of one exact day, the
//! bounds, the first and last report) are date cells, and any other `date` is its EDTF text. The sheet is written in
//! `rust_xlsxwriter`'s constant-memory mode: each row goes to a temporary file as it is
//! written, so a million incidents do not sit in memory.

use std::error::Error as StdError;
use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::date::Qualifier;
use crate::model::Incident;

/// The columns, in order: tarikh's CSV columns, then the extra detail the CSV leaves out.
pub use crate::record::ALL_COLUMNS as COLUMNS;

/// Width of each column in characters, in [`COLUMNS`] order: wide for prose, narrow for codes.
const WIDTHS: [f64; 27] = [
    7.0, 24.0, 11.0, 11.0, 9.0, 20.0, 9.0, 40.0, 30.0, 18.0, 13.0, 10.0, 10.0, 8.0, 8.0, 8.0, 30.0,
    60.0, 60.0, 24.0, 30.0, 16.0, 8.0, 40.0, 11.0, 11.0, 24.0,
];

/// Excel's limit on the characters (UTF-16 units) in one cell.
const CELL_LIMIT: usize = 32_767;

/// Excel's rows per sheet, the header row included.
const ROW_LIMIT: u32 = 1_048_576;

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The incident stream failed (a store query, an import).
    #[error(transparent)]
    Input(Box<dyn StdError + Send + Sync>),
    #[error("cannot write the workbook: {0}")]
    Xlsx(#[from] XlsxError),
    #[error(
        "more than {max} incidents do not fit on one Excel sheet; export a narrower selection \
         (by date or type) or use CSV",
        max = ROW_LIMIT - 1
    )]
    TooManyRows,
}

/// Write `incidents` to an XLSX file at `path`, returning how many were written. The file is
/// only created once every incident has been read, so a failing stream leaves no half file.
pub fn write<I, E>(path: &Path, incidents: I) -> Result<usize, Error>
where
    I: IntoIterator<Item = Result<Incident, E>>,
    E: Into<Box<dyn StdError + Send + Sync>>,
{
    let mut workbook = Workbook::new();
    // Spill rows next to the output rather than in a temp folder that may live in memory.
    if let Some(dir) = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && d.is_dir())
    {
        // Not being able to use it is no reason to fail: the default temp folder remains.
        let _ = workbook.set_tempdir(dir);
    }
    let count = fill(&mut workbook, incidents)?;
    workbook.save(path)?;
    Ok(count)
}

/// Like [`write()`], to any writer (a buffer, stdout through a buffer).
pub fn write_to<W, I, E>(out: W, incidents: I) -> Result<usize, Error>
where
    W: Write + Send,
    I: IntoIterator<Item = Result<Incident, E>>,
    E: Into<Box<dyn StdError + Send + Sync>>,
{
    let mut workbook = Workbook::new();
    let count = fill(&mut workbook, incidents)?;
    workbook.save_to_writer(out)?;
    Ok(count)
}

fn fill<I, E>(workbook: &mut Workbook, incidents: I) -> Result<usize, Error>
where
    I: IntoIterator<Item = Result<Incident, E>>,
    E: Into<Box<dyn StdError + Send + Sync>>,
{
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name("incidents")?;
    for (col, width) in WIDTHS.iter().enumerate() {
        sheet.set_column_width(col as u16, *width)?;
    }
    for (col, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, &bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;

    let mut row: u32 = 0;
    for incident in incidents {
        let incident = incident.map_err(|e| Error::Input(e.into()))?;
        row = row
            .checked_add(1)
            .filter(|r| *r < ROW_LIMIT)
            .ok_or(Error::TooManyRows)?;
        write_row(sheet, row, &incident, &day)?;
    }
    let last_col = (COLUMNS.len() - 1) as u16;
    sheet.autofilter(0, 0, row, last_col)?;
    Ok(row as usize)
}

/// One incident, cell by cell in [`COLUMNS`] order. Empty values stay blank cells.
fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    inc: &Incident,
    day: &Format,
) -> Result<(), XlsxError> {
    let date = &inc.date;
    let evidence: Vec<&str> = inc.evidence.iter().map(|e| e.sentence.as_str()).collect();
    let cells: [Cell<'_>; 27] = [
        Cell::Int(inc.id),
        // One exact day is a real date cell, as Excel keeps a day; any other date (a span, an
        // open end, a month, a year, an approximate or uncertain day) is its EDTF as text.
        match date
            .exact_day()
            .filter(|_| date.qualifier == Qualifier::NONE)
        {
            Some(d) if excel_day(d).is_some() => Cell::Day(Some(d)),
            _ => Cell::Text(date.to_edtf().into()),
        },
        Cell::Day(date.earliest()),
        Cell::Day(date.latest()),
        Cell::Text(date.precision().as_str().into()),
        Cell::Text(inc.event_type.as_str().into()),
        Cell::Text(inc.status.as_str().into()),
        Cell::Text(inc.title.as_str().into()),
        Cell::Text(inc.actors.join("; ").into()),
        Cell::Text(inc.place.as_deref().unwrap_or_default().into()),
        Cell::Text(inc.country.as_deref().unwrap_or_default().into()),
        Cell::Float(inc.latitude),
        Cell::Float(inc.longitude),
        Cell::Count(inc.fatalities.low),
        Cell::Count(inc.fatalities.best),
        Cell::Count(inc.fatalities.high),
        Cell::Text(inc.sources.join("; ").into()),
        Cell::Text(evidence.join("; ").into()),
        Cell::Text(inc.summary.as_str().into()),
        Cell::Text(inc.fatalities.phrase.as_str().into()),
        Cell::Text(inc.disputed.as_str().into()),
        Cell::Text(inc.uid.as_str().into()),
        Cell::Count(Some(inc.provenance.source_count)),
        Cell::Text(inc.provenance.source_urls.join("; ").into()),
        Cell::Day(inc.provenance.first_reported),
        Cell::Day(inc.provenance.last_reported),
        // A list of days, so text: one day per report, as in the CSV.
        Cell::Text(crate::store::join_days(&inc.provenance.published).into()),
    ];
    for (col, cell) in cells.iter().enumerate() {
        let col = col as u16;
        match cell {
            Cell::Text(text) if !text.is_empty() => {
                sheet.write_string(row, col, fit_cell(text).as_ref())?;
            }
            Cell::Int(Some(n)) => {
                sheet.write_number(row, col, *n as f64)?;
            }
            Cell::Count(Some(n)) => {
                sheet.write_number(row, col, f64::from(*n))?;
            }
            Cell::Float(Some(x)) if x.is_finite() => {
                sheet.write_number(row, col, *x)?;
            }
            // A real date cell, so that Excel sorts and filters by it; a day Excel cannot hold
            // (before 1900) stays text.
            Cell::Day(Some(d)) => {
                match excel_day(*d) {
                    Some(excel) => sheet.write_datetime_with_format(row, col, &excel, day)?,
                    None => sheet.write_string(row, col, d.format("%Y-%m-%d").to_string())?,
                };
            }
            _ => {}
        }
    }
    Ok(())
}

/// A day as Excel keeps it; `None` for a day before 1900, which Excel's dates do not reach.
fn excel_day(d: chrono::NaiveDate) -> Option<ExcelDateTime> {
    use chrono::Datelike;
    let year = u16::try_from(d.year()).ok().filter(|y| *y >= 1900)?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8).ok()
}

enum Cell<'a> {
    Text(std::borrow::Cow<'a, str>),
    Int(Option<i64>),
    Count(Option<u32>),
    Float(Option<f64>),
    Day(Option<chrono::NaiveDate>),
}

/// Text within Excel's cell limit. Longer text (a pile of evidence) is cut with a visible
/// note, rather than failing the whole export or dropping the cell.
fn fit_cell(text: &str) -> std::borrow::Cow<'_, str> {
    if text.encode_utf16().count() <= CELL_LIMIT {
        return text.into();
    }
    let total = text.chars().count();
    let note_for = |kept: usize| format!(" [… cut: {} of {total} characters shown]", kept);
    let budget = CELL_LIMIT - note_for(total).encode_utf16().count();
    let mut used = 0;
    let mut kept = 0;
    let mut end = 0;
    for (i, ch) in text.char_indices() {
        if used + ch.len_utf16() > budget {
            break;
        }
        used += ch.len_utf16();
        kept += 1;
        end = i + ch.len_utf8();
    }
    format!("{}{}", &text[..end], note_for(kept)).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_visibly_within_the_limit() {
        let long = "ب".repeat(40_000);
        let cut = fit_cell(&long);
        assert!(cut.encode_utf16().count() <= CELL_LIMIT);
        assert!(
            cut.ends_with("of 40000 characters shown]"),
            "{}",
            &cut[cut.len() - 60..]
        );
        assert_eq!(fit_cell("short"), "short");
    }
}
