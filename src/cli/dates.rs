//! `tarikh dates`: show every temporal expression in a text and what it resolves to.

use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::NaiveDate;
use tarikh::tagger::{self, Lang, TagOptions, TemporalExpr};

/// Find the dates in a text and resolve them against the publication day.
///
/// Relative expressions ("29 أبريل الماضي", "اليوم الإثنين", "last Thursday", "قبل 30 عامًا")
/// are resolved against --published; "the next day" and "بعد يومين" count from the nearest
/// preceding explicit date in the text. A written range ("from 28 December to 2 January 2021",
/// "من الجمعة إلى الأحد") is one record, its ends placed together: a year on either end holds
/// for both, and with none the range is the most recent one starting on or before
/// --published. Each record gives the span (line, character offsets),
/// the text as written, the earliest and latest day, the precision, the EDTF form and the rule
/// that matched; and, for a date with no year or direction word that could be the last one or
/// the coming one, the reading not taken (`alternative`).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh dates report.ar.txt --published 2021-05-10
  tarikh dates report.txt --published 2021-05-10 --format jsonl > dates.jsonl
  echo 'Clashes broke out on April 29.' | tarikh dates - --published 2021-05-10 --lang en

Offsets are in characters (not bytes) from the start of the input; `end` is exclusive.
Precision is day, range, month, year or unknown (one unknown day in a span);
an empty date_start or date_end means the span is open on that side.
A date with no year and no direction word (\"June 7\", \"Monday\", \"in March\") that can
be the last one or the coming one is read by the tense of its clause: \"talks will resume
on June 7\" is the coming June 7, \"fighting broke out on Dec. 28\" the last 28 December.
With no tense to go by, a weekday is the last one (the publication day included) and a
yearly date the nearer one. `alternative` (EDTF) is the reading not taken.
One that cannot be a range (\"from 30 May to 2 May\") is shown with no date and a note.")]
pub struct Args {
    /// The text to read; `-` (the default) reads standard input.
    #[arg(value_name = "FILE|-", default_value = "-")]
    pub input: PathBuf,

    /// Publication day of the text (YYYY-MM-DD): the reference for relative dates. Without
    /// it, the day is found as `import` finds it: the front matter's `published:`, else the
    /// report's dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub published: Option<NaiveDate>,

    /// Language of the text; `auto` decides by script.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub lang: LangArg,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    Ar,
    En,
    Ru,
    Auto,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// Tab-separated values with a header line.
    Tsv,
    /// One JSON object per line.
    Jsonl,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a day in the form YYYY-MM-DD (for example 2021-05-10)"))
}

/// One output record, with character offsets.
#[derive(Debug, serde::Serialize)]
struct Record<'a> {
    line: usize,
    start: usize,
    end: usize,
    text: &'a str,
    date_start: String,
    date_end: String,
    precision: &'static str,
    edtf: String,
    rule: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    clue: Option<tagger::PublicationClue>,
    /// EDTF of the other reading (the last or the coming one); null when there is none.
    alternative: Option<String>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let bytes = if args.input.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .context("cannot read standard input")?;
        buf
    } else {
        std::fs::read(&args.input)
            .with_context(|| format!("cannot read {}", args.input.display()))?
    };
    let name = if args.input.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        args.input.display().to_string()
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => bail!(
            "{name} is not valid UTF-8 (first bad byte at offset {}); convert it first, e.g. with iconv",
            e.utf8_error().valid_up_to()
        ),
    };
    let lang = match args.lang {
        LangArg::Ar => Some(Lang::Ar),
        LangArg::En => Some(Lang::En),
        LangArg::Ru => Some(Lang::Ru),
        LangArg::Auto => None,
    };
    let published = match args.published {
        Some(day) => day,
        None => {
            let options = tarikh::ingest::IngestOptions {
                lang,
                ..Default::default()
            };
            let vocabulary = tarikh::ingest::Vocabulary::builtin().map_err(anyhow::Error::msg)?;
            let mut notes = Vec::new();
            let page = tarikh::ingest::layout::read(&text, &options, vocabulary, &mut notes)
                .map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
            for note in &notes {
                note!("{name}: {note}");
            }
            page.published
        }
    };
    let exprs = tagger::tag(&text, &TagOptions { published, lang });
    let records = to_records(&text, &exprs);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Jsonl => {
            for r in &records {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Tsv => {
            writeln!(
                out,
                "line\tstart\tend\ttext\tdate_start\tdate_end\tprecision\tedtf\trule\tnote\talternative"
            )?;
            for r in &records {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    r.line,
                    r.start,
                    r.end,
                    tsv(r.text),
                    r.date_start,
                    r.date_end,
                    r.precision,
                    r.edtf,
                    r.rule,
                    tsv(r.note.unwrap_or("")),
                    r.alternative.as_deref().unwrap_or("")
                )?;
            }
        }
        Format::Table => write_table(&mut out, &records)?,
    }
    out.flush()?;
    Ok(())
}

fn tsv(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Byte offsets to character offsets, in one pass over the text (records are in order).
fn to_records<'a>(text: &'a str, exprs: &'a [TemporalExpr]) -> Vec<Record<'a>> {
    let mut chars_before = 0usize;
    let mut at = 0usize;
    let mut count_to = |byte: usize| -> usize {
        if byte < at {
            chars_before = text[..byte].chars().count();
        } else {
            chars_before += text[at..byte].chars().count();
        }
        at = byte;
        chars_before
    };
    exprs
        .iter()
        .map(|e| {
            let start = count_to(e.start);
            let end = start + e.text.chars().count();
            let (date_start, date_end, precision, edtf) = match &e.date {
                Some(d) => (
                    d.earliest().map(|x| x.to_string()).unwrap_or_default(),
                    d.latest().map(|x| x.to_string()).unwrap_or_default(),
                    d.precision().as_str(),
                    d.to_edtf(),
                ),
                None => (String::new(), String::new(), "unknown", String::new()),
            };
            Record {
                line: e.line,
                start,
                end,
                text: &e.text,
                date_start,
                date_end,
                precision,
                edtf,
                rule: e.rule,
                note: e.note.as_deref(),
                clue: e.clue,
                alternative: e.alternative.map(|c| c.to_edtf()),
            }
        })
        .collect()
}

fn write_table(out: &mut impl Write, records: &[Record]) -> io::Result<()> {
    use unicode_width::UnicodeWidthStr;
    let headers = [
        "line",
        "chars",
        "text",
        "from",
        "to",
        "precision",
        "edtf",
        "rule",
    ];
    let rows: Vec<[String; 8]> = records
        .iter()
        .map(|r| {
            [
                r.line.to_string(),
                format!("{}-{}", r.start, r.end),
                r.text.to_string(),
                r.date_start.clone(),
                r.date_end.clone(),
                r.precision.to_string(),
                r.edtf.clone(),
                r.rule.to_string(),
            ]
        })
        .collect();
    let mut widths = headers.map(|h| h.width());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |out: &mut dyn Write, cells: &[&str]| -> io::Result<()> {
        let mut s = String::new();
        for (k, (cell, w)) in cells.iter().zip(widths).enumerate() {
            if k > 0 {
                s.push_str("  ");
            }
            s.push_str(cell);
            // Isolate Arabic text so the columns after it stay in place in a terminal.
            if k + 1 < cells.len() {
                s.extend(std::iter::repeat_n(' ', w.saturating_sub(cell.width())));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &headers)?;
    for (row, r) in rows.iter().zip(records) {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        line(out, &cells)?;
        if let Some(n) = r.note {
            writeln!(out, "      note: {n}")?;
        }
        if let Some(c) = &r.alternative {
            writeln!(out, "      or: {c}")?;
        }
    }
    if records.is_empty() {
        writeln!(out, "(no temporal expressions found)")?;
    }
    Ok(())
}
