//! `tarikh reprocess`: read stored reports again with today's rules and vocabulary.

use std::path::{Path, PathBuf};

use tarikh::ingest::{self, IngestOptions, Vocabulary};
use tarikh::tagger::Lang;

/// Read stored reports again with today's rules and vocabulary: each report's incidents are
/// replaced by what it says now, and merged again with the other reports'. Merges and splits
/// by hand hold. All or nothing: if one report cannot be read, nothing changes.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh reprocess                 every stored report
  tarikh reprocess --report 3      one report (its id is in `tarikh show ID`)
  tarikh reprocess --report all    every stored report, said explicitly")]
pub struct Args {
    #[command(flatten)]
    pub database: super::Database,
    /// Only this report (by id), or `all`; every report when left out.
    #[arg(long, value_name = "ID|all", value_parser = parse_reports)]
    pub report: Option<Reports>,
    /// Extra vocabulary folder (lexicon and gazetteer files) extending the built-in one.
    #[arg(long = "vocabulary", value_name = "DIR")]
    pub vocabulary: Vec<PathBuf>,
}

/// Which stored reports to read again.
#[derive(Clone, Debug)]
pub enum Reports {
    All,
    One(i64),
}

fn parse_reports(value: &str) -> Result<Reports, String> {
    if value.eq_ignore_ascii_case("all") {
        return Ok(Reports::All);
    }
    value
        .parse()
        .map(Reports::One)
        .map_err(|_| format!("expected a report id (a number) or `all`, not `{value}`"))
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<()> {
    let mut store = super::open_store(db)?;
    let only = match args.report {
        Some(Reports::One(id)) => Some(id),
        Some(Reports::All) | None => None,
    };
    let reports = store.reports(only)?;
    let extended;
    let vocabulary = if args.vocabulary.is_empty() {
        Vocabulary::builtin().map_err(anyhow::Error::msg)?
    } else {
        extended = Vocabulary::with_dirs(&args.vocabulary).map_err(anyhow::Error::msg)?;
        &extended
    };
    // Read every report first: reading is pure, so a report that no longer reads stops the
    // command before the database is touched.
    let mut read = Vec::new();
    for (id, report) in &reports {
        let options = IngestOptions {
            published: Some(report.published),
            lang: Lang::from_code(&report.language),
            source: Some(report.source.clone()).filter(|s| !s.is_empty()),
            url: report.url.clone(),
            title: Some(report.title.clone()),
            vocabulary_dirs: args.vocabulary.clone(),
            today: None,
        };
        let name = report
            .path
            .clone()
            .unwrap_or_else(|| format!("report {id}"));
        let mut extraction = ingest::ingest_report(&name, &report.text, &options)?;
        // The stored record stays the report's: the same path and text.
        extraction.report.path = report.path.clone();
        read.push((*id, extraction));
    }
    let lines = store.transaction(|batch| -> anyhow::Result<Vec<String>> {
        let mut lines = Vec::new();
        for (id, x) in &read {
            let stats = batch.replace_report(
                *id,
                &x.report,
                &x.incidents,
                &x.actors,
                &x.places,
                &vocabulary.gazetteer,
            )?;
            lines.push(format!(
                "report {id} ({}): {} read",
                x.report.path.as_deref().unwrap_or(&x.report.title),
                super::counted(stats.ids.len(), "incident", "incidents")
            ));
        }
        Ok(lines)
    })?;
    for line in lines {
        note!("{line}");
    }
    note!(
        "{} read again; `tarikh timeline` shows the result",
        super::counted(read.len(), "report", "reports")
    );
    Ok(())
}
