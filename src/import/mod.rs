//! Importers: each input kind (tarikh CSV, JSON Lines, ACLED, UCDP GED, report text) is one module
//! that yields incidents; the store loads them, all or nothing. tarikh XLSX (`xlsx`) yields rows
//! that are edits of stored incidents or new ones.

use std::path::Path;

/// Why an input file was rejected. Every variant names the file, and the line and column when
/// there is one, so the user can go and fix it.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}:{line}: column '{column}': {message}")]
    Field {
        path: String,
        line: u64,
        column: String,
        message: String,
    },
    #[error("{path}:{line}: {message}")]
    Row {
        path: String,
        line: u64,
        message: String,
    },
    /// A cell of a workbook (boxed: the other errors are smaller).
    #[error(transparent)]
    Cell(Box<CellError>),
    #[error("{path}: sheet '{sheet}', row {row}: {message}")]
    SheetRow {
        path: String,
        sheet: String,
        row: u32,
        message: String,
    },
    #[error("{path}: {message}")]
    File { path: String, message: String },
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
}

/// What is wrong with a cell of a workbook: Excel's row number (1 is the header) and the column
/// by its name and its letter.
#[derive(Debug, thiserror::Error)]
#[error("{path}: sheet '{sheet}', row {row}, column '{column}' ({letter}): {message}")]
pub struct CellError {
    pub path: String,
    pub sheet: String,
    pub row: u32,
    pub column: String,
    pub letter: String,
    pub message: String,
}

impl ImportError {
    pub fn field(path: &Path, line: u64, column: &str, message: impl Into<String>) -> ImportError {
        ImportError::Field {
            path: path.display().to_string(),
            line,
            column: column.to_string(),
            message: message.into(),
        }
    }

    pub fn row(path: &Path, line: u64, message: impl Into<String>) -> ImportError {
        ImportError::Row {
            path: path.display().to_string(),
            line,
            message: message.into(),
        }
    }

    pub fn file(path: &Path, message: impl Into<String>) -> ImportError {
        ImportError::File {
            path: path.display().to_string(),
            message: message.into(),
        }
    }

    pub fn io(path: &Path, source: std::io::Error) -> ImportError {
        ImportError::Io {
            path: path.display().to_string(),
            error: source,
        }
    }
}

pub mod acled;
mod csv_rows;
pub mod jsonl;
pub mod manifest;
pub mod tarikh_csv;
pub mod ucdp;
pub mod xlsx;

/// What kind of input a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// tarikh's own CSV.
    TarikhCsv,
    /// tarikh's JSON Lines (or a JSON array of the same objects).
    JsonLines,
    /// An ACLED export (current or 2019-2020 columns).
    Acled,
    /// A UCDP GED CSV.
    Ucdp,
    /// tarikh's XLSX export, perhaps edited in a spreadsheet.
    Xlsx,
    /// A news report: plain text or Markdown.
    Report,
}

/// File extensions read as reports when a folder is imported.
const REPORT_EXTENSIONS: &[&str] = &["txt", "md", "text", "markdown"];
/// File extensions read as structured data when a folder is imported.
const DATA_EXTENSIONS: &[&str] = &["csv", "jsonl", "ndjson", "json", "xlsx"];

/// Expand folders into the files inside them that tarikh reads (sorted, recursively); files
/// named directly are kept whatever their extension.
pub fn expand_paths(paths: &[std::path::PathBuf]) -> Result<Vec<std::path::PathBuf>, ImportError> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| ImportError::io(path, e))?;
        if meta.is_dir() {
            walk(path, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), ImportError> {
    let mut entries: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| ImportError::io(dir, e))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| ImportError::io(dir, e))?;
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            // Excel's lock file beside an open workbook ("~$edited.xlsx") is hidden too.
            .is_some_and(|n| n.starts_with('.') || n.starts_with("~$"));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if has_extension(&path, REPORT_EXTENSIONS) || has_extension(&path, DATA_EXTENSIONS) {
            // A README in a folder of reports is documentation, not a report.
            let readme = path
                .file_stem()
                .and_then(|s| s.to_str())
                .is_some_and(|s| s.eq_ignore_ascii_case("readme"));
            if !readme {
                out.push(path);
            }
        }
    }
    Ok(())
}

fn has_extension(path: &Path, list: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| list.iter().any(|l| e.eq_ignore_ascii_case(l)))
}

/// Look at the start of a file: refuse empty and binary files, and tell structured data from
/// report text.
pub fn detect(path: &Path) -> Result<InputKind, ImportError> {
    use std::io::Read;
    let mut head = Vec::with_capacity(8192);
    std::fs::File::open(path)
        .and_then(|f| f.take(8192).read_to_end(&mut head))
        .map_err(|e| ImportError::io(path, e))?;
    let text_start = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    if text_start.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::file(
            path,
            "the file is empty; nothing to import",
        ));
    }
    // An XLSX workbook is a ZIP archive.
    if head.starts_with(b"PK\x03\x04") {
        return Ok(InputKind::Xlsx);
    }
    if has_extension(path, &["xlsx"]) {
        return Err(ImportError::file(
            path,
            "named .xlsx but not an XLSX workbook (one is a ZIP archive); export it again from tarikh or save it from the spreadsheet as an Excel Workbook (.xlsx)",
        ));
    }
    if head.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Err(ImportError::file(
            path,
            "an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx) and import that",
        ));
    }
    if head.contains(&0) {
        return Err(ImportError::file(
            path,
            "this is a binary file, not text; tarikh imports UTF-8 text reports, tarikh CSV, JSON Lines and tarikh XLSX",
        ));
    }
    if has_extension(path, &["jsonl", "ndjson", "json"]) {
        return Ok(InputKind::JsonLines);
    }
    if has_extension(path, &["csv"]) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text_start);
        let header = match reader.records().next() {
            Some(Ok(record)) => record,
            _ => csv::StringRecord::new(),
        };
        let names: Vec<String> = header.iter().map(str::to_string).collect();
        if tarikh_csv::matches_header(&names) {
            return Ok(InputKind::TarikhCsv);
        }
        if acled::matches_header(&header) {
            return Ok(InputKind::Acled);
        }
        if ucdp::matches_header(&header) {
            return Ok(InputKind::Ucdp);
        }
        if tarikh_csv::resembles_header(&names) {
            return Ok(InputKind::TarikhCsv);
        }
        let first_line =
            String::from_utf8_lossy(text_start.split(|b| *b == b'\n').next().unwrap_or_default());
        // Excel in many locales saves "CSV" with semicolons between the cells.
        if !first_line.contains(',') && first_line.contains(';') {
            return Err(ImportError::row(
                path,
                1,
                "the cells are separated by semicolons (as Excel saves CSV in many locales); tarikh reads comma-separated CSV: save it as 'CSV UTF-8 (Comma delimited)', or import the workbook itself (.xlsx)",
            ));
        }
        return Err(ImportError::row(
            path,
            1,
            format!(
                "unrecognised CSV header (starts '{}'); tarikh reads its own CSV (header 'id,date,date_start,...'), \
                 ACLED exports and UCDP GED CSVs",
                first_line.trim_end().chars().take(60).collect::<String>()
            ),
        ));
    }
    Ok(InputKind::Report)
}

/// Read a whole report file as UTF-8, naming the line of the first invalid byte if it is not.
pub fn read_text(path: &Path) -> Result<String, ImportError> {
    let bytes = std::fs::read(path).map_err(|e| ImportError::io(path, e))?;
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .map(<[u8]>::to_vec)
        .unwrap_or(bytes);
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() as u64 + 1;
        ImportError::row(
            path,
            line,
            format!("not valid UTF-8 (byte {at}); save the file as UTF-8"),
        )
    })
}

/// A JSON array of incident objects, as `--format json` writes.
pub fn read_json_array(path: &Path) -> Result<Vec<crate::model::Incident>, ImportError> {
    let text = read_text(path)?;
    let records: Vec<crate::record::FlatRecord> = serde_json::from_str(&text).map_err(|e| {
        ImportError::row(
            path,
            e.line() as u64,
            format!("not a JSON array of tarikh incidents: {e}"),
        )
    })?;
    records
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            r.into_incident().map_err(|e| {
                ImportError::field(
                    path,
                    0,
                    e.column,
                    format!("element {}: {}", i + 1, e.message),
                )
            })
        })
        .collect()
}

/// The incidents of one structured file, whatever its format, read as they are needed.
pub enum DataReader {
    Tarikh(Box<tarikh_csv::Reader>),
    JsonLines(jsonl::Reader),
    JsonArray(std::vec::IntoIter<crate::model::Incident>),
    Acled(Box<acled::AcledReader<std::io::BufReader<std::fs::File>>>),
    Ucdp(Box<ucdp::UcdpReader<std::io::BufReader<std::fs::File>>>),
}

/// Open a structured file of the given kind (see [`detect`]).
pub fn open_data(path: &Path, kind: InputKind) -> Result<DataReader, ImportError> {
    Ok(match kind {
        InputKind::TarikhCsv => DataReader::Tarikh(Box::new(tarikh_csv::read(path)?)),
        InputKind::JsonLines if is_json_array(path)? => {
            DataReader::JsonArray(read_json_array(path)?.into_iter())
        }
        InputKind::JsonLines => DataReader::JsonLines(jsonl::read(path)?),
        InputKind::Acled => DataReader::Acled(Box::new(acled::read(path)?)),
        InputKind::Ucdp => DataReader::Ucdp(Box::new(ucdp::read(path)?)),
        InputKind::Report => {
            return Err(ImportError::file(
                path,
                "a report is text to read with the ingester, not structured data",
            ));
        }
        InputKind::Xlsx => {
            return Err(ImportError::file(
                path,
                "a workbook's rows may edit stored incidents: read it with import::xlsx::read and store it with import::xlsx::store",
            ));
        }
    })
}

/// Does the file hold one JSON array rather than JSON Lines?
fn is_json_array(path: &Path) -> Result<bool, ImportError> {
    use std::io::Read;
    let mut head = Vec::with_capacity(4096);
    std::fs::File::open(path)
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .map_err(|e| ImportError::io(path, e))?;
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&head);
    Ok(head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'['))
}

impl DataReader {
    /// Problems in rows that were imported anyway (e.g. UCDP death counts out of order).
    pub fn take_warnings(&mut self) -> Vec<String> {
        match self {
            DataReader::Ucdp(reader) => reader
                .take_warnings()
                .iter()
                .map(ToString::to_string)
                .collect(),
            _ => Vec::new(),
        }
    }
}

impl Iterator for DataReader {
    type Item = Result<crate::model::Incident, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            DataReader::Tarikh(r) => r.next(),
            DataReader::JsonLines(r) => r.next(),
            DataReader::JsonArray(r) => r.next().map(Ok),
            DataReader::Acled(r) => r.next(),
            DataReader::Ucdp(r) => r.next(),
        }
    }
}

/// Reads a structured file on a second thread while the caller stores what it has read: parsing
/// and storing overlap. Items come in file order, in batches (one hand-over per item would cost
/// more in thread wake-ups than the parsing it saves); the reader's warnings come at the end.
pub struct ReadAhead {
    path: std::path::PathBuf,
    receiver: std::sync::mpsc::Receiver<Message>,
    batch: std::vec::IntoIter<Result<crate::model::Incident, ImportError>>,
    warnings: Option<Vec<String>>,
    done: bool,
}

/// Incidents handed over at a time.
const READ_AHEAD_BATCH: usize = 512;

enum Message {
    Batch(Vec<Result<crate::model::Incident, ImportError>>),
    Done(Vec<String>),
}

impl ReadAhead {
    pub fn new(path: &Path, mut reader: DataReader) -> ReadAhead {
        let (send, receiver) = std::sync::mpsc::sync_channel(8);
        std::thread::spawn(move || {
            let mut batch = Vec::with_capacity(READ_AHEAD_BATCH);
            for item in reader.by_ref() {
                let failed = item.is_err();
                batch.push(item);
                if failed || batch.len() == READ_AHEAD_BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(READ_AHEAD_BATCH));
                    // A closed channel means the consumer stopped (on an error of its own).
                    if send.send(Message::Batch(full)).is_err() || failed {
                        return;
                    }
                }
            }
            if !batch.is_empty() && send.send(Message::Batch(batch)).is_err() {
                return;
            }
            let _ = send.send(Message::Done(reader.take_warnings()));
        });
        ReadAhead {
            path: path.to_path_buf(),
            receiver,
            batch: Vec::new().into_iter(),
            warnings: None,
            done: false,
        }
    }

    /// Warnings about rows imported anyway; available once every item was taken.
    pub fn take_warnings(&mut self) -> Vec<String> {
        self.warnings.take().unwrap_or_default()
    }
}

impl Iterator for ReadAhead {
    type Item = Result<crate::model::Incident, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.batch.next() {
                self.done |= item.is_err();
                return Some(item);
            }
            if self.done {
                return None;
            }
            match self.receiver.recv() {
                Ok(Message::Batch(batch)) => self.batch = batch.into_iter(),
                Ok(Message::Done(warnings)) => {
                    self.done = true;
                    self.warnings = Some(warnings);
                    return None;
                }
                // The reading thread ended without saying it was done: never take that for the
                // end of the file, or half a file would be stored.
                Err(_) => {
                    self.done = true;
                    return Some(Err(ImportError::file(
                        &self.path,
                        "reading stopped unexpectedly; nothing was stored",
                    )));
                }
            }
        }
    }
}
