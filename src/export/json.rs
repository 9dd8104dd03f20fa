//! JSON Lines (one incident object per line) and JSON (one array), both streamed.

use std::io::{self, Write};

use super::IncidentWriter;
use crate::model::Incident;
use crate::record::FlatRecord;

pub struct JsonLinesWriter<W: Write> {
    out: W,
}

impl<W: Write> JsonLinesWriter<W> {
    pub fn new(out: W) -> Self {
        JsonLinesWriter { out }
    }
}

impl<W: Write> IncidentWriter for JsonLinesWriter<W> {
    fn write(&mut self, incident: &Incident) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, &FlatRecord::from_incident(incident))?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A JSON array written element by element.
pub struct JsonArrayWriter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> JsonArrayWriter<W> {
    pub fn new(out: W) -> Self {
        JsonArrayWriter { out, first: true }
    }
}

impl<W: Write> IncidentWriter for JsonArrayWriter<W> {
    fn write(&mut self, incident: &Incident) -> io::Result<()> {
        self.out
            .write_all(if self.first { b"[\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer_pretty(&mut self.out, &FlatRecord::from_incident(incident))?;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out
            .write_all(if self.first { b"[]\n" } else { b"\n]\n" })?;
        self.out.flush()
    }
}
