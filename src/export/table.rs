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
/// Widest each column may grow, in terminal cells, when the table's width is not known.
const MAX_WIDTHS: [usize; COLUMNS] = [8, 34, 21, 9, 50, 32, 22, 22, 7];
/// Narrowest a column is cut to when the table must fit a terminal.
const MIN_WIDTHS: [usize; COLUMNS] = [2, 10, 8, 6, 10, 6, 5, 5, 7];
/// Columns cut first, widest first, when the table must fit a terminal: free text before
/// dates and types.
const FLEXIBLE: [usize; 7] = [4, 5, 6, 7, 1, 2, 3];

/// How wide the table may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Each column cut at a fixed width (when nothing is known of where it goes).
    Fixed,
    /// A terminal this many cells wide: long cells are cut so that rows fit it.
    Terminal(usize),
    /// Nothing is cut (a file or a pipe).
    Full,
}

pub struct TableWriter<W: Write> {
    out: W,
    pending: Vec<[String; COLUMNS]>,
    widths: Option<[usize; COLUMNS]>,
    rows: usize,
    disputed: bool,
    width: Width,
}

impl<W: Write> TableWriter<W> {
    pub fn new(out: W) -> Self {
        Self::with_width(out, Width::Fixed)
    }

    pub fn with_width(out: W, width: Width) -> Self {
        TableWriter {
            out,
            pending: Vec::new(),
            widths: None,
            rows: 0,
            disputed: false,
            width,
        }
    }

    fn settle_widths(&mut self) -> io::Result<()> {
        let mut widths = HEADERS.map(UnicodeWidthStr::width);
        for row in &self.pending {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.width());
            }
        }
        match self.width {
            Width::Fixed => {
                for (w, max) in widths.iter_mut().zip(MAX_WIDTHS) {
                    *w = (*w).min(max);
                }
            }
            Width::Terminal(cells) => fit_widths(&mut widths, cells),
            Width::Full => {}
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

/// Narrow the columns until a row, with the two spaces between columns, fits `cells`: the
/// widest free-text column first, none below its minimum.
fn fit_widths(widths: &mut [usize; COLUMNS], cells: usize) {
    let total = |w: &[usize; COLUMNS]| w.iter().sum::<usize>() + 2 * (COLUMNS - 1);
    while total(widths) > cells {
        let widest = FLEXIBLE
            .iter()
            .copied()
            .filter(|&c| widths[c] > MIN_WIDTHS[c])
            .max_by_key(|&c| (widths[c], std::cmp::Reverse(c)));
        match widest {
            Some(c) => widths[c] -= 1,
            None => break,
        }
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

    fn printed(width: Width) -> String {
        let mut incident = Incident::new(
            "2021-04-29".parse().expect("EDTF"),
            crate::model::EventType::ArmedClash,
            "A very long title that says a great deal about what happened at the border post",
        );
        incident.actors = vec!["Kyrgyzstan".into(), "Tajikistan".into()];
        let mut table = TableWriter::with_width(Vec::new(), width);
        table.write(&incident).expect("written");
        table.finish().expect("finished");
        String::from_utf8(table.out).expect("UTF-8")
    }

    #[test]
    fn rows_fit_the_terminal_and_nothing_is_cut_in_a_file() {
        // (Below 75 cells the columns' minimums win: rows wrap rather than lose columns.)
        for cells in [75, 80, 120] {
            let text = printed(Width::Terminal(cells));
            for line in text.lines() {
                assert!(line.width() <= cells, "{cells}: {line}");
            }
        }
        let full = printed(Width::Full);
        assert!(full.contains("what happened at the border post"), "{full}");
        assert!(!printed(Width::Fixed).contains("border post"));
    }
}
