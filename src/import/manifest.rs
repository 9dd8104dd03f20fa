//! An import manifest: a CSV that gives, for each report of an archive, what its file does not
//! say, so that a folder of saved articles imports in one command. Columns, by name (only `path`
//! is required; a file may give any of the others, and an empty cell leaves the value to the
//! report's front matter, its dateline and the command's flags):
//! `path, published, source, url, lang, title`. Paths are relative to the manifest's folder.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::ImportError;
use super::csv_rows::Lines;
use crate::tagger::Lang;

/// The columns a manifest may have.
pub const COLUMNS: &[&str] = &["path", "published", "source", "url", "lang", "title"];

/// One report of a manifest and what it says about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ManifestEntry {
    pub path: PathBuf,
    pub published: Option<NaiveDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub lang: Option<Lang>,
    pub title: Option<String>,
    /// The manifest's line, for messages.
    pub line: u64,
}

/// Read a manifest; every error names the manifest, its line and the column.
pub fn read_manifest(manifest: &Path) -> Result<Vec<ManifestEntry>, ImportError> {
    let file = File::open(manifest).map_err(|e| ImportError::io(manifest, e))?;
    let lines = Lines::default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(lines.track(BufReader::new(file)));
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::row(manifest, 1, e.to_string()))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    if let Some(unknown) = header.iter().find(|h| !COLUMNS.contains(&h.as_str())) {
        return Err(ImportError::field(
            manifest,
            1,
            unknown,
            format!(
                "not a manifest column (a manifest has {})",
                COLUMNS.join(", ")
            ),
        ));
    }
    let Some(path_at) = header.iter().position(|h| h == "path") else {
        return Err(ImportError::row(
            manifest,
            1,
            format!(
                "the header has no 'path' column (a manifest has {}; only path is required)",
                COLUMNS.join(", ")
            ),
        ));
    };
    let base = manifest.parent().unwrap_or(Path::new("."));
    let mut entries = Vec::new();
    for record in reader.records() {
        let record = record
            .map_err(|e| ImportError::row(manifest, lines.of(e.position()), e.to_string()))?;
        let line = lines.of(record.position());
        let cell = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let Some(path) = record.get(path_at).map(str::trim).filter(|p| !p.is_empty()) else {
            return Err(ImportError::field(
                manifest,
                line,
                "path",
                "empty: name the report's file",
            ));
        };
        let published = cell("published")
            .map(|v| {
                NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| {
                    ImportError::field(
                        manifest,
                        line,
                        "published",
                        format!("'{v}' is not a day as YYYY-MM-DD (such as 2021-04-29)"),
                    )
                })
            })
            .transpose()?;
        let lang = cell("lang")
            .map(|v| {
                Lang::from_code(v).ok_or_else(|| {
                    ImportError::field(
                        manifest,
                        line,
                        "lang",
                        format!("'{v}' is not a language tarikh reads (ar, en or ru)"),
                    )
                })
            })
            .transpose()?;
        entries.push(ManifestEntry {
            path: base.join(path),
            published,
            source: cell("source").map(str::to_string),
            url: cell("url").map(str::to_string),
            lang,
            title: cell("title").map(str::to_string),
            line,
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("manifest.csv");
        std::fs::write(&path, text).expect("written");
        (dir, path)
    }

    #[test]
    fn a_manifest_gives_each_report_what_its_file_does_not_say() {
        let (dir, path) = manifest(
            "path,published,source,lang\r\na.txt,2021-04-29,Example Wire,en\r\nsub/b.txt,,,\r\n",
        );
        let entries = read_manifest(&path).expect("read");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].path, dir.path().join("a.txt"));
        assert_eq!(entries[0].published, NaiveDate::from_ymd_opt(2021, 4, 29));
        assert_eq!(entries[0].source.as_deref(), Some("Example Wire"));
        assert_eq!(entries[0].lang, Some(Lang::En));
        assert_eq!(entries[1].published, None);
        assert_eq!(entries[1].line, 3);
    }

    #[test]
    fn a_bad_manifest_names_its_line_and_column() {
        let (_dir, path) = manifest("path,published\na.txt,2021-02-30\n");
        let err = read_manifest(&path).unwrap_err().to_string();
        assert!(err.contains(":2:") && err.contains("published"), "{err}");
        let (_dir, path) = manifest("file,published\na.txt,2021-04-29\n");
        let err = read_manifest(&path).unwrap_err().to_string();
        assert!(
            err.contains("file") && err.contains("not a manifest column"),
            "{err}"
        );
    }
}
