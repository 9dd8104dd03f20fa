//! `tarikh export`: the timeline written to a file for spreadsheets and other tools.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use tarikh::export::IncidentWriter;
use tarikh::export::acled::AcledWriter;
use tarikh::export::csv::{CsvWriter, Flavour};
use tarikh::export::geojson::{GeoJsonWriter, Unlocated};
use tarikh::export::json::{JsonArrayWriter, JsonLinesWriter};
use tarikh::export::markdown::MarkdownWriter;
use tarikh::export::{html, timelinejs, xlsx};
use tarikh::model::Incident;
use tarikh::store::{Filter, Store};

use super::filter::FilterArgs;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// tarikh CSV for spreadsheets: UTF-8 with a byte-order mark (Excel shows Arabic correctly),
    /// formula-like cells neutralised.
    Csv,
    /// tarikh CSV as plain UTF-8, cells untouched (for scripts).
    CsvPlain,
    /// One JSON object per line.
    Jsonl,
    /// One JSON array.
    Json,
    /// A Markdown table.
    Markdown,
    /// An Excel workbook: one sheet, typed cells, header frozen, filters on. `tarikh import`
    /// reads it back, and takes cells changed in a spreadsheet as edits of the incidents.
    Xlsx,
    /// The TimelineJS spreadsheet template (load it in Google Sheets or TimelineJS).
    TimelinejsCsv,
    /// TimelineJS JSON (`{"title": .., "events": [..]}`).
    TimelinejsJson,
    /// GeoJSON (RFC 7946) for maps: a FeatureCollection of points at [longitude, latitude],
    /// the JSON export's fields as properties. Incidents without coordinates are left out
    /// (counted on standard error) unless --include-unlocated.
    Geojson,
    /// ACLED's 31 columns and vocabulary (event types, time_precision, notes "On 29 April
    /// 2021, ..."); `tarikh import` reads it back. Incidents whose date ACLED cannot hold
    /// (a year, an open end, vaguer than a month) are left out and listed on standard error.
    Acled,
    /// One self-contained HTML page: every incident on a time axis with its uncertainty drawn,
    /// filters, and each incident's sources, evidence and disputes. Opens offline.
    Html,
}

impl Format {
    /// The format a file name asks for: .xlsx, .jsonl, .json, .md, .geojson, .html, otherwise CSV.
    fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("xlsx") => Format::Xlsx,
            Some("jsonl" | "ndjson") => Format::Jsonl,
            Some("json") => Format::Json,
            Some("md" | "markdown") => Format::Markdown,
            Some("geojson") => Format::Geojson,
            Some("html" | "htm") => Format::Html,
            _ => Format::Csv,
        }
    }
}

/// Write the timeline (or part of it) to a file: for spreadsheets (CSV, XLSX), for scripts (JSON
/// Lines, JSON), for timeline tools (TimelineJS), for maps (GeoJSON), in ACLED's shape, and for
/// reading in a browser (one HTML page). `tarikh import` reads csv, csv-plain, jsonl and json
/// exports back to the same incidents, and acled exports to the same incidents as far as
/// ACLED's shape holds them.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh export -o incidents.csv
  tarikh export -o incidents.xlsx
  tarikh export -o clashes.jsonl --type armed_clash
  tarikh export -o timeline.csv --format timelinejs-csv --title 'Kyrgyz-Tajik border, 2021'
  tarikh export -o - --format json --actor Tajikistan | jq .
  tarikh export -o timeline.html --title 'Kyrgyz-Tajik border, 2021'
  tarikh export -o incidents.geojson
  tarikh export -o incidents.geojson --include-unlocated
  tarikh export -o acled.csv --format acled --status occurred")]
pub struct Args {
    #[command(flatten)]
    pub database: super::Database,
    /// Output file ('-' for standard output). Written whole or not at all.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Output format (default: from the file name's extension, else csv).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Title slide for TimelineJS formats; the heading of the HTML page.
    #[arg(long)]
    pub title: Option<String>,
    /// GeoJSON: write incidents without coordinates too, as features with "geometry": null
    /// (left out by default).
    #[arg(long)]
    pub include_unlocated: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

fn writer_for(format: Format, out: Box<dyn Write>) -> io::Result<Box<dyn IncidentWriter>> {
    Ok(match format {
        Format::Csv => Box::new(CsvWriter::new(out, Flavour::Spreadsheet)?),
        Format::CsvPlain => Box::new(CsvWriter::new(out, Flavour::Plain)?),
        Format::Jsonl => Box::new(JsonLinesWriter::new(out)),
        Format::Json => Box::new(JsonArrayWriter::new(out)),
        Format::Markdown => Box::new(MarkdownWriter::new(out)),
        Format::Xlsx | Format::TimelinejsCsv | Format::TimelinejsJson => {
            unreachable!("pulled formats are written by write_pulled")
        }
        Format::Geojson | Format::Acled => {
            unreachable!("geojson and acled are written by write_streamed")
        }
        Format::Html => unreachable!("the page is written by write_html"),
    })
}

/// Hand every incident to the writer, then finish it; how many incidents it was handed.
fn stream<W: IncidentWriter + ?Sized>(
    store: &Store,
    filter: &Filter,
    writer: &mut W,
) -> anyhow::Result<u64> {
    let mut count = 0u64;
    store.for_each(filter, |incident| -> anyhow::Result<()> {
        count += 1;
        Ok(writer.write(&incident)?)
    })?;
    writer.finish()?;
    Ok(count)
}

fn incidents(n: u64) -> String {
    super::counted(n, "incident", "incidents")
}

/// The pronoun that refers back to `n` incidents: "it" or "them".
fn them(n: u64) -> &'static str {
    if n == 1 { "it" } else { "them" }
}

/// Write a streamed format: how many incidents were written, and a note on those that were not
/// written as they are (for standard error).
fn write_streamed(
    store: &Store,
    filter: &Filter,
    format: Format,
    out: Box<dyn Write>,
    include_unlocated: bool,
) -> anyhow::Result<(u64, Option<String>)> {
    match format {
        Format::Geojson => {
            let unlocated = if include_unlocated {
                Unlocated::NullGeometry
            } else {
                Unlocated::Skip
            };
            let mut writer = GeoJsonWriter::new(out, unlocated)?;
            stream(store, filter, &mut writer)?;
            let note = match (writer.unlocated(), unlocated) {
                (0, _) => None,
                (n, Unlocated::Skip) => Some(format!(
                    "{} without coordinates left out (--include-unlocated writes {} with \"geometry\": null)",
                    incidents(n),
                    them(n)
                )),
                (n, Unlocated::NullGeometry) => Some(format!(
                    "{} without coordinates written with \"geometry\": null",
                    incidents(n)
                )),
            };
            Ok((writer.written(), note))
        }
        Format::Acled => {
            let mut writer = AcledWriter::new(out)?;
            stream(store, filter, &mut writer)?;
            let note = match writer.left_out() {
                0 => None,
                n => {
                    let named = writer.left_out_examples();
                    let more = if n > named.len() as u64 { "; ..." } else { "" };
                    Some(format!(
                        "{} left out: ACLED records a day, a week or a month, and cannot hold {}: {}{more} (tarikh show ID)",
                        incidents(n),
                        if n == 1 { "its date" } else { "their dates" },
                        named.join("; ")
                    ))
                }
            };
            Ok((writer.written(), note))
        }
        _ => {
            let mut writer = writer_for(format, out)?;
            Ok((stream(store, filter, writer.as_mut())?, None))
        }
    }
}

/// Formats whose writers pull incidents from an iterator rather than being handed them: the
/// store walks the rows on this thread and hands them over a bounded channel, so memory stays
/// flat however many rows there are.
fn write_pulled(
    store: &Store,
    filter: &Filter,
    format: Format,
    title: Option<String>,
    out: Box<dyn Write + Send>,
    path: &Path,
) -> anyhow::Result<u64> {
    let (send, receive) = std::sync::mpsc::sync_channel::<Incident>(1024);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || -> anyhow::Result<usize> {
            let incidents = receive.into_iter().map(Ok::<_, std::io::Error>);
            let options = timelinejs::Options {
                title: title.map(|headline| timelinejs::Title {
                    headline,
                    text: String::new(),
                }),
                ..Default::default()
            };
            Ok(match format {
                Format::Xlsx => xlsx::write(path, incidents)?,
                Format::TimelinejsCsv => timelinejs::write_csv(out, incidents, &options)?,
                _ => timelinejs::write_json(out, incidents, &options)?,
            })
        });
        let walked = store.for_each(filter, |incident| -> anyhow::Result<()> {
            // A closed channel means the writer stopped; its error is the one to report.
            let _ = send.send(incident);
            Ok(())
        });
        drop(send);
        let written = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the {format:?} writer failed"))??;
        walked?;
        Ok(written as u64)
    })
}

/// The HTML page: written on this thread, since it asks the store for each incident's sources.
fn write_html(
    store: &Store,
    filter: &Filter,
    title: Option<String>,
    out: Box<dyn Write>,
) -> anyhow::Result<u64> {
    let options = html::Options { title };
    Ok(html::write_store(out, store, filter, &options)? as u64)
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<()> {
    let format = args
        .format
        .unwrap_or_else(|| Format::from_path(&args.output));
    let pulled = matches!(
        format,
        Format::Xlsx | Format::TimelinejsCsv | Format::TimelinejsJson
    );
    // Flags that do not go together are a usage error (exit code 2), said before the database
    // is opened.
    let usage = |message: String| -> anyhow::Result<()> { Err(super::Usage(message).into()) };
    if args.include_unlocated && format != Format::Geojson {
        let name = clap::ValueEnum::to_possible_value(&format)
            .map_or_else(|| format!("{format:?}"), |v| v.get_name().to_string());
        return usage(format!(
            "--include-unlocated is for --format geojson (this export is {name})"
        ));
    }
    let to_stdout = args.output.as_os_str() == "-";
    if to_stdout && format == Format::Xlsx {
        return usage("an XLSX workbook needs a file: pass -o FILE.xlsx, not -o -".into());
    }
    if !to_stdout && args.output.file_name().is_none() {
        return usage(format!(
            "-o {} names no file: pass a file name such as -o incidents.csv, or -o - for standard output",
            args.output.display()
        ));
    }
    let store = super::open_store_to_read(db)?;
    let filter = args.filter.to_filter()?;
    if to_stdout {
        if format == Format::Html {
            write_html(&store, &filter, args.title, Box::new(io::stdout().lock()))?;
            return Ok(());
        }
        if pulled {
            write_pulled(
                &store,
                &filter,
                format,
                args.title,
                Box::new(BufWriter::new(io::stdout())),
                &args.output,
            )?;
            return Ok(());
        }
        let out = Box::new(BufWriter::new(io::stdout().lock()));
        let (_, note) = write_streamed(&store, &filter, format, out, args.include_unlocated)?;
        if let Some(note) = note {
            note!("note: {note}");
        }
        return Ok(());
    }
    // Write beside the target and rename at the end, so a failed export never leaves half a file.
    let target = &args.output;
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .context("the output path has no file name")?;
    let partial = dir.join(format!(".{}.partial", name.to_string_lossy()));
    let mut note = None;
    let result = (|| -> anyhow::Result<u64> {
        if format == Format::Xlsx {
            return write_pulled(
                &store,
                &filter,
                format,
                args.title.clone(),
                Box::new(io::sink()),
                &partial,
            );
        }
        let file = File::create(&partial)
            .with_context(|| format!("cannot write {}", partial.display()))?;
        let out = Box::new(BufWriter::with_capacity(1 << 16, file));
        if format == Format::Html {
            return write_html(&store, &filter, args.title.clone(), out);
        }
        if pulled {
            return write_pulled(&store, &filter, format, args.title.clone(), out, &partial);
        }
        let (count, said) = write_streamed(&store, &filter, format, out, args.include_unlocated)?;
        note = said;
        Ok(count)
    })();
    let count = match result {
        Ok(count) => count,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e.context(format!("exporting to {}", target.display())));
        }
    };
    std::fs::rename(&partial, target)
        .with_context(|| format!("cannot write {}", target.display()))?;
    note!(
        "{} written to {}",
        super::counted(count, "incident", "incidents"),
        target.display()
    );
    if let Some(note) = note {
        note!("note: {note}");
    }
    Ok(())
}
