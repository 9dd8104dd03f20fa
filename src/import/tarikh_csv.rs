//! tarikh's own CSV (what `tarikh export` and `tarikh timeline --format csv` write), read back
//! row by row: a UTF-8 byte-order mark is skipped and neutralised formula cells are restored.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use super::ImportError;
use super::csv_rows::Lines;
use crate::model::Incident;
use crate::record::{COLUMNS, EXTRA_COLUMNS, FlatRecord};

/// The columns a hand-made sheet must have: the rest may be left out, in any order.
pub const REQUIRED: [&str; 3] = ["date", "event_type", "title"];

/// Does this header row say "tarikh CSV", as tarikh exports it?
pub fn matches_header(headers: &[String]) -> bool {
    headers.len() >= COLUMNS.len() && headers.iter().zip(COLUMNS).all(|(h, c)| h == c)
}

/// Is this header meant as tarikh CSV, though not as tarikh exports it: a hand-made sheet with
/// some of its columns in any order and in any case (what is missing or unknown is said when it
/// is read)? Asked after the ACLED and UCDP headers, which share some names.
pub fn resembles_header(headers: &[String]) -> bool {
    headers
        .iter()
        .any(|h| REQUIRED.iter().any(|r| same_column(h, r)))
}

/// Does a header cell name this tarikh column? Names are matched as a person types them in a
/// spreadsheet: in any case (`Event_Type`), with spaces around them.
fn same_column(found: &str, column: &str) -> bool {
    found.trim().eq_ignore_ascii_case(column)
}

/// Check a header and return the column names it uses, in its order.
fn check_header(path: &Path, headers: &[String]) -> Result<Vec<&'static str>, ImportError> {
    header_columns(headers).map_err(|problem| match problem.column {
        Some(column) => ImportError::field(path, 1, &column, problem.message),
        None => ImportError::row(path, 1, problem.message),
    })
}

/// What is wrong with a header: the column it is about, if one, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeaderProblem {
    pub column: Option<String>,
    pub message: String,
}

/// The tarikh columns a header names, in its order: any of them, once each, in any order and in
/// any case, with at least the [`REQUIRED`] ones. Shared by tarikh CSV and tarikh XLSX.
pub(crate) fn header_columns(headers: &[String]) -> Result<Vec<&'static str>, HeaderProblem> {
    let all: Vec<&'static str> = COLUMNS.iter().chain(EXTRA_COLUMNS).copied().collect();
    let mut columns: Vec<&'static str> = Vec::with_capacity(headers.len());
    for found in headers {
        let Some(known) = all.iter().find(|c| same_column(found, c)) else {
            return Err(HeaderProblem {
                column: Some(found.clone()),
                message: format!(
                    "unknown column '{found}'; tarikh's columns are: {} (any of them, in any order, with at least {})",
                    all.join(", "),
                    REQUIRED.join(", ")
                ),
            });
        };
        if columns.contains(known) {
            return Err(HeaderProblem {
                column: Some(found.clone()),
                message: if found.trim() == *known {
                    format!("column '{found}' appears twice")
                } else {
                    format!(
                        "column '{found}' appears twice: it is '{known}' (column names are read in any case)"
                    )
                },
            });
        }
        columns.push(known);
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|r| !columns.contains(r))
        .collect();
    if !missing.is_empty() {
        return Err(HeaderProblem {
            column: None,
            message: format!(
                "the header has no column {}: tarikh's columns may be left out, all but {}",
                missing
                    .iter()
                    .map(|m| format!("'{m}'"))
                    .collect::<Vec<_>>()
                    .join(", "),
                REQUIRED.join(", ")
            ),
        });
    }
    Ok(columns)
}

/// Streaming reader of a tarikh CSV file.
pub struct Reader {
    path: PathBuf,
    csv: csv::Reader<super::csv_rows::Counted<Box<dyn Read + Send>>>,
    lines: Lines,
    columns: Vec<&'static str>,
    record: csv::StringRecord,
    failed: bool,
}

/// Open a tarikh CSV and check its header.
pub fn read(path: &Path) -> Result<Reader, ImportError> {
    let file = File::open(path).map_err(|e| ImportError::io(path, e))?;
    read_from(path, Box::new(BufReader::with_capacity(1 << 16, file)))
}

/// Read tarikh CSV from any reader; `path` names it in messages.
pub fn read_from(path: &Path, mut input: Box<dyn Read + Send>) -> Result<Reader, ImportError> {
    // Skip a byte-order mark: Excel-friendly exports start with one.
    let mut head = [0u8; 3];
    let mut filled = 0;
    while filled < 3 {
        match input
            .read(&mut head[filled..])
            .map_err(|e| ImportError::io(path, e))?
        {
            0 => break,
            n => filled += n,
        }
    }
    let prefix: Vec<u8> = if head[..filled] == [0xEF, 0xBB, 0xBF] {
        Vec::new()
    } else {
        head[..filled].to_vec()
    };
    let input: Box<dyn Read + Send> = Box::new(std::io::Cursor::new(prefix).chain(input));
    let lines = Lines::default();
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(lines.track(input));
    let headers = csv
        .headers()
        .map_err(|e| csv_error(path, e, &lines))?
        .clone();
    if headers.is_empty() || (headers.len() == 1 && headers[0].is_empty()) {
        return Err(ImportError::file(
            path,
            "the file is empty; expected a header row starting 'id,date,date_start'",
        ));
    }
    let names: Vec<String> = headers.iter().map(str::to_string).collect();
    let columns = check_header(path, &names)?;
    Ok(Reader {
        path: path.to_path_buf(),
        csv,
        lines,
        columns,
        record: csv::StringRecord::new(),
        failed: false,
    })
}

/// Turn a csv error into a message naming the file and line.
pub(crate) fn csv_error(path: &Path, error: csv::Error, lines: &Lines) -> ImportError {
    let line = lines.of(error.position());
    match error.kind() {
        csv::ErrorKind::Utf8 { pos, err } => ImportError::row(
            path,
            pos.as_ref().map_or(line, |p| lines.line_of(p.byte())),
            format!(
                "field {} is not valid UTF-8 ({err}); save the file as UTF-8",
                err.field() + 1
            ),
        ),
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => ImportError::row(
            path,
            pos.as_ref().map_or(line, |p| lines.line_of(p.byte())),
            format!(
                "this row has {} but the header has {expected_len}",
                crate::text::counted(*len, "field", "fields")
            ),
        ),
        csv::ErrorKind::Io(e) => ImportError::file(path, e.to_string()),
        _ => ImportError::row(path, line, error.to_string()),
    }
}

impl Iterator for Reader {
    type Item = Result<Incident, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let result = match self.csv.read_record(&mut self.record) {
            Ok(false) => return None,
            Ok(true) => {
                let line = self.lines.of(self.record.position());
                FlatRecord::from_cells(&self.columns, &self.record)
                    .and_then(FlatRecord::into_incident)
                    .map_err(|e| ImportError::field(&self.path, line, e.column, e.message))
            }
            Err(e) => Err(csv_error(&self.path, e, &self.lines)),
        };
        self.failed = result.is_err();
        Some(result)
    }
}
