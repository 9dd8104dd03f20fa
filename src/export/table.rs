//! The terminal table: columns aligned by display width (Arabic, Latin and wide characters mixed),
//! long text cut with an ellipsis, dates in words with their uncertainty.
//!
//! Column widths come from the first rows (up to 200); later rows are printed as they
//! come, so a long timeline streams.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::IncidentWriter;
use crate::model::Incident;

const SAMPLE_ROWS: usize = 200;
const COLUMNS: usize = 9;
const HEADERS: [&str; COLUMNS] = [
    "id",
    "date",
    "type",
    "status",
    "title",
    "actors",
    "place",
    "fatalities",
    "sources",
];
/// Widest each column may grow, in terminal cells.
const MAX_WIDTHS: [usize; COLUMNS] = [8, 34, 21, 9, 50, 32, 22, 22, 7];

pub struct TableWriter<W: Write> {
    out: W,
    pending: Vec<[String; COLUMNS]>,
    widths: Option<[usize; COLUMNS]>,
    rows: usize,
    disputed: bool,
}

impl<W: Write> TableWriter<W> {
    pub fn new(out: W) -> Self {
        TableWriter {
            out,
            pending: Vec::new(),
            widths: None,
            rows: 0,
            disputed: false,
        }
    }

    fn settle_widths(&mut self) -> io::Result<()> {
        let mut widths = HEADERS.map(UnicodeWidthStr::width);
        for row in &self.pending {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.width());
            }
        }
        for (w, max) in widths.iter_mut().zip(MAX_WIDTHS) {
            *w = (*w).min(max);
        }
        self.widths = Some(widths);
        let header = HEADERS.map(String::from);
        write_row(&mut self.out, &widths, &header)?;
        let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
        writeln!(self.out, "{}", rule.join("  "))?;
        for row in std::mem::take(&mut self.pending) {
            write_row(&mut self.out, &widths, &row)?;
        }
        Ok(())
    }
}

/// Casualty figures as a short phrase: "12", "12–30", "≥31", or the source's words.
pub fn fatalities_text(incident: &Incident) -> String {
    incident.fatalities.figure()
}

fn cells(incident: &Incident) -> [String; COLUMNS] {
    let mut status = incident.status.to_string();
    if !incident.disputed.is_empty() {
        status.push('!');
    }
    [
        incident.id.map(|i| i.to_string()).unwrap_or_default(),
        incident.date.describe(),
        incident.event_type.to_string(),
        status,
        one_line(&incident.title),
        one_line(&incident.actors.join(", ")),
        one_line(incident.place.as_deref().unwrap_or("")),
        one_line(&fatalities_text(incident)),
        // How many reports tell it (none for a hand entry).
        match incident.provenance.source_count {
            0 => String::new(),
            n => n.to_string(),
        },
    ]
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cut `text` to at most `width` terminal cells, ending with an ellipsis when cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

fn write_row(
    out: &mut impl Write,
    widths: &[usize; COLUMNS],
    row: &[String; COLUMNS],
) -> io::Result<()> {
    let mut line = String::new();
    for (i, (cell, &width)) in row.iter().zip(widths).enumerate() {
        let cell = fit(cell, width);
        let pad = width.saturating_sub(cell.width());
        if i > 0 {
            line.push_str("  ");
        }
        if i == 0 {
            // Ids align right, like numbers.
            line.push_str(&" ".repeat(pad));
            line.push_str(&cell);
        } else if i + 1 == row.len() {
            line.push_str(&cell);
        } else {
            line.push_str(&cell);
            line.push_str(&" ".repeat(pad));
        }
    }
    writeln!(out, "{}", line.trim_end())
}

impl<W: Write> IncidentWriter for TableWriter<W> {
    fn write(&mut self, incident: &Incident) -> io::Result<()> {
        self.rows += 1;
        self.disputed |= !incident.disputed.is_empty();
        let row = cells(incident);
        match self.widths {
            Some(widths) => write_row(&mut self.out, &widths, &row),
            None => {
                self.pending.push(row);
                if self.pending.len() >= SAMPLE_ROWS {
                    self.settle_widths()?;
                }
                Ok(())
            }
        }
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.rows == 0 {
            writeln!(self.out, "No incidents.")?;
        } else if self.widths.is_none() {
            self.settle_widths()?;
        }
        if self.disputed {
            writeln!(
                self.out,
                "\n! the sources disagree on its date or toll: `tarikh show ID` has each reading"
            )?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_by_display_width() {
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("a long title here", 8), "a long …");
        assert!(fit("اشتباكات عنيفة على الحدود", 10).width() <= 10);
        assert_eq!(fit("日本語テキスト", 7).width(), 7);
    }
}
