//! The report ingester: a news report in, dated and sourced incidents out. Pure: it hands plain
//! values to the caller, which stores them.
//!
//! The steps, each in its own module: the layout of the report, with its front matter, language,
//! page furniture, headline and dateline lines, and the publication day from flag, front matter
//! or dateline, settled by the text's own clues ([`layout`]); sentences ([`sentences`]); event mentions with their dates, relations, status, casualties,
//! actors and places ([`mentions`], [`status`], [`numbers`], vocabulary in [`lexicon`] and
//! [`gazetteer`]); one incident from many mentions, with dates or honest bounds ([`merge`]).
//!
//! Setting `TARIKH_INGEST_DEBUG` in the environment prints each sentence's mentions to stderr
//! (type, date, relations, status), for working on the vocabulary.

pub mod gazetteer;
pub mod layout;
pub mod lexicon;
pub mod mentions;
pub mod merge;
pub mod numbers;
pub mod roles;
pub mod sentences;
pub mod status;
pub mod text;
pub mod time;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::model::{EventType, Evidence, Incident, NameEntry, Report};
use crate::tagger::Lang;

use gazetteer::{ActorKind, Gazetteer};
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
}

/// The result of reading one report.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub report: Report,
    /// Incidents in story order (`seq` set), each with its evidence.
    pub incidents: Vec<Incident>,
    /// What was inferred and why ("publication date 2021-05-10: dateline 05/10, 'مايو الجاري' ..."),
    /// for the user to read.
    pub notes: Vec<String>,
    /// The gazetteer entries of the actors and places the incidents name, with all their
    /// spellings, so that a timeline filter finds them under any of them.
    pub actors: Vec<NameEntry>,
    pub places: Vec<NameEntry>,
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
                Ok(Vocabulary {
                    lexicon: Lexicon::builtin()?,
                    gazetteer: Gazetteer::builtin()?,
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

/// Read one report text (with optional front matter) into incidents.
pub fn ingest_report(
    path: &str,
    raw: &str,
    options: &IngestOptions,
) -> Result<Extraction, IngestError> {
    let refuse = |message: String| IngestError::Refused {
        path: path.to_string(),
        message,
    };
    let owned;
    let vocab: &Vocabulary = if options.vocabulary_dirs.is_empty() {
        Vocabulary::builtin().map_err(|message| IngestError::Vocabulary {
            path: path.to_string(),
            message,
        })?
    } else {
        owned = Vocabulary::with_dirs(&options.vocabulary_dirs).map_err(|message| {
            IngestError::Vocabulary {
                path: path.to_string(),
                message,
            }
        })?;
        &owned
    };
    let mut notes: Vec<String> = Vec::new();

    let page = layout::read(raw, options, vocab, &mut notes).map_err(refuse)?;
    let (fm, text, layout, lang, lang_tag, published) = (
        &page.front,
        page.text,
        &page.layout,
        page.lang,
        page.lang_tag,
        page.published,
    );

    let exprs = time::expressions::of_report(&page);
    let sentences = sentences::split(text, layout);
    let ctx = mentions::Ctx {
        text,
        lex: &vocab.lexicon,
        gaz: &vocab.gazetteer,
        lang: lang_tag,
        published,
        skip: page.skip,
    };
    let analysed: Vec<mentions::SentenceAnalysis> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| mentions::analyze(&ctx, i, s, &time::expressions::in_sentence(&exprs, s)))
        .collect();
    if std::env::var_os("TARIKH_INGEST_DEBUG").is_some() {
        mentions::debug_print(text, &analysed);
    }
    // Incidents.
    let gaz = &vocab.gazetteer;
    let title_of = |d: &merge::Draft| {
        incident_title(d.event_type, &d.concept, &d.actors, d.place.as_deref(), gaz)
    };
    let resolved = merge::build(&analysed, published, gaz, &title_of);

    // The report.
    let hash = hex(&Sha256::digest(text.as_bytes()));
    let title = options
        .title
        .clone()
        .or(fm.title.clone())
        .or_else(|| layout.title_text(text).map(str::to_string))
        .unwrap_or_else(|| file_stem(path));
    let url = options.url.clone().or(fm.url.clone());
    let source = options
        .source
        .clone()
        .or(fm.source.clone())
        .or_else(|| url.as_deref().and_then(host))
        .unwrap_or_default();
    let report = Report {
        hash: hash.clone(),
        title: title.clone(),
        source: source.clone(),
        url,
        language: lang.as_str().to_string(),
        published,
        text: text.to_string(),
        path: Some(path.to_string()),
    };

    let chars = text::CharIndex::new(text);
    let mut ordered: Vec<merge::Resolved> = resolved
        .into_iter()
        .filter(|r| !r.draft.evidence.is_empty())
        .collect();
    ordered.sort_by_key(|r| r.draft.first);
    let mut incidents = Vec::new();
    for (k, r) in ordered.into_iter().enumerate() {
        let seq = (k + 1) as i64;
        let d = &r.draft;
        let mut inc = Incident::new(r.date, d.event_type, title_of(d));
        inc.uid = hex(&Sha256::digest(format!("{hash}:{seq}").as_bytes()))[..16].to_string();
        inc.status = d.status;
        inc.seq = seq;
        inc.actors = d.actors.clone();
        if let Some(p) = d.place.as_deref().and_then(|p| gaz.place_by_name(p)) {
            inc.place = Some(p.name.clone());
            inc.country = p.country.clone();
            inc.latitude = p.latitude;
            inc.longitude = p.longitude;
        } else if d.countries.len() == 1 {
            inc.country = d.countries.first().cloned();
        }
        inc.fatalities = merge::combine_fatalities(&merge::standing(d));
        inc.sources = vec![if source.is_empty() {
            title.clone()
        } else {
            source.clone()
        }];
        inc.evidence = d
            .evidence
            .iter()
            .filter_map(|&si| analysed.get(si))
            .map(|s| Evidence {
                sentence: text[s.start..s.end].to_string(),
                report: Some(hash.clone()),
                char_start: Some(chars.char_of(s.start)),
                char_end: Some(chars.char_of(s.end)),
            })
            .collect();
        let main = d
            .summary
            .filter(|s| d.evidence.contains(s))
            .or(d.evidence.first().copied());
        inc.summary = main
            .and_then(|si| analysed.get(si))
            .map(|s| text[s.start..s.end].to_string())
            .unwrap_or_default();
        inc.disputed = r.disputed.join("; ");
        if let Some(why) = &r.bounds_note {
            notes.push(format!(
                "incident {seq} '{}': no date in the text; {} ({})",
                inc.title,
                r.date.to_edtf(),
                why
            ));
        }
        if !inc.disputed.is_empty() {
            notes.push(format!(
                "incident {seq} '{}' is disputed: {}",
                inc.title, inc.disputed
            ));
        }
        if inc.status != crate::model::Status::Occurred && !d.status_why.is_empty() {
            notes.push(format!(
                "incident {seq} '{}' is {}: {}",
                inc.title, inc.status, d.status_why
            ));
        }
        incidents.push(inc);
    }
    if incidents.is_empty() {
        notes.push(
            "no incidents found: no sentence names an event tarikh's vocabulary knows".into(),
        );
    }
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
    let (actors, places) = vocab.gazetteer.entries(&actor_names, &place_names);
    Ok(Extraction {
        report,
        incidents,
        notes,
        actors,
        places,
    })
}

/// "Armed clash (gunfire): Kyrgyzstan – Tajikistan, Batken Region".
pub fn incident_title(
    t: EventType,
    concept: &str,
    actors: &[String],
    place: Option<&str>,
    gaz: &Gazetteer,
) -> String {
    let label = type_label(t);
    let mut out = label.clone();
    if !concept.is_empty()
        && !concept.eq_ignore_ascii_case(&label)
        && concept != t.as_str().replace('_', " ")
    {
        out.push_str(&format!(" ({concept})"));
    }
    let kind_rank = |name: &String| {
        gaz.actors
            .iter()
            .find(|a| &a.name == name)
            .map_or(3, |a| match a.kind {
                ActorKind::Person => 0,
                ActorKind::Country => 1,
                ActorKind::Force => 2,
                _ => 3,
            })
    };
    let persons: Vec<&String> = actors.iter().filter(|a| kind_rank(a) == 0).collect();
    let shown: Vec<&String> = if persons.len() >= 2 {
        persons.into_iter().take(3).collect()
    } else {
        let mut v: Vec<&String> = actors.iter().filter(|a| kind_rank(a) <= 1).collect();
        v.sort_by_key(|a| kind_rank(a));
        if v.is_empty() {
            v = actors.iter().collect();
        }
        v.into_iter().take(3).collect()
    };
    if !shown.is_empty() {
        out.push_str(": ");
        out.push_str(
            &shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(" – "),
        );
    }
    if let Some(p) = place {
        out.push_str(if shown.is_empty() { ": " } else { ", " });
        out.push_str(p);
    }
    out
}

fn type_label(t: EventType) -> String {
    let words = t.as_str().replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => words,
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
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
        let exprs = time::expressions::of_report(&page);
        let ctx = mentions::Ctx {
            text: page.text,
            lex: &vocab.lexicon,
            gaz: &vocab.gazetteer,
            lang: page.lang_tag,
            published: page.published,
            skip: page.skip,
        };
        sentences::split(page.text, &page.layout)
            .iter()
            .enumerate()
            .map(|(i, s)| mentions::analyze(&ctx, i, s, &time::expressions::in_sentence(&exprs, s)))
            .collect()
    }
}
