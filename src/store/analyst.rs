//! The analyst's word on the merging: `merge`, `split` and `undo` by hand, kept as links
//! between readings by keys that survive reading a report again, so that every later grouping
//! honours them; and the fields an edit changed, laid over the best reading whenever an
//! incident's sources are grouped again.

use rusqlite::params;
use serde_json::Value;

use super::merging::{SELECT_MENTION, matches_key, mention_key, readings};
use super::{Loader, Result, Store, StoreError, get_incident, record_history};
use crate::merge::Names;
use crate::model::Incident;

/// Merges and splits by hand. Each is an analyst's link between readings, kept by keys that
/// survive reading the reports again, so that it outlasts re-imports and reprocessing; each
/// is recorded in the history of the incidents it touches, and can be undone.
impl Store {
    /// Join incidents: every source of `ids` tells one incident from now on. Returns it.
    pub fn merge_incidents(&mut self, ids: &[i64], reason: &str, names: &dyn Names) -> Result<i64> {
        if ids.len() < 2 {
            return Err(StoreError::Invalid(
                "merge needs two or more incident ids".into(),
            ));
        }
        self.transaction(|batch| {
            let loader = &mut batch.loader;
            let mut keys = Vec::new();
            for &id in ids {
                keys.push(loader.reading_keys(id)?);
            }
            let op = loader.next_op()?;
            let anchor = keys[0][0].clone();
            for key in keys.iter().flatten().skip(1) {
                loader.add_link(op, &anchor, key, true)?;
            }
            let others: Vec<String> = ids.iter().map(i64::to_string).collect();
            for &id in ids {
                let before = get_incident(loader.tx, &loader.path, id)?;
                let why = format!(
                    "merged by hand (op {op}) with {}{}",
                    others.join(", "),
                    reason_suffix(reason)
                );
                record_history(loader.tx, id, "merge", &why, &before.incident)
                    .map_err(loader.err())?;
            }
            let settled = loader.regroup(ids, names)?;
            Ok(settled.incident_of[0])
        })
    }

    /// Take sources (numbered from 1 as `show` lists them) out of an incident into a new one.
    /// Returns the new incident.
    pub fn split_incident(
        &mut self,
        id: i64,
        sources: &[usize],
        reason: &str,
        names: &dyn Names,
    ) -> Result<i64> {
        self.transaction(|batch| {
            let loader = &mut batch.loader;
            let keys = loader.reading_keys(id)?;
            let mut chosen: Vec<usize> = sources.to_vec();
            chosen.sort_unstable();
            chosen.dedup();
            if let Some(&bad) = chosen.iter().find(|&&n| n == 0 || n > keys.len()) {
                let has = match keys.len() {
                    0 => "no sources".to_string(),
                    1 => "only source 1".to_string(),
                    n => format!("sources 1 to {n}"),
                };
                return Err(StoreError::Invalid(format!(
                    "incident {id} has {has}; there is no source {bad} (see `tarikh show {id}`)"
                )));
            }
            if chosen.len() == keys.len() {
                return Err(StoreError::Invalid(format!(
                    "that would take every source out of incident {id}; name the sources to move (see `tarikh show {id}`)"
                )));
            }
            let op = loader.next_op()?;
            let moving: Vec<&String> = chosen.iter().map(|&n| &keys[n - 1]).collect();
            for (k, key) in keys.iter().enumerate() {
                if !chosen.contains(&(k + 1)) {
                    for m in &moving {
                        loader.add_link(op, m, key, false)?;
                    }
                }
            }
            for m in &moving[1..] {
                loader.add_link(op, moving[0], m, true)?;
            }
            let before = get_incident(loader.tx, &loader.path, id)?;
            let list: Vec<String> = chosen.iter().map(usize::to_string).collect();
            let sources = if list.len() == 1 { "source" } else { "sources" };
            let why = format!("split by hand (op {op}): {sources} {} taken out{}", list.join(", "), reason_suffix(reason));
            record_history(loader.tx, id, "split", &why, &before.incident).map_err(loader.err())?;
            loader.leaving = moving.iter().map(|k| k.to_string()).collect();
            // What is taken out becomes an incident of its own: apart, too, from every other
            // reading it could meet now (else it could join a neighbouring incident), and only
            // this incident's readings are grouped again, so its neighbours stay as they are.
            let settled = loader.regroup_with(&[id], names, |loader, pool| {
                for reading in pool {
                    let key = mention_key(reading);
                    if keys.contains(&key) {
                        continue;
                    }
                    for m in &moving {
                        loader.add_link(op, m, &key, false)?;
                    }
                }
                Ok(())
            }, true);
            loader.leaving.clear();
            settled?;
            let moved = loader.incident_of_key(moving[0])?;
            moved.ok_or_else(|| StoreError::Invalid(format!("the sources taken out of incident {id} tell no incident")))
        })
    }

    /// Undo the last merge or split by hand that touched incident `id`. Returns the incidents
    /// its sources tell afterwards.
    pub fn undo_manual(&mut self, id: i64, reason: &str, names: &dyn Names) -> Result<Vec<i64>> {
        self.transaction(|batch| {
            let loader = &mut batch.loader;
            let keys = loader.reading_keys(id)?;
            let mut op = None;
            for key in &keys {
                let found: Option<i64> = loader
                    .tx
                    .query_row(
                        "SELECT max(op) FROM mention_links WHERE undone = 0 AND (a = ?1 OR b = ?1)",
                        [key],
                        |r| r.get(0),
                    )
                    .map_err(loader.err())?;
                op = op.max(found);
            }
            let op = op.ok_or_else(|| {
                StoreError::Invalid(format!(
                    "incident {id} has no merge or split by hand to undo"
                ))
            })?;
            // Every incident holding a reading the undone links name is grouped again.
            let links: Vec<(String, String, bool)> = loader
                .tx
                .prepare("SELECT a, b, together FROM mention_links WHERE op = ?1 ORDER BY id")
                .and_then(|mut st| {
                    st.query_map([op], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                        .collect()
                })
                .map_err(loader.err())?;
            let mut linked: std::collections::BTreeSet<String> = Default::default();
            // The readings the operation moved: what a merge joined, what a split took out (a
            // split's other links name the neighbours it was set apart from).
            let mut moved: std::collections::BTreeSet<String> = Default::default();
            for (a, b, together) in links {
                moved.insert(a.clone());
                if together {
                    moved.insert(b.clone());
                }
                linked.extend([a, b]);
            }
            loader
                .tx
                .execute("UPDATE mention_links SET undone = 1 WHERE op = ?1", [op])
                .map_err(loader.err())?;
            let mut incidents = vec![id];
            for key in &linked {
                if let Some(other) = loader.incident_of_key(key)?
                    && !incidents.contains(&other)
                {
                    incidents.push(other);
                }
            }
            for &i in &incidents {
                let before = get_incident(loader.tx, &loader.path, i)?;
                let why = format!("undid op {op}{}", reason_suffix(reason));
                record_history(loader.tx, i, "undo", &why, &before.incident)
                    .map_err(loader.err())?;
            }
            loader.regroup(&incidents, names)?;
            // Where the incident's readings and those the operation moved went (the regrouped
            // pool also holds neighbours the undoing did not touch).
            let mut after: Vec<i64> = Vec::new();
            for key in keys.iter().chain(&moved) {
                if let Some(incident) = loader.incident_of_key(key)? {
                    after.push(incident);
                }
            }
            after.sort_unstable();
            after.dedup();
            Ok(after)
        })
    }
}

fn reason_suffix(reason: &str) -> String {
    if reason.is_empty() {
        String::new()
    } else {
        format!(": {reason}")
    }
}

impl Loader<'_> {
    /// The keys of an incident's readings, in the order `show` lists them; refused for an
    /// incident no report tells.
    fn reading_keys(&self, id: i64) -> Result<Vec<String>> {
        let incident = get_incident(self.tx, &self.path, id)?;
        if incident.deleted_at.is_some() {
            return Err(StoreError::Deleted(id));
        }
        let keys: Vec<String> = readings(self.tx, &self.path, id)?
            .iter()
            .map(mention_key)
            .collect();
        if keys.is_empty() {
            return Err(StoreError::Invalid(format!(
                "incident {id} was not read from a report (a hand entry or a data row): it has no sources to merge or split; use `tarikh edit` or `tarikh delete`"
            )));
        }
        Ok(keys)
    }

    fn next_op(&self) -> Result<i64> {
        self.tx
            .query_row(
                "SELECT coalesce(max(op), 0) + 1 FROM mention_links",
                [],
                |r| r.get(0),
            )
            .map_err(self.err())
    }

    fn add_link(&self, op: i64, a: &str, b: &str, together: bool) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO mention_links (op, a, b, together) VALUES (?1, ?2, ?3, ?4)",
                params![op, a, b, together],
            )
            .map_err(self.err())?;
        Ok(())
    }

    /// The live incident holding the reading with this key, if any.
    fn incident_of_key(&self, key: &str) -> Result<Option<i64>> {
        let Some((hash, _)) = key.split_once('@') else {
            return Ok(None);
        };
        let sql = format!("{SELECT_MENTION} WHERE r.hash = ?1 AND i.deleted_at IS NULL");
        for row in self.mention_rows(&sql, params![hash])? {
            let incident = row.incident_id;
            let (reading, _) = self.reading_of(row)?;
            if matches_key(&reading, key) {
                return Ok(Some(incident));
            }
        }
        Ok(None)
    }
}

impl Loader<'_> {
    /// Remember the fields an edit changed, so that they outlast a regrouping.
    pub(super) fn keep_overrides(
        &self,
        id: i64,
        before: &Incident,
        after: &Incident,
    ) -> Result<()> {
        let (Ok(Value::Object(old)), Ok(Value::Object(new))) =
            (serde_json::to_value(before), serde_json::to_value(after))
        else {
            return Ok(());
        };
        let mut kept = self.overrides(id)?;
        for (field, value) in new {
            if !SOURCE_FIELDS.contains(&field.as_str()) && old.get(&field) != Some(&value) {
                kept.insert(field, value);
            }
        }
        self.tx
            .execute(
                "UPDATE incidents SET overrides = ?1 WHERE id = ?2",
                params![Value::Object(kept).to_string(), id],
            )
            .map_err(self.err())?;
        Ok(())
    }

    fn overrides(&self, id: i64) -> Result<serde_json::Map<String, Value>> {
        let text: String = super::row(
            self.tx,
            "SELECT overrides FROM incidents WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .map_err(self.err())?;
        Ok(match serde_json::from_str(&text) {
            Ok(Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        })
    }

    /// The best reading with the analyst's edits of incident `id` on top.
    pub(super) fn with_overrides(&self, id: i64, combined: Incident) -> Result<Incident> {
        let overrides = self.overrides(id)?;
        if overrides.is_empty() {
            return Ok(combined);
        }
        let Ok(Value::Object(mut fields)) = serde_json::to_value(&combined) else {
            return Ok(combined);
        };
        fields.extend(overrides);
        Ok(serde_json::from_value(Value::Object(fields)).unwrap_or(combined))
    }
}

/// Fields that say where an incident comes from, not what the analyst says of it: an edit
/// never pins them.
const SOURCE_FIELDS: &[&str] = &["id", "uid", "evidence", "sources", "provenance", "seq"];
