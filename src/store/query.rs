//! Timeline queries: the filter a user gives, turned into one ordered SELECT, and rows turned back
//! into incidents.

use chrono::{Datelike, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{Connection, Row};

use super::{Named, Result, StoreError, split_list};
use crate::date::IncidentDate;
use crate::model::{EventType, Evidence, Fatalities, Incident, Provenance, Status};
use crate::text::fold_key;

/// What `tarikh timeline` and `tarikh export` keep. Empty fields keep everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keep incidents that may have happened on or after this day.
    pub from: Option<NaiveDate>,
    /// Keep incidents that may have happened on or before this day.
    pub to: Option<NaiveDate>,
    pub event_types: Vec<EventType>,
    pub statuses: Vec<Status>,
    /// An actor by any of its aliases.
    pub actor: Option<String>,
    /// A place by any of its aliases.
    pub place: Option<String>,
    /// Words in the title, summary or evidence.
    pub text: Option<String>,
    /// Only incidents whose date is open at one end or spans more than a month: the ones to
    /// review.
    pub undated: bool,
    pub order: Order,
    pub limit: Option<u64>,
    /// Only these incidents (those an import just stored); `None` keeps all.
    pub ids: Option<Vec<i64>>,
}

/// The order of a timeline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// By the earliest day it can have happened (an "on or before X" by X).
    #[default]
    Earliest,
    /// By the latest day it can have happened.
    Latest,
    /// By the day it was first reported.
    Reported,
}

pub(super) const SELECT_INCIDENT: &str =
    "SELECT i.id, i.uid, i.date, i.seq, i.event_type, i.status, i.title,
    i.summary, p.name AS place, coalesce(i.country, p.country) AS country,
    coalesce(i.latitude, p.latitude) AS latitude, coalesce(i.longitude, p.longitude) AS longitude,
    i.fatalities_low, i.fatalities_best, i.fatalities_high, i.fatalities_text, i.disputed,
    i.actors_text, i.sources_text, i.evidence_text, i.deleted_at, i.created_at, i.report_id,
    i.source_count, i.source_urls, i.first_reported, i.last_reported, i.published
  FROM incidents i LEFT JOIN places p ON p.id = i.place_id";

/// The ordered SELECT for a filter, with its parameters.
pub(super) fn timeline_sql(
    conn: &Connection,
    filter: &Filter,
) -> rusqlite::Result<(String, Vec<Value>)> {
    let mut sql = String::from(SELECT_INCIDENT);
    sql.push_str(" WHERE i.deleted_at IS NULL");
    let mut values: Vec<Value> = Vec::new();
    if let Some(from) = filter.from {
        values.push(Value::Integer(from.num_days_from_ce() as i64));
        sql.push_str(&format!(" AND i.sort_end >= ?{}", values.len()));
    }
    if let Some(to) = filter.to {
        values.push(Value::Integer(to.num_days_from_ce() as i64));
        sql.push_str(&format!(" AND i.sort_start <= ?{}", values.len()));
    }
    // With both ends, look only where such incidents can be in the date index: no incident with
    // known ends lasts longer than max_span days, so it starts at most that long before `from`;
    // those open at the start or still going on are looked up apart.
    let by_date = if let (Some(from), Some(to)) = (filter.from, filter.to) {
        let max_span: i64 =
            conn.query_row("SELECT value FROM meta WHERE key = 'max_span'", [], |r| {
                r.get(0)
            })?;
        let lo = i64::from(from.num_days_from_ce()) - max_span;
        let hi = i64::from(to.num_days_from_ce());
        sql.push_str(&format!(
            " AND i.id IN (SELECT id FROM incidents WHERE sort_at BETWEEN {lo} AND {hi}
               UNION ALL SELECT id FROM incidents WHERE sort_start = {open_start} AND sort_end >= {lo}
               UNION ALL SELECT id FROM incidents WHERE sort_end = {open_end} AND sort_start <= {hi})",
            open_start = i32::MIN,
            open_end = i32::MAX,
        ));
        true
    } else {
        false
    };
    if let Some(ids) = &filter.ids {
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        values.push(Value::Text(format!("[{}]", list.join(","))));
        sql.push_str(&format!(
            " AND i.id IN (SELECT value FROM json_each(?{}))",
            values.len()
        ));
    }
    if !filter.event_types.is_empty() {
        let list: Vec<String> = filter
            .event_types
            .iter()
            .map(|t| format!("'{}'", t.as_str()))
            .collect();
        sql.push_str(&format!(" AND i.event_type IN ({})", list.join(",")));
    }
    if !filter.statuses.is_empty() {
        let list: Vec<String> = filter
            .statuses
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect();
        sql.push_str(&format!(" AND i.status IN ({})", list.join(",")));
    }
    if let Some(actor) = &filter.actor {
        let ids = alias_ids(conn, Named::Actor, actor)?;
        if ids.is_empty() {
            values.push(Value::Text(format!("%{actor}%")));
            sql.push_str(&format!(" AND i.actors_text LIKE ?{}", values.len()));
        } else {
            // Walk the actor's incidents, unless the dates already narrowed the walk: then
            // check each candidate against the actor.
            let test = if by_date {
                "EXISTS (SELECT 1 FROM incident_actors a WHERE a.incident_id = i.id AND a.actor_id IN"
            } else {
                "i.id IN (SELECT incident_id FROM incident_actors WHERE actor_id IN"
            };
            sql.push_str(&format!(" AND {test} ({}))", join_ids(&ids)));
        }
    }
    if let Some(place) = &filter.place {
        // A place is also found by a part of any of its names: "Batken" or "باتكين" finds the
        // Batken Region ("اقليم باتكين") as well as the town.
        let mut ids = alias_ids(conn, Named::Place, place)?;
        let key = fold_key(place);
        if !key.is_empty() {
            let mut stmt = conn.prepare_cached(
                "SELECT DISTINCT place_id FROM place_aliases WHERE instr(key, ?1) > 0",
            )?;
            for id in stmt.query_map([&key], |r| r.get::<_, i64>(0))? {
                ids.push(id?);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        sql.push_str(&format!(" AND i.place_id IN ({})", join_ids(&ids)));
    }
    if let Some(text) = &filter.text {
        values.push(Value::Text(format!("%{text}%")));
        let n = values.len();
        sql.push_str(&format!(
            " AND (i.title LIKE ?{n} OR i.summary LIKE ?{n} OR i.evidence_text LIKE ?{n})"
        ));
    }
    if filter.undated {
        sql.push_str(&format!(
            " AND (i.sort_start = {} OR i.sort_end = {} OR i.sort_end - i.sort_start > 31)",
            i32::MIN,
            i32::MAX
        ));
    }
    sql.push_str(match filter.order {
        Order::Earliest => " ORDER BY i.sort_at, i.sort_end, i.seq, i.id",
        Order::Latest => " ORDER BY i.sort_end, i.sort_at, i.seq, i.id",
        Order::Reported => {
            " ORDER BY i.first_reported IS NULL, i.first_reported, i.sort_at, i.sort_end, i.seq, i.id"
        }
    });
    if let Some(limit) = filter.limit {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    Ok((sql, values))
}

fn alias_ids(conn: &Connection, named: Named, name: &str) -> rusqlite::Result<Vec<i64>> {
    let (table, column) = named.alias_table();
    let key = fold_key(name);
    // A spelling of the name itself first; only when there is none, a stem it starts with
    // ("Kyrgyz*" for "Kyrgyzstani"). Alias tables are small, so the stem scan is cheap.
    for sql in [
        format!("SELECT DISTINCT {column} FROM {table} WHERE key = ?1 AND NOT prefix"),
        format!(
            "SELECT DISTINCT {column} FROM {table} WHERE prefix AND substr(?1, 1, length(key)) = key"
        ),
    ] {
        let mut stmt = conn.prepare_cached(&sql)?;
        let ids = stmt
            .query_map([&key], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        if !ids.is_empty() {
            return Ok(ids);
        }
    }
    Ok(Vec::new())
}

fn join_ids(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

fn day(cell: Option<String>) -> Option<NaiveDate> {
    cell.and_then(|c| c.parse().ok())
}

/// Read an incident from a row of [`SELECT_INCIDENT`].
pub(super) fn incident_from_row(row: &Row<'_>) -> Result<Incident> {
    let get = |e: rusqlite::Error| StoreError::Invalid(format!("unreadable incident row: {e}"));
    let id: i64 = row.get(0).map_err(get)?;
    let date_text: String = row.get(2).map_err(get)?;
    let date = IncidentDate::parse_edtf(&date_text)
        .map_err(|source| StoreError::BadStoredDate { id, error: source })?;
    let event_type: String = row.get(4).map_err(get)?;
    let status: String = row.get(5).map_err(get)?;
    let evidence_text: String = row.get(19).map_err(get)?;
    Ok(Incident {
        id: Some(id),
        uid: row.get(1).map_err(get)?,
        date,
        seq: row.get(3).map_err(get)?,
        event_type: event_type.parse().map_err(StoreError::Invalid)?,
        status: status.parse().map_err(StoreError::Invalid)?,
        title: row.get(6).map_err(get)?,
        summary: row.get(7).map_err(get)?,
        place: row.get(8).map_err(get)?,
        country: row.get(9).map_err(get)?,
        latitude: row.get(10).map_err(get)?,
        longitude: row.get(11).map_err(get)?,
        fatalities: Fatalities {
            low: row.get(12).map_err(get)?,
            best: row.get(13).map_err(get)?,
            high: row.get(14).map_err(get)?,
            phrase: row.get(15).map_err(get)?,
        },
        disputed: row.get(16).map_err(get)?,
        actors: split_list(&row.get::<_, String>(17).map_err(get)?),
        sources: split_list(&row.get::<_, String>(18).map_err(get)?),
        evidence: split_list(&evidence_text)
            .into_iter()
            .map(Evidence::sentence)
            .collect(),
        provenance: Provenance {
            source_count: row.get(23).map_err(get)?,
            source_urls: split_list(&row.get::<_, String>(24).map_err(get)?),
            first_reported: day(row.get(25).map_err(get)?),
            last_reported: day(row.get(26).map_err(get)?),
            published: split_list(&row.get::<_, String>(27).map_err(get)?)
                .iter()
                .filter_map(|d| d.parse().ok())
                .collect(),
        },
    })
}
