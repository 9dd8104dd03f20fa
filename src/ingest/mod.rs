//! The report ingester: a news report in, dated and sourced incidents out. Pure: it hands plain
//! values to the caller, which stores them.
//!
//! [`ingest_report`] runs a pipeline of named stages, each a module with one entry point and
//! its own tests:
//!
//! 1. [`layout`] ([`layout::read`]): front matter, language, page furniture, headline and
//!    dateline lines, the publication day, and the head of the first paragraph that names
//!    where the report was written: a [`layout::Page`];
//! 2. [`time::expressions`] ([`time::expressions::of_report`]): the tagger's temporal
//!    expressions of the report, outside its dateline;
//! 3. [`sentences`] ([`sentences::split`]): the content lines cut into sentences, a
//!    chronology item's date-only first sentence kept with the one it heads
//!    ([`time::sections::join_run_in_heads`]);
//! 4. [`mentions`] ([`mentions::analyze`], one sentence at a time): event words grouped into
//!    mentions, with their relations, their dates ([`time::mention`]), their status
//!    ([`status`]), and their actors, places and tolls ([`roles`]);
//! 5. [`incidents`] ([`incidents::gather`]): the mentions of one act joined into one incident;
//! 6. [`time::story`] ([`time::story::date_incidents`]): each incident's date, or honest bounds
//!    from the relations the text gives and from the story;
//! 7. [`incidents::record`] ([`incidents::record::records`]): the incidents as records, in
//!    story order, with the notes that say what was inferred.
//!
//! The vocabulary they read with is data: [`lexicon`] (event, cue, casualty, quantity and
//! furniture words), [`gazetteer`] (actors and places) and the calendar of [`layout::dateline`].
//! [`text`] holds the text primitives (tokens, patterns), [`numbers`] the amounts.
//!
//! Setting `TARIKH_INGEST_DEBUG` in the environment prints each sentence's mentions to stderr
//! (type, date, relations, status, actors, place, tolls), for working on the vocabulary.

pub mod gazetteer;
pub mod incidents;
pub mod layout;
pub mod lexicon;
pub mod mentions;
pub mod numbers;
pub mod roles;
pub mod sentences;
pub mod status;
pub mod text;
pub mod time;

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::model::{Incident, NameEntry, Report};
use crate::tagger::{self, Lang};

use gazetteer::Gazetteer;
use layout::dateline::Calendar;
use lexicon::Lexicon;

/// What the user supplied on the command line; each set field overrides the report's front matter
/// and dateline.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    pub published: Option<NaiveDate>,
    pub lang: Option<Lang>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Extra lexicon / gazetteer folders that extend the built-in vocabulary.
    pub vocabulary_dirs: Vec<PathBuf>,
    /// The last day a report can have been published, which bounds a dateline without its
    /// year (see `layout::dateline`); `None`: the machine's date.
    pub today: Option<NaiveDate>,
}

/// The result of reading one report.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub report: Report,
    /// Incidents in story order (`seq` set), each with its evidence.
    pub incidents: Vec<Incident>,
    /// What was inferred and why ("publication date 2021-05-10: dateline 05/10, 'مايو الجاري' ..."),
    /// for the user to read.
    pub notes: Vec<Note>,
    /// The gazetteer entries of the actors and places the incidents name, with all their
    /// spellings, so that a timeline filter finds them under any of them.
    pub actors: Vec<NameEntry>,
    pub places: Vec<NameEntry>,
}

/// A note on what was inferred while reading a report. One about an incident names it by its
/// place in the report ("incident 2 'Armed clash ...' is disputed: ..."), and
/// [`Note::with_id`] by the id it was stored under, once the caller knows it. It reads as its
/// text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    text: String,
    /// The index of the incident it is about in [`Extraction::incidents`], and where its text
    /// goes on after "incident N ".
    incident: Option<(usize, usize)>,
}

impl Note {
    /// A note about incident `index` (in story order, `seq`), whose `text` goes on after its
    /// name.
    pub fn on_incident(index: usize, seq: i64, text: String) -> Note {
        let head = format!("incident {seq} ");
        Note {
            incident: Some((index, head.len())),
            text: head + &text,
        }
    }

    /// The index in [`Extraction::incidents`] of the incident the note is about.
    pub fn incident(&self) -> Option<usize> {
        self.incident.map(|(index, _)| index)
    }

    /// The note naming its incident by `id` (where it was stored) instead of its place in the
    /// report.
    pub fn with_id(&self, id: i64) -> String {
        match self.incident {
            Some((_, rest)) => format!("incident {id} {}", &self.text[rest..]),
            None => self.text.clone(),
        }
    }
}

impl From<String> for Note {
    fn from(text: String) -> Note {
        Note {
            text,
            incident: None,
        }
    }
}

impl From<&str> for Note {
    fn from(text: &str) -> Note {
        Note::from(text.to_string())
    }
}

impl std::ops::Deref for Note {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Why a report could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The report itself cannot be read as it is; the message says what to do.
    #[error("{path}: {message}")]
    Refused { path: String, message: String },
    /// A vocabulary file (built-in or from a vocabulary folder) is broken.
    #[error("{path}: vocabulary: {message}")]
    Vocabulary { path: String, message: String },
}

/// The vocabulary the ingester reads with.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub lexicon: Lexicon,
    pub gazetteer: Gazetteer,
    pub calendar: Calendar,
}

impl Vocabulary {
    /// The built-in vocabulary (parsed once).
    pub fn builtin() -> Result<&'static Vocabulary, String> {
        static BUILTIN: OnceLock<Result<Vocabulary, String>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                // Parsing the built-in lists and indexing them is most of what a short import
                // does: the gazetteer (with its Russian case forms) is built on a thread of
                // its own while this one builds the lexicon, and both are indexed before use.
                let gazetteer = || {
                    let gazetteer = Gazetteer::builtin()?;
                    gazetteer.prepare();
                    Ok::<_, String>(gazetteer)
                };
                let (lexicon, gazetteer) = std::thread::scope(|scope| {
                    let other = std::thread::Builder::new().spawn_scoped(scope, gazetteer);
                    let lexicon = Lexicon::builtin().inspect(Lexicon::prepare);
                    let gazetteer = match other {
                        Ok(handle) => handle
                            .join()
                            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                        // No thread to be had: build it here.
                        Err(_) => gazetteer(),
                    };
                    (lexicon, gazetteer)
                });
                Ok(Vocabulary {
                    lexicon: lexicon?,
                    gazetteer: gazetteer?,
                    calendar: Calendar::builtin()?,
                })
            })
            .as_ref()
            .map_err(|e| e.clone())
    }

    /// The built-in vocabulary extended by the files in `dirs`.
    pub fn with_dirs(dirs: &[PathBuf]) -> Result<Vocabulary, String> {
        let mut v = Vocabulary::builtin()?.clone();
        for dir in dirs {
            if !dir.is_dir() {
                return Err(format!(
                    "vocabulary folder {} does not exist",
                    dir.display()
                ));
            }
            let n = v.lexicon.extend_from_dir(dir)? + v.gazetteer.extend_from_dir(dir)?;
            let cal = [
                dir.join("calendar.tsv"),
                dir.join("lexicon").join("calendar.tsv"),
            ];
            let mut m = 0;
            for c in cal.iter().filter(|c| c.is_file()) {
                let text = std::fs::read_to_string(c)
                    .map_err(|e| format!("cannot read {}: {e}", c.display()))?;
                v.calendar.add(&text, &c.display().to_string())?;
                m += 1;
            }
            if n + m == 0 {
                return Err(format!(
                    "vocabulary folder {} has none of events.tsv, cues.tsv, casualties.tsv, quantities.tsv, furniture.tsv, calendar.tsv, actors.tsv, places.tsv",
                    dir.display()
                ));
            }
        }
        Ok(v)
    }
}

/// Read one report text (with optional front matter) into incidents: the pipeline of the
/// stages (see the module documentation).
pub fn ingest_report(
    path: &str,
    raw: &str,
    options: &IngestOptions,
) -> Result<Extraction, IngestError> {
    ingest_text(path, raw.to_string(), options)
}

/// [`ingest_report`] of a text the caller hands over: it becomes the report's stored text
/// without a copy (a long report is not held twice).
pub fn ingest_text(
    path: &str,
    mut raw: String,
    options: &IngestOptions,
) -> Result<Extraction, IngestError> {
    let (mut x, text) = read_report(path, &raw, options)?;
    raw.truncate(text.end);
    raw.drain(..text.start);
    x.report.text = raw;
    Ok(x)
}

/// The pipeline: the extraction, with the report's text left empty, and where that text
/// lies in `raw` (after the front matter).
fn read_report(
    path: &str,
    raw: &str,
    options: &IngestOptions,
) -> Result<(Extraction, std::ops::Range<usize>), IngestError> {
    let vocab = vocabulary(path, options)?;
    let gaz = &vocab.gazetteer;
    let mut page_notes: Vec<String> = Vec::new();
    let page = layout::read(raw, options, &vocab, &mut page_notes).map_err(|message| {
        IngestError::Refused {
            path: path.to_string(),
            message,
        }
    })?;
    let mut notes: Vec<Note> = page_notes.into_iter().map(Note::from).collect();
    // The expressions are dropped once the sentences hold what they need of them: a long
    // text has many.
    let analysed = read_sentences(&page, &vocab, &time::expressions::of_report(&page));
    if std::env::var_os("TARIKH_INGEST_DEBUG").is_some() {
        mentions::debug_print(page.text, &analysed);
    }
    let gathered = incidents::gather(&analysed, gaz, page.published);
    let title_of = |d: &incidents::Draft| incidents::record::title(d, gaz);
    let dated = time::story::date_incidents(&analysed, &gathered, page.published, &title_of);
    let report = report_record(path, options, &page);
    if report.source.is_empty() {
        notes.push(Note::from(format!(
            "no source named (no byline, no agency in the dateline, no URL, no front matter): its incidents are credited to its headline '{}'; name the source with --source, or in a manifest's source column",
            report.title
        )));
    }
    // The analyses are dropped before the evidence is written out: of a long text, both are
    // large.
    let sentences: Vec<incidents::record::Span> =
        analysed.iter().map(|s| (s.start, s.end)).collect();
    drop(analysed);
    let incidents = incidents::record::records(
        gathered.drafts.into_iter().zip(dated),
        &sentences,
        page.text,
        &report,
        gaz,
        &mut notes,
    );
    let (actors, places) = name_entries(&incidents, gaz);
    // The text is a part of `raw` (the front matter cut off its head).
    let start = page.text.as_ptr() as usize - raw.as_ptr() as usize;
    let x = Extraction {
        report,
        incidents,
        notes,
        actors,
        places,
    };
    Ok((x, start..start + page.text.len()))
}

/// The vocabulary to read with: the built-in one, extended by the folders given.
fn vocabulary(
    path: &str,
    options: &IngestOptions,
) -> Result<Cow<'static, Vocabulary>, IngestError> {
    let vocab = if options.vocabulary_dirs.is_empty() {
        Vocabulary::builtin().map(Cow::Borrowed)
    } else {
        Vocabulary::with_dirs(&options.vocabulary_dirs).map(Cow::Owned)
    };
    vocab.map_err(|message| IngestError::Vocabulary {
        path: path.to_string(),
        message,
    })
}

/// The sentences of a laid-out report, each analysed with the expressions inside it.
fn read_sentences(
    page: &layout::Page,
    vocab: &Vocabulary,
    exprs: &[tagger::TemporalExpr],
) -> Vec<mentions::SentenceAnalysis> {
    let ctx = mentions::Ctx {
        text: page.text,
        lex: &vocab.lexicon,
        gaz: &vocab.gazetteer,
        lang: page.lang_tag,
        published: page.published,
        skip: page.skip,
    };
    let split = sentences::split(page.text, &page.layout);
    let mut analysed: Vec<mentions::SentenceAnalysis> =
        time::sections::join_run_in_heads(page, split)
            .iter()
            .enumerate()
            .map(|(i, s)| mentions::analyze(&ctx, i, s, &time::expressions::in_sentence(exprs, s)))
            .collect();
    time::sections::date_undated(
        &mut analysed,
        &time::sections::headed_days(page),
        &vocab.calendar,
        page.published,
    );
    roles::sides::from_story(&mut analysed);
    analysed
}

/// The report record: its text and content hash, and its title, source and URL from the
/// options, else the front matter, else the headline, the file name and the URL's host.
fn report_record(path: &str, options: &IngestOptions, page: &layout::Page) -> Report {
    let (fm, text) = (&page.front, page.text);
    let title = options
        .title
        .clone()
        .or(fm.title.clone())
        .or_else(|| page.layout.title_text(text).map(str::to_string))
        .unwrap_or_else(|| file_stem(path));
    let url = options.url.clone().or(fm.url.clone());
    let source = options
        .source
        .clone()
        .or(fm.source.clone())
        .or_else(|| url.as_deref().and_then(host))
        .unwrap_or_default();
    Report {
        hash: hex(&Sha256::digest(text.as_bytes())),
        title,
        source,
        url,
        language: page.lang.as_str().to_string(),
        published: page.published,
        // Filled by [`ingest_text`], which owns the text.
        text: String::new(),
        path: Some(path.to_string()),
    }
}

/// The gazetteer entries of the actors and places the incidents name, with all their
/// spellings.
fn name_entries(incidents: &[Incident], gaz: &Gazetteer) -> (Vec<NameEntry>, Vec<NameEntry>) {
    let mut actor_names: Vec<&str> = incidents
        .iter()
        .flat_map(|i| i.actors.iter().map(String::as_str))
        .collect();
    actor_names.sort_unstable();
    actor_names.dedup();
    let mut place_names: Vec<&str> = incidents
        .iter()
        .filter_map(|i| i.place.as_deref())
        .collect();
    place_names.sort_unstable();
    place_names.dedup();
    gaz.entries(&actor_names, &place_names)
}

/// Bytes as lowercase hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    s
}

fn file_stem(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| path.to_string())
}

fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest
        .split(['/', '?', '#'])
        .next()?
        .trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_string())
}

/// What the stages' unit tests share.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;

    /// Lay out a short report (its front matter gives the publication day) and analyse its
    /// sentences, as [`ingest_report`] does.
    pub fn analyse(raw: &str) -> Vec<mentions::SentenceAnalysis> {
        let vocab = Vocabulary::builtin().expect("vocabulary");
        let page =
            layout::read(raw, &IngestOptions::default(), vocab, &mut Vec::new()).expect("laid out");
        read_sentences(&page, vocab, &time::expressions::of_report(&page))
    }

    /// A short report in `lang` published on 2021-05-01 (Saturday), one paragraph per item.
    fn report(lang: &str, paragraphs: &[&str]) -> String {
        format!(
            "---\npublished: 2021-05-01\nlanguage: {lang}\n---\n{}\n",
            paragraphs.join("\n\n")
        )
    }

    /// A short English report (see [`report`]).
    pub fn english(paragraphs: &[&str]) -> String {
        report("en", paragraphs)
    }

    /// A short Arabic report (see [`report`]).
    pub fn arabic(paragraphs: &[&str]) -> String {
        report("ar", paragraphs)
    }

    /// A short Russian report (see [`report`]).
    pub fn russian(paragraphs: &[&str]) -> String {
        report("ru", paragraphs)
    }

    /// The paragraphs of [`english`] (of [`arabic`] or Russian when they are in Arabic or
    /// Cyrillic script) gathered into incidents.
    pub fn gathered(paragraphs: &[&str]) -> (Vec<mentions::SentenceAnalysis>, incidents::Gathered) {
        let in_script = |range: std::ops::RangeInclusive<char>| {
            paragraphs
                .iter()
                .any(|p| p.chars().any(|c| range.contains(&c)))
        };
        let raw = if in_script('\u{0600}'..='\u{06FF}') {
            arabic(paragraphs)
        } else if in_script('\u{0400}'..='\u{04FF}') {
            russian(paragraphs)
        } else {
            english(paragraphs)
        };
        let analysed = analyse(&raw);
        let vocab = Vocabulary::builtin().expect("vocabulary");
        let published = chrono::NaiveDate::from_ymd_opt(2021, 5, 1).expect("day");
        let g = incidents::gather(&analysed, &vocab.gazetteer, published);
        (analysed, g)
    }

    #[test]
    fn hex_is_lowercase_two_digits_a_byte() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(hex(&[]), "");
    }
}
