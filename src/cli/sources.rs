//! `tarikh merge`, `tarikh split` and `tarikh undo`: the analyst's word on which reports tell
//! one incident. Each is kept through re-imports and reprocessing, recorded in history, and
//! can be undone.

use std::path::Path;

use tarikh::ingest::Vocabulary;

/// Join incidents that several reports tell: every source of the given incidents tells one
/// incident from now on.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  tarikh merge 4 9 --reason 'the same clash, dated a day apart'\n  tarikh undo 4"
)]
pub struct MergeArgs {
    #[command(flatten)]
    pub database: super::Database,
    /// The incidents to join (two or more ids, see `tarikh timeline`).
    #[arg(required = true, num_args = 2.., value_name = "ID")]
    pub ids: Vec<i64>,
    /// Why, for the history.
    #[arg(long, default_value = "")]
    pub reason: String,
}

/// Take sources out of an incident into a new one: the reports that tell another incident.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  tarikh show 4                 lists the sources, numbered\n  tarikh split 4 --source 2 --source 3\n  tarikh undo 4"
)]
pub struct SplitArgs {
    #[command(flatten)]
    pub database: super::Database,
    /// The incident to split.
    #[arg(value_name = "ID")]
    pub id: i64,
    /// A source to take out, by its number in `tarikh show ID`, from 1 (repeatable or
    /// comma-separated).
    #[arg(
        long = "source",
        required = true,
        value_name = "N",
        value_delimiter = ',',
        value_parser = parse_source_number
    )]
    pub sources: Vec<usize>,
    /// Why, for the history.
    #[arg(long, default_value = "")]
    pub reason: String,
}

/// Undo the last merge or split by hand that touched an incident.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  tarikh undo 4")]
pub struct UndoArgs {
    #[command(flatten)]
    pub database: super::Database,
    /// An incident the merge or split touched.
    #[arg(value_name = "ID")]
    pub id: i64,
    /// Why, for the history.
    #[arg(long, default_value = "")]
    pub reason: String,
}

/// A source's number as `tarikh show ID` lists them: 1, 2, ...
fn parse_source_number(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err("a source's number, from 1, as `tarikh show ID` lists the sources".into()),
    }
}

fn vocabulary() -> anyhow::Result<&'static Vocabulary> {
    Vocabulary::builtin().map_err(anyhow::Error::msg)
}

pub fn run_merge(db: &Path, args: MergeArgs) -> anyhow::Result<()> {
    let mut distinct = args.ids.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 2 {
        return Err(super::Usage(format!(
            "merge joins two or more different incidents: give another id besides {} (see tarikh timeline)",
            args.ids[0]
        ))
        .into());
    }
    let mut store = super::open_store(db)?;
    let id = store.merge_incidents(&args.ids, &args.reason, &vocabulary()?.gazetteer)?;
    println!("{id}");
    note!("merged into incident {id} (undo with: tarikh undo {id})");
    Ok(())
}

pub fn run_split(db: &Path, args: SplitArgs) -> anyhow::Result<()> {
    let mut store = super::open_store(db)?;
    let id = store.split_incident(
        args.id,
        &args.sources,
        &args.reason,
        &vocabulary()?.gazetteer,
    )?;
    println!("{id}");
    note!(
        "sources taken out of incident {} into incident {id} (undo with: tarikh undo {})",
        args.id,
        args.id
    );
    Ok(())
}

pub fn run_undo(db: &Path, args: UndoArgs) -> anyhow::Result<()> {
    let mut store = super::open_store(db)?;
    let ids = store.undo_manual(args.id, &args.reason, &vocabulary()?.gazetteer)?;
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    println!("{}", list.join(" "));
    note!(
        "undone; the sources now tell {} {}",
        if ids.len() == 1 {
            "incident"
        } else {
            "incidents"
        },
        list.join(", ")
    );
    Ok(())
}
