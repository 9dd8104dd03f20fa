//! The `tarikh` binary: parse the command line, run the command, report errors.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser;

mod cli;

// glibc malloc spends much of a bulk import handing allocations between the reading thread and
// the storing one; mimalloc frees across threads cheaply.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // `tarikh timeline | head` closes the pipe early: that is not an error.
            if err.chain().any(|cause| {
                cause
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            // (Not eprintln!, which panics when standard error is closed.)
            let _ = writeln!(std::io::stderr(), "tarikh: error: {err:#}");
            if err.downcast_ref::<cli::Refused>().is_some() {
                return ExitCode::from(cli::Refused::EXIT_CODE);
            }
            if err.downcast_ref::<cli::Usage>().is_some() {
                return ExitCode::from(cli::Usage::EXIT_CODE);
            }
            ExitCode::FAILURE
        }
    }
}
