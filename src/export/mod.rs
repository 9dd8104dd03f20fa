//! Exporters: one module per output format. Each takes incidents one at a time, so a timeline of
//! any size streams through in constant memory.

pub mod acled;
pub mod csv;
pub mod geojson;
pub mod html;
pub mod json;
pub mod markdown;
pub mod table;
pub mod timelinejs;
pub mod xlsx;

use std::io;

use crate::model::Incident;

/// A sink for incidents in timeline order.
pub trait IncidentWriter {
    fn write(&mut self, incident: &Incident) -> io::Result<()>;
    /// Write what closes the output (a JSON array's `]`, a table's buffered rows) and flush.
    fn finish(&mut self) -> io::Result<()>;
}
