//! tarikh: turn news reports about armed conflicts into a sourced, dated, chronological record of
//! incidents kept in SQLite, and hand it on as timelines and spreadsheets.
//!
//! The library does the work; `src/main.rs` and `src/cli/` only parse arguments, call and print.

pub mod date;
pub mod export;
pub mod import;
pub mod ingest;
pub mod merge;
pub mod model;
pub mod record;
pub mod store;
pub mod tagger;
pub mod text;
