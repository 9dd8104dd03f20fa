//! `tarikh import`: reports and structured files in, incidents stored, all or nothing.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use chrono::NaiveDate;
use tarikh::export::IncidentWriter;
use tarikh::export::table::TableWriter;
use tarikh::import::{self as imports, InputKind};
use tarikh::ingest::{self, Extraction, IngestOptions};
use tarikh::model::Incident;
use tarikh::store::{LoadStats, StoreError};
use tarikh::tagger::Lang;

use super::counted;

/// Import news reports (.txt, .md) and structured files (tarikh CSV, JSON Lines, tarikh XLSX,
/// ACLED and UCDP GED CSV exports), or folders of them. Each report's incidents are dated against
/// its publication day and stored with the sentences they came from. A tarikh XLSX export edited
/// in a spreadsheet comes back as edits: each row whose uid is stored changes that incident, kept
/// in its history. The whole command is one transaction: if any file is bad, nothing is stored.
/// Importing the same report or rows again stores nothing new.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tarikh import data/reports/
  tarikh import report.txt --published 2021-05-10 --source 'Al-Masry Al-Youm'
  tarikh import report.txt --dry-run          show what would be stored
  tarikh import incidents.csv more.jsonl
  tarikh import acled_export.csv ged_events.csv
  tarikh import edited.xlsx                   an export edited in Excel: its changes as edits
  tarikh import --manifest archive/manifest.csv --keep-going

A report may start with front matter between '---' lines:
  ---
  title: Border clashes resume
  source: Example News
  url: https://example.org/a
  published: 2021-05-10
  language: en
  ---
Flags override it. Without a publication date, tarikh reads the report's dateline and settles a
missing year only from evidence in the text; otherwise it asks for --published.

An XLSX file is read as tarikh's export (`tarikh export -o FILE.xlsx`): its first sheet, by its
header row. A row whose uid is stored edits that incident in the fields `tarikh edit` changes
(date, event_type, status, title, summary, actors, place, country, latitude, longitude, the
fatalities columns, sources); `tarikh show ID` lists each change with the file, sheet and row.
A row that changes nothing writes nothing. Other rows are new incidents, as in tarikh CSV. Days
may be date cells or text; other dates are EDTF text in the date column. One bad cell refuses
the whole file, naming its sheet, row and column.")]
pub struct Args {
    #[command(flatten)]
    pub database: super::Database,
    /// Files or folders to import.
    #[arg(required_unless_present = "manifest", value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// A CSV listing reports with what their files do not say: columns path (required),
    /// published, source, url, lang, title; paths relative to the manifest. A non-empty cell
    /// overrides the report's front matter and the flags below.
    #[arg(long, value_name = "FILE.csv")]
    pub manifest: Option<PathBuf>,
    /// Publication day of the report(s), YYYY-MM-DD: the day relative dates are resolved against.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<NaiveDate>,
    /// Language of the report(s): ar, en or ru (default: decided from the text).
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// The publication the report(s) come from.
    #[arg(long)]
    pub source: Option<String>,
    /// Where the report was published.
    #[arg(long)]
    pub url: Option<String>,
    /// The report's title.
    #[arg(long)]
    pub title: Option<String>,
    /// Extra vocabulary folder (lexicon and gazetteer files) extending the built-in one.
    #[arg(long = "vocabulary", value_name = "DIR")]
    pub vocabulary: Vec<PathBuf>,
    /// Replace a stored report: the same text (for example with a corrected --published), or a
    /// corrected text at the same --url. Its incidents are read again and merged anew; merges
    /// and splits by hand hold.
    #[arg(long)]
    pub replace: bool,
    /// Read and show what would be stored, without storing anything.
    #[arg(long)]
    pub dry_run: bool,
    /// Threads that read reports (default: one per core). The result is the same whatever the
    /// number: ids, incidents and merges.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Store every good file and list the refused ones, each with its reason, at the end
    /// (exit code 3 when any was refused). Without it, one bad file refuses the whole import.
    #[arg(long)]
    pub keep_going: bool,
    /// The day taken as today (default: the machine's date). A dateline without its year is
    /// never read as a later day; the day is never taken from it.
    #[arg(long, value_name = "YYYY-MM-DD", env = "TARIKH_TODAY", hide = true)]
    pub today: Option<NaiveDate>,
}

pub fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s)
        .ok_or_else(|| format!("unsupported language '{s}' (tarikh reads ar, en and ru)"))
}

/// One input, read and checked, ready to store.
enum Input {
    Report(Box<Extraction>),
    Data(PathBuf, InputKind),
    /// A workbook, read and checked cell by cell: rows that edit stored incidents or add new ones.
    Sheet(Box<imports::xlsx::Sheet>),
}

impl Input {
    /// How messages name it: its path, else its title.
    fn name(&self) -> String {
        match self {
            Input::Report(x) => x
                .report
                .path
                .clone()
                .unwrap_or_else(|| x.report.title.clone()),
            Input::Data(path, _) => path.display().to_string(),
            Input::Sheet(sheet) => sheet.path().display().to_string(),
        }
    }
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<()> {
    let listed = match &args.manifest {
        Some(m) => imports::manifest::read_manifest(m)?,
        None => Vec::new(),
    };
    let mut files: Vec<PathBuf> = listed.iter().map(|e| e.path.clone()).collect();
    files.extend(imports::expand_paths(&args.paths)?);
    anyhow::ensure!(
        !files.is_empty(),
        "no reports (.txt, .md) or data files (.csv, .jsonl, .json, .xlsx) found in {}",
        args.paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let options = IngestOptions {
        published: args.published,
        lang: args.lang,
        source: args.source.clone(),
        url: args.url.clone(),
        title: args.title.clone(),
        vocabulary_dirs: args.vocabulary.clone(),
        today: args.today,
    };
    // A manifest's row overrides the flags for its file.
    let per_file: Vec<IngestOptions> = (0..files.len())
        .map(|k| match listed.get(k) {
            Some(entry) => IngestOptions {
                published: entry.published.or(options.published),
                lang: entry.lang.or(options.lang),
                source: entry.source.clone().or_else(|| options.source.clone()),
                url: entry.url.clone().or_else(|| options.url.clone()),
                title: entry.title.clone().or_else(|| options.title.clone()),
                ..options.clone()
            },
            None => options.clone(),
        })
        .collect();
    // A file named twice, or reached through its folder too, is read once (its first time).
    let mut seen = std::collections::HashSet::new();
    let (files, per_file): (Vec<PathBuf>, Vec<IngestOptions>) = files
        .into_iter()
        .zip(per_file)
        .filter(|(f, _)| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())))
        .unzip();
    // Reports are read on `--jobs` threads while one writer stores them in file order, in
    // one transaction: what is stored, and in which order, does not depend on the threads, and
    // a bad file (without --keep-going) rolls back everything stored before it.
    let jobs = args
        .jobs
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, files.len());
    let bar = progress(files.len());
    let say = |line: &str| match &bar {
        Some(bar) => bar.suspend(|| note!("{line}")),
        None => note!("{line}"),
    };
    let mut refused: Vec<(String, anyhow::Error)> = Vec::new();
    // A report's notes on anything but its incidents are said as it is read; notes on
    // incidents wait for the ids they are stored under (a dry run has none: its notes name
    // them by their place in the report).
    let take = |path: &Path,
                result: anyhow::Result<Input>,
                refused: &mut Vec<(String, anyhow::Error)>|
     -> anyhow::Result<Option<Input>> {
        match result {
            Ok(input) => {
                if let Input::Report(x) = &input {
                    for note in x
                        .notes
                        .iter()
                        .filter(|n| args.dry_run || n.incident().is_none())
                    {
                        say(&format!("{}: {note}", path.display()));
                    }
                }
                Ok(Some(input))
            }
            Err(e) if args.keep_going => {
                refused.push((path.display().to_string(), e));
                Ok(None)
            }
            Err(e) => Err(e),
        }
    };

    if args.dry_run {
        let mut inputs = Vec::new();
        read_in_order(&files, &per_file, jobs, bar.as_ref(), |k, result| {
            inputs.extend(take(&files[k], result, &mut refused)?);
            Ok(())
        })?;
        if let Some(bar) = &bar {
            bar.finish_and_clear();
        }
        dry_run(&inputs, args.keep_going, &mut refused)?;
        return refusals(&refused, files.len(), true);
    }

    // A database this command creates is removed again if nothing could be stored in it.
    let created = !db.exists();
    let mut store = super::open_store(db)?;
    // Text reports only: their savepoints' undo records are small (see the method).
    if files
        .iter()
        .all(|f| imports::detect(f).map_or(true, |kind| kind == InputKind::Report))
    {
        store.keep_undo_in_memory()?;
    }
    // The table at the end lists the incidents the reports stored tell (the rows of data
    // files are not listed: a dataset may bring a million).
    let mut told_by: Vec<String> = Vec::new();
    // The gazetteer says which place lies inside which when reports are merged. Data files
    // need none: a command that reads no report never loads it.
    let mut vocabulary: Option<std::borrow::Cow<'static, ingest::Vocabulary>> = None;
    let stored = store.transaction(|batch| -> anyhow::Result<Vec<String>> {
        // What is said of each input stored, in input order. A report's lines are written once
        // every report is grouped: a later one may move its readings to another incident.
        let mut lines: Vec<Vec<String>> = Vec::new();
        let mut reports: Vec<StoredReport> = Vec::new();
        read_in_order(&files, &per_file, jobs, bar.as_ref(), |k, result| {
            let Some(input) = take(&files[k], result, &mut refused)? else {
                return Ok(());
            };
            if matches!(input, Input::Report(_)) && vocabulary.is_none() {
                vocabulary = Some(if args.vocabulary.is_empty() {
                    std::borrow::Cow::Borrowed(
                        ingest::Vocabulary::builtin().map_err(anyhow::Error::msg)?,
                    )
                } else {
                    std::borrow::Cow::Owned(
                        ingest::Vocabulary::with_dirs(&args.vocabulary)
                            .map_err(anyhow::Error::msg)?,
                    )
                });
            }
            let names = vocabulary.as_ref().map(|v| &v.gazetteer);
            let name = input.name();
            // Reports are grouped a batch at a time (see `Batch::stage_report`). Rows of data
            // files are never merged with them; a workbook's edits and a report read again
            // (--replace) work on stored incidents, so the reports before them are grouped
            // first.
            let stored = match input {
                Input::Report(x) => {
                    let replacing = if args.replace {
                        settle(batch, names)?;
                        batch.report_to_replace(&x.report)?
                    } else {
                        None
                    };
                    let store = |b: &mut tarikh::store::Batch<'_>| -> anyhow::Result<_> {
                        Ok(match replacing {
                            Some(id) => {
                                let names = names.context("no vocabulary for a report")?;
                                b.replace_report(
                                    id,
                                    &x.report,
                                    &x.incidents,
                                    &x.actors,
                                    &x.places,
                                    names,
                                )?;
                                Some(id)
                            }
                            None => {
                                b.stage_report(&x.report, &x.incidents, &x.actors, &x.places)?
                            }
                        })
                    };
                    let stored = if args.keep_going {
                        batch.attempt(store)
                    } else {
                        store(batch)
                    };
                    match stored {
                        Ok(Some(report_id)) => {
                            // A file of this import that this one replaces (the same URL) tells
                            // nothing any more: its readings are gone.
                            reports.retain(|earlier| {
                                let gone = earlier.report_id == report_id;
                                if gone {
                                    lines[earlier.slot] = vec![format!(
                                        "{}: replaced by {name} later in this import",
                                        earlier.name
                                    )];
                                }
                                !gone
                            });
                            reports.push(StoredReport {
                                slot: lines.len(),
                                name,
                                notes: x.notes,
                                hash: x.report.hash,
                                report_id,
                                replaced: replacing.is_some(),
                            });
                            lines.push(Vec::new());
                        }
                        Ok(None) => lines.push(vec![already_imported(&name)]),
                        Err(e) if args.keep_going => refused.push((name, e)),
                        Err(e) => return Err(e),
                    }
                    if batch.staged_readings() >= STAGED_READINGS {
                        settle(batch, names)?;
                    }
                    return Ok(());
                }
                Input::Data(path, kind) => {
                    let load = |b: &mut tarikh::store::Batch<'_>| load_data(b, &path, kind);
                    let stats = if args.keep_going {
                        batch.attempt(load)
                    } else {
                        load(batch)
                    };
                    stats.map(|stats| {
                        format!("{}: {}", path.display(), describe(&stats, ("row", "rows")))
                    })
                }
                Input::Sheet(sheet) => {
                    settle(batch, names)?;
                    let store = |b: &mut tarikh::store::Batch<'_>| {
                        imports::xlsx::store(b, &sheet).map_err(anyhow::Error::from)
                    };
                    let done = if args.keep_going {
                        batch.attempt(store)
                    } else {
                        store(batch)
                    };
                    done.map(|done| describe_sheet(&sheet, &done))
                }
            };
            match stored {
                Ok(line) => lines.push(vec![line]),
                Err(e) if args.keep_going => refused.push((name, e)),
                Err(e) => return Err(e),
            }
            Ok(())
        })?;
        settle(batch, vocabulary.as_ref().map(|v| &v.gazetteer))?;
        // Each report's notes and line, with the incidents its readings belong to now.
        for report in reports {
            let figures = batch.report_figures(report.report_id)?;
            let slot = &mut lines[report.slot];
            slot.extend(incident_notes(&report.name, &report.notes, &figures.ids));
            slot.push(if report.replaced {
                format!(
                    "{}: replaces stored report {}; {} read",
                    report.name,
                    report.report_id,
                    counted(figures.ids.len(), "incident", "incidents")
                )
            } else {
                format!(
                    "{}: {}",
                    report.name,
                    describe(&figures, ("incident", "incidents"))
                )
            });
            if !figures.ids.is_empty() {
                told_by.push(report.hash);
            }
        }
        Ok(lines.into_iter().flatten().collect())
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let outcomes = match stored {
        Ok(lines) => lines,
        Err(e) => {
            if created {
                drop(store);
                remove_database(db);
            }
            return Err(e);
        }
    };
    for line in outcomes {
        note!("{line}");
    }
    let mut shown = store.incidents_told_by(&told_by)?;
    if !shown.is_empty() {
        // Reports that tell the same incident name it once.
        shown.sort_unstable();
        shown.dedup();
        // One walk over the stored incidents in the order of `tarikh timeline`, not one read
        // of each with its evidence.
        let mut stored: Vec<Incident> = Vec::with_capacity(shown.len());
        let only = tarikh::store::Filter {
            ids: Some(shown),
            ..Default::default()
        };
        store.for_each(&only, |incident| -> anyhow::Result<()> {
            stored.push(incident);
            Ok(())
        })?;
        print_table(&stored)?;
    }
    refusals(&refused, files.len(), false)
}

/// A report this import stored or read again, with what its lines will say.
struct StoredReport {
    /// The place of its lines among the inputs'.
    slot: usize,
    name: String,
    notes: Vec<ingest::Note>,
    hash: String,
    report_id: i64,
    /// Read again with --replace.
    replaced: bool,
}

/// What is said of a report whose text is already stored.
fn already_imported(name: &str) -> String {
    format!(
        "{name}: already imported (same text); nothing new stored (--replace reads it again, for example with a corrected --published)"
    )
}

/// Group the readings of the reports staged so far.
fn settle(
    batch: &mut tarikh::store::Batch<'_>,
    names: Option<&tarikh::ingest::gazetteer::Gazetteer>,
) -> anyhow::Result<()> {
    // Without the vocabulary no report was read, so none is staged.
    if let Some(names) = names {
        batch.settle_staged(names)?;
    }
    Ok(())
}

/// How many readings of staged reports are grouped at once: enough that a story told by many
/// reports is grouped a few times rather than once per report, few enough that the pool of
/// readings grouped together (and the pairs weighed in it) stays small.
const STAGED_READINGS: usize = 256;

/// How many files a reader thread may read ahead of the writer: enough to keep the threads
/// busy, few enough that an archive of thousands of reports is never held in memory at once.
const READ_AHEAD: usize = 64;

/// Read every file on `jobs` threads and hand each result to `consume` in the order of the
/// files, as soon as it and every file before it are read, so that storing overlaps reading.
/// The first error `consume` returns stops the reading and is returned.
fn read_in_order<F>(
    files: &[PathBuf],
    options: &[IngestOptions],
    jobs: usize,
    bar: Option<&indicatif::ProgressBar>,
    mut consume: F,
) -> anyhow::Result<()>
where
    F: FnMut(usize, anyhow::Result<Input>) -> anyhow::Result<()>,
{
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Condvar, Mutex, mpsc};
    let next = AtomicUsize::new(0);
    let incidents = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    // How many results the writer has taken, and a signal when it takes one.
    let taken = Mutex::new(0usize);
    let room = Condvar::new();
    let (sender, results) = mpsc::channel::<(usize, anyhow::Result<Input>)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let sender = sender.clone();
            let (next, incidents, stop, taken, room) = (&next, &incidents, &stop, &taken, &room);
            scope.spawn(move || {
                loop {
                    let k = next.fetch_add(1, Ordering::Relaxed);
                    let (Some(path), Some(options)) = (files.get(k), options.get(k)) else {
                        break;
                    };
                    let mut done = taken.lock().unwrap_or_else(|e| e.into_inner());
                    while k >= *done + READ_AHEAD && !stop.load(Ordering::Relaxed) {
                        done = room.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                    drop(done);
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let result = read_input(path, options);
                    if let Some(bar) = bar {
                        if let Ok(Input::Report(x)) = &result {
                            let n = incidents.fetch_add(x.incidents.len(), Ordering::Relaxed)
                                + x.incidents.len();
                            bar.set_message(counted(n, "incident", "incidents"));
                        }
                        bar.inc(1);
                    }
                    if sender.send((k, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        // However the writer stops (an error, or a panic unwinding through here), the readers
        // waiting for room must wake and stop, or the scope would wait for them forever.
        let _wake = StopOnDrop {
            stop: &stop,
            taken: &taken,
            room: &room,
        };
        let mut waiting: BTreeMap<usize, anyhow::Result<Input>> = BTreeMap::new();
        let mut wanted = 0;
        let mut outcome = Ok(());
        for (k, result) in results.iter() {
            waiting.insert(k, result);
            while let Some(result) = waiting.remove(&wanted) {
                if outcome.is_ok() {
                    outcome = consume(wanted, result);
                    if outcome.is_err() {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
                wanted += 1;
                *taken.lock().unwrap_or_else(|e| e.into_inner()) = wanted;
                room.notify_all();
            }
        }
        if outcome.is_ok() && wanted < files.len() {
            outcome = Err(anyhow::anyhow!(
                "{}: not read (a reading thread stopped)",
                files[wanted].display()
            ));
        }
        outcome
    })
}

/// Tells the reading threads of [`read_in_order`] to stop, when dropped.
struct StopOnDrop<'a> {
    stop: &'a std::sync::atomic::AtomicBool,
    taken: &'a std::sync::Mutex<usize>,
    room: &'a std::sync::Condvar,
}

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        // Under the lock, so that no reader checks the flag and then misses the wake-up.
        let _lock = self.taken.lock().unwrap_or_else(|e| e.into_inner());
        self.room.notify_all();
    }
}

/// The refused files of a `--keep-going` import (or its dry run), listed with their reasons:
/// an error (exit code 3) when there are any.
fn refusals(
    refused: &[(String, anyhow::Error)],
    files: usize,
    dry_run: bool,
) -> anyhow::Result<()> {
    if refused.is_empty() {
        return Ok(());
    }
    let others = match (refused.len() == files, dry_run) {
        (true, true) => "nothing would be stored",
        (true, false) => "nothing is stored",
        (false, true) => "the others would be stored",
        (false, false) => "the others are stored",
    };
    if refused.len() == files {
        note!("\n{} refused; {others}:", counted(files, "file", "files"));
    } else {
        note!(
            "\n{} of {} refused; {others}:",
            refused.len(),
            counted(files, "file", "files")
        );
    }
    for (name, e) in refused {
        let reason = format!("{e:#}");
        // Most reasons name their file already.
        if reason.starts_with(name.as_str()) {
            note!("  {reason}");
        } else {
            note!("  {name}: {reason}");
        }
    }
    Err(super::Refused {
        files: refused.len(),
        all: refused.len() == files,
        dry_run,
    }
    .into())
}

/// Remove a database this command created and could store nothing in, with its journal files.
fn remove_database(db: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut path = db.as_os_str().to_owned();
        path.push(suffix);
        let _ = std::fs::remove_file(path);
    }
}

/// A progress bar on standard error while the files are read, when standard error is a
/// terminal and there is more than one file; nothing when it is piped or redirected.
fn progress(files: usize) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if files < 2 || !io::stderr().is_terminal() {
        return None;
    }
    let style = indicatif::ProgressStyle::with_template(
        "{bar:30} {pos}/{len} files, {msg}, {per_sec}, {eta} left",
    )
    .ok()?;
    let bar = indicatif::ProgressBar::new(files as u64).with_style(style);
    bar.set_message("0 incidents");
    Some(bar)
}

/// Read one file: a report is read into incidents now (reading is pure, so a bad report is
/// found before the database is touched), and a workbook into rows; a data file is only checked
/// for its kind.
fn read_input(path: &Path, options: &IngestOptions) -> anyhow::Result<Input> {
    let kind = imports::detect(path)?;
    Ok(match kind {
        InputKind::Report => {
            let text = imports::read_text(path)?;
            let extraction = ingest::ingest_text(&path.display().to_string(), text, options)?;
            Input::Report(Box::new(extraction))
        }
        InputKind::Xlsx => Input::Sheet(Box::new(imports::xlsx::read(path)?)),
        _ => Input::Data(path.to_path_buf(), kind),
    })
}

/// A report's notes on its incidents, each named by the id it was stored under (`ids`, in
/// the order of the report's incidents; none when nothing was stored).
fn incident_notes(name: &str, notes: &[ingest::Note], ids: &[i64]) -> Vec<String> {
    notes
        .iter()
        .filter_map(|n| Some(format!("{name}: {}", n.with_id(*ids.get(n.incident()?)?))))
        .collect()
}

/// What storing a workbook did: a line for each incident edited, then the counts.
fn describe_sheet(sheet: &imports::xlsx::Sheet, done: &imports::xlsx::Stored) -> String {
    let name = sheet.path().display();
    let mut lines: Vec<String> = done
        .edited
        .iter()
        .map(|(id, fields)| format!("{name}: edited incident {id}: {}", fields.join(", ")))
        .collect();
    let mut counts = Vec::new();
    if !done.edited.is_empty() {
        counts.push(format!(
            "{} edited",
            counted(done.edited.len(), "incident", "incidents")
        ));
    }
    if done.added > 0 {
        counts.push(format!(
            "{} stored",
            counted(done.added, "new incident", "new incidents")
        ));
    }
    if done.unchanged > 0 {
        counts.push(format!(
            "{} unchanged",
            counted(done.unchanged, "row", "rows")
        ));
    }
    if counts.is_empty() {
        counts.push("no rows".into());
    }
    lines.push(format!(
        "{name}: sheet '{}': {}",
        sheet.name(),
        counts.join(", ")
    ));
    lines.join("\n")
}

fn load_data(
    batch: &mut tarikh::store::Batch<'_>,
    path: &Path,
    kind: InputKind,
) -> anyhow::Result<LoadStats> {
    let mut reader = imports::ReadAhead::new(path, imports::open_data(path, kind)?);
    let stats = batch.load(reader.by_ref().map(|r| r.map_err(StoreError::from)))?;
    for warning in reader.take_warnings() {
        note!("warning: {warning}");
    }
    Ok(stats)
}

fn describe(stats: &LoadStats, (one, many): (&str, &str)) -> String {
    let incidents = |n: u64| counted(n, "incident", "incidents");
    if stats.merged > 0 {
        let told = match stats.merged {
            1 => "told by a report already stored (its sources added)",
            _ => "told by reports already stored (their sources added)",
        };
        return match stats.added {
            0 if stats.merged == 1 => format!("{}, {told}", incidents(stats.merged)),
            0 => format!("{}, all {told}", incidents(stats.merged)),
            added => format!(
                "{} stored, {} {told}",
                counted(added, "new incident", "new incidents"),
                stats.merged
            ),
        };
    }
    match (stats.added, stats.skipped) {
        (0, 0) => format!("no {many}"),
        (added, 0) => format!("{} stored", counted(added, "new incident", "new incidents")),
        (0, 1) => format!("the one {one} already stored; nothing new"),
        (0, skipped) => format!("all {skipped} {many} already stored; nothing new"),
        (added, skipped) => format!(
            "{} stored, {} already stored",
            counted(added, "new incident", "new incidents"),
            counted(skipped, one, many)
        ),
    }
}

fn dry_run(
    inputs: &[Input],
    keep_going: bool,
    refused: &mut Vec<(String, anyhow::Error)>,
) -> anyhow::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    for input in inputs {
        match input {
            Input::Report(x) => {
                writeln!(
                    out,
                    "{} (published {}, {}): {} read (importing joins those other reports already tell; nothing stored: --dry-run)",
                    x.report.path.as_deref().unwrap_or(&x.report.title),
                    x.report.published,
                    x.report.language,
                    counted(x.incidents.len(), "incident", "incidents")
                )?;
                out.flush()?;
                let mut sorted = x.incidents.clone();
                sorted.sort_by_key(|i| (i.date.timeline_key(), i.seq));
                print_table(&sorted)?;
            }
            Input::Sheet(sheet) => {
                // Every cell was checked as it was read; each row must make an incident.
                let rows = match sheet.check() {
                    Ok(rows) => rows,
                    Err(e) if keep_going => {
                        refused.push((sheet.path().display().to_string(), e.into()));
                        continue;
                    }
                    Err(e) => return Err(e.into()),
                };
                writeln!(
                    out,
                    "{}: sheet '{}': {} read, all valid (nothing stored: --dry-run; which rows edit stored incidents is found when importing)",
                    sheet.path().display(),
                    sheet.name(),
                    counted(rows, "row", "rows")
                )?;
            }
            Input::Data(path, kind) => {
                // Read it through to check every row, storing nothing.
                let checked = imports::open_data(path, *kind).and_then(|mut reader| {
                    let rows = reader.by_ref().try_fold(0usize, |n, r| r.map(|_| n + 1))?;
                    Ok((rows, reader.take_warnings()))
                });
                let rows = match checked {
                    Ok((rows, warnings)) => {
                        for warning in warnings {
                            note!("warning: {warning}");
                        }
                        rows
                    }
                    Err(e) if keep_going => {
                        refused.push((path.display().to_string(), e.into()));
                        continue;
                    }
                    Err(e) => return Err(e.into()),
                };
                writeln!(
                    out,
                    "{}: {} read, all valid (nothing stored: --dry-run)",
                    path.display(),
                    counted(rows, "row", "rows")
                )?;
            }
        }
    }
    out.flush().context("writing to standard output")
}

fn print_table(incidents: &[Incident]) -> anyhow::Result<()> {
    let mut table =
        TableWriter::with_width(BufWriter::new(io::stdout().lock()), super::table_width());
    for incident in incidents {
        table.write(incident)?;
    }
    table.finish()?;
    Ok(())
}
