//! The optional front-matter block at the top of a report: `---` lines around `key: value`
//! pairs (title, source, url, published, language). Everything after the block is the report's
//! text.

/// Front-matter fields as written (validated by the caller).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    /// Keys tarikh does not know, kept for the notes.
    pub unknown: Vec<String>,
}

/// Split `raw` into front matter and text. Returns the text's byte offset in `raw`.
///
/// A block is recognised only when the very first line is `---` and a closing `---` line
/// follows; otherwise the whole input is text.
pub fn split(raw: &str) -> Result<(FrontMatter, usize), String> {
    let body_start = raw
        .strip_prefix('\u{feff}')
        .map_or(0, |_| '\u{feff}'.len_utf8());
    let rest = &raw[body_start..];
    let mut lines = rest.split_inclusive('\n');
    let first = match lines.next() {
        Some(l) => l,
        None => return Ok((FrontMatter::default(), body_start)),
    };
    if first.trim_end() != "---" {
        return Ok((FrontMatter::default(), body_start));
    }
    let mut fm = FrontMatter::default();
    let mut offset = body_start + first.len();
    for (n, line) in lines.enumerate() {
        offset += line.len();
        let content = line.trim();
        if content == "---" || content == "..." {
            return Ok((fm, offset));
        }
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let Some((key, value)) = content.split_once(':') else {
            return Err(format!(
                "front matter line {} '{}' is not 'key: value'; fix it or remove the '---' block",
                n + 2,
                content
            ));
        };
        let key = key.trim().to_lowercase();
        let value = unquote(value.trim());
        let slot = match key.as_str() {
            "title" | "headline" => &mut fm.title,
            "source" | "publisher" | "publication" => &mut fm.source,
            "url" | "link" => &mut fm.url,
            "published" | "date" | "published_at" | "pubdate" => &mut fm.published,
            "language" | "lang" => &mut fm.language,
            _ => {
                fm.unknown.push(key);
                continue;
            }
        };
        if !value.is_empty() {
            *slot = Some(value);
        }
    }
    Err(
        "the front matter opened with '---' is never closed by a '---' line; close it or remove it"
            .into(),
    )
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return v[1..v.len() - 1].to_string();
        }
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_block_and_offsets_text() {
        let raw = "---\ntitle: \"Clashes: a report\"\nsource: Example News\npublished: 2021-05-10\nlanguage: en\nauthor: x\n---\nBody here.\n";
        let (fm, at) = split(raw).unwrap();
        assert_eq!(fm.title.as_deref(), Some("Clashes: a report"));
        assert_eq!(fm.source.as_deref(), Some("Example News"));
        assert_eq!(fm.published.as_deref(), Some("2021-05-10"));
        assert_eq!(fm.language.as_deref(), Some("en"));
        assert_eq!(fm.unknown, vec!["author"]);
        assert_eq!(&raw[at..], "Body here.\n");
    }

    #[test]
    fn no_block_is_all_text() {
        let (fm, at) = split("Just text\n---\n").unwrap();
        assert_eq!(fm, FrontMatter::default());
        assert_eq!(at, 0);
    }

    #[test]
    fn unclosed_block_is_refused() {
        assert!(
            split("---\ntitle: x\nsource: y")
                .unwrap_err()
                .contains("never closed")
        );
        assert!(
            split("---\nnot a pair\n---\n")
                .unwrap_err()
                .contains("key: value")
        );
    }
}
