//! `tarikh edit`, `tarikh delete` and `tarikh restore`: change an incident, keeping what it was.

use std::path::Path;

use super::add::Fields;

/// Change an incident. Only the fields given change; the previous values go to its history
/// (see `tarikh show ID`).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh edit 12 --date 2021-04-28 --reason 'second source gives the 28th'
  tarikh edit 12 --status claimed --actor Tajikistan --reason 'only the Tajik side reports it'")]
pub struct EditArgs {
    /// The incident's id.
    pub id: i64,
    #[command(flatten)]
    pub fields: Fields,
    /// Why, kept in the history.
    #[arg(long, default_value = "")]
    pub reason: String,
}

/// Remove an incident from timelines and exports. It stays in the database and can be restored.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  tarikh delete 12 --reason 'duplicate of 9'\n  tarikh restore 12"
)]
pub struct DeleteArgs {
    pub id: i64,
    /// Why, kept in the history.
    #[arg(long, default_value = "")]
    pub reason: String,
}

/// Bring back a deleted incident.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    pub id: i64,
    /// Why, kept in the history.
    #[arg(long, default_value = "")]
    pub reason: String,
}

pub fn run_edit(db: &Path, args: EditArgs) -> anyhow::Result<()> {
    args.fields.check_coordinates()?;
    anyhow::ensure!(
        args.fields.evidence.is_empty(),
        "--evidence cannot be edited: evidence is what the sources said. Put your own reading in --summary"
    );
    if let Some(title) = &args.fields.title {
        anyhow::ensure!(!title.trim().is_empty(), "--title cannot be empty");
    }
    let mut store = super::open_store(db)?;
    let mut incident = store.get(args.id)?.incident;
    args.fields.apply(&mut incident);
    store.edit(args.id, &incident, &args.reason)?;
    println!("edited incident {}", args.id);
    Ok(())
}

pub fn run_delete(db: &Path, args: DeleteArgs) -> anyhow::Result<()> {
    let mut store = super::open_store(db)?;
    store.delete(args.id, &args.reason)?;
    println!(
        "deleted incident {} (undo with: tarikh restore {})",
        args.id, args.id
    );
    Ok(())
}

pub fn run_restore(db: &Path, args: RestoreArgs) -> anyhow::Result<()> {
    let mut store = super::open_store(db)?;
    store.restore(args.id, &args.reason)?;
    println!("restored incident {}", args.id);
    Ok(())
}
