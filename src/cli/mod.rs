//! The command line: one module per subcommand, each with its arguments and a `run` function.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

mod dates;

/// Turn news reports about armed conflicts into a sourced, dated, chronological record of
/// incidents, and hand it on as timelines and spreadsheets.
#[derive(Debug, Parser)]
#[command(name = "tarikh", version, propagate_version = true)]
pub struct Cli {
    /// The incident database (created on first use).
    #[arg(long, global = true, env = "TARIKH_DB", default_value = "tarikh.db")]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Dates(dates::Args),
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Dates(args) => dates::run(args),
    }
}
