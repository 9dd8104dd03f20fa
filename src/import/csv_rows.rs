//! CSV plumbing shared by the importers of other datasets' files (ACLED, UCDP GED): header
//! lookup by name, rows read as bytes so that invalid UTF-8 is reported with its line and column,
//! and field parsers whose errors say what was expected.

use std::collections::VecDeque;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, Mutex};

use crate::import::ImportError;

/// Physical line numbers of a CSV input, from the byte offsets the csv crate gives: its own line
/// count is one short after a Windows line end (CRLF) and after a quoted cell that spans lines.
#[derive(Clone, Default)]
pub(crate) struct Lines(Arc<Mutex<LineState>>);

#[derive(Default)]
struct LineState {
    /// Offsets of the line ends read but not yet passed by a record.
    ends: VecDeque<u64>,
    /// Line ends already passed.
    passed: u64,
    /// Bytes read so far.
    read: u64,
}

impl Lines {
    /// Wrap an input so that its line ends are noted as the csv reader reads it.
    pub(crate) fn track<R: Read>(&self, inner: R) -> Counted<R> {
        Counted {
            inner,
            lines: self.clone(),
        }
    }

    /// The 1-based line of the record that starts at byte `offset`; offsets must not go back
    /// between calls (records are read in order). After a CRLF the csv crate gives the offset
    /// of the line end itself, so a line end at the offset is passed too (a record never
    /// starts with one: empty lines are skipped).
    pub(crate) fn line_of(&self, offset: u64) -> u64 {
        let Ok(mut state) = self.0.lock() else {
            return 0;
        };
        while state.ends.front().is_some_and(|&end| end <= offset) {
            state.ends.pop_front();
            state.passed += 1;
        }
        state.passed + 1
    }

    /// The line of a csv position (0 when there is none).
    pub(crate) fn of(&self, position: Option<&csv::Position>) -> u64 {
        position.map_or(0, |p| self.line_of(p.byte()))
    }
}

/// An input whose line ends are noted in a [`Lines`].
pub(crate) struct Counted<R> {
    inner: R,
    lines: Lines,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Ok(mut state) = self.lines.0.lock() {
            let at = state.read;
            // Lines are long (a row of Arabic text with its evidence is over 1 KB): look for
            // a line end a block at a time, with a test the compiler makes vector-wide, and
            // byte by byte only in a block that has one.
            const BLOCK: usize = 64;
            for (k, block) in buf[..n].chunks(BLOCK).enumerate() {
                if block.iter().fold(false, |found, b| found | (*b == b'\n')) {
                    for (i, _) in block.iter().enumerate().filter(|(_, b)| **b == b'\n') {
                        state.ends.push_back(at + (k * BLOCK + i) as u64);
                    }
                }
            }
            state.read += n as u64;
        }
        Ok(n)
    }
}

/// A column found in the header: where it is and what it is called (for messages).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Col {
    index: usize,
    name: &'static str,
}

impl Col {
    pub(crate) fn name(&self) -> &'static str {
        self.name
    }
}

/// Trimmed, lower-case header names: exports differ in case, and some carry a BOM.
pub(crate) fn normalize_headers<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    names
        .map(|n| n.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
        .collect()
}

pub(crate) fn find(names: &[String], name: &'static str) -> Option<Col> {
    names
        .iter()
        .position(|n| n == name)
        .map(|index| Col { index, name })
}

pub(crate) fn missing(path: &Path, name: &str) -> ImportError {
    ImportError::field(path, 1, name, "required column is missing from the header")
}

/// Fail on the first missing column, listing all that are missing.
pub(crate) fn check_required(
    names: &[String],
    required: &[&'static str],
    path: &Path,
    what: &str,
) -> Result<(), ImportError> {
    let absent: Vec<&str> = required
        .iter()
        .copied()
        .filter(|r| !names.iter().any(|n| n == r))
        .collect();
    match absent.first() {
        None => Ok(()),
        Some(first) => Err(ImportError::field(
            path,
            1,
            first,
            format!(
                "required column is missing from the header (missing: {}; {what} has {})",
                absent.join(", "),
                required.join(", ")
            ),
        )),
    }
}

/// The first few header names, for "this is not an X file" messages.
pub(crate) fn preview(names: &[String]) -> String {
    let mut shown: Vec<&str> = names.iter().take(6).map(String::as_str).collect();
    if names.len() > 6 {
        shown.push("...");
    }
    shown.join(", ")
}

/// A CSV file read one record at a time into a reused buffer.
pub(crate) struct CsvRows<R> {
    path: PathBuf,
    reader: csv::Reader<Counted<R>>,
    lines: Lines,
    record: csv::ByteRecord,
    headers: Vec<String>,
    done: bool,
}

impl<R: Read> CsvRows<R> {
    pub(crate) fn new(input: R, path: &Path) -> Result<CsvRows<R>, ImportError> {
        let lines = Lines::default();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(lines.track(input));
        let raw = reader
            .byte_headers()
            .map_err(|e| csv_error(path, e, &lines))?
            .clone();
        if raw.is_empty() || (raw.len() == 1 && raw.get(0).is_some_and(|f| f.is_empty())) {
            return Err(ImportError::file(
                path,
                "the file is empty: expected a CSV header line",
            ));
        }
        let mut text = Vec::with_capacity(raw.len());
        for (i, field) in raw.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(s) => text.push(s),
                Err(_) => {
                    return Err(ImportError::field(
                        path,
                        1,
                        &format!("#{}", i + 1),
                        "header is not valid UTF-8 (save the file as UTF-8)",
                    ));
                }
            }
        }
        let headers = normalize_headers(text.into_iter());
        Ok(CsvRows {
            path: path.to_path_buf(),
            reader,
            lines,
            record: csv::ByteRecord::new(),
            headers,
            done: false,
        })
    }

    pub(crate) fn headers(&self) -> &[String] {
        &self.headers
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The next data row; `None` at the end, or after an error that leaves nothing to read.
    pub(crate) fn next_row(&mut self) -> Option<Result<Row<'_>, ImportError>> {
        if self.done {
            return None;
        }
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                let line = self.lines.of(self.record.position());
                Some(Ok(Row {
                    path: &self.path,
                    line,
                    record: &self.record,
                }))
            }
            Err(e) => {
                // An I/O error will recur on every call; a malformed row will not.
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    self.done = true;
                }
                Some(Err(csv_error(&self.path, e, &self.lines)))
            }
        }
    }
}

fn csv_error(path: &Path, e: csv::Error, lines: &Lines) -> ImportError {
    let line = lines.of(e.position());
    match e.into_kind() {
        csv::ErrorKind::Io(io) => ImportError::io(path, io),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => ImportError::row(
            path,
            line,
            format!(
                "row has {} but the header has {expected_len} (a stray comma or quote?)",
                crate::text::counted(len, "field", "fields")
            ),
        ),
        other => ImportError::row(path, line, format!("unreadable CSV: {other:?}")),
    }
}

/// One data row, borrowed from the reader.
pub(crate) struct Row<'a> {
    path: &'a Path,
    line: u64,
    record: &'a csv::ByteRecord,
}

impl Row<'_> {
    pub(crate) fn line(&self) -> u64 {
        self.line
    }

    /// The field as text; empty when the row is short (csv already rejects short rows).
    pub(crate) fn text(&self, col: Col) -> Result<&str, ImportError> {
        let bytes = self.record.get(col.index).unwrap_or_default();
        std::str::from_utf8(bytes).map_err(|e| {
            self.error(
                col,
                format!(
                    "not valid UTF-8 (bad byte at offset {}; save the file as UTF-8)",
                    e.valid_up_to()
                ),
            )
        })
    }

    pub(crate) fn error(&self, col: Col, message: impl Into<String>) -> ImportError {
        ImportError::field(self.path, self.line, col.name, message)
    }
}

/// A number, or `None` for an empty field; anything else is an error naming `expected`.
pub(crate) fn parse_opt<T: FromStr>(
    row: &Row<'_>,
    col: Col,
    expected: &str,
) -> Result<Option<T>, ImportError> {
    let text = row.text(col)?.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<T>().map(Some).map_err(|_| {
        row.error(
            col,
            format!("'{text}' is not a number (expected {expected})"),
        )
    })
}

/// A latitude (`limit` 90) or longitude (`limit` 180) in decimal degrees, or `None` if empty.
pub(crate) fn coordinate(row: &Row<'_>, col: Col, limit: f64) -> Result<Option<f64>, ImportError> {
    let expected = format!("decimal degrees between -{limit} and {limit}, such as 39.9507");
    match parse_opt::<f64>(row, col, &expected)? {
        Some(v) if v.is_finite() && v.abs() <= limit => Ok(Some(v)),
        Some(v) => Err(row.error(col, format!("{v} is out of range (expected {expected})"))),
        None => Ok(None),
    }
}

/// Split a `;`-separated list into `out`, trimmed, without empties or repeats.
pub(crate) fn push_split(out: &mut Vec<String>, text: &str) {
    for part in text.split(';') {
        let part = part.trim();
        if !part.is_empty() && !out.iter().any(|p| p == part) {
            out.push(part.to_string());
        }
    }
}

pub(crate) fn non_empty(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod line_tests {
    use super::*;

    #[test]
    fn physical_lines_of_records() {
        let text = "a,b\r\n1,2\r\n\"x\r\ny\",3\r\n4,5\r\n";
        let lines = Lines::default();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(lines.track(text.as_bytes()));
        let mut record = csv::ByteRecord::new();
        let mut got = Vec::new();
        while reader.read_byte_record(&mut record).expect("a record") {
            got.push(lines.of(record.position()));
        }
        assert_eq!(got, [2, 3, 5]);
    }
}
