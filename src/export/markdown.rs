//! A Markdown table, for notes and reports.

use std::io::{self, Write};

use super::IncidentWriter;
use crate::model::Incident;

pub struct MarkdownWriter<W: Write> {
    out: W,
    header_written: bool,
}

impl<W: Write> MarkdownWriter<W> {
    pub fn new(out: W) -> Self {
        MarkdownWriter {
            out,
            header_written: false,
        }
    }
}

/// Keep a cell on one line and stop `|` from ending it.
fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

impl<W: Write> IncidentWriter for MarkdownWriter<W> {
    fn write(&mut self, incident: &Incident) -> io::Result<()> {
        if !self.header_written {
            writeln!(
                self.out,
                "| id | date | type | status | title | actors | place | fatalities | source_count | published | source_urls |"
            )?;
            writeln!(self.out, "|---:|---|---|---|---|---|---|---|---:|---|---|")?;
            self.header_written = true;
        }
        writeln!(
            self.out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            incident.id.map(|i| i.to_string()).unwrap_or_default(),
            cell(&incident.date.describe()),
            incident.event_type,
            incident.status,
            cell(&incident.title),
            cell(&incident.actors.join(", ")),
            cell(incident.place.as_deref().unwrap_or("")),
            cell(&super::table::fatalities_text(incident)),
            incident.provenance.source_count,
            cell(&crate::store::join_days(&incident.provenance.published)),
            cell(&incident.provenance.source_urls.join(" ")),
        )
    }

    fn finish(&mut self) -> io::Result<()> {
        if !self.header_written {
            writeln!(self.out, "_No incidents._")?;
        }
        self.out.flush()
    }
}
