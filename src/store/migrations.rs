//! Schema migrations: numbered SQL files in `migrations/`, embedded at compile time, applied in
//! order, each in its own transaction; `PRAGMA user_version` records how far a database has got.

use rusqlite::{Connection, TransactionBehavior};

use super::{Result, StoreError};

/// The migrations, in order. Version N is reached by applying the first N.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_mentions.sql"),
    include_str!("../../migrations/0003_mentions_by_type.sql"),
    include_str!("../../migrations/0004_mentions_by_day.sql"),
    include_str!("../../migrations/0005_published.sql"),
    include_str!("../../migrations/0006_mentions_search_covered.sql"),
    include_str!("../../migrations/0007_mentions_broad.sql"),
];

/// The schema version this tarikh writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Refuse a database this tarikh cannot read: one from a newer tarikh, or some other program's.
pub(super) fn check_version(conn: &Connection, path: &str) -> Result<()> {
    let wrap = |source| StoreError::Sqlite {
        path: path.to_string(),
        error: source,
    };
    // One statement, so both answers come from the same snapshot even while another process
    // is creating the schema.
    let (version, tables): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version),
                    (SELECT count(*) FROM sqlite_master WHERE type = 'table')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(wrap)?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_string(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 && tables > 0 {
        return Err(StoreError::Foreign {
            path: path.to_string(),
        });
    }
    Ok(())
}

/// Bring the schema up to date. The version is read inside a write transaction, so two tarikh
/// processes opening a new database at once do not both apply the same migration.
pub(super) fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    check_version(conn, path)?;
    let wrap = |source| StoreError::Sqlite {
        path: path.to_string(),
        error: source,
    };
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        let current: i64 = tx
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(wrap)?;
        if current > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path: path.to_string(),
                found: current,
                supported: SCHEMA_VERSION,
            });
        }
        let Some(sql) = MIGRATIONS.get(current as usize) else {
            return Ok(());
        };
        tx.execute_batch(sql).map_err(wrap)?;
        if current + 1 == 7 {
            wide_windows(&tx).map_err(wrap)?;
        }
        tx.pragma_update(None, "user_version", current + 1)
            .map_err(wrap)?;
        tx.commit().map_err(wrap)?;
    }
}

/// Version 7's work that SQL cannot do: the window of each wide reading a mention holds (its date
/// is EDTF inside the reading's JSON). A date that does not parse keeps no window, as before.
fn wide_windows(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    let day = |d: chrono::NaiveDate| i64::from(chrono::Datelike::num_days_from_ce(&d));
    let mut select = tx.prepare(
        "SELECT id, json_extract(reading, '$.date') FROM mentions
         WHERE win_start IS NULL AND reading IS NOT NULL",
    )?;
    let mut update =
        tx.prepare("UPDATE mentions SET win_start = ?2, win_end = ?3 WHERE id = ?1")?;
    let rows = select.query_map([], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    for row in rows {
        let (id, date) = row?;
        let window = date
            .and_then(|d| crate::date::IncidentDate::parse_edtf(&d).ok())
            .and_then(|d| crate::merge::window(&d));
        if let Some((start, end)) = window {
            update.execute(rusqlite::params![id, day(start), day(end)])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_a_new_database_to_the_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, ":memory:").unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        // Applying again is a no-op.
        migrate(&mut conn, ":memory:").unwrap();
    }

    #[test]
    fn refuses_newer_and_foreign_databases() {
        let conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        assert!(matches!(
            check_version(&conn, "x.db"),
            Err(StoreError::NewerSchema { .. })
        ));
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        assert!(matches!(
            check_version(&conn, "x.db"),
            Err(StoreError::Foreign { .. })
        ));
    }
}
