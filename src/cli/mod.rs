//! The command line: one module per subcommand, each with its arguments and a `run` function.
//! Commands parse and print; the library does the work.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Parser, Subcommand};

use tarikh::store::Store;

/// A line on standard error that does not panic when the stream is closed (`tarikh import
/// ... 2>&1 | head`): `eprintln!` would, and a panic in the writer while the reading threads
/// wait for it would hang the import. Notes are for the reader; losing them loses no data.
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod add;
mod completions;
mod dates;
mod edit;
mod export;
mod filter;
mod import;
mod reprocess;
mod show;
mod sources;
mod timeline;

/// Turn news reports about armed conflicts into a sourced, dated, chronological record of
/// incidents, and hand it on as timelines and spreadsheets.
#[derive(Debug, Parser)]
#[command(
    name = "tarikh",
    version,
    propagate_version = true,
    after_help = "Examples:
  tarikh import data/reports/                 read reports, store their incidents, print them
  tarikh timeline --actor Kyrgyzstan --from 2021-04 --to 2021-05
  tarikh export -o incidents.csv              CSV that Excel opens with Arabic intact
  tarikh dates report.txt --published 2021-05-10"
)]
pub struct Cli {
    /// The incident database (default tarikh.db). Only `import` and `add` create one.
    #[arg(long, env = "TARIKH_DB", value_name = "FILE")]
    pub db: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Add(add::Args),
    Import(import::Args),
    Timeline(timeline::Args),
    Show(show::Args),
    Edit(edit::EditArgs),
    Delete(edit::DeleteArgs),
    Restore(edit::RestoreArgs),
    Merge(sources::MergeArgs),
    Split(sources::SplitArgs),
    Undo(sources::UndoArgs),
    Reprocess(reprocess::Args),
    Export(export::Args),
    Dates(dates::Args),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
}

/// `--db`, given after the subcommand of a command that uses the database (`tarikh timeline
/// --db FILE`); `tarikh --db FILE timeline` works as well. Commands that use none (`dates`,
/// `completions`, `man`) do not list it.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Database {
    /// The incident database (default: TARIKH_DB, else tarikh.db). Only `import` and `add`
    /// create one.
    #[arg(long = "db", value_name = "FILE")]
    pub db: Option<PathBuf>,
}

const DEFAULT_DB: &str = "tarikh.db";

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let chosen = |sub: &Database| -> PathBuf {
        sub.db
            .clone()
            .or_else(|| cli.db.clone())
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DB))
    };
    let db = match &cli.command {
        Command::Add(a) => chosen(&a.database),
        Command::Import(a) => chosen(&a.database),
        Command::Timeline(a) => chosen(&a.database),
        Command::Show(a) => chosen(&a.database),
        Command::Edit(a) => chosen(&a.database),
        Command::Delete(a) => chosen(&a.database),
        Command::Restore(a) => chosen(&a.database),
        Command::Merge(a) => chosen(&a.database),
        Command::Split(a) => chosen(&a.database),
        Command::Undo(a) => chosen(&a.database),
        Command::Reprocess(a) => chosen(&a.database),
        Command::Export(a) => chosen(&a.database),
        Command::Dates(_) | Command::Completions(_) | Command::Man(_) => PathBuf::new(),
    };
    match cli.command {
        Command::Add(args) => add::run(&db, args),
        Command::Import(args) => import::run(&db, args),
        Command::Timeline(args) => timeline::run(&db, args),
        Command::Show(args) => show::run(&db, args),
        Command::Edit(args) => edit::run_edit(&db, args),
        Command::Delete(args) => edit::run_delete(&db, args),
        Command::Restore(args) => edit::run_restore(&db, args),
        Command::Merge(args) => sources::run_merge(&db, args),
        Command::Split(args) => sources::run_split(&db, args),
        Command::Undo(args) => sources::run_undo(&db, args),
        Command::Reprocess(args) => reprocess::run(&db, args),
        Command::Export(args) => export::run(&db, args),
        Command::Dates(args) => dates::run(args),
        Command::Completions(args) => completions::run_completions(args),
        Command::Man(args) => completions::run_man(args),
    }
}

/// Some inputs were refused and the others stored (`import --keep-going`), or would have been
/// (with `--dry-run`): the exit code says so ([`Refused::EXIT_CODE`]).
#[derive(Debug)]
pub struct Refused {
    pub files: usize,
    /// Every file was refused: nothing was (or would be) stored.
    pub all: bool,
    pub dry_run: bool,
}

impl Refused {
    pub const EXIT_CODE: u8 = 3;
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let others = match (self.all, self.dry_run) {
            (true, true) => "nothing would be stored",
            (true, false) => "nothing is stored",
            (false, true) => "the others would be stored",
            (false, false) => "the others are stored",
        };
        write!(
            f,
            "{} refused (listed above); {others}",
            counted(self.files, "file", "files")
        )
    }
}

impl std::error::Error for Refused {}

/// The command line asks for something that cannot be done as asked (a required flag missing,
/// flags that do not go together, nothing to change): a usage error, exit code 2, like the
/// argument parser's own. A bad value of one argument is refused by the parser itself.
#[derive(Debug)]
pub struct Usage(pub String);

impl Usage {
    pub const EXIT_CODE: u8 = 2;
}

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// How wide a table on standard output may be: the terminal's width when it is one (else
/// `COLUMNS`, else 100), nothing cut when it goes to a file or a pipe.
pub fn table_width() -> tarikh::export::table::Width {
    use std::io::IsTerminal;
    use tarikh::export::table::Width;
    if !std::io::stdout().is_terminal() {
        return Width::Full;
    }
    let columns = || {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse().ok())
    };
    let cells = stdout_columns()
        .or_else(columns)
        .filter(|&c| c > 0)
        .unwrap_or(100);
    Width::Terminal(cells)
}

/// The width of the terminal standard output goes to, when it says one.
#[cfg(unix)]
fn stdout_columns() -> Option<usize> {
    let size = rustix::termios::tcgetwinsize(std::io::stdout()).ok()?;
    Some(usize::from(size.ws_col)).filter(|&c| c > 0)
}

#[cfg(not(unix))]
fn stdout_columns() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0))
}

pub use tarikh::text::counted;

/// Open the database, saying which one when it fails.
pub fn open_store(db: &Path) -> anyhow::Result<Store> {
    Store::open(db).with_context(|| format!("cannot open the database {}", db.display()))
}

/// Open the database for a command that only reads: it must exist, and nothing is written.
pub fn open_store_to_read(db: &Path) -> anyhow::Result<Store> {
    Ok(Store::open_read_only(db)?)
}
