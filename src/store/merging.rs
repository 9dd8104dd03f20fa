//! Merging at import: a report's readings join the incidents other reports already tell
//! ([`crate::merge`] holds the rules). The readings that can meet the new ones (found through
//! the mentions' date windows, then every reading of the incidents they belong to) are grouped
//! again as one set, so the result is the same whatever order the reports came in; then the
//! incidents whose readings changed are written back, and the mentions with them.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, params};

use super::{LoadStats, Loader, Result, StoreError, get_incident, record_history};
use crate::merge::{
    Constraints, MAX_WINDOW_DAYS, Names, Reading, Source, cluster, combine, may_meet,
    meeting_types, window,
};
use crate::model::{Incident, Report};

/// Past this many readings, the search for readings that can meet stops widening: a group of
/// reports this large around one day is re-grouped only where the new readings reach.
const MAX_POOL: usize = 2_000;

/// A reading in the pool: where it is stored, if it is.
struct Stored {
    mention_id: i64,
    incident_id: i64,
    /// The reading was the incident's own columns (a mention made by the schema migration):
    /// write it out before the incident changes.
    materialise: bool,
}

fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

impl Loader<'_> {
    /// Store a report's incidents as readings, merged with the incidents other reports tell.
    pub(super) fn place_report(
        &mut self,
        report_id: i64,
        report: &Report,
        incidents: &[Incident],
        names: &dyn Names,
    ) -> Result<LoadStats> {
        let name = if report.source.is_empty() {
            report.title.clone()
        } else {
            report.source.clone()
        };
        let mut pool: Vec<Reading> = incidents
            .iter()
            .enumerate()
            .map(|(k, incident)| Reading {
                incident: incident.clone(),
                source: Source {
                    report_id,
                    report_hash: report.hash.clone(),
                    name: name.clone(),
                    url: report.url.clone(),
                    published: report.published,
                    position: k as i64,
                },
            })
            .collect();
        let new_count = pool.len();
        let mut stored: Vec<Option<Stored>> = (0..new_count).map(|_| None).collect();
        self.gather_pool(&mut pool, &mut stored, names)?;

        let groups = cluster(&pool, names, &Constraints::default());
        let mut stats = LoadStats::default();
        let mut incident_of = vec![0i64; pool.len()];
        let mut kept: HashSet<i64> = HashSet::new();
        let before: HashSet<i64> = stored.iter().flatten().map(|s| s.incident_id).collect();
        for group in &groups {
            let id = self.write_group(group, &pool, &stored, &mut kept)?;
            for &i in group {
                incident_of[i] = id;
            }
            if group.iter().any(|&i| i < new_count) {
                if group.iter().any(|&i| i >= new_count) && before.contains(&id) {
                    stats.merged += group.iter().filter(|&&i| i < new_count).count() as u64;
                } else if !before.contains(&id) {
                    stats.added += 1;
                }
            }
        }
        // Mentions: the new ones, and the stored ones that moved or are written out.
        for (i, reading) in pool.iter().enumerate() {
            match &stored[i] {
                None => self.insert_mention(incident_of[i], reading)?,
                Some(s) => {
                    if s.materialise {
                        self.tx
                            .execute(
                                "UPDATE mentions SET reading = ?1 WHERE id = ?2",
                                params![json(&reading.incident).map_err(self.err())?, s.mention_id],
                            )
                            .map_err(self.err())?;
                    }
                    if s.incident_id != incident_of[i] {
                        self.tx
                            .execute(
                                "UPDATE mentions SET incident_id = ?1 WHERE id = ?2",
                                params![incident_of[i], s.mention_id],
                            )
                            .map_err(self.err())?;
                    }
                }
            }
        }
        // Incidents whose every reading went to another: merged away, kept in history.
        let mut gone: Vec<i64> = before.difference(&kept).copied().collect();
        gone.sort_unstable();
        for id in &gone {
            let into = stored
                .iter()
                .position(|s| s.as_ref().is_some_and(|s| s.incident_id == *id))
                .map(|i| incident_of[i]);
            let previous = get_incident(self.tx, &self.path, *id)?;
            let reason = match into {
                Some(to) => format!("its sources tell incident {to}"),
                None => "its sources tell another incident".to_string(),
            };
            record_history(self.tx, *id, "merge", &reason, &previous.incident)
                .map_err(self.err())?;
            self.set_deleted(*id, true)?;
        }
        stats.ids = incident_of[..new_count].to_vec();
        Ok(stats)
    }

    /// Widen the pool from the new readings to every stored reading they can meet, and the
    /// readings those can meet, and so on; then add every other reading of the incidents
    /// reached, so that each is grouped whole.
    fn gather_pool(
        &mut self,
        pool: &mut Vec<Reading>,
        stored: &mut Vec<Option<Stored>>,
        names: &dyn Names,
    ) -> Result<()> {
        let mut seen: HashSet<i64> = HashSet::new();
        let mut queue: Vec<usize> = (0..pool.len()).collect();
        while let Some(i) = queue.pop() {
            if pool.len() >= MAX_POOL {
                break;
            }
            let Some((lo, hi)) = window(&pool[i].incident.date) else {
                continue;
            };
            let types: Vec<String> = meeting_types(pool[i].incident.event_type)
                .iter()
                .map(|t| format!("'{}'", t.as_str()))
                .collect();
            let (lo, hi) = (day_number(lo), day_number(hi));
            let sql = format!(
                "{SELECT_MENTION} WHERE m.win_start BETWEEN ?1 AND ?2 AND m.win_end >= ?3
                   AND m.event_type IN ({}) AND i.deleted_at IS NULL",
                types.join(",")
            );
            let rows =
                self.mention_rows(&sql, params![lo - MAX_WINDOW_DAYS - 1, hi + 1, lo - 1])?;
            for row in rows {
                if seen.contains(&row.mention_id) {
                    continue;
                }
                let (reading, s) = self.reading_of(row)?;
                if may_meet(&pool[i], &reading, names) {
                    seen.insert(s.mention_id);
                    pool.push(reading);
                    stored.push(Some(s));
                    queue.push(pool.len() - 1);
                }
            }
        }
        let incidents: BTreeMap<i64, ()> = stored
            .iter()
            .flatten()
            .map(|s| (s.incident_id, ()))
            .collect();
        for id in incidents.keys() {
            let sql = format!("{SELECT_MENTION} WHERE m.incident_id = ?1");
            for row in self.mention_rows(&sql, params![id])? {
                if seen.insert(row.mention_id) {
                    let (reading, s) = self.reading_of(row)?;
                    pool.push(reading);
                    stored.push(Some(s));
                }
            }
        }
        Ok(())
    }

    fn mention_rows(&self, sql: &str, values: impl rusqlite::Params) -> Result<Vec<MentionRow>> {
        mention_rows(self.tx, &self.path, sql, values)
    }

    fn reading_of(&self, row: MentionRow) -> Result<(Reading, Stored)> {
        reading_of(self.tx, &self.path, row)
    }

    /// Write the incident a group of readings tells: the stored incident that holds most of
    /// them keeps its id (the lowest on a tie); a group without one is a new incident.
    fn write_group(
        &mut self,
        group: &[usize],
        pool: &[Reading],
        stored: &[Option<Stored>],
        kept: &mut HashSet<i64>,
    ) -> Result<i64> {
        let mut held: BTreeMap<i64, usize> = BTreeMap::new();
        for &i in group {
            if let Some(s) = &stored[i] {
                *held.entry(s.incident_id).or_default() += 1;
            }
        }
        let anchor = held
            .iter()
            .filter(|(id, _)| !kept.contains(id))
            .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
            .map(|(id, _)| *id);
        let readings: Vec<&Reading> = group.iter().map(|&i| &pool[i]).collect();
        let (mut combined, provenance) = combine(&readings);
        combined.provenance = provenance;
        let reports: HashMap<&str, i64> = readings
            .iter()
            .map(|r| (r.source.report_hash.as_str(), r.source.report_id))
            .collect();
        let id = match anchor {
            Some(id) => {
                let unchanged = held.len() == 1
                    && group
                        .iter()
                        .all(|&i| stored[i].as_ref().is_some_and(|s| !s.materialise))
                    && self.mention_count(id)? == group.len();
                if !unchanged {
                    let before = get_incident(self.tx, &self.path, id)?;
                    self.update(id, &combined, &before.incident.actors)?;
                    self.write_evidence(id, &combined, &reports)?;
                }
                id
            }
            None => {
                let lead = readings[0];
                let mut id = None;
                for attempt in 0..100 {
                    combined.uid = match attempt {
                        0 => lead.incident.uid.clone(),
                        n => format!("{}-{n}", lead.incident.uid),
                    };
                    if let Some(new) = self.insert(&combined, Some(lead.source.report_id))? {
                        id = Some(new);
                        break;
                    }
                }
                let id = id.ok_or_else(|| {
                    StoreError::Invalid(format!("no free uid for incident '{}'", combined.uid))
                })?;
                if reports.len() > 1 {
                    self.write_evidence(id, &combined, &reports)?;
                }
                id
            }
        };
        kept.insert(id);
        Ok(id)
    }

    fn mention_count(&self, incident_id: i64) -> Result<usize> {
        self.tx
            .query_row(
                "SELECT count(*) FROM mentions WHERE incident_id = ?1",
                [incident_id],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n as usize)
            .map_err(self.err())
    }

    /// Replace an incident's evidence rows (and cell) with the sentences of its readings, each
    /// row naming its report.
    fn write_evidence(
        &mut self,
        id: i64,
        incident: &Incident,
        reports: &HashMap<&str, i64>,
    ) -> Result<()> {
        self.tx
            .execute("DELETE FROM evidence WHERE incident_id = ?1", [id])
            .map_err(self.err())?;
        for (position, e) in incident.evidence.iter().enumerate() {
            let report_id = e.report.as_deref().and_then(|h| reports.get(h).copied());
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
        }
        self.tx
            .execute(
                "UPDATE incidents SET evidence_text = ?1 WHERE id = ?2",
                params![super::join_evidence(&incident.evidence), id],
            )
            .map_err(self.err())?;
        Ok(())
    }

    fn insert_mention(&mut self, incident_id: i64, reading: &Reading) -> Result<()> {
        let win = window(&reading.incident.date);
        self.tx
            .prepare_cached(
                "INSERT INTO mentions (incident_id, report_id, position, event_type, win_start, win_end, reading)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    incident_id,
                    reading.source.report_id,
                    reading.source.position,
                    reading.incident.event_type.as_str(),
                    win.map(|(a, _)| day_number(a)),
                    win.map(|(_, b)| day_number(b)),
                    json(&reading.incident)?,
                ])
            })
            .map_err(self.err())?;
        Ok(())
    }
}

/// The readings of an incident, each with its report, in the order they were stored.
pub(super) fn readings(conn: &Connection, path: &str, incident_id: i64) -> Result<Vec<Reading>> {
    let sql = format!("{SELECT_MENTION} WHERE m.incident_id = ?1 ORDER BY m.id");
    mention_rows(conn, path, &sql, params![incident_id])?
        .into_iter()
        .map(|row| reading_of(conn, path, row).map(|(r, _)| r))
        .collect()
}

fn mention_rows(
    conn: &Connection,
    path: &str,
    sql: &str,
    values: impl rusqlite::Params,
) -> Result<Vec<MentionRow>> {
    let err = |error| StoreError::Sqlite {
        path: path.to_string(),
        error,
    };
    let mut stmt = conn.prepare_cached(sql).map_err(err)?;
    let rows = stmt
        .query_map(values, |r| {
            Ok(MentionRow {
                mention_id: r.get(0)?,
                incident_id: r.get(1)?,
                position: r.get(2)?,
                reading: r.get(3)?,
                report_id: r.get(4)?,
                hash: r.get(5)?,
                source: r.get(6)?,
                title: r.get(7)?,
                url: r.get(8)?,
                published: r.get(9)?,
            })
        })
        .map_err(err)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(err)?;
    Ok(rows)
}

fn reading_of(conn: &Connection, path: &str, row: MentionRow) -> Result<(Reading, Stored)> {
    let (incident, materialise) = match &row.reading {
        Some(text) => (
            serde_json::from_str::<Incident>(text).map_err(|e| {
                StoreError::Invalid(format!(
                    "mention {}: unreadable reading: {e}",
                    row.mention_id
                ))
            })?,
            false,
        ),
        None => (get_incident(conn, path, row.incident_id)?.incident, true),
    };
    let published = row.published.parse::<NaiveDate>().map_err(|_| {
        StoreError::Invalid(format!(
            "report {}: bad publication day '{}'",
            row.report_id, row.published
        ))
    })?;
    let reading = Reading {
        incident,
        source: Source {
            report_id: row.report_id,
            report_hash: row.hash,
            name: if row.source.is_empty() {
                row.title
            } else {
                row.source
            },
            url: row.url,
            published,
            position: row.position,
        },
    };
    Ok((
        reading,
        Stored {
            mention_id: row.mention_id,
            incident_id: row.incident_id,
            materialise,
        },
    ))
}

const SELECT_MENTION: &str = "SELECT m.id, m.incident_id, m.position, m.reading, r.id, r.hash,
    r.source, r.title, r.url, r.published
  FROM mentions m JOIN reports r ON r.id = m.report_id JOIN incidents i ON i.id = m.incident_id";

struct MentionRow {
    mention_id: i64,
    incident_id: i64,
    position: i64,
    reading: Option<String>,
    report_id: i64,
    hash: String,
    source: String,
    title: String,
    url: Option<String>,
    published: String,
}

fn json(incident: &Incident) -> rusqlite::Result<String> {
    serde_json::to_string(incident)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}
