//! The terminal table: columns aligned by display width (Arabic, Latin and wide characters mixed),
//! dates in words with their uncertainty. In a terminal no row is wider than it: long free text
//! is cut with an ellipsis and the least needed columns are left out, but an id, a date or a
//! status is never cut. In a file or a pipe nothing is cut.
//!
//! Column widths come from the first rows (up to 200); later rows are printed as they
//! come, so a long timeline streams.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::IncidentWriter;
use crate::model::{Incident, Status};

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
const ID: usize = 0;
const DATE: usize = 1;
const TYPE: usize = 2;
const STATUS: usize = 3;
const TITLE: usize = 4;
const ACTORS: usize = 5;
const PLACE: usize = 6;
const FATALITIES: usize = 7;
const SOURCES: usize = 8;
/// The fatalities column's header when the column is narrower than "fatalities".
const KILLED: &str = "killed";
/// Widest each column may grow, in terminal cells, when the table's width is not known.
const MAX_WIDTHS: [usize; COLUMNS] = [8, 34, 21, 9, 50, 32, 22, 22, 7];
/// The columns that are never cut, whatever the width: the id, the date and the status with
/// its dispute mark. When the terminal is too narrow even for them, their cells wrap onto
/// more lines (a date at its spaces), and nothing of them is lost.
const ESSENTIAL: [usize; 3] = [ID, DATE, STATUS];

/// One step of fitting a table to a terminal, tried in order until the rows fit.
enum Step {
    /// Narrow these columns, the widest first, down to these widths (a cut cell ends with "…").
    Narrow(&'static [(usize, usize)]),
    /// Leave this column out.
    Drop(usize),
}

/// How a table gives up width: the free text first (title, actors, place), then the type and
/// the fatalities; then columns are left out, the least needed first (how many sources, the
/// place, the actors, the type, the fatalities, the title). The id, the date and the status
/// are never cut.
const STEPS: [Step; 9] = [
    Step::Narrow(&[(TITLE, 24), (ACTORS, 16), (PLACE, 12)]),
    Step::Narrow(&[(TYPE, 12), (FATALITIES, KILLED.len())]),
    Step::Drop(SOURCES),
    Step::Narrow(&[(TITLE, 12), (ACTORS, 8), (PLACE, 8)]),
    Step::Drop(PLACE),
    Step::Drop(ACTORS),
    Step::Drop(TYPE),
    Step::Drop(FATALITIES),
    Step::Drop(TITLE),
];

/// How wide the table may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Each column cut at a fixed width (when nothing is known of where it goes).
    Fixed,
    /// A terminal this many cells wide: rows never run past it. Long free text is cut, and
    /// columns are left out when even cut ones would not fit (see [`STEPS`]).
    Terminal(usize),
    /// Nothing is cut (a file or a pipe).
    Full,
}

/// The columns shown and their widths.
#[derive(Debug, Clone, Copy)]
struct Layout {
    widths: [usize; COLUMNS],
    shown: [bool; COLUMNS],
    /// Whether a cell wider than its column is left whole (a file or a pipe), rather than cut
    /// or wrapped.
    whole: bool,
}

impl Layout {
    /// Width of a row: the shown columns and two spaces between each two.
    fn total(&self) -> usize {
        let shown = (0..COLUMNS).filter(|&c| self.shown[c]);
        shown.clone().map(|c| self.widths[c]).sum::<usize>() + 2 * shown.count().saturating_sub(1)
    }

    /// The names of the columns left out.
    fn dropped(&self) -> Vec<&'static str> {
        (0..COLUMNS)
            .filter(|&c| !self.shown[c])
            .map(|c| HEADERS[c])
            .collect()
    }
}

pub struct TableWriter<W: Write> {
    out: W,
    pending: Vec<[String; COLUMNS]>,
    layout: Option<Layout>,
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
            layout: None,
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
        let layout = match self.width {
            Width::Fixed => {
                for (c, (w, max)) in widths.iter_mut().zip(MAX_WIDTHS).enumerate() {
                    if !ESSENTIAL.contains(&c) {
                        *w = (*w).min(max);
                    }
                }
                Layout {
                    widths,
                    shown: [true; COLUMNS],
                    whole: false,
                }
            }
            Width::Terminal(cells) => {
                // Room for any status and its mark, so that a later row's "!" is never wrapped.
                let status = Status::ALL.iter().map(|s| s.as_str().width() + 1).max();
                widths[STATUS] = widths[STATUS].max(status.unwrap_or(0));
                fit_widths(&widths, cells)
            }
            Width::Full => Layout {
                widths,
                shown: [true; COLUMNS],
                whole: true,
            },
        };
        self.layout = Some(layout);
        let mut header = HEADERS.map(String::from);
        if layout.widths[FATALITIES] < HEADERS[FATALITIES].width() {
            header[FATALITIES] = KILLED.to_string();
        }
        write_row(&mut self.out, &layout, &header)?;
        let rule: Vec<String> = (0..COLUMNS)
            .filter(|&c| layout.shown[c])
            .map(|c| "─".repeat(layout.widths[c]))
            .collect();
        writeln!(self.out, "{}", rule.join("  "))?;
        for row in std::mem::take(&mut self.pending) {
            write_row(&mut self.out, &layout, &row)?;
        }
        Ok(())
    }

    /// A line under the table, wrapped to the terminal's width.
    fn footnote(&mut self, text: &str) -> io::Result<()> {
        match self.width {
            Width::Terminal(cells) => {
                for line in wrap(text, cells.max(1)) {
                    writeln!(self.out, "{line}")?;
                }
                Ok(())
            }
            Width::Fixed | Width::Full => writeln!(self.out, "{text}"),
        }
    }
}

/// The columns and widths that fit a row, with the two spaces between columns, into `cells`:
/// [`STEPS`] in order until it fits; when even the id, date and status alone are too wide,
/// the date is wrapped onto more lines (then the status, then the id).
fn fit_widths(natural: &[usize; COLUMNS], cells: usize) -> Layout {
    let mut shown = [true; COLUMNS];
    'attempt: loop {
        // Each attempt starts from the full widths: a column left out gives its room back.
        let mut layout = Layout {
            widths: *natural,
            shown,
            whole: false,
        };
        for step in &STEPS {
            if layout.total() <= cells {
                return layout;
            }
            match step {
                Step::Narrow(columns) => narrow(&mut layout, columns, cells),
                Step::Drop(c) if shown[*c] => {
                    shown[*c] = false;
                    continue 'attempt;
                }
                Step::Drop(_) => {}
            }
        }
        // Only the id, the date and the status are left, and they are too wide: wrap the date
        // first, then the status, then the id.
        for c in [DATE, STATUS, ID] {
            while layout.total() > cells && layout.widths[c] > 1 {
                layout.widths[c] -= 1;
            }
        }
        return layout;
    }
}

/// Narrow `columns`, the widest first, each down to its given width, until the row fits `cells`.
fn narrow(layout: &mut Layout, columns: &[(usize, usize)], cells: usize) {
    while layout.total() > cells {
        let widest = columns
            .iter()
            .filter(|&&(c, min)| layout.shown[c] && layout.widths[c] > min)
            .max_by_key(|&&(c, _)| (layout.widths[c], std::cmp::Reverse(c)));
        match widest {
            Some(&(c, _)) => layout.widths[c] -= 1,
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

/// `text` in lines of at most `width` terminal cells, broken at spaces where it can be and
/// inside a word only when the word alone is wider: nothing is lost.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    if text.width() <= width {
        return vec![text.to_string()];
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ') {
        let w = word.width();
        if used > 0 && used + 1 + w <= width {
            line.push(' ');
            line.push_str(word);
            used += 1 + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if used > 0 && used + cw > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn write_row(out: &mut impl Write, layout: &Layout, row: &[String; COLUMNS]) -> io::Result<()> {
    let shown: Vec<usize> = (0..COLUMNS).filter(|&c| layout.shown[c]).collect();
    // Each shown cell as the lines it takes: one, unless an essential cell had to wrap.
    let cells: Vec<Vec<String>> = shown
        .iter()
        .map(|&c| {
            let (cell, width) = (&row[c], layout.widths[c]);
            if layout.whole {
                vec![cell.clone()]
            } else if ESSENTIAL.contains(&c) {
                wrap(cell, width)
            } else {
                vec![fit(cell, width)]
            }
        })
        .collect();
    let height = cells.iter().map(Vec::len).max().unwrap_or(1);
    for k in 0..height {
        let mut line = String::new();
        for (i, (&c, lines)) in shown.iter().zip(&cells).enumerate() {
            let cell = lines.get(k).map_or("", String::as_str);
            let pad = layout.widths[c].saturating_sub(cell.width());
            if i > 0 {
                line.push_str("  ");
            }
            if c == ID {
                // Ids align right, like numbers.
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            } else if i + 1 == shown.len() {
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

impl<W: Write> IncidentWriter for TableWriter<W> {
    fn write(&mut self, incident: &Incident) -> io::Result<()> {
        self.rows += 1;
        self.disputed |= !incident.disputed.is_empty();
        let row = cells(incident);
        match &self.layout {
            Some(layout) => write_row(&mut self.out, layout, &row),
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
        } else if self.layout.is_none() {
            self.settle_widths()?;
        }
        if self.disputed {
            writeln!(self.out)?;
            self.footnote(
                "! the sources disagree on its date or toll: `tarikh show ID` has each reading",
            )?;
        }
        if let Some(dropped) = self.layout.map(|l| l.dropped()).filter(|d| !d.is_empty()) {
            if !self.disputed {
                writeln!(self.out)?;
            }
            self.footnote(&format!(
                "columns left out at this width: {} (`tarikh show ID` has every field)",
                dropped.join(", ")
            ))?;
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
            "[2021-04-29..2021-05-10]".parse().expect("EDTF"),
            crate::model::EventType::ArmedClash,
            "A very long title that says a great deal about what happened at the border post",
        );
        incident.actors = vec!["Kyrgyzstan".into(), "Tajikistan".into()];
        incident.disputed = "date: 29 April or 30 April".into();
        let mut table = TableWriter::with_width(Vec::new(), width);
        table.write(&incident).expect("written");
        table.finish().expect("finished");
        String::from_utf8(table.out).expect("UTF-8")
    }

    #[test]
    fn rows_fit_the_terminal_and_nothing_is_cut_in_a_file() {
        for cells in [20, 30, 40, 50, 60, 75, 80, 100, 120, 200] {
            let text = printed(Width::Terminal(cells));
            for line in text.lines() {
                assert!(line.width() <= cells, "{cells}: {line}\n{text}");
            }
            // The date and the dispute mark are never cut (a date too wide wraps).
            let words: Vec<&str> = text.split_whitespace().collect();
            assert!(!text.contains("between…"), "{cells}:\n{text}");
            assert!(words.contains(&"occurred!"), "{cells}:\n{text}");
            if cells >= 50 {
                assert!(
                    text.contains("between 29 Apr and 10 May 2021"),
                    "{cells}:\n{text}"
                );
            }
        }
        let full = printed(Width::Full);
        assert!(full.contains("what happened at the border post"), "{full}");
        assert!(!printed(Width::Fixed).contains("border post"));
    }

    #[test]
    fn free_text_gives_up_width_first_then_columns_are_left_out() {
        let at = |cells| {
            let text = printed(Width::Terminal(cells));
            let header = text.lines().next().unwrap_or_default().to_string();
            (text, header)
        };
        let (text, header) = at(200);
        assert!(
            header.contains("sources") && !text.contains("left out"),
            "{text}"
        );
        let (text, header) = at(100);
        assert!(
            header.contains("actors") && header.contains("type"),
            "{text}"
        );
        assert!(text.contains("A very long"), "{text}");
        let (text, header) = at(60);
        assert!(
            !header.contains("actors") && header.contains("title"),
            "{text}"
        );
        let note = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            note.contains(
                "columns left out at this width: type, actors, place, fatalities, sources"
            ),
            "{text}"
        );
    }

    #[test]
    fn a_file_gets_whole_cells_after_the_rows_widths_are_measured_on() {
        let mut table = TableWriter::with_width(Vec::new(), Width::Full);
        for k in 0..=SAMPLE_ROWS {
            let title = if k == SAMPLE_ROWS {
                "A title longer than any before it, written after the widths were settled"
            } else {
                "Short"
            };
            let incident = Incident::new(
                "2021-04-29".parse().expect("EDTF"),
                crate::model::EventType::ArmedClash,
                title,
            );
            table.write(&incident).expect("written");
        }
        table.finish().expect("finished");
        let text = String::from_utf8(table.out).expect("UTF-8");
        assert!(
            text.contains("written after the widths were settled"),
            "{text}"
        );
    }

    #[test]
    fn wrapping_keeps_every_character() {
        assert_eq!(
            wrap("on or before 10 May 2021", 12),
            ["on or before", "10 May 2021"]
        );
        assert_eq!(
            wrap("28 Apr–1 May 2021", 4),
            ["28", "Apr–", "1", "May", "2021"]
        );
        assert_eq!(wrap("occurred!", 4), ["occu", "rred", "!"]);
        assert_eq!(wrap("", 3), [""]);
    }
}
