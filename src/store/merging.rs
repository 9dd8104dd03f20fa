//! Merging at import: a report's readings join the incidents other reports already tell
//! ([`crate::merge`] holds the rules). The readings that can meet the new ones (found through
//! the mentions' date windows, then every reading of the incidents they belong to) are grouped
//! again as one set, so the result is the same whatever order the reports came in; then the
//! incidents whose readings changed are written back, and the mentions with them.

use std::collections::{BTreeMap, BTreeSet};

/// The writer's maps and sets, by mention and incident ids and short keys: FNV rather than
/// SipHash, whose hashing was 4 % of the writer (the keys are the database's, not an
/// adversary's; nothing depends on their order).
type HashMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<crate::text::Fnv>>;
type HashSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<crate::text::Fnv>>;

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, params};

use super::candidates::Search;
use super::{LoadStats, Loader, Result, StoreError, get_incident, record_history};
use crate::merge::{
    Constraints, Names, Reading, Source, cluster, combine, may_meet_sides, meeting_types, sideless,
    two_sided, window,
};
use crate::model::{EventType, Incident, Report};

/// Past this many readings beyond the new ones, the search for readings that can meet stops
/// widening: a group of reports this large around one day is re-grouped only where the new
/// readings reach.
const MAX_POOL: usize = 2_000;

/// Readings dated within this many days carry the search on to the readings they meet.
const CHAIN_DAYS: i64 = 2;

/// The most stored readings a batch keeps parsed (see [`ReadingCache`]; a reading is about 1 KB
/// of JSON, a few in memory); past it, the cache is emptied before the next report and filled
/// again with what that report's stories need.
const MAX_CACHED: usize = 10_000;

/// The stored readings parsed in this batch, by mention id, with the incident each belongs to:
/// every report of a story meets the story's readings again, and reading them back from SQL
/// and parsing their JSON for each report made the writer's cost grow with the number of
/// reports a story has. Only the writer changes mentions inside a batch, and it keeps this in
/// step (a mention moved to another incident is moved here too; a report read again drops its
/// mentions); an undone attempt empties it. A reading that is still its incident's columns
/// (`materialise`) is never kept: it changes with the incident. At most [`MAX_CACHED`]
/// readings are kept (plus one report's pool), and the cache ends with the batch.
#[derive(Default)]
pub(super) struct ReadingCache {
    by_id: HashMap<i64, (Reading, i64)>,
}

impl ReadingCache {
    pub(super) fn clear(&mut self) {
        self.by_id.clear();
    }

    /// A cached reading, as the pool takes it.
    fn get(&self, mention_id: i64) -> Option<(Reading, Stored)> {
        self.by_id.get(&mention_id).map(|(reading, incident_id)| {
            (
                reading.clone(),
                Stored {
                    mention_id,
                    incident_id: *incident_id,
                    materialise: false,
                },
            )
        })
    }

    fn keep(&mut self, reading: &Reading, stored: &Stored) {
        if !stored.materialise {
            self.by_id
                .insert(stored.mention_id, (reading.clone(), stored.incident_id));
        }
    }

    /// The mention now belongs to another incident.
    fn moved(&mut self, mention_id: i64, incident_id: i64) {
        if let Some(entry) = self.by_id.get_mut(&mention_id) {
            entry.1 = incident_id;
        }
    }

    fn forget(&mut self, mention_id: i64) {
        self.by_id.remove(&mention_id);
    }

    /// Empty the cache when it has grown past its bound (between reports).
    fn bound(&mut self) {
        if self.by_id.len() > MAX_CACHED {
            self.by_id = HashMap::default();
        }
    }
}

/// What a candidate search asks besides its days: the types, and its test of sides (how many
/// sides, and the type of a two-sided act told on an exact day, which meets whatever sides it
/// names), if it has one.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) struct SearchShape {
    types: Vec<EventType>,
    sides: Option<(usize, Option<EventType>)>,
}

/// A candidate search and its values (the window's days, the exact day, the sides): one made
/// already is not made again in the same gathering.
type SearchKey = (SearchShape, i64, i64, Option<i64>, Vec<String>);

/// A reading in the pool: where it is stored, if it is.
pub(super) struct Stored {
    mention_id: i64,
    incident_id: i64,
    /// The reading was the incident's own columns (a mention made by the schema migration):
    /// write it out before the incident changes.
    materialise: bool,
}

fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// A report's incidents as readings, each with its source.
fn readings_of(report_id: i64, report: &Report, incidents: &[Incident]) -> Vec<Reading> {
    let name = report.credit();
    incidents
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
        .collect()
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
        self.place_readings(
            report_id,
            report,
            incidents,
            names,
            &[],
            &HashMap::default(),
        )
    }

    /// Keep a stored report's readings for [`Loader::settle_staged`].
    pub(super) fn stage(&mut self, report_id: i64, report: &Report, incidents: &[Incident]) {
        self.staged.push(readings_of(report_id, report, incidents));
    }

    /// Group the staged reports' readings at once (see [`super::Batch::settle_staged`]).
    pub(super) fn settle_staged(&mut self, names: &dyn Names) -> Result<()> {
        let mut pool: Vec<Reading> = std::mem::take(&mut self.staged).concat();
        if pool.is_empty() {
            return Ok(());
        }
        self.readings.bound();
        let mut stored: Vec<Option<Stored>> = (0..pool.len()).map(|_| None).collect();
        self.gather_pool(&mut pool, &mut stored, names)?;
        self.settle(&pool, &stored, names, &[], &HashMap::default())?;
        Ok(())
    }

    /// Read a stored report again: its old readings go, the new ones are placed, and the
    /// incidents the old ones belonged to are grouped again with them (an incident no source
    /// tells any more is deleted, kept in history). Links by hand hold, by their keys.
    pub(super) fn replace_readings(
        &mut self,
        report_id: i64,
        report: &Report,
        incidents: &[Incident],
        names: &dyn Names,
    ) -> Result<LoadStats> {
        // Each old reading's incident, by its key: a new reading with the same key is the same
        // mention read again, and keeps its incident's id.
        let sql = format!("{SELECT_MENTION} WHERE m.report_id = ?1 ORDER BY m.id");
        let mut heirs: HashMap<String, i64> = HashMap::default();
        let mut previously: Vec<i64> = Vec::new();
        for row in self.mention_rows(&sql, params![report_id])? {
            let incident = row.incident_id;
            let (reading, s) = self.reading_of(row)?;
            // Its mentions go (and its record has changed already).
            self.readings.forget(s.mention_id);
            heirs.entry(mention_key(&reading)).or_insert(incident);
            if !previously.contains(&incident) {
                previously.push(incident);
            }
        }
        self.run("DELETE FROM mentions WHERE report_id = ?1", [report_id])?;
        self.mention_index.clear();
        self.place_readings(report_id, report, incidents, names, &previously, &heirs)
    }

    fn place_readings(
        &mut self,
        report_id: i64,
        report: &Report,
        incidents: &[Incident],
        names: &dyn Names,
        previously: &[i64],
        heirs: &HashMap<String, i64>,
    ) -> Result<LoadStats> {
        self.readings.bound();
        let mut pool = readings_of(report_id, report, incidents);
        let new_count = pool.len();
        let mut stored: Vec<Option<Stored>> = (0..new_count).map(|_| None).collect();
        self.gather_pool(&mut pool, &mut stored, names)?;
        self.add_incidents(previously, &mut pool, &mut stored)?;
        let settled = self.settle(&pool, &stored, names, previously, heirs)?;
        let mut stats = LoadStats::default();
        for group in &settled.groups {
            let id = settled.incident_of[group[0]];
            if group.iter().any(|&i| i < new_count) {
                if group.iter().any(|&i| i >= new_count) && settled.before.contains(&id) {
                    stats.merged += group.iter().filter(|&&i| i < new_count).count() as u64;
                } else if !settled.before.contains(&id) {
                    stats.added += 1;
                }
            }
        }
        stats.ids = settled.incident_of[..new_count].to_vec();
        Ok(stats)
    }

    /// Group again the readings of the given incidents and of every stored reading they can
    /// meet, with the analyst's links, and write the result: after a merge or split by hand,
    /// its undoing, or a report taken out.
    pub(super) fn regroup(&mut self, incidents: &[i64], names: &dyn Names) -> Result<Settled> {
        self.regroup_with(incidents, names, |_, _| Ok(()), false)
    }

    /// [`Loader::regroup`], with `before` called on the gathered pool before it is grouped (a
    /// split by hand sets its readings apart from every other reading there); `only_these`
    /// groups the readings of `incidents` alone, leaving their neighbours as they are.
    pub(super) fn regroup_with(
        &mut self,
        incidents: &[i64],
        names: &dyn Names,
        before: impl FnOnce(&mut Self, &[Reading]) -> Result<()>,
        only_these: bool,
    ) -> Result<Settled> {
        self.readings.bound();
        let mut pool = Vec::new();
        let mut stored = Vec::new();
        self.add_incidents(incidents, &mut pool, &mut stored)?;
        self.gather_pool(&mut pool, &mut stored, names)?;
        before(self, &pool)?;
        if only_these {
            (pool, stored) = pool
                .into_iter()
                .zip(stored)
                .filter(|(_, s)| {
                    s.as_ref()
                        .is_some_and(|s| incidents.contains(&s.incident_id))
                })
                .unzip();
        }
        self.settle(&pool, &stored, names, &[], &HashMap::default())
    }

    /// Add to the pool every stored reading of these incidents that is not in it yet.
    fn add_incidents(
        &mut self,
        incidents: &[i64],
        pool: &mut Vec<Reading>,
        stored: &mut Vec<Option<Stored>>,
    ) -> Result<()> {
        let mut seen: HashSet<i64> = stored.iter().flatten().map(|s| s.mention_id).collect();
        for &id in incidents {
            let sql = format!("{SELECT_MENTION_ID} WHERE m.incident_id = ?1 ORDER BY m.id");
            for mention_id in self.mention_ids(&sql, params![id])? {
                if seen.insert(mention_id)
                    && let Some((reading, s)) = self.stored_reading(mention_id)?
                {
                    pool.push(reading);
                    stored.push(Some(s));
                }
            }
        }
        Ok(())
    }

    /// A stored reading by its mention's id: from the batch's cache, else read and parsed (and
    /// kept). `None` when there is no such mention.
    fn stored_reading(&mut self, mention_id: i64) -> Result<Option<(Reading, Stored)>> {
        if let Some(found) = self.readings.get(mention_id) {
            return Ok(Some(found));
        }
        let by_id = format!("{SELECT_MENTION} WHERE m.id = ?1");
        let Some(row) = self.mention_rows(&by_id, [mention_id])?.into_iter().next() else {
            return Ok(None);
        };
        let (reading, s) = self.reading_of(row)?;
        self.readings.keep(&reading, &s);
        Ok(Some((reading, s)))
    }

    /// Group a pool of readings (the analyst's links kept) and write the incidents, mentions
    /// and history that change.
    fn settle(
        &mut self,
        pool: &[Reading],
        stored: &[Option<Stored>],
        names: &dyn Names,
        previously: &[i64],
        heirs: &HashMap<String, i64>,
    ) -> Result<Settled> {
        let constraints = self.constraints(pool)?;
        let groups = cluster(pool, names, &constraints);
        let mut incident_of = vec![0i64; pool.len()];
        let mut kept: HashSet<i64> = HashSet::default();
        let mut before: HashSet<i64> = stored.iter().flatten().map(|s| s.incident_id).collect();
        before.extend(previously);
        for group in &groups {
            let id = self.write_group(group, pool, stored, heirs, &mut kept)?;
            for &i in group {
                incident_of[i] = id;
            }
        }
        // Mentions: the new ones, and the stored ones that moved or are written out.
        for (i, reading) in pool.iter().enumerate() {
            match &stored[i] {
                None => self.insert_mention(incident_of[i], reading, names)?,
                Some(s) => {
                    if s.materialise {
                        self.run(
                            "UPDATE mentions SET reading = ?1 WHERE id = ?2",
                            params![json(&reading.incident).map_err(self.err())?, s.mention_id],
                        )?;
                    }
                    if s.incident_id != incident_of[i] {
                        self.run(
                            "UPDATE mentions SET incident_id = ?1 WHERE id = ?2",
                            params![incident_of[i], s.mention_id],
                        )?;
                        self.readings.moved(s.mention_id, incident_of[i]);
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
                None => "no source tells it any more (its report was read again)".to_string(),
            };
            record_history(self.tx, *id, "merge", &reason, &previous.incident)
                .map_err(self.err())?;
            self.set_deleted(*id, true)?;
        }
        Ok(Settled {
            groups,
            incident_of,
            before,
        })
    }

    /// The analyst's standing links between readings of the pool, by index.
    fn constraints(&self, pool: &[Reading]) -> Result<Constraints> {
        // The latest word on a pair of readings stands: a split by hand that takes out
        // readings an earlier merge joined parts them (and undoing it joins them again).
        let links: Vec<(String, String, bool)> = self
            .tx
            .prepare_cached(
                "SELECT a, b, together FROM mention_links WHERE undone = 0 ORDER BY op, id",
            )
            .and_then(|mut stmt| {
                stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect()
            })
            .map_err(self.err())?;
        // Most databases have none: the readings' keys are worked out only when there are.
        if links.is_empty() {
            return Ok(Constraints::default());
        }
        let index: HashMap<String, usize> = pool
            .iter()
            .enumerate()
            .map(|(i, r)| (mention_key(r), i))
            .collect();
        // Links in the older form name the first reading of their sentence.
        let mut legacy: HashMap<String, usize> = HashMap::default();
        if links
            .iter()
            .any(|(a, b, _)| !a.contains('/') || !b.contains('/'))
        {
            for (i, r) in pool.iter().enumerate() {
                let first = legacy.entry(legacy_key(r)).or_insert(i);
                if r.source.position < pool[*first].source.position {
                    *first = i;
                }
            }
        }
        let find = |key: &str| {
            if key.contains('/') {
                index.get(key)
            } else {
                legacy.get(key)
            }
        };
        let mut latest: BTreeMap<(usize, usize), bool> = BTreeMap::new();
        for (a, b, together) in &links {
            if let (Some(&i), Some(&j)) = (find(a), find(b)) {
                latest.insert((i.min(j), i.max(j)), *together);
            }
        }
        let mut constraints = Constraints::default();
        for (pair, together) in latest {
            if together {
                constraints.together.push(pair);
            } else {
                constraints.apart.push(pair);
            }
        }
        Ok(constraints)
    }

    /// Widen the pool from the new readings to every stored reading they can meet, and the
    /// readings those can meet, and so on through readings dated within [`CHAIN_DAYS`]
    /// (grouping only the first step again would make the result depend on the order of
    /// imports); then add every other reading of the incidents reached, so that each is
    /// grouped whole.
    fn gather_pool(
        &mut self,
        pool: &mut Vec<Reading>,
        stored: &mut Vec<Option<Stored>>,
        names: &dyn Names,
    ) -> Result<()> {
        let mut seen: HashSet<i64> = stored.iter().flatten().map(|s| s.mention_id).collect();
        // Searches already made (many readings of one incident ask the same), and readings read
        // from the database that have not met the pool yet: each row is read once, however many
        // searches find it (a story told by many reports made this quadratic in them).
        let mut asked: HashSet<SearchKey> = HashSet::default();
        // (with each one's sides, asked once however many readings it is weighed against)
        let mut loaded: HashMap<i64, (Reading, Stored, Vec<String>)> = HashMap::default();
        // Whether each incident the searches found is not deleted (nothing changes while the
        // pool is gathered).
        let mut live_incidents: HashMap<i64, bool> = HashMap::default();
        // Each reading to search from, and whether what it finds is searched from in turn.
        let mut queue: Vec<(usize, bool)> = (0..pool.len()).map(|i| (i, true)).collect();
        let limit = pool.len() + MAX_POOL;
        while let Some((i, chain)) = queue.pop() {
            if pool.len() >= limit {
                break;
            }
            let Some((lo, hi)) = window(&pool[i].incident.date) else {
                continue;
            };
            let (lo, hi) = (day_number(lo), day_number(hi));
            // The hard rules the index can apply before a reading is parsed: the date window,
            // the types, an exact day, shared sides.
            let exact = pool[i].incident.date.exact_day().map(day_number);
            let reading_sides = crate::merge::sides(&pool[i].incident, names);
            let event_type = pool[i].incident.event_type;
            let side_values: Vec<String> = if reading_sides.is_empty() || sideless(event_type) {
                Vec::new()
            } else {
                reading_sides.iter().map(|a| format!("|{a}|")).collect()
            };
            let shape = SearchShape {
                types: meeting_types(event_type),
                sides: (!side_values.is_empty()).then(|| {
                    // Two-sided acts on one exact day meet whatever sides they name.
                    let two_sided_day =
                        (exact.is_some() && two_sided(event_type)).then_some(event_type);
                    (side_values.len(), two_sided_day)
                }),
            };
            let search = Search {
                lo,
                hi,
                exact,
                types: &shape.types,
                sides: &side_values,
                two_sided_day: shape.sides.and_then(|(_, t)| t),
            };
            let found = if asked.contains(&(shape.clone(), lo, hi, exact, side_values.clone())) {
                None
            } else {
                Some(
                    self.mention_index
                        .search(self.tx, &search)
                        .map_err(self.err())?,
                )
            };
            let ids = if let Some(found) = found {
                asked.insert((shape, lo, hi, exact, side_values));
                let mut ids = Vec::with_capacity(found.len());
                for id in found {
                    ids.push(id);
                    if seen.contains(&id) || loaded.contains_key(&id) {
                        continue;
                    }
                    if let Some((reading, s)) = self.stored_reading(id)? {
                        let live = match live_incidents.get(&s.incident_id) {
                            Some(&live) => live,
                            None => {
                                let live = self.incident_live(s.incident_id)?;
                                live_incidents.insert(s.incident_id, live);
                                live
                            }
                        };
                        if !live {
                            continue;
                        }
                        let sides = crate::merge::sides(&reading.incident, names);
                        loaded.insert(id, (reading, s, sides));
                    }
                }
                ids
            } else {
                // Another reading made the same search: what it found is in the pool now, or
                // still loaded. A loaded reading that can meet this one is one the search finds
                // (the search asks less than `may_meet`), so trying every loaded one is enough.
                let mut ids: Vec<i64> = loaded.keys().copied().collect();
                ids.sort_unstable();
                ids
            };
            self.meet_loaded(
                &ids,
                limit,
                i,
                &reading_sides,
                chain,
                pool,
                stored,
                &mut seen,
                &mut loaded,
                &mut queue,
                names,
            );
        }
        let incidents: BTreeSet<i64> = stored.iter().flatten().map(|s| s.incident_id).collect();
        let incidents: Vec<i64> = incidents.into_iter().collect();
        self.add_incidents(&incidents, pool, stored)
    }

    /// Move into the pool the loaded readings among `ids` that can meet pool reading `i`.
    #[allow(clippy::too_many_arguments)]
    fn meet_loaded(
        &self,
        ids: &[i64],
        limit: usize,
        i: usize,
        sides_i: &[String],
        chain: bool,
        pool: &mut Vec<Reading>,
        stored: &mut Vec<Option<Stored>>,
        seen: &mut HashSet<i64>,
        loaded: &mut HashMap<i64, (Reading, Stored, Vec<String>)>,
        queue: &mut Vec<(usize, bool)>,
        names: &dyn Names,
    ) {
        for id in ids {
            if pool.len() >= limit {
                return;
            }
            let meets = loaded.get(id).is_some_and(|(reading, _, sides)| {
                may_meet_sides(&pool[i], reading, sides_i, sides, names)
            });
            if !meets {
                continue;
            }
            if let Some((reading, s, _)) = loaded.remove(id) {
                seen.insert(s.mention_id);
                pool.push(reading);
                stored.push(Some(s));
                // The chain goes on only through readings dated within a few days: a vague one
                // ("on or before" a day) meets everything near it, and would make a conflict's
                // whole timeline one chain to group again on every import. What a vague one
                // meets is still gathered, one step and no further: whether it stands alone
                // depends on how many incidents it fits.
                let last = &pool[pool.len() - 1].incident.date;
                let narrow = last
                    .earliest()
                    .zip(last.latest())
                    .is_some_and(|(a, b)| (b - a).num_days() <= CHAIN_DAYS);
                if chain {
                    queue.push((pool.len() - 1, narrow));
                }
            }
        }
    }

    /// The mention ids a search finds, without reading the mentions.
    fn mention_ids(&self, sql: &str, values: impl rusqlite::Params) -> Result<Vec<i64>> {
        self.tx
            .prepare_cached(sql)
            .and_then(|mut stmt| {
                stmt.query_map(values, |r| r.get(0))?
                    .collect::<rusqlite::Result<Vec<i64>>>()
            })
            .map_err(self.err())
    }

    /// Whether an incident is there and not deleted.
    fn incident_live(&self, id: i64) -> Result<bool> {
        self.tx
            .prepare_cached("SELECT deleted_at IS NULL FROM incidents WHERE id = ?1")
            .and_then(|mut stmt| {
                stmt.query_map([id], |r| r.get::<_, bool>(0))?
                    .next()
                    .transpose()
            })
            .map(|live| live.unwrap_or(false))
            .map_err(self.err())
    }

    /// An incident's actors as stored, without reading the rest of it.
    fn stored_actors(&self, id: i64) -> Result<Vec<String>> {
        let text: String = super::row(
            self.tx,
            "SELECT actors_text FROM incidents WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .map_err(self.err())?;
        Ok(super::split_list(&text))
    }

    pub(super) fn mention_rows(
        &self,
        sql: &str,
        values: impl rusqlite::Params,
    ) -> Result<Vec<MentionRow>> {
        mention_rows(self.tx, &self.path, sql, values)
    }

    pub(super) fn reading_of(&self, row: MentionRow) -> Result<(Reading, Stored)> {
        reading_of(self.tx, &self.path, row)
    }

    /// Write the incident a group of readings tells: the stored incident that holds most of
    /// them keeps its id (the lowest on a tie); a group without one is a new incident.
    fn write_group(
        &mut self,
        group: &[usize],
        pool: &[Reading],
        stored: &[Option<Stored>],
        heirs: &HashMap<String, i64>,
        kept: &mut HashSet<i64>,
    ) -> Result<i64> {
        let mut held: BTreeMap<i64, usize> = BTreeMap::new();
        for &i in group {
            let holder = match &stored[i] {
                Some(_)
                    if !self.leaving.is_empty()
                        && self.leaving.contains(&mention_key(&pool[i])) =>
                {
                    None
                }
                Some(s) => Some(s.incident_id),
                None => heirs.get(&mention_key(&pool[i])).copied(),
            };
            if let Some(id) = holder {
                *held.entry(id).or_default() += 1;
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
        let place = combined.place.clone();
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
                    let previous_actors = self.stored_actors(id)?;
                    let combined = self.with_overrides(id, combined)?;
                    self.update(id, &combined, &previous_actors)?;
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
        // (After the incident is written: its place's row exists by then.)
        self.spellings_of_place(&readings, place.as_deref())?;
        kept.insert(id);
        Ok(id)
    }

    /// A place the gazetteer does not list, spelled one way by the incident and another by one
    /// of its readings (Aguelhok, أغلهوك): the reading's spelling becomes an alias of the
    /// incident's place, so that `timeline --place` finds the incident under either.
    fn spellings_of_place(&self, readings: &[&Reading], best: Option<&str>) -> Result<()> {
        let Some(best) = best.filter(|b| !b.is_empty()) else {
            return Ok(());
        };
        let mut stmt = self
            .tx
            .prepare_cached(
                "INSERT OR IGNORE INTO place_aliases (place_id, alias, key, prefix)
             SELECT id, ?2, ?3, 0 FROM places WHERE name = ?1",
            )
            .map_err(self.err())?;
        for r in readings {
            let Some(own) = r.incident.place.as_deref() else {
                continue;
            };
            if own == best || !crate::ingest::roles::unlisted::same_name(own, best) {
                continue;
            }
            let key = crate::text::fold_key(own);
            if !key.is_empty() {
                stmt.execute(params![best, own, key]).map_err(self.err())?;
            }
        }
        Ok(())
    }

    fn mention_count(&self, incident_id: i64) -> Result<usize> {
        super::row(
            self.tx,
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
        self.run("DELETE FROM evidence WHERE incident_id = ?1", [id])?;
        for (position, e) in incident.evidence.iter().enumerate() {
            let report_id = e.report.as_deref().and_then(|h| reports.get(h).copied());
            self.insert_evidence(id, position, report_id, e)?;
        }
        self.run(
            "UPDATE incidents SET evidence_text = ?1 WHERE id = ?2",
            params![super::join_evidence(&incident.evidence), id],
        )?;
        Ok(())
    }

    fn insert_mention(
        &mut self,
        incident_id: i64,
        reading: &Reading,
        names: &dyn Names,
    ) -> Result<()> {
        let win = window(&reading.incident.date);
        let sides: String = crate::merge::sides(&reading.incident, names)
            .iter()
            .map(|a| format!("|{a}|"))
            .collect();
        self.tx
            .prepare_cached(
                "INSERT INTO mentions (incident_id, report_id, position, event_type, win_start, win_end,
                                       day_exact, sides, reading)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    incident_id,
                    reading.source.report_id,
                    reading.source.position,
                    reading.incident.event_type.as_str(),
                    win.map(|(a, _)| day_number(a)),
                    win.map(|(_, b)| day_number(b)),
                    reading.incident.date.exact_day().map(day_number),
                    sides,
                    json(&reading.incident)?,
                ])
            })
            .map_err(self.err())?;
        self.mention_index.insert(
            self.tx.last_insert_rowid(),
            reading.incident.event_type,
            reading.incident.date.exact_day().map(day_number),
            win.map(|(a, b)| (day_number(a), day_number(b))),
            &sides,
        );
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
            name: crate::model::credit(&row.source, &row.title),
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

/// What [`Loader::settle`] decided: the groups (indices into the pool), the incident of each
/// reading, and the incidents the pool's stored readings belonged to before.
pub(super) struct Settled {
    pub groups: Vec<Vec<usize>>,
    pub incident_of: Vec<i64>,
    pub before: HashSet<i64>,
}

/// A reading's identity that survives reading its report again: the report, where its first
/// sentence starts, and its type (one sentence often tells several incidents: "fought on
/// Friday after a truce agreed on Wednesday collapsed").
pub(super) fn mention_key(r: &Reading) -> String {
    format!("{}/{}", legacy_key(r), r.incident.event_type)
}

/// The key links made before types were part of it (schema 2 as first released) name a
/// reading by: the report and where its first sentence starts. [`matches_key`] takes both.
fn legacy_key(r: &Reading) -> String {
    let at = r
        .incident
        .evidence
        .first()
        .and_then(|e| e.char_start)
        .map_or(format!("#{}", r.source.position), |c| c.to_string());
    format!("{}@{at}", r.source.report_hash)
}

/// True when a stored link's key names this reading.
pub(super) fn matches_key(r: &Reading, key: &str) -> bool {
    if key.contains('/') {
        mention_key(r) == key
    } else {
        legacy_key(r) == key
    }
}

pub(super) const SELECT_MENTION: &str =
    "SELECT m.id, m.incident_id, m.position, m.reading, r.id, r.hash,
    r.source, r.title, r.url, r.published
  FROM mentions m JOIN reports r ON r.id = m.report_id JOIN incidents i ON i.id = m.incident_id";

/// The ids of the mentions [`SELECT_MENTION`] finds.
const SELECT_MENTION_ID: &str = "SELECT m.id
  FROM mentions m JOIN reports r ON r.id = m.report_id JOIN incidents i ON i.id = m.incident_id";

pub(super) struct MentionRow {
    mention_id: i64,
    pub(super) incident_id: i64,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::IncidentDate;
    use crate::merge::Source;
    use crate::model::{EventType, Evidence};

    fn reading(event_type: EventType, sentence_at: usize, position: i64) -> Reading {
        let day = chrono::NaiveDate::from_ymd_opt(2022, 9, 16).expect("a day");
        let mut incident = Incident::new(IncidentDate::day(day), event_type, "t");
        incident.evidence = vec![Evidence {
            sentence: "Fought on Friday after a truce agreed on Wednesday collapsed.".into(),
            report: Some("abc".into()),
            char_start: Some(sentence_at),
            char_end: Some(sentence_at + 60),
        }];
        Reading {
            incident,
            source: Source {
                report_id: 1,
                report_hash: "abc".into(),
                name: "Wire".into(),
                url: None,
                published: day,
                position,
            },
        }
    }

    #[test]
    fn two_incidents_of_one_sentence_have_their_own_keys() {
        let clash = reading(EventType::ArmedClash, 120, 0);
        let truce = reading(EventType::Ceasefire, 120, 1);
        assert_ne!(mention_key(&clash), mention_key(&truce));
        assert!(matches_key(&clash, &mention_key(&clash)));
        assert!(!matches_key(&truce, &mention_key(&clash)));
        // A link in the older form (report and sentence) still finds its sentence.
        assert!(matches_key(&clash, "abc@120"));
        assert!(!matches_key(&clash, "abc@121"));
    }
}
