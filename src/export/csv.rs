//! tarikh CSV. For spreadsheets (`tarikh export`): a UTF-8 byte-order mark so that Excel reads
//! Arabic correctly, and formula-like text cells neutralised. For scripts (`timeline --format
//! csv`): plain UTF-8. `tarikh import` reads both back to the same incidents.

use std::io::{self, Write};

use super::IncidentWriter;
use crate::model::Incident;
use crate::record::{COLUMNS, EXTRA_COLUMNS, FlatRecord, NUMERIC_COLUMNS, neutralise};

/// How the CSV is meant to be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// BOM and neutralised formulas.
    Spreadsheet,
    /// Plain UTF-8, cells as they are.
    Plain,
}

pub struct CsvWriter<W: Write> {
    csv: ::csv::Writer<W>,
    flavour: Flavour,
    numeric: Vec<bool>,
}

impl<W: Write> CsvWriter<W> {
    pub fn new(mut out: W, flavour: Flavour) -> io::Result<CsvWriter<W>> {
        if flavour == Flavour::Spreadsheet {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut csv = ::csv::WriterBuilder::new()
            .buffer_capacity(1 << 16)
            .from_writer(out);
        let header: Vec<&str> = COLUMNS.iter().chain(EXTRA_COLUMNS).copied().collect();
        let numeric = header.iter().map(|c| NUMERIC_COLUMNS.contains(c)).collect();
        csv.write_record(&header).map_err(io_error)?;
        Ok(CsvWriter {
            csv,
            flavour,
            numeric,
        })
    }
}

impl<W: Write> IncidentWriter for CsvWriter<W> {
    fn write(&mut self, incident: &Incident) -> io::Result<()> {
        let cells = FlatRecord::from_incident(incident).to_cells();
        match self.flavour {
            Flavour::Plain => self.csv.write_record(&cells).map_err(io_error)?,
            Flavour::Spreadsheet => {
                let safe = cells.iter().zip(&self.numeric).map(|(cell, &numeric)| {
                    if numeric {
                        std::borrow::Cow::Borrowed(cell.as_str())
                    } else {
                        neutralise(cell)
                    }
                });
                self.csv
                    .write_record(safe.map(|c| c.into_owned()))
                    .map_err(io_error)?
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.csv.flush()
    }
}

/// The I/O error inside a CSV error, as it was (a closed pipe stays a closed pipe, so that
/// `tarikh timeline --format csv | head` ends quietly).
fn io_error(error: ::csv::Error) -> io::Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
