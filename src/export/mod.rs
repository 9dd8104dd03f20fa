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

/// A JSON writer's error as what it is: a failed write (an I/O error of its kind, so that a
/// closed pipe stays one), or JSON that could not be made.
pub(crate) fn json_error(e: serde_json::Error) -> Result<io::Error, serde_json::Error> {
    match e.io_error_kind() {
        Some(kind) => Ok(io::Error::new(kind, e)),
        None => Err(e),
    }
}

/// Text for an HTML element or attribute (the page and TimelineJS slides show report text,
/// which is untrusted, as HTML).
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}
