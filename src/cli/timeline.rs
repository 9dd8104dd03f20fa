//! `tarikh timeline`: incidents in chronological order, filtered.

use std::io::{self, BufWriter};
use std::path::Path;

use tarikh::export::IncidentWriter;
use tarikh::export::csv::{CsvWriter, Flavour};
use tarikh::export::json::{JsonArrayWriter, JsonLinesWriter};
use tarikh::export::markdown::MarkdownWriter;
use tarikh::export::table::TableWriter;

use super::filter::FilterArgs;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for the terminal, dates in words.
    Table,
    /// tarikh CSV (plain UTF-8; `tarikh import` reads it back).
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// One JSON array.
    Json,
    /// A Markdown table.
    Markdown,
}

/// Print incidents in chronological order: by earliest possible day, then latest, then the order
/// the source told them.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh timeline
  tarikh timeline --actor قرغيزستان --from 2021-04 --to 2021-05-10
  tarikh timeline --type armed_clash,shelling --status occurred --format csv > clashes.csv
  tarikh timeline --place Batken --format markdown")]
pub struct Args {
    #[command(flatten)]
    pub database: super::Database,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn writer_for(format: Format, out: Box<dyn io::Write>) -> io::Result<Box<dyn IncidentWriter>> {
    Ok(match format {
        Format::Table => Box::new(TableWriter::with_width(out, super::table_width())),
        Format::Csv => Box::new(CsvWriter::new(out, Flavour::Plain)?),
        Format::Jsonl => Box::new(JsonLinesWriter::new(out)),
        Format::Json => Box::new(JsonArrayWriter::new(out)),
        Format::Markdown => Box::new(MarkdownWriter::new(out)),
    })
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<()> {
    let store = super::open_store_to_read(db)?;
    let filter = args.filter.to_filter()?;
    let out = Box::new(BufWriter::with_capacity(1 << 16, io::stdout().lock()));
    let mut writer = writer_for(args.format, out)?;
    store.for_each(&filter, |incident| -> anyhow::Result<()> {
        Ok(writer.write(&incident)?)
    })?;
    writer.finish()?;
    Ok(())
}
