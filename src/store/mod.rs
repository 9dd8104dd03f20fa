//! The store: the one place that speaks SQL. Opens (and creates) the SQLite database, applies the
//! migrations in `migrations/`, and loads and reads incidents, reports, actors, places and history.

mod analyst;
mod candidates;
mod merging;
mod migrations;
mod query;

use std::path::Path;

use chrono::Utc;
use rusqlite::{Connection, OptionalExtension, ToSql, Transaction, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::date::DateError;
use crate::import::ImportError;
use crate::model::{Evidence, Incident, NameEntry, Report};
use crate::text::fold_key;

pub use migrations::SCHEMA_VERSION;
pub use query::{Filter, Order};

/// Separator of multi-valued cells (actors, sources, evidence) in exports and in the store.
pub const LIST_SEPARATOR: &str = "; ";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: database error: {error}")]
    Sqlite {
        path: String,
        error: rusqlite::Error,
    },
    #[error(
        "{path}: this database has schema version {found}, made by a newer tarikh (this one knows up to {supported}); upgrade tarikh to use it. The file was not changed."
    )]
    NewerSchema {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error(
        "{path}: not a tarikh database (it has tables but no tarikh schema version); pass another --db"
    )]
    Foreign { path: String },
    #[error(
        "{path}: no such database (commands that only read never create one: check --db or TARIKH_DB, or make it with `tarikh import` or `tarikh add`)"
    )]
    Missing { path: String },
    #[error(
        "{path}: this database has schema version {found}, from an older tarikh; commands that only read do not upgrade it: run a command that writes (`tarikh reprocess`, or an import) once, or open it with a tarikh of its version"
    )]
    OlderSchema { path: String, found: i64 },
    #[error(
        "{path}: cannot read this database without writing beside it: it is in WAL mode and SQLite must create {path}-shm, but its folder is read-only. Copy the file somewhere writable, or ask whoever can write it to run `sqlite3 {path} 'PRAGMA journal_mode=DELETE'` ({error})"
    )]
    ReadOnlyWal {
        path: String,
        error: rusqlite::Error,
    },
    #[error(
        "{path}: a load into this database was interrupted and is not undone yet; a reading command cannot undo it: run a command that writes (`tarikh import`, `tarikh add`, `tarikh reprocess`) once, and the database is as it was before that load"
    )]
    Interrupted { path: String },
    #[error("no incident with id {0}")]
    NotFound(i64),
    #[error("incident {0} is deleted; `tarikh restore {0}` brings it back")]
    Deleted(i64),
    #[error("incident {0} is not deleted")]
    NotDeleted(i64),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error("stored date of incident {id} is unreadable: {error}")]
    BadStoredDate { id: i64, error: DateError },
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An evidence row: sentence, report id, character start and end.
type EvidenceRow = (String, Option<i64>, Option<i64>, Option<i64>);

/// An open tarikh database.
pub struct Store {
    conn: Connection,
    path: String,
}

/// What an import stored.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct LoadStats {
    /// Incidents that were new.
    pub added: u64,
    /// Incidents whose uid was already in the database.
    pub skipped: u64,
    /// A report's incidents that joined an incident other reports already tell.
    pub merged: u64,
    /// Ids of the incidents stored (for a report: the incident each of its readings belongs
    /// to), in input order: kept for a report's incidents only, as a bulk load may bring
    /// millions.
    pub ids: Vec<i64>,
}

/// One row of an incident's history: what it was before an edit, delete or restore.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub action: String,
    pub at: String,
    pub reason: String,
    pub previous: Incident,
}

/// An incident with what only the store knows about it.
#[derive(Debug, Clone)]
pub struct StoredIncident {
    pub incident: Incident,
    pub deleted_at: Option<String>,
    pub created_at: String,
    /// The report it was read from, if any.
    pub report: Option<ReportSummary>,
    /// Evidence rows with the reports they cite.
    pub evidence: Vec<(Evidence, Option<ReportSummary>)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportSummary {
    pub hash: String,
    pub title: String,
    pub source: String,
    pub url: Option<String>,
    pub published: String,
    pub path: Option<String>,
}

impl Store {
    /// Open the database at `path`, creating it if needed and bringing its schema up to date.
    /// A database from a newer tarikh is refused before anything is written to it.
    pub fn open(path: &Path) -> Result<Store> {
        let display = path.display().to_string();
        let wrap = |source| StoreError::Sqlite {
            path: display.clone(),
            error: source,
        };
        if path.exists() {
            // Look first, read-only: even switching to WAL would write to a file we must refuse.
            let probe =
                Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .map_err(wrap)?;
            probe
                .busy_timeout(std::time::Duration::from_secs(30))
                .map_err(wrap)?;
            match migrations::check_version(&probe, &display) {
                // A first load was interrupted (see Store::first_load_journal): its journal
                // must be played back before the database can be read, which a read-only
                // connection cannot do. The connection below does, and checks the version.
                Err(StoreError::Sqlite { error, .. }) if is_interrupted_load(&error) => {}
                checked => checked?,
            }
        }
        let conn = Connection::open(path).map_err(wrap)?;
        Store::init(conn, display)
    }

    /// Open an existing database for reading only: nothing is created, switched or written
    /// (not even by root, whose writes file permissions would not stop). A path with no
    /// database is refused, as is a schema this tarikh would have to upgrade first.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let display = path.display().to_string();
        if !path.is_file() {
            return Err(StoreError::Missing { path: display });
        }
        let wrap = |source| StoreError::Sqlite {
            path: display.clone(),
            error: source,
        };
        let flags =
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(wrap)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(wrap)?;
        // The first read is where a WAL database needs its shared-memory file, which SQLite
        // cannot create in a folder the user cannot write (a shared read-only copy). Such a
        // database is read as immutable: no other process can be writing it from there.
        if let Err(error) = migrations::check_version(&conn, &display) {
            let StoreError::Sqlite { error, .. } = error else {
                return Err(error);
            };
            // Never read around a journal as immutable: the file holds half a load.
            if is_interrupted_load(&error) {
                return Err(StoreError::Interrupted { path: display });
            }
            if !matches!(
                error.sqlite_error_code(),
                Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
            ) {
                return Err(StoreError::Sqlite {
                    path: display,
                    error,
                });
            }
            let uri = format!("file:{}?immutable=1", uri_path(path));
            conn = Connection::open_with_flags(uri, flags | rusqlite::OpenFlags::SQLITE_OPEN_URI)
                .map_err(wrap)?;
            if let Err(StoreError::Sqlite { .. }) = migrations::check_version(&conn, &display) {
                return Err(StoreError::ReadOnlyWal {
                    path: display,
                    error,
                });
            }
        }
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(wrap)?;
        if version < SCHEMA_VERSION {
            return Err(StoreError::OlderSchema {
                path: display,
                found: version,
            });
        }
        Ok(Store {
            conn,
            path: display,
        })
    }

    /// A private in-memory database (tests, dry runs).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Sqlite {
            path: ":memory:".into(),
            error: source,
        })?;
        Store::init(conn, ":memory:".into())
    }

    fn init(mut conn: Connection, path: String) -> Result<Store> {
        let wrap = |source| StoreError::Sqlite {
            path: path.clone(),
            error: source,
        };
        // Two tarikh processes on one file wait for each other instead of failing.
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(wrap)?;
        // One plan per statement, whatever values are bound: SQLite otherwise prepares a
        // cached statement again whenever a bound value may change its plan, and the merge's
        // search, run many times a report with new days, spent a third of an import there.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )
        .map_err(wrap)?;
        // The merge's searches differ by the event types and sides they ask for: a few dozen
        // statements, more than rusqlite's default cache of 16 holds, so each was parsed again.
        conn.set_prepared_statement_cache_capacity(256);
        // A new database gets pages of 8 KB rather than SQLite's 4 KB: an incident read from
        // Arabic reports, with a sentence or two of evidence, is 1-2 KB, so a 4 KB page holds
        // two and wastes the rest, and a load writes (and, in WAL, looks up and copies back)
        // twice as many pages. In the store benchmark (1M incidents) 4 KB pages cost a load
        // about a quarter more CPU than 16 KB; 16 KB made the filtered timeline, which reads a
        // page for each candidate incident, 10-20% slower, and 8 KB did not. The size can only
        // be set before the first table exists.
        let pages: i64 = conn
            .pragma_query_value(None, "page_count", |r| r.get(0))
            .map_err(wrap)?;
        if pages == 0 {
            conn.pragma_update(None, "page_size", PAGE_SIZE)
                .map_err(wrap)?;
        }
        // Switching to WAL needs a moment alone with the file, and SQLite does not wait for it
        // with the busy timeout when several processes create a database at once: retry.
        let started = std::time::Instant::now();
        loop {
            match conn.pragma_update(None, "journal_mode", "WAL") {
                Ok(()) => break,
                Err(e) if is_busy(&e) && started.elapsed() < std::time::Duration::from_secs(30) => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(e) => return Err(wrap(e)),
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(wrap)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(wrap)?;
        migrations::migrate(&mut conn, &path)?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sqlite {
            path: self.path.clone(),
            error: source,
        }
    }

    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(self.err())
    }

    /// Keep what undoes a savepoint or a statement (`import --keep-going` puts each report in
    /// one) in memory rather than in a temporary file, for a batch of text reports. Each
    /// report's savepoint changes a few pages and its undo records are dropped when it ends;
    /// in a file, SQLite wrote them again for every report (20,000 writes and 30,000 page
    /// faults for 200 reports, a fifth of the import's CPU). A data file's load can change
    /// most of a large database under one savepoint, so it keeps the file. Call it outside a
    /// transaction.
    pub fn keep_undo_in_memory(&mut self) -> Result<()> {
        self.conn
            .pragma_update(None, "temp_store", "MEMORY")
            .map_err(self.err())
    }

    /// Run `work` in one transaction: everything it stores is kept if it returns `Ok`, and
    /// nothing at all if it returns an error (which is passed on).
    pub fn transaction<T, E, F>(&mut self, work: F) -> std::result::Result<T, E>
    where
        F: FnOnce(&mut Batch<'_>) -> std::result::Result<T, E>,
        E: From<StoreError>,
    {
        let first = self.first_load_journal();
        let result = self.write(work);
        if first {
            self.back_to_wal();
        }
        result
    }

    /// The first load into a database that holds nothing yet is written under a rollback
    /// journal rather than the WAL, when no other connection has the database open (else it
    /// stays in WAL, and the load with it). In WAL every page is written twice, to the log and
    /// then, at the checkpoint, to the database, and both are synced: 1M incidents of Arabic
    /// text are 1.4 GB, and the second copy and sync took 6-9 s of a 30 s import. A rollback
    /// journal only keeps the pages a transaction changes, and an empty database has few: the
    /// load is written once and stays all or nothing (if it is killed, the journal undoes it
    /// when the database is next opened to write; see [`Store::open`]). Returns whether it
    /// switched.
    fn first_load_journal(&mut self) -> bool {
        if self.path == ":memory:" || !self.conn.is_autocommit() {
            return false;
        }
        let empty = self
            .conn
            .query_row(
                "SELECT NOT EXISTS (SELECT 1 FROM incidents) AND NOT EXISTS (SELECT 1 FROM reports)",
                [],
                |r| r.get::<_, bool>(0),
            )
            .unwrap_or(false);
        // Leaving WAL fails at once ("database is locked") while another connection has the
        // database open: readers and writers that are there keep their WAL.
        let switched = empty
            && self
                .conn
                .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0))
                .is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"));
        if switched {
            // What SQLite advises for a rollback journal.
            let _ = self.conn.pragma_update(None, "synchronous", "FULL");
        }
        switched
    }

    /// Back to WAL after [`Store::first_load_journal`]. If another process holds the database
    /// for longer than the busy timeout, it stays in rollback mode, which any reader reads, and
    /// the next command that opens it to write switches it (see [`Store::init`]).
    fn back_to_wal(&mut self) {
        let started = std::time::Instant::now();
        loop {
            match self.conn.pragma_update(None, "journal_mode", "WAL") {
                Err(e) if is_busy(&e) && started.elapsed() < std::time::Duration::from_secs(30) => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                _ => break,
            }
        }
        let _ = self.conn.pragma_update(None, "synchronous", "NORMAL");
    }

    fn write<T, E, F>(&mut self, work: F) -> std::result::Result<T, E>
    where
        F: FnOnce(&mut Batch<'_>) -> std::result::Result<T, E>,
        E: From<StoreError>,
    {
        let path = self.path.clone();
        let wrap = |source| StoreError::Sqlite {
            path: path.clone(),
            error: source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| E::from(wrap(e)))?;
        let value = {
            let mut batch = Batch {
                loader: Loader::new(&tx, &path),
            };
            let value = work(&mut batch)?;
            if !batch.loader.staged.is_empty() {
                return Err(E::from(StoreError::Invalid(
                    "reports were staged and never grouped (call settle_staged before the batch ends)"
                        .into(),
                )));
            }
            batch.loader.save_max_span()?;
            value
        };
        tx.commit().map_err(|e| E::from(wrap(e)))?;
        Ok(value)
    }

    /// Store incidents, all or nothing: the first error rolls everything back and is returned.
    /// Incidents whose uid is already stored are skipped, so loading the same input twice adds
    /// nothing. A given `id` is kept when it is free, so an export loads back unchanged.
    pub fn load<I, E>(&mut self, incidents: I) -> std::result::Result<LoadStats, E>
    where
        I: IntoIterator<Item = std::result::Result<Incident, E>>,
        E: From<StoreError>,
    {
        self.transaction(|batch| batch.load(incidents))
    }

    /// Add one incident by hand; returns its id. A missing uid is made up from its content and
    /// the time, so two identical hand entries stay two entries.
    pub fn add(&mut self, mut incident: Incident) -> Result<i64> {
        if incident.uid.is_empty() {
            incident.uid = new_uid(&incident);
        }
        let added = self.transaction(|batch| {
            batch.loader.sentence_rows = true;
            batch.loader.insert(&incident, None)
        })?;
        added.ok_or_else(|| StoreError::Invalid("incident already stored".into()))
    }

    /// Is a report with this content hash stored already?
    pub fn has_report(&self, hash: &str) -> Result<bool> {
        self.conn
            .query_row("SELECT 1 FROM reports WHERE hash = ?1", [hash], |_| Ok(()))
            .optional()
            .map(|found| found.is_some())
            .map_err(self.err())
    }

    /// Record actors and their aliases (from a gazetteer) so filters find them by any spelling.
    pub fn ensure_actors(&mut self, actors: &[NameEntry]) -> Result<()> {
        let path = self.path.clone();
        let wrap = |source| StoreError::Sqlite {
            path: path.clone(),
            error: source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        for actor in actors {
            ensure_actor(&tx, &actor.name, &actor.aliases).map_err(wrap)?;
        }
        tx.commit().map_err(wrap)
    }

    /// One incident with its evidence and reports, deleted or not.
    pub fn get(&self, id: i64) -> Result<StoredIncident> {
        get_incident(&self.conn, &self.path, id)
    }

    /// Change an incident in one write transaction: `apply` sees it as it is, and its values
    /// before the change go to its history under `action`.
    fn change<F>(&mut self, id: i64, action: &str, reason: &str, apply: F) -> Result<()>
    where
        F: FnOnce(&mut Loader<'_>, &StoredIncident) -> Result<()>,
    {
        let path = self.path.clone();
        self.transaction(|batch| {
            let wrap = |source| StoreError::Sqlite {
                path: path.clone(),
                error: source,
            };
            let before = get_incident(batch.loader.tx, &path, id)?;
            apply(&mut batch.loader, &before)?;
            record_history(batch.loader.tx, id, action, reason, &before.incident).map_err(wrap)
        })
    }

    /// Replace an incident's values, keeping the previous ones in its history. Its evidence
    /// stays as it is: an edit changes what the analyst says, not what the sources said.
    /// Returns the fields that changed, as [`Batch::edit`] does; none stores nothing.
    pub fn edit(&mut self, id: i64, updated: &Incident, reason: &str) -> Result<Vec<&'static str>> {
        self.transaction(|batch| batch.edit(id, updated, reason))
    }

    /// Hide an incident from timelines and exports; it stays in the database and in history.
    pub fn delete(&mut self, id: i64, reason: &str) -> Result<()> {
        self.change(id, "delete", reason, |loader, before| {
            if before.deleted_at.is_some() {
                return Err(StoreError::Deleted(id));
            }
            loader.set_deleted(id, true)
        })
    }

    /// Bring back a deleted incident.
    pub fn restore(&mut self, id: i64, reason: &str) -> Result<()> {
        self.change(id, "restore", reason, |loader, before| {
            if before.deleted_at.is_none() {
                return Err(StoreError::NotDeleted(id));
            }
            loader.set_deleted(id, false)
        })
    }

    /// Each source's reading of an incident, in the order they were stored; empty for an
    /// incident that no report tells (a hand entry, a spreadsheet row).
    pub fn readings(&self, id: i64) -> Result<Vec<crate::merge::Reading>> {
        merging::readings(&self.conn, &self.path, id)
    }

    /// The history of an incident, oldest first.
    pub fn history(&self, id: i64) -> Result<Vec<HistoryEntry>> {
        history_of(&self.conn, &self.path, id)
    }

    /// The live incidents that the reports with these content hashes tell: after an import,
    /// where their readings ended up, whatever later reports of the same import regrouped.
    pub fn incidents_told_by(&self, hashes: &[String]) -> Result<Vec<i64>> {
        let list = serde_json::to_string(hashes).unwrap_or_else(|_| "[]".into());
        let mut stmt = self
            .conn
            .prepare(
                "SELECT DISTINCT m.incident_id FROM mentions m
                 JOIN reports r ON r.id = m.report_id
                 JOIN incidents i ON i.id = m.incident_id
                 WHERE r.hash IN (SELECT value FROM json_each(?1)) AND i.deleted_at IS NULL",
            )
            .map_err(self.err())?;
        let ids = stmt
            .query_map([list], |r| r.get(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<i64>>>())
            .map_err(self.err())?;
        Ok(ids)
    }

    /// Walk the incidents that pass `filter` in timeline order, one at a time (nothing is held in
    /// memory beyond the current row). `visit` may stop the walk by returning an error.
    pub fn for_each<F, E>(&self, filter: &Filter, mut visit: F) -> std::result::Result<(), E>
    where
        F: FnMut(Incident) -> std::result::Result<(), E>,
        E: From<StoreError>,
    {
        let (sql, values) =
            query::timeline_sql(&self.conn, filter).map_err(|e| E::from(self.err()(e)))?;
        let mut stmt = self
            .conn
            .prepare(&sql)
            .map_err(|e| E::from(self.err()(e)))?;
        let mut rows = stmt
            .query(rusqlite::params_from_iter(values.iter()))
            .map_err(|e| E::from(self.err()(e)))?;
        while let Some(row) = rows.next().map_err(|e| E::from(self.err()(e)))? {
            visit(query::incident_from_row(row)?)?;
        }
        Ok(())
    }

    /// Every table's rows, as text, in a stable order: for comparing a database before and
    /// after an operation that must leave it unchanged.
    pub fn dump(&self) -> Result<String> {
        let mut out = String::new();
        let tables: Vec<String> = self
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .map_err(self.err())?
            .query_map([], |r| r.get(0))
            .map_err(self.err())?
            .collect::<rusqlite::Result<_>>()
            .map_err(self.err())?;
        for table in tables {
            out.push_str(&format!("## {table}\n"));
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1"))
                .map_err(self.err())?;
            let columns = stmt.column_count();
            let mut rows = stmt.query([]).map_err(self.err())?;
            while let Some(row) = rows.next().map_err(self.err())? {
                let cells: Vec<String> = (0..columns)
                    .map(|i| match row.get_ref(i) {
                        Ok(v) => format!("{v:?}"),
                        Err(e) => format!("<{e}>"),
                    })
                    .collect();
                out.push_str(&cells.join("|"));
                out.push('\n');
            }
        }
        Ok(out)
    }
}

/// The history of an incident, oldest first.
fn history_of(conn: &Connection, path: &str, id: i64) -> Result<Vec<HistoryEntry>> {
    let err = |source| StoreError::Sqlite {
        path: path.to_string(),
        error: source,
    };
    let mut stmt = conn
        .prepare_cached(
            "SELECT action, at, reason, previous FROM history WHERE incident_id = ?1 ORDER BY id",
        )
        .map_err(err)?;
    let rows: Vec<(String, String, String, String)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .map_err(err)?
        .collect::<rusqlite::Result<_>>()
        .map_err(err)?;
    rows.into_iter()
        .map(|(action, at, reason, previous)| {
            let previous = serde_json::from_str(&previous).map_err(|e| {
                StoreError::Invalid(format!("history of incident {id} is unreadable: {e}"))
            })?;
            Ok(HistoryEntry {
                action,
                at,
                reason,
                previous,
            })
        })
        .collect()
}

fn get_incident(conn: &Connection, path: &str, id: i64) -> Result<StoredIncident> {
    let err = |source| StoreError::Sqlite {
        path: path.to_string(),
        error: source,
    };
    let mut stmt = conn
        .prepare_cached(&format!("{} WHERE i.id = ?1", query::SELECT_INCIDENT))
        .map_err(err)?;
    let mut rows = stmt.query([id]).map_err(err)?;
    let row = rows.next().map_err(err)?.ok_or(StoreError::NotFound(id))?;
    let incident = query::incident_from_row(row)?;
    let deleted_at: Option<String> = row.get("deleted_at").map_err(err)?;
    let created_at: String = row.get("created_at").map_err(err)?;
    let first_report: Option<i64> = row.get("report_id").map_err(err)?;
    drop(rows);
    // The report an incident was first read from may no longer tell it: merging at import
    // moves readings between incidents, and the row keeps its first report. Its report is
    // then the one its first reading comes from.
    let report_id: Option<i64> = conn
        .prepare_cached(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM mentions WHERE incident_id = ?1 AND report_id IS ?2)
                    THEN ?2
                    ELSE (SELECT report_id FROM mentions WHERE incident_id = ?1 ORDER BY id LIMIT 1) END",
        )
        .and_then(|mut stmt| stmt.query_row(params![id, first_report], |r| r.get(0)))
        .map_err(err)?;
    let report_id = report_id.or(first_report);
    let report = match report_id {
        Some(rid) => report_summary(conn, path, rid)?,
        None => None,
    };
    let mut evidence = Vec::new();
    let mut stmt = conn
        .prepare_cached(
            "SELECT sentence, report_id, char_start, char_end FROM evidence
             WHERE incident_id = ?1 ORDER BY position",
        )
        .map_err(err)?;
    let rows: Vec<EvidenceRow> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .map_err(err)?
        .collect::<rusqlite::Result<_>>()
        .map_err(err)?;
    // Most evidence cites one or two reports: each report's row is read once (its `path`
    // lies after its text, so every read walks the whole text).
    let mut summaries: std::collections::HashMap<i64, Option<ReportSummary>> =
        std::collections::HashMap::new();
    for (sentence, rid, start, end) in rows {
        let summary = match rid {
            Some(rid) => match summaries.get(&rid) {
                Some(known) => known.clone(),
                None => {
                    let read = report_summary(conn, path, rid)?;
                    summaries.insert(rid, read.clone());
                    read
                }
            },
            None => None,
        };
        evidence.push((
            Evidence {
                sentence,
                report: summary.as_ref().map(|r| r.hash.clone()),
                char_start: start.map(|v| v as usize),
                char_end: end.map(|v| v as usize),
            },
            summary,
        ));
    }
    let mut incident = incident;
    if !evidence.is_empty() {
        incident.evidence = evidence.iter().map(|(e, _)| e.clone()).collect();
    }
    Ok(StoredIncident {
        incident,
        deleted_at,
        created_at,
        report,
        evidence,
    })
}

/// A file path as the path of an SQLite URI: the characters a URI gives a meaning to escaped.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => out.push_str(&format!("%{:02X}", c as u32)),
            _ => out.push(c),
        }
    }
    out
}

fn report_summary(conn: &Connection, path: &str, report_id: i64) -> Result<Option<ReportSummary>> {
    conn.query_row(
        "SELECT hash, title, source, url, published, path FROM reports WHERE id = ?1",
        [report_id],
        |r| {
            Ok(ReportSummary {
                hash: r.get(0)?,
                title: r.get(1)?,
                source: r.get(2)?,
                url: r.get(3)?,
                published: r.get(4)?,
                path: r.get(5)?,
            })
        },
    )
    .optional()
    .map_err(|source| StoreError::Sqlite {
        path: path.to_string(),
        error: source,
    })
}

/// The error of a read-only connection to a database whose last write was interrupted under a
/// rollback journal, which only a connection that may write can play back.
fn is_interrupted_load(error: &rusqlite::Error) -> bool {
    matches!(
        error,
        rusqlite::Error::SqliteFailure(e, _) if e.extended_code == rusqlite::ffi::SQLITE_READONLY_ROLLBACK
    )
}

fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

fn now() -> String {
    Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// A uid for a hand-entered incident: its content plus the moment it was entered.
fn new_uid(incident: &Incident) -> String {
    let mut hasher = Sha256::new();
    hasher.update(incident.date.to_edtf());
    hasher.update(incident.event_type.as_str());
    hasher.update(&incident.title);
    hasher.update(incident.actors.join("\u{1f}"));
    hasher.update(now());
    hasher.update(std::process::id().to_le_bytes());
    let digest = hasher.finalize();
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// A uid derived from content alone: the same row imported twice gets the same uid.
pub fn content_uid(incident: &Incident) -> String {
    let mut hasher = Sha256::new();
    for part in [
        incident.date.to_edtf().as_str(),
        incident.event_type.as_str(),
        incident.status.as_str(),
        &incident.title,
        &incident.actors.join("\u{1f}"),
        incident.place.as_deref().unwrap_or(""),
        &incident.sources.join("\u{1f}"),
        &incident.summary,
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0x1e]);
    }
    for e in &incident.evidence {
        hasher.update(e.sentence.as_bytes());
        hasher.update([0x1e]);
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("c:{hex}")
}

fn record_history(
    tx: &Transaction<'_>,
    id: i64,
    action: &str,
    reason: &str,
    previous: &Incident,
) -> rusqlite::Result<()> {
    let json = serde_json::to_string(previous)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    tx.execute(
        "INSERT INTO history (incident_id, action, at, reason, previous) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, action, now(), reason, json],
    )?;
    Ok(())
}

/// `query_row` through the statement cache. The writer asks the same few questions for every
/// report and incident; preparing each again was a tenth of an import's time.
fn row<T>(
    conn: &rusqlite::Connection,
    sql: &str,
    params: impl rusqlite::Params,
    f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    conn.prepare_cached(sql)?.query_row(params, f)
}

/// `execute` through the statement cache (see [`row`]).
fn run(
    conn: &rusqlite::Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(sql)?.execute(params)
}

fn ensure_actor(tx: &Transaction<'_>, name: &str, aliases: &[String]) -> rusqlite::Result<i64> {
    let id = match row(tx, "SELECT id FROM actors WHERE name = ?1", [name], |r| {
        r.get(0)
    })
    .optional()?
    {
        Some(id) => id,
        None => {
            run(tx, "INSERT INTO actors (name) VALUES (?1)", [name])?;
            tx.last_insert_rowid()
        }
    };
    add_aliases(tx, Named::Actor, id, name, aliases)?;
    Ok(id)
}

fn ensure_place(tx: &Transaction<'_>, place: &NameEntry) -> rusqlite::Result<i64> {
    let id = match row(
        tx,
        "SELECT id FROM places WHERE name = ?1",
        [&place.name],
        |r| r.get(0),
    )
    .optional()?
    {
        Some(id) => {
            // Fill what was missing; never overwrite what a user or an earlier import set.
            run(
                tx,
                "UPDATE places SET country = coalesce(country, ?2), latitude = coalesce(latitude, ?3),
                 longitude = coalesce(longitude, ?4) WHERE id = ?1",
                params![id, place.country, place.latitude, place.longitude],
            )?;
            id
        }
        None => {
            run(
                tx,
                "INSERT INTO places (name, country, latitude, longitude) VALUES (?1, ?2, ?3, ?4)",
                params![place.name, place.country, place.latitude, place.longitude],
            )?;
            tx.last_insert_rowid()
        }
    };
    add_aliases(tx, Named::Place, id, &place.name, &place.aliases)?;
    Ok(id)
}

/// Record a name and its aliases as spellings of actor or place `id`. A stem ends in '*'
/// (Kyrgyz*): it names everything that starts with it.
fn add_aliases(
    tx: &Transaction<'_>,
    table: Named,
    id: i64,
    name: &str,
    aliases: &[String],
) -> rusqlite::Result<()> {
    let (aliases_table, column) = table.alias_table();
    let mut stmt = tx.prepare_cached(&format!(
        "INSERT OR IGNORE INTO {aliases_table} ({column}, alias, key, prefix) VALUES (?1, ?2, ?3, ?4)"
    ))?;
    for alias in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
        let (stem, prefix) = match alias.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (alias, false),
        };
        let key = fold_key(stem);
        if !key.is_empty() {
            stmt.execute(params![id, alias, key, prefix])?;
        }
    }
    Ok(())
}

/// INSERT of an incident: [`Columns`], then its identity, order and provenance. Built once, and
/// prepared once per batch (`Loader::insert_incident`).
static INSERT_INCIDENT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "INSERT OR IGNORE INTO incidents ({}, id, uid, seq, evidence_text, report_id, created_at) VALUES ({})",
        Columns::NAMES.join(", "),
        (1..=Columns::NAMES.len() + 6)
            .map(|n| format!("?{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
});

/// The incident columns an analyst's values decide (all but identity, order and provenance),
/// computed once per incident for both INSERT and UPDATE.
struct Columns {
    place_id: Option<i64>,
    precision: &'static str,
    event_type: &'static str,
    status: &'static str,
    date: String,
    date_start: Option<String>,
    date_end: Option<String>,
    sort: (i32, i32),
    /// Where the timeline puts it: its start, or its known end when only that is known.
    sort_at: i32,
    actors: String,
    sources: String,
    source_count: u32,
    source_urls: String,
    first_reported: Option<String>,
    last_reported: Option<String>,
    published: String,
}

impl Columns {
    const NAMES: [&'static str; 27] = [
        "date",
        "date_start",
        "date_end",
        "precision",
        "sort_start",
        "sort_end",
        "sort_at",
        "event_type",
        "status",
        "title",
        "summary",
        "place_id",
        "country",
        "latitude",
        "longitude",
        "fatalities_low",
        "fatalities_best",
        "fatalities_high",
        "fatalities_text",
        "disputed",
        "actors_text",
        "sources_text",
        "source_count",
        "source_urls",
        "first_reported",
        "last_reported",
        "published",
    ];

    fn of(incident: &Incident, place_id: Option<i64>) -> Columns {
        Columns {
            place_id,
            precision: incident.date.precision().as_str(),
            event_type: incident.event_type.as_str(),
            status: incident.status.as_str(),
            date: incident.date.to_edtf(),
            date_start: incident.date.earliest().map(|d| d.to_string()),
            date_end: incident.date.latest().map(|d| d.to_string()),
            sort: incident.date.sort_key(),
            sort_at: incident.date.timeline_key().0,
            actors: incident.actors.join(LIST_SEPARATOR),
            sources: incident.sources.join(LIST_SEPARATOR),
            // A row that says nothing of its provenance has as many sources as it names.
            source_count: match incident.provenance.source_count {
                0 => incident.sources.len() as u32,
                n => n,
            },
            source_urls: incident.provenance.source_urls.join(LIST_SEPARATOR),
            first_reported: incident.provenance.first_reported.map(|d| d.to_string()),
            last_reported: incident.provenance.last_reported.map(|d| d.to_string()),
            published: join_days(&incident.provenance.published),
        }
    }

    /// Values in [`Columns::NAMES`] order.
    fn values<'v>(&'v self, incident: &'v Incident) -> Vec<&'v dyn ToSql> {
        let f = &incident.fatalities;
        vec![
            &self.date,
            &self.date_start,
            &self.date_end,
            &self.precision,
            &self.sort.0,
            &self.sort.1,
            &self.sort_at,
            &self.event_type,
            &self.status,
            &incident.title,
            &incident.summary,
            &self.place_id,
            &incident.country,
            &incident.latitude,
            &incident.longitude,
            &f.low,
            &f.best,
            &f.high,
            &f.phrase,
            &incident.disputed,
            &self.actors,
            &self.sources,
            &self.source_count,
            &self.source_urls,
            &self.first_reported,
            &self.last_reported,
            &self.published,
        ]
    }
}

/// The index that finds and orders incidents by date, and the load size after which a bulk
/// load builds it afresh instead of keeping it up to date row by row. The two partial date
/// indexes (incidents open at one end) stay: a row they do not hold costs them nothing, and
/// building each again would read the whole table.
const DATE_INDEXES: [&str; 1] = ["incidents_in_order"];
const DEFER_INDEX_AFTER: u64 = 20_000;

/// The page size of a new database (see [`Store::init`]).
const PAGE_SIZE: i64 = 8192;

/// What can be stored inside [`Store::transaction`].
pub struct Batch<'t> {
    loader: Loader<'t>,
}

impl Batch<'_> {
    /// Run `work` so that, if it fails, what it stored is undone and the batch goes on with
    /// the rest (`import --keep-going`): a savepoint inside the transaction.
    pub fn attempt<T, E, F>(&mut self, work: F) -> std::result::Result<T, E>
    where
        F: FnOnce(&mut Self) -> std::result::Result<T, E>,
        E: From<StoreError>,
    {
        self.loader.run_sql("SAVEPOINT attempt")?;
        let staged = self.loader.staged.len();
        match work(self) {
            Ok(value) => {
                self.loader.run_sql("RELEASE attempt")?;
                Ok(value)
            }
            Err(failure) => {
                self.loader
                    .run_sql("ROLLBACK TO attempt; RELEASE attempt")?;
                // Ids of names stored by the undone work are gone with it.
                self.loader.actor_ids.clear();
                self.loader.place_ids.clear();
                // And the gazetteer entries it wrote, with their spellings.
                self.loader.ensured.clear();
                // So are the mentions it wrote or moved: readings kept from before may be stale.
                self.loader.readings.clear();
                self.loader.mention_index.clear();
                // Reports staged by the undone work are gone from the database.
                self.loader.staged.truncate(staged);
                Err(failure)
            }
        }
    }

    /// Store incidents; the first error is returned (and the transaction then rolls back).
    pub fn load<I, E>(&mut self, incidents: I) -> std::result::Result<LoadStats, E>
    where
        I: IntoIterator<Item = std::result::Result<Incident, E>>,
        E: From<StoreError>,
    {
        let mut stats = LoadStats::default();
        let existing = self.loader.incident_count()?;
        let mut deferred: Vec<String> = Vec::new();
        for incident in incidents {
            if self.loader.insert(&incident?, None)?.is_none() {
                stats.skipped += 1;
                continue;
            }
            stats.added += 1;
            // Keeping the date index sorted row by row costs more than building it once when a
            // load is large beside what is stored: past that point, drop it and build it at the
            // end (in this same transaction, so a failed load leaves it as it was).
            if stats.added == DEFER_INDEX_AFTER && stats.added * 4 > existing {
                for name in DATE_INDEXES {
                    deferred.push(self.loader.drop_index(name)?);
                }
            }
        }
        for sql in deferred {
            self.loader
                .tx
                .execute_batch(&sql)
                .map_err(self.loader.err())?;
        }
        Ok(stats)
    }

    /// Store a report and the incidents read from it, with the actors and places (and their
    /// aliases) they name. Each incident is a reading that joins the incident other reports
    /// already tell when the merge rules ([`crate::merge`]) say it is the same; `names`
    /// says which place lies inside which. Returns `None`, storing nothing, when the report
    /// (same content hash) is already stored.
    pub fn save_report(
        &mut self,
        report: &Report,
        incidents: &[Incident],
        actors: &[NameEntry],
        places: &[NameEntry],
        names: &dyn crate::merge::Names,
    ) -> Result<Option<LoadStats>> {
        let Some(report_id) = self.insert_report(report, actors, places)? else {
            return Ok(None);
        };
        let stats = self
            .loader
            .place_report(report_id, report, incidents, names)?;
        Ok(Some(stats))
    }

    /// [`Batch::save_report`] with the grouping of the report's readings put off until
    /// [`Batch::settle_staged`], which groups every staged report's readings at once: a story
    /// told by twenty reports is grouped once rather than twenty times, each time with all the
    /// readings before. Returns the stored report's id, or `None`, storing nothing, when the
    /// report is already stored. Nothing else may read or write incidents in the batch until the staged
    /// reports are settled, and a batch that ends with reports staged fails.
    pub fn stage_report(
        &mut self,
        report: &Report,
        incidents: &[Incident],
        actors: &[NameEntry],
        places: &[NameEntry],
    ) -> Result<Option<i64>> {
        let Some(report_id) = self.insert_report(report, actors, places)? else {
            return Ok(None);
        };
        self.loader.stage(report_id, report, incidents);
        Ok(Some(report_id))
    }

    /// How many readings wait in reports staged by [`Batch::stage_report`].
    pub fn staged_readings(&self) -> usize {
        self.loader.staged.iter().map(Vec::len).sum()
    }

    /// Group the readings of the reports staged since the last call with each other and with
    /// the stored incidents they meet, and write the result. [`Batch::report_figures`] then
    /// says what each report's readings came to.
    pub fn settle_staged(&mut self, names: &dyn crate::merge::Names) -> Result<()> {
        self.loader.settle_staged(names)
    }

    /// What a stored report's readings come to as the database holds them now: the incident
    /// each belongs to (in the report's order), the incidents it is the first stored report to
    /// tell (`added`), and its readings that joined an incident a report stored before it tells
    /// (`merged`). Reports are numbered as they are stored, so "before" is a lower id.
    pub fn report_figures(&self, report_id: i64) -> Result<LoadStats> {
        let rows: Vec<(i64, i64, i64)> = self
            .loader
            .tx
            .prepare_cached(
                "SELECT m.position, m.incident_id,
                        (SELECT min(o.report_id) FROM mentions o WHERE o.incident_id = m.incident_id)
                 FROM mentions m WHERE m.report_id = ?1 ORDER BY m.position",
            )
            .and_then(|mut stmt| {
                stmt.query_map([report_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect()
            })
            .map_err(self.loader.err())?;
        let mut stats = LoadStats::default();
        let mut first_told: std::collections::BTreeSet<i64> = Default::default();
        for (position, incident, first_report) in rows {
            // Positions run 0, 1, 2 ... in a report's order.
            if let Ok(at) = usize::try_from(position) {
                if stats.ids.len() <= at {
                    stats.ids.resize(at + 1, 0);
                }
                stats.ids[at] = incident;
            }
            if first_report < report_id {
                stats.merged += 1;
            } else {
                first_told.insert(incident);
            }
        }
        stats.added = first_told.len() as u64;
        Ok(stats)
    }

    /// Store a report's row and the names it uses; `None` when a report with its text is
    /// already stored.
    fn insert_report(
        &mut self,
        report: &Report,
        actors: &[NameEntry],
        places: &[NameEntry],
    ) -> Result<Option<i64>> {
        let tx = self.loader.tx;
        let known = row(
            tx,
            "SELECT 1 FROM reports WHERE hash = ?1",
            [&report.hash],
            |_| Ok(()),
        )
        .optional()
        .map_err(self.loader.err())?;
        if known.is_some() {
            return Ok(None);
        }
        self.loader.ensure_names(actors, places)?;
        let wrap = self.loader.err();
        run(
            tx,
            "INSERT INTO reports (hash, title, source, url, language, published, text, path, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            report_values(report, &report.published.to_string(), &now()).as_slice(),
        )
        .map_err(&wrap)?;
        Ok(Some(tx.last_insert_rowid()))
    }
}

impl Batch<'_> {
    /// The stored incident with this uid, deleted or not.
    pub fn incident_by_uid(&self, uid: &str) -> Result<Option<StoredIncident>> {
        let loader = &self.loader;
        let id: Option<i64> = loader
            .tx
            .prepare_cached("SELECT id FROM incidents WHERE uid = ?1")
            .and_then(|mut s| s.query_row([uid], |r| r.get(0)).optional())
            .map_err(loader.err())?;
        id.map(|id| get_incident(loader.tx, &loader.path, id))
            .transpose()
    }

    /// Replace an incident's values inside the batch, as [`Store::edit`] does: its previous
    /// values go to its history, its evidence and provenance stay, and the fields that changed
    /// outlast a regrouping of its sources. Returns the fields that changed, compared as the
    /// incident will be read back ([`Batch::as_stored`]): when none did, nothing is stored and
    /// no history entry is written, so an entry always lists what it changed.
    pub fn edit(&mut self, id: i64, updated: &Incident, reason: &str) -> Result<Vec<&'static str>> {
        let before = get_incident(self.loader.tx, &self.loader.path, id)?;
        if before.deleted_at.is_some() {
            return Err(StoreError::Deleted(id));
        }
        let mut updated = updated.clone();
        updated.uid = before.incident.uid.clone();
        updated.evidence = before.incident.evidence.clone();
        updated.provenance = before.incident.provenance.clone();
        let after = self.as_stored(&updated)?;
        let fields: Vec<&'static str> = before
            .incident
            .changes_to(&after)
            .into_iter()
            .map(|(field, _, _)| field)
            .collect();
        if fields.is_empty() {
            return Ok(fields);
        }
        let loader = &mut self.loader;
        loader.update(id, &updated, &before.incident.actors)?;
        loader.keep_overrides(id, &before.incident, &after)?;
        record_history(loader.tx, id, "edit", reason, &before.incident).map_err(loader.err())?;
        Ok(fields)
    }

    /// An incident as the database reads it back once stored: a place it knows under the name
    /// it has for it (whatever the spelling typed), and where the incident itself says nothing
    /// of its country or coordinates, that place's. A place it does not know is stored as it
    /// is given.
    pub fn as_stored(&self, incident: &Incident) -> Result<Incident> {
        let mut out = incident.clone();
        let Some(name) = incident.place.as_deref().filter(|p| !p.is_empty()) else {
            return Ok(out);
        };
        let loader = &self.loader;
        let id = match loader.place_ids.get(name) {
            Some(&id) => Some(id),
            None => loader.find_named(Named::Place, name)?,
        };
        let Some(id) = id else {
            return Ok(out);
        };
        let (place, country, latitude, longitude): (
            String,
            Option<String>,
            Option<f64>,
            Option<f64>,
        ) = row(
            loader.tx,
            "SELECT name, country, latitude, longitude FROM places WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .map_err(loader.err())?;
        out.place = Some(place);
        out.country = out.country.or(country);
        out.latitude = out.latitude.or(latitude);
        out.longitude = out.longitude.or(longitude);
        Ok(out)
    }

    /// The history of an incident, oldest first, as [`Store::history`] reads it.
    pub fn history(&self, id: i64) -> Result<Vec<HistoryEntry>> {
        history_of(self.loader.tx, &self.loader.path, id)
    }

    /// Store one incident as [`Batch::load`] stores each: its id when it is new, `None` when
    /// its uid is stored already.
    pub fn insert(&mut self, incident: &Incident) -> Result<Option<i64>> {
        self.loader.insert(incident, None)
    }
}

impl Batch<'_> {
    /// The stored report that `report` replaces: the same text, or else the same URL.
    pub fn report_to_replace(&self, report: &Report) -> Result<Option<i64>> {
        self.loader
            .tx
            .query_row(
                "SELECT id FROM reports WHERE hash = ?1
                 UNION ALL SELECT id FROM reports WHERE ?2 IS NOT NULL AND url = ?2
                 LIMIT 1",
                params![report.hash, report.url],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.loader.err())
    }

    /// Read a stored report again (or a corrected version of it): its record takes the new
    /// text, title, source, URL, language and publication day, its old readings give way to
    /// `incidents`, and the incidents they belonged to are grouped again. Merges and splits by
    /// hand hold.
    pub fn replace_report(
        &mut self,
        report_id: i64,
        report: &Report,
        incidents: &[Incident],
        actors: &[NameEntry],
        places: &[NameEntry],
        names: &dyn crate::merge::Names,
    ) -> Result<LoadStats> {
        let tx = self.loader.tx;
        self.loader.ensure_names(actors, places)?;
        let wrap = self.loader.err();
        tx.execute(
            "UPDATE reports SET hash = ?1, title = ?2, source = ?3, url = ?4, language = ?5,
                    published = ?6, text = ?7, path = coalesce(?8, path)
             WHERE id = ?9",
            report_values(report, &report.published.to_string(), &report_id).as_slice(),
        )
        .map_err(&wrap)?;
        drop(wrap);
        self.loader
            .replace_readings(report_id, report, incidents, names)
    }
}

impl Store {
    /// The stored reports (all, or the one with this id), each with its id, to be read again.
    pub fn reports(&self, only: Option<i64>) -> Result<Vec<(i64, Report)>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, hash, title, source, url, language, published, text, path FROM reports
                 WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
            )
            .map_err(self.err())?;
        let rows = stmt
            .query_map([only], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, Option<String>>(8)?,
                ))
            })
            .map_err(self.err())?;
        let mut out = Vec::new();
        for row in rows {
            let (id, hash, title, source, url, language, published, text, path) =
                row.map_err(self.err())?;
            let published = published.parse().map_err(|_| {
                StoreError::Invalid(format!("report {id}: bad publication day '{published}'"))
            })?;
            out.push((
                id,
                Report {
                    hash,
                    title,
                    source,
                    url,
                    language,
                    published,
                    text,
                    path,
                },
            ));
        }
        if let Some(id) = only
            && out.is_empty()
        {
            return Err(StoreError::Invalid(format!(
                "no report with id {id} (`tarikh show ID` names the reports of an incident)"
            )));
        }
        Ok(out)
    }
}

/// A report's columns in the order both its INSERT and its UPDATE name them (?1 to ?8), then
/// `last` (?9: the import time, or the id to update).
fn report_values<'v>(
    report: &'v Report,
    published: &'v dyn ToSql,
    last: &'v dyn ToSql,
) -> [&'v dyn ToSql; 9] {
    [
        &report.hash,
        &report.title,
        &report.source,
        &report.url,
        &report.language,
        published,
        &report.text,
        &report.path,
        last,
    ]
}

/// The two kinds of named things the store looks up by any of their spellings.
#[derive(Clone, Copy)]
enum Named {
    Actor,
    Place,
}

impl Named {
    /// Its table of names, and its table of aliases with the column that points back.
    fn tables(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Named::Actor => ("actors", "actor_aliases", "actor_id"),
            Named::Place => ("places", "place_aliases", "place_id"),
        }
    }

    fn alias_table(self) -> (&'static str, &'static str) {
        let (_, aliases, column) = self.tables();
        (aliases, column)
    }
}

/// Inserts incidents inside one transaction with prepared statements, caching actor and place ids.
struct Loader<'t> {
    tx: &'t Transaction<'t>,
    path: String,
    actor_ids: std::collections::HashMap<String, i64>,
    place_ids: std::collections::HashMap<String, i64>,
    /// The moment of this batch, for created_at.
    now: String,
    /// The longest span (in days) of the incidents written in this batch with both ends known.
    max_span: i64,
    /// Keep evidence sentences without a report as rows too (hand entries: the rows keep each
    /// sentence whole; bulk loads keep only the joined cell).
    sentence_rows: bool,
    /// The statements every stored incident runs, prepared once per batch: the statement cache
    /// would find them by their text (1 KB for the INSERT) on every row.
    insert_incident: Option<rusqlite::Statement<'t>>,
    link_actor: Option<rusqlite::Statement<'t>>,
    /// The gazetteer entries already written in this batch: every report of a story names the
    /// same actors and places, and writing them again is work that finds nothing to do.
    ensured: std::collections::HashMap<(bool, String), NameEntry>,
    /// Stored readings parsed in this batch, by mention id (see [`merging::ReadingCache`]).
    readings: merging::ReadingCache,
    /// The mentions the merge's candidate searches have read, kept for the batch.
    mention_index: candidates::MentionIndex,
    /// The keys of readings a split by hand takes out of their incident: they never keep its
    /// id, so the readings that stay do.
    leaving: std::collections::HashSet<String>,
    /// The readings of reports stored with [`Batch::stage_report`], each report's in its own
    /// list, waiting for [`Batch::settle_staged`] to group them.
    staged: Vec<Vec<crate::merge::Reading>>,
}

impl<'t> Loader<'t> {
    fn new(tx: &'t Transaction<'t>, path: &str) -> Loader<'t> {
        Loader {
            tx,
            path: path.to_string(),
            actor_ids: Default::default(),
            place_ids: Default::default(),
            now: now(),
            max_span: 0,
            sentence_rows: false,
            insert_incident: None,
            link_actor: None,
            ensured: Default::default(),
            readings: Default::default(),
            mention_index: Default::default(),
            leaving: Default::default(),
            staged: Vec::new(),
        }
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sqlite {
            path: self.path.clone(),
            error: source,
        }
    }

    /// Execute a statement kept in the connection's cache: an import runs the same few writes
    /// thousands of times, and `execute` parses its statement every time.
    fn run(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
        self.tx
            .prepare_cached(sql)
            .and_then(|mut statement| statement.execute(params))
            .map_err(self.err())
    }

    fn run_sql(&self, sql: &str) -> Result<()> {
        self.tx.execute_batch(sql).map_err(self.err())
    }

    /// The id of the actor or place (by `table`) that `name` names, as its name or any exact
    /// alias; `None` when there is none yet.
    fn find_named(&self, table: Named, name: &str) -> Result<Option<i64>> {
        let (names, aliases, column) = table.tables();
        self.tx
            .prepare_cached(&format!(
                "SELECT id FROM {names} WHERE name = ?1
                 UNION ALL SELECT {column} FROM {aliases} WHERE key = ?2 AND NOT prefix LIMIT 1"
            ))
            .and_then(|mut s| {
                s.query_row(params![name, fold_key(name)], |r| r.get(0))
                    .optional()
            })
            .map_err(self.err())
    }

    fn actor_id(&mut self, name: &str) -> Result<i64> {
        if let Some(&id) = self.actor_ids.get(name) {
            return Ok(id);
        }
        let id = match self.find_named(Named::Actor, name)? {
            Some(id) => id,
            None => ensure_actor(self.tx, name, &[]).map_err(self.err())?,
        };
        self.actor_ids.insert(name.to_string(), id);
        Ok(id)
    }

    fn place_id(&mut self, incident: &Incident) -> Result<Option<i64>> {
        let Some(name) = incident.place.as_deref().filter(|p| !p.is_empty()) else {
            return Ok(None);
        };
        if let Some(&id) = self.place_ids.get(name) {
            return Ok(Some(id));
        }
        let id = match self.find_named(Named::Place, name)? {
            Some(id) => id,
            None => {
                let entry = NameEntry {
                    name: name.to_string(),
                    aliases: Vec::new(),
                    country: incident.country.clone(),
                    latitude: incident.latitude,
                    longitude: incident.longitude,
                };
                ensure_place(self.tx, &entry).map_err(self.err())?
            }
        };
        self.place_ids.insert(name.to_string(), id);
        Ok(Some(id))
    }

    /// Insert one incident; `None` when its uid is already stored.
    fn insert(&mut self, incident: &Incident, report_id: Option<i64>) -> Result<Option<i64>> {
        let uid = if incident.uid.is_empty() {
            content_uid(incident)
        } else {
            incident.uid.clone()
        };
        // One statement in the common case: the insert is ignored when the uid (or the wanted
        // id) is taken, and only then do we look at which it was.
        match self.insert_row(incident, &uid, incident.id, report_id)? {
            Some(id) => Ok(Some(id)),
            None if incident.id.is_none() => Ok(None),
            None => {
                let known = self
                    .tx
                    .prepare_cached("SELECT 1 FROM incidents WHERE uid = ?1")
                    .and_then(|mut s| s.exists([&uid]))
                    .map_err(self.err())?;
                if known {
                    Ok(None)
                } else {
                    self.insert_row(incident, &uid, None, report_id)
                }
            }
        }
    }

    /// INSERT OR IGNORE one incident with its links; `None` when a uniqueness rule ignored it.
    fn insert_row(
        &mut self,
        incident: &Incident,
        uid: &str,
        wanted_id: Option<i64>,
        report_id: Option<i64>,
    ) -> Result<Option<i64>> {
        let place_id = self.place_id(incident)?;
        let columns = Columns::of(incident, place_id);
        self.note_span(columns.sort);
        let evidence_text = join_evidence(&incident.evidence);
        let mut values = columns.values(incident);
        let more: [&dyn ToSql; 6] = [
            &wanted_id,
            &uid,
            &incident.seq,
            &evidence_text,
            &report_id,
            &self.now,
        ];
        values.extend(more);
        let wrap = |error| StoreError::Sqlite {
            path: self.path.clone(),
            error,
        };
        let statement = match &mut self.insert_incident {
            Some(statement) => statement,
            empty => empty.insert(self.tx.prepare(&INSERT_INCIDENT).map_err(wrap)?),
        };
        let inserted = statement.execute(values.as_slice()).map_err(wrap)?;
        if inserted == 0 {
            return Ok(None);
        }
        let id = self.tx.last_insert_rowid();
        self.link(id, incident, report_id)?;
        Ok(Some(id))
    }

    fn note_span(&mut self, (start, end): (i32, i32)) {
        if start != i32::MIN && end != i32::MAX {
            self.max_span = self.max_span.max(i64::from(end) - i64::from(start));
        }
    }

    fn save_max_span(&self) -> Result<()> {
        self.run(
            "UPDATE meta SET value = max(value, ?1) WHERE key = 'max_span'",
            [self.max_span],
        )?;
        Ok(())
    }

    fn incident_count(&self) -> Result<u64> {
        // max(id) is as good as count(*) for a size estimate, and instant.
        self.tx
            .query_row("SELECT coalesce(max(id), 0) FROM incidents", [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n.max(0) as u64)
            .map_err(self.err())
    }

    /// Drop an index, returning the SQL that makes it again (as the migrations wrote it).
    fn drop_index(&self, name: &str) -> Result<String> {
        let sql: String = self
            .tx
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?1",
                [name],
                |r| r.get(0),
            )
            .map_err(self.err())?;
        self.tx
            .execute_batch(&format!("DROP INDEX {name}"))
            .map_err(self.err())?;
        Ok(sql)
    }

    fn set_deleted(&mut self, id: i64, deleted: bool) -> Result<()> {
        let at = deleted.then(now);
        self.run(
            "UPDATE incidents SET deleted_at = ?1 WHERE id = ?2",
            params![at, id],
        )?;
        Ok(())
    }

    fn update(&mut self, id: i64, incident: &Incident, previous_actors: &[String]) -> Result<()> {
        let place_id = self.place_id(incident)?;
        let columns = Columns::of(incident, place_id);
        self.note_span(columns.sort);
        let mut values = columns.values(incident);
        values.push(&id);
        let assignments: Vec<String> = Columns::NAMES
            .iter()
            .enumerate()
            .map(|(n, name)| format!("{name} = ?{}", n + 1))
            .collect();
        self.run(
            &format!(
                "UPDATE incidents SET {} WHERE id = ?{}",
                assignments.join(", "),
                values.len()
            ),
            values.as_slice(),
        )?;
        // Unlink the actors it had (found by name, as the links table is keyed by actor).
        for name in previous_actors {
            let actor_id = self.actor_id(name)?;
            self.run(
                "DELETE FROM incident_actors WHERE actor_id = ?1 AND incident_id = ?2",
                [actor_id, id],
            )?;
        }
        self.link_actors(id, incident)
    }

    fn link_actors(&mut self, id: i64, incident: &Incident) -> Result<()> {
        for (position, actor) in incident.actors.iter().enumerate() {
            let actor_id = self.actor_id(actor)?;
            let wrap = |error| StoreError::Sqlite {
                path: self.path.clone(),
                error,
            };
            // One statement per link: a statement that writes several rows needs a statement
            // journal (to undo its first rows if a later one fails), and with one a 1M-row load
            // took 64 s instead of 41 s.
            let statement = match &mut self.link_actor {
                Some(statement) => statement,
                empty => empty.insert(
                    self.tx
                        .prepare(
                            "INSERT OR IGNORE INTO incident_actors (actor_id, incident_id, position) VALUES (?1, ?2, ?3)",
                        )
                        .map_err(wrap)?,
                ),
            };
            statement
                .execute(params![actor_id, id, position as i64])
                .map_err(wrap)?;
        }
        Ok(())
    }

    fn link(&mut self, id: i64, incident: &Incident, report_id: Option<i64>) -> Result<()> {
        self.link_actors(id, incident)?;
        // Evidence rows keep what only a report gives: which report, and where in it. Evidence
        // without a report (typed in, or from a spreadsheet) is the sentences alone, and
        // evidence_text holds them.
        if !self.sentence_rows
            && report_id.is_none()
            && incident.evidence.iter().all(|e| e.char_start.is_none())
        {
            return Ok(());
        }
        for (position, e) in incident.evidence.iter().enumerate() {
            self.insert_evidence(id, position, report_id, e)?;
        }
        Ok(())
    }

    /// One evidence row: the sentence, the report it came from and where in it.
    fn insert_evidence(
        &self,
        id: i64,
        position: usize,
        report_id: Option<i64>,
        e: &Evidence,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO evidence (incident_id, position, report_id, sentence, char_start, char_end)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    id,
                    position as i64,
                    report_id,
                    e.sentence,
                    e.char_start.map(|v| v as i64),
                    e.char_end.map(|v| v as i64)
                ])
            })
            .map_err(self.err())?;
        Ok(())
    }

    /// The actors and places a report names, with all their spellings.
    fn ensure_names(&mut self, actors: &[NameEntry], places: &[NameEntry]) -> Result<()> {
        let entries = actors
            .iter()
            .map(|a| (true, a))
            .chain(places.iter().map(|p| (false, p)));
        for (is_actor, entry) in entries {
            let key = (is_actor, entry.name.clone());
            if self.ensured.get(&key) == Some(entry) {
                continue;
            }
            if is_actor {
                ensure_actor(self.tx, &entry.name, &entry.aliases)
            } else {
                ensure_place(self.tx, entry)
            }
            .map_err(self.err())?;
            self.ensured.insert(key, entry.clone());
        }
        Ok(())
    }
}

/// Evidence sentences as one cell. A sentence never holds a line break in the cell, so the cell
/// reads as one line per sentence in a spreadsheet; the separator is the list separator.
fn join_evidence(evidence: &[Evidence]) -> String {
    evidence
        .iter()
        .map(|e| e.sentence.as_str())
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

/// Days as a list cell: ISO days joined with [`LIST_SEPARATOR`].
pub fn join_days(days: &[chrono::NaiveDate]) -> String {
    days.iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join(LIST_SEPARATOR)
}

/// Split a multi-valued cell.
pub fn split_list(cell: &str) -> Vec<String> {
    if cell.is_empty() {
        Vec::new()
    } else {
        cell.split(LIST_SEPARATOR).map(str::to_string).collect()
    }
}
