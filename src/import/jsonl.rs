//! tarikh's JSON Lines (what `--format jsonl` writes): one incident object per line, read back
//! line by line.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::ImportError;
use crate::model::Incident;
use crate::record::FlatRecord;

pub struct Reader {
    path: PathBuf,
    lines: std::io::Lines<BufReader<File>>,
    line: u64,
    failed: bool,
}

pub fn read(path: &Path) -> Result<Reader, ImportError> {
    let file = File::open(path).map_err(|e| ImportError::io(path, e))?;
    Ok(Reader {
        path: path.to_path_buf(),
        lines: BufReader::new(file).lines(),
        line: 0,
        failed: false,
    })
}

impl Reader {
    fn parse(&self, text: &str) -> Result<Incident, ImportError> {
        let text = text.trim_start_matches('\u{feff}');
        let record: FlatRecord = serde_json::from_str(text).map_err(|e| {
            ImportError::row(
                &self.path,
                self.line,
                format!("not a tarikh incident object: {e}"),
            )
        })?;
        record
            .into_incident()
            .map_err(|e| ImportError::field(&self.path, self.line, e.column, e.message))
    }
}

impl Iterator for Reader {
    type Item = Result<Incident, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            self.line += 1;
            let result = match self.lines.next()? {
                Ok(text) if text.trim().is_empty() => continue,
                Ok(text) => self.parse(&text),
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => Err(ImportError::row(
                    &self.path,
                    self.line,
                    "not valid UTF-8; save the file as UTF-8",
                )),
                Err(e) => Err(ImportError::io(&self.path, e)),
            };
            self.failed = result.is_err();
            return Some(result);
        }
    }
}
