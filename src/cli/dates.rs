//! `tarikh dates`: show every temporal expression in a text and what it resolves to.

/// Find the dates in a text and resolve them against the publication day.
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet")
}
