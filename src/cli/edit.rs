//! `tarikh edit`, `tarikh delete` and `tarikh restore`: change an incident, keeping what it was.

use std::path::Path;

use super::add::Fields;

/// Change an incident. Only the fields given change; the previous values go to its history
/// (see `tarikh show ID`). Its evidence sentences are what the sources said and are not
/// edited: put your own reading in --summary.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh edit 12 --date 2021-04-28 --reason 'second source gives the 28th'
  tarikh edit 12 --status claimed --actor Tajikistan --reason 'only the Tajik side reports it'")]
pub struct EditArgs {
    #[command(flatten)]
    pub database: super::Database,
    /// The incident's id.
    pub id: i64,
    #[command(flatten)]
    pub fields: Fields,
    /// Add an actor to the incident's list (repeatable).
    #[arg(long = "add-actor", value_name = "NAME", conflicts_with = "actors", value_parser = super::add::parse_name)]
    pub add_actors: Vec<String>,
    /// Remove an actor from the incident's list (repeatable), under any of its spellings.
    #[arg(long = "remove-actor", value_name = "NAME", conflicts_with = "actors", value_parser = super::add::parse_name)]
    pub remove_actors: Vec<String>,
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
    #[command(flatten)]
    pub database: super::Database,
    /// The incident to delete (see `tarikh timeline`).
    pub id: i64,
    /// Why, kept in the history.
    #[arg(long, default_value = "")]
    pub reason: String,
}

/// Bring back a deleted incident.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    #[command(flatten)]
    pub database: super::Database,
    /// The deleted incident to bring back (`tarikh show ID` still shows it).
    pub id: i64,
    /// Why, kept in the history.
    #[arg(long, default_value = "")]
    pub reason: String,
}

pub fn run_edit(db: &Path, mut args: EditArgs) -> anyhow::Result<()> {
    if args.fields.is_empty() && args.add_actors.is_empty() && args.remove_actors.is_empty() {
        return Err(super::Usage(format!(
            "nothing to change: give the fields to edit, e.g. tarikh edit {} --date 2021-04-28 (see tarikh edit --help)",
            args.id
        ))
        .into());
    }
    let gazetteer = super::add::gazetteer()?;
    args.fields.resolve_names(gazetteer);
    let mut store = super::open_store(db)?;
    let before = store.get(args.id)?.incident;
    let mut incident = before.clone();
    // A new place the gazetteer has no point for (or no place at all) keeps no point: the old
    // place's would put the incident where it is not. Coordinates typed with it stand.
    let placed_without_point = args.fields.place.is_some()
        && args.fields.latitude.is_none()
        && args.fields.longitude.is_none();
    args.fields.apply(&mut incident);
    if placed_without_point && incident.place != before.place {
        (incident.latitude, incident.longitude) = (None, None);
    }
    for typed in &args.add_actors {
        let name = super::add::canonical_actor(gazetteer, typed);
        if !incident.actors.contains(&name) {
            incident.actors.push(name);
        }
    }
    for typed in &args.remove_actors {
        // (No note for a name the gazetteer does not know: it is only looked for.)
        let name = gazetteer
            .canonical_actor(typed)
            .unwrap_or_else(|| typed.clone());
        let count = incident.actors.len();
        incident.actors.retain(|a| *a != name && a != typed);
        anyhow::ensure!(
            incident.actors.len() < count,
            "incident {} has no actor '{typed}' (its actors: {})",
            args.id,
            if before.actors.is_empty() {
                "none".to_string()
            } else {
                before.actors.join(", ")
            }
        );
    }
    // The store says what changed, compared as the incident is read back (a country the
    // place gives is no change).
    let fields = store.edit(args.id, &incident, &args.reason)?;
    if fields.is_empty() {
        println!("incident {} already reads so; nothing changed", args.id);
    } else {
        println!("edited incident {}: {}", args.id, fields.join(", "));
    }
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
