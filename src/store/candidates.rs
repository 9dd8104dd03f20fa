//! The merge's candidate search, answered from memory within a batch.
//!
//! Every reading of a report asks which stored mentions of its types lie near its days. Asked
//! of SQLite, each search walked its indexes anew (a quarter of the writer's instructions on
//! the project's reports, about 85,000 a search): a story told by twenty reports asks the same
//! days again and again. Here the mentions' search columns are read from the database a block
//! of days and a type at a time, the first time a search needs them, and kept for the batch;
//! the writer adds each mention it writes to the blocks already read. Only the writer changes
//! mentions inside a batch: a report read again (its mentions deleted) or an undone attempt
//! empties the index, which then reads again what it needs.
//!
//! A reading told by its month or more broadly (see [`crate::merge::MIN_MONTH_DAYS`]) may meet
//! a wide one (a season, a year) that began up to [`MAX_WIDE_DAYS`] before it. Those are few,
//! and are read by their own index: searching a year back among all readings would read every
//! exact day of the year.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{Transaction, params};

use crate::merge::{MAX_WIDE_DAYS, MAX_WINDOW_DAYS, MIN_MONTH_DAYS};
use crate::model::EventType;

/// The days read from the database in one go, for one type.
const BLOCK_DAYS: i64 = 32;

/// One candidate search: the window of the reading that asks (as day numbers), its exact day,
/// the types it meets, and its test of sides (see [`super::merging::SearchShape`]).
pub(super) struct Search<'a> {
    pub lo: i64,
    pub hi: i64,
    pub exact: Option<i64>,
    pub types: &'a [EventType],
    /// The sides to look for, each as `|side|`; empty when the reading meets whatever sides a
    /// mention names.
    pub sides: &'a [String],
    /// A two-sided act told on an exact day meets a mention of its own type on that day
    /// whatever sides it names.
    pub two_sided_day: Option<EventType>,
}

/// Mentions of an exact day, by day: (id, sides).
type ByDay = BTreeMap<i64, Vec<(i64, Box<str>)>>;

/// Mentions of a window, by the window's first day: (last day, id, sides).
type ByWindow = BTreeMap<i64, Vec<(i64, i64, Box<str>)>>;

#[derive(Default)]
pub(super) struct MentionIndex {
    /// The (type, block) pairs whose mentions are all here.
    loaded: HashSet<(EventType, i64)>,
    days: HashMap<EventType, ByDay>,
    windows: HashMap<EventType, ByWindow>,
    /// The (type, block) pairs whose broad mentions are all in `broad`.
    loaded_broad: HashSet<(EventType, i64)>,
    /// Mentions without an exact day whose window spans a month or more.
    broad: HashMap<EventType, ByWindow>,
}

/// The mentions a query of windows gives (its values: the type, and the first days of a block),
/// kept by their window's first day.
fn read_windows(
    tx: &Transaction<'_>,
    sql: &str,
    (event_type, start, end): (EventType, i64, i64),
    into: &mut ByWindow,
) -> rusqlite::Result<()> {
    let mut query = tx.prepare_cached(sql)?;
    for row in query.query_map(params![event_type.as_str(), start, end], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
        ))
    })? {
        let (id, first, last, sides) = row?;
        into.entry(first)
            .or_default()
            .push((last, id, sides.into()));
    }
    Ok(())
}

/// Whether a window (as day numbers) spans a month or more.
fn broad(first: i64, last: i64) -> bool {
    last - first >= MIN_MONTH_DAYS
}

/// Whether a window (as day numbers) is wide: it meets only broad ones (see
/// [`crate::merge::is_wide`]).
fn wide(first: i64, last: i64) -> bool {
    last - first > MAX_WINDOW_DAYS
}

fn block(day: i64) -> i64 {
    day.div_euclid(BLOCK_DAYS)
}

/// The first and last days of the blocks of a type that hold the days `from..=to` and are not
/// read yet; each is marked read.
fn unread_blocks(
    loaded: &mut HashSet<(EventType, i64)>,
    event_type: EventType,
    from: i64,
    to: i64,
) -> Vec<(i64, i64)> {
    (block(from)..=block(to))
        .filter(|&b| loaded.insert((event_type, b)))
        .map(|b| (b * BLOCK_DAYS, b * BLOCK_DAYS + BLOCK_DAYS - 1))
        .collect()
}

impl MentionIndex {
    pub(super) fn clear(&mut self) {
        *self = MentionIndex::default();
    }

    /// A mention the writer has just stored: kept if its block has been read (else the
    /// database gives it when the block is read).
    pub(super) fn insert(
        &mut self,
        id: i64,
        event_type: EventType,
        exact: Option<i64>,
        window: Option<(i64, i64)>,
        sides: &str,
    ) {
        match (exact, window) {
            (Some(day), _) => {
                if self.loaded.contains(&(event_type, block(day))) {
                    self.days
                        .entry(event_type)
                        .or_default()
                        .entry(day)
                        .or_default()
                        .push((id, sides.into()));
                }
            }
            (None, Some((start, end))) => {
                let key = (event_type, block(start));
                let keep = |windows: &mut HashMap<EventType, ByWindow>| {
                    windows
                        .entry(event_type)
                        .or_default()
                        .entry(start)
                        .or_default()
                        .push((end, id, sides.into()));
                };
                if self.loaded.contains(&key) {
                    keep(&mut self.windows);
                }
                if broad(start, end) && self.loaded_broad.contains(&key) {
                    keep(&mut self.broad);
                }
            }
            (None, None) => {}
        }
    }

    /// Read from the database the blocks of a type that hold the days `from..=to`.
    fn ensure(
        &mut self,
        tx: &Transaction<'_>,
        event_type: EventType,
        from: i64,
        to: i64,
    ) -> rusqlite::Result<()> {
        for (start, end) in unread_blocks(&mut self.loaded, event_type, from, to) {
            let mut by_day = tx.prepare_cached(
                "SELECT id, day_exact, sides FROM mentions
                 WHERE event_type = ?1 AND day_exact BETWEEN ?2 AND ?3",
            )?;
            let days = self.days.entry(event_type).or_default();
            for row in by_day.query_map(params![event_type.as_str(), start, end], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })? {
                let (id, day, sides) = row?;
                days.entry(day).or_default().push((id, sides.into()));
            }
            read_windows(
                tx,
                "SELECT id, win_start, win_end, sides FROM mentions
                 WHERE event_type = ?1 AND day_exact IS NULL AND win_start BETWEEN ?2 AND ?3",
                (event_type, start, end),
                self.windows.entry(event_type).or_default(),
            )?;
        }
        Ok(())
    }

    /// Read from the database the broad mentions of a type whose window starts in `from..=to`.
    fn ensure_broad(
        &mut self,
        tx: &Transaction<'_>,
        event_type: EventType,
        from: i64,
        to: i64,
    ) -> rusqlite::Result<()> {
        for (start, end) in unread_blocks(&mut self.loaded_broad, event_type, from, to) {
            // The broadness test is written as the partial index's own (see migration 7), and
            // the index named: the index of all windows would serve too, reading every narrow
            // one of the year.
            read_windows(
                tx,
                "SELECT id, win_start, win_end, sides FROM mentions INDEXED BY mentions_search_broad
                 WHERE event_type = ?1 AND day_exact IS NULL AND win_end - win_start >= 27
                   AND win_start BETWEEN ?2 AND ?3",
                (event_type, start, end),
                self.broad.entry(event_type).or_default(),
            )?;
        }
        Ok(())
    }

    /// The mentions a search finds: those of an exact day within a day of the window (on the
    /// exact day, if the reading has one), then those whose window meets it, each part by
    /// type, day (or window's first day) and id.
    pub(super) fn search(
        &mut self,
        tx: &Transaction<'_>,
        search: &Search<'_>,
    ) -> rusqlite::Result<Vec<i64>> {
        let sides_meet = |sides: &str, two_sided: bool| {
            search.sides.is_empty()
                || sides.is_empty()
                || search.sides.iter().any(|s| sides.contains(s.as_str()))
                || two_sided
        };
        let (day_from, day_to) = (search.lo - 1, search.hi + 1);
        let window_from = search.lo - MAX_WINDOW_DAYS - 1;
        let wide_from = search.lo - MAX_WIDE_DAYS - 1;
        let mut found: Vec<(u8, &'static str, i64, i64)> = Vec::new();
        let windows_met =
            |found: &mut Vec<_>, windows: Option<&ByWindow>, from, to, t: EventType| {
                for (&first, mentions) in windows.into_iter().flat_map(|w| w.range(from..=to)) {
                    for (last, id, sides) in mentions {
                        if *last >= day_from && sides_meet(sides, false) {
                            found.push((1, t.as_str(), first, *id));
                        }
                    }
                }
            };
        for &t in search.types {
            if wide(search.lo, search.hi) {
                // A wide reading meets only broad ones.
                self.ensure_broad(tx, t, wide_from, day_to)?;
                windows_met(&mut found, self.broad.get(&t), wide_from, day_to, t);
                continue;
            }
            self.ensure(tx, t, window_from, day_to)?;
            if let Some(days) = self.days.get(&t) {
                let two_sided = search.exact.is_some() && search.two_sided_day == Some(t);
                for (&day, mentions) in days.range(day_from..=day_to) {
                    if search.exact.is_some_and(|e| e != day) {
                        continue;
                    }
                    for (id, sides) in mentions {
                        if sides_meet(sides, two_sided) {
                            found.push((0, t.as_str(), day, *id));
                        }
                    }
                }
            }
            windows_met(&mut found, self.windows.get(&t), window_from, day_to, t);
            if broad(search.lo, search.hi) {
                // Wide ones that began before the narrow search's reach.
                self.ensure_broad(tx, t, wide_from, window_from - 1)?;
                windows_met(
                    &mut found,
                    self.broad.get(&t),
                    wide_from,
                    window_from - 1,
                    t,
                );
            }
        }
        found.sort_unstable();
        Ok(found.into_iter().map(|(_, _, _, id)| id).collect())
    }
}
