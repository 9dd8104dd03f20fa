//! Importers: each input kind (tarikh CSV, JSON Lines, ACLED, UCDP GED, report text) is one module
//! that yields incidents; the store loads them, all or nothing.

use std::path::Path;

/// Why an input file was rejected. Every variant names the file, and the line and column when
/// there is one, so the user can go and fix it.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}:{line}: column '{column}': {message}")]
    Field { path: String, line: u64, column: String, message: String },
    #[error("{path}:{line}: {message}")]
    Row { path: String, line: u64, message: String },
    #[error("{path}: {message}")]
    File { path: String, message: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl ImportError {
    pub fn field(path: &Path, line: u64, column: &str, message: impl Into<String>) -> ImportError {
        ImportError::Field {
            path: path.display().to_string(),
            line,
            column: column.to_string(),
            message: message.into(),
        }
    }

    pub fn row(path: &Path, line: u64, message: impl Into<String>) -> ImportError {
        ImportError::Row { path: path.display().to_string(), line, message: message.into() }
    }

    pub fn file(path: &Path, message: impl Into<String>) -> ImportError {
        ImportError::File { path: path.display().to_string(), message: message.into() }
    }

    pub fn io(path: &Path, source: std::io::Error) -> ImportError {
        ImportError::Io { path: path.display().to_string(), source }
    }
}

pub mod acled;
pub mod ucdp;
