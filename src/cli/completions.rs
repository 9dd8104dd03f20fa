//! `tarikh completions SHELL` and `tarikh man`: what a shell and `man` need, made from the
//! command line's own definition so that they never fall behind it.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_complete::Shell;

/// Print a completion script for a shell. Install it where the shell looks for one, for
/// example: `tarikh completions bash > ~/.local/share/bash-completion/completions/tarikh`,
/// `tarikh completions zsh > ~/.zfunc/_tarikh`, `tarikh completions fish >
/// ~/.config/fish/completions/tarikh.fish`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: Shell,
}

/// Print the manual page (roff) on standard output: `tarikh man > tarikh.1`, then `man
/// ./tarikh.1`, or install it under a `man1` folder.
#[derive(Debug, clap::Args)]
pub struct ManArgs {}

pub fn run_completions(args: CompletionsArgs) -> anyhow::Result<()> {
    let mut command = super::Cli::command();
    let mut out = io::stdout().lock();
    clap_complete::generate(args.shell, &mut command, "tarikh", &mut out);
    out.flush()?;
    Ok(())
}

pub fn run_man(_args: ManArgs) -> anyhow::Result<()> {
    let command = super::Cli::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut page)?;
    // The title line first, as `man` and checkers expect; clap_mangen puts its string
    // definitions before it, and they work as well after it.
    let page = String::from_utf8(page)?;
    let (title, rest): (Vec<&str>, Vec<&str>) = page.lines().partition(|l| l.starts_with(".TH "));
    let mut out = io::stdout().lock();
    for line in title.iter().chain(&rest) {
        writeln!(out, "{line}")?;
    }
    // The main page lists the subcommands; each gets its own section with its options.
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        writeln!(out, ".SH \"TARIKH {}\"", sub.get_name().to_uppercase())?;
        if let Some(about) = sub.get_long_about().or(sub.get_about()) {
            writeln!(out, "{}", roff_text(&about.to_string()))?;
        }
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            let mut head = String::new();
            if let Some(short) = arg.get_short() {
                head.push_str(&format!("\\fB\\-{short}\\fR, "));
            }
            match arg.get_long() {
                Some(long) => head.push_str(&format!("\\fB\\-\\-{}\\fR", long.replace('-', "\\-"))),
                None => head.push_str(&format!(
                    "\\fI{}\\fR",
                    arg.get_value_names()
                        .and_then(|v| v.first())
                        .map_or_else(|| arg.get_id().to_string(), |v| v.to_string())
                )),
            }
            if arg.get_long().is_some()
                && arg.get_action().takes_values()
                && let Some(value) = arg.get_value_names().and_then(|v| v.first())
            {
                head.push_str(&format!(" \\fI{value}\\fR"));
            }
            writeln!(out, ".TP\n{head}")?;
            if let Some(help) = arg.get_long_help().or(arg.get_help()) {
                writeln!(out, "{}", roff_text(&help.to_string()))?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Text as roff reads it literally: backslashes escaped, and no line taken for a request.
fn roff_text(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.replace('\\', "\\e");
            if line.starts_with('.') || line.starts_with('\'') {
                format!("\\&{line}")
            } else if line.trim().is_empty() {
                ".sp".to_string()
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
