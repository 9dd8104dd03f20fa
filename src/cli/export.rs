//! `tarikh export`: the timeline written to a file for spreadsheets and other tools.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use tarikh::export::IncidentWriter;
use tarikh::export::csv::{CsvWriter, Flavour};
use tarikh::export::json::{JsonArrayWriter, JsonLinesWriter};
use tarikh::export::markdown::MarkdownWriter;

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
}

/// Write the timeline (or part of it) to a file. `tarikh import` reads csv, csv-plain, jsonl and
/// json exports back to the same incidents.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh export -o incidents.csv
  tarikh export -o clashes.jsonl --format jsonl --type armed_clash
  tarikh export -o - --format json --actor Tajikistan | jq .")]
pub struct Args {
    /// Output file ('-' for standard output). Written whole or not at all.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
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
    })
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<()> {
    let store = super::open_store(db)?;
    let filter = args.filter.to_filter()?;
    if args.output.as_os_str() == "-" {
        let mut writer = writer_for(args.format, Box::new(BufWriter::new(io::stdout().lock())))?;
        store.for_each(&filter, |incident| -> anyhow::Result<()> {
            Ok(writer.write(&incident)?)
        })?;
        writer.finish()?;
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
    let file =
        File::create(&partial).with_context(|| format!("cannot write {}", partial.display()))?;
    let mut count = 0u64;
    let result = (|| -> anyhow::Result<()> {
        let mut writer = writer_for(
            args.format,
            Box::new(BufWriter::with_capacity(1 << 16, file)),
        )?;
        store.for_each(&filter, |incident| -> anyhow::Result<()> {
            count += 1;
            Ok(writer.write(&incident)?)
        })?;
        writer.finish()?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&partial);
        return Err(e.context(format!("exporting to {}", target.display())));
    }
    std::fs::rename(&partial, target)
        .with_context(|| format!("cannot write {}", target.display()))?;
    eprintln!("{count} incidents written to {}", target.display());
    Ok(())
}
