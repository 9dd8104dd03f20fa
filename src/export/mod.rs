//! Exporters: each output format (XLSX, TimelineJS, ...) is one module that writes a stream of
//! incidents to a file or writer, without holding them all in memory.

pub mod timelinejs;
pub mod xlsx;
