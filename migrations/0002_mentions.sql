-- tarikh schema, version 2: one incident, many sources.
--
-- A mention is one report's reading of an incident, kept whole as JSON (the incident as that
-- report tells it), so that the incident's own columns can hold the best reading over all its
-- sources while each source's date, toll, status and place stay visible. `win_start` and
-- `win_end` are the day numbers (as sort_start) within which the reading can meet another
-- report's (merge::window); NULL when it is too vague to merge with anything.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    report_id   INTEGER NOT NULL REFERENCES reports(id),
    position    INTEGER NOT NULL,
    event_type  TEXT NOT NULL,
    win_start   INTEGER,
    win_end     INTEGER,
    -- The reading's day when it names exactly one (two exact days that differ never meet),
    -- and its sides: the actors that say their side, as |A|B| (readings that both name sides
    -- must share one; a person or force stands for its country). Both narrow the candidate search
    -- before any reading is parsed.
    day_exact   INTEGER,
    sides       TEXT NOT NULL DEFAULT '',
    -- NULL for a mention made by this migration: its reading is still the incident's own
    -- columns, and is written out when a second source joins.
    reading     TEXT,
    UNIQUE (report_id, position)
);

CREATE INDEX mentions_by_incident ON mentions (incident_id);
CREATE INDEX mentions_by_window ON mentions (win_start) WHERE win_start IS NOT NULL;

-- Which reports tell an incident, and when (the exports' last columns).
ALTER TABLE incidents ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN source_urls TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN first_reported TEXT;
ALTER TABLE incidents ADD COLUMN last_reported TEXT;

-- Incidents read from a report before this version: one mention each. The window is
-- merge::window over the sort keys (open ends are the extreme integers): a one-sided bound
-- reaches 7 days, and a span over 31 days merges with nothing.
INSERT INTO mentions (incident_id, report_id, position, event_type, win_start, win_end, day_exact, reading)
SELECT id, report_id, seq, event_type,
       CASE
           WHEN sort_start = -2147483648 AND sort_end = 2147483647 THEN NULL
           WHEN sort_start = -2147483648 THEN sort_end - 7
           WHEN sort_end = 2147483647 THEN sort_start
           WHEN sort_end - sort_start <= 31 THEN sort_start
       END,
       CASE
           WHEN sort_start = -2147483648 AND sort_end = 2147483647 THEN NULL
           WHEN sort_start = -2147483648 THEN sort_end
           WHEN sort_end = 2147483647 THEN sort_start + 7
           WHEN sort_end - sort_start <= 31 THEN sort_end
       END,
       -- A single day, or a month or year that starts and ends the same: only a day.
       CASE WHEN sort_start = sort_end AND precision = 'day' THEN sort_start END,
       NULL
FROM incidents
WHERE report_id IS NOT NULL AND deleted_at IS NULL;

UPDATE incidents
SET source_count = 1,
    source_urls = coalesce(r.url, ''),
    first_reported = r.published,
    last_reported = r.published
FROM reports r
WHERE r.id = incidents.report_id;

-- Rows from spreadsheets and datasets have as many sources as they name.
UPDATE incidents
SET source_count = (length(sources_text) - length(replace(sources_text, '; ', ''))) / 2 + 1
WHERE report_id IS NULL AND sources_text != '';

-- Timeline order: an incident known only as "on or before X" sorts at X, its known end, not
-- above everything else; one open at both ends sorts last.
ALTER TABLE incidents ADD COLUMN sort_at INTEGER NOT NULL DEFAULT 0;
UPDATE incidents SET sort_at = CASE WHEN sort_start = -2147483648 THEN sort_end ELSE sort_start END;
CREATE INDEX incidents_in_order ON incidents (sort_at, sort_end);
-- It also serves the date filters, as sort_at is the start of every incident with a known
-- start; those known only by their end are few and found apart.
DROP INDEX incidents_by_date;
CREATE INDEX incidents_open_start ON incidents (sort_end) WHERE sort_start = -2147483648;

-- The analyst's word on which readings tell one incident (`together`) or not: kept apart from
-- the mentions, by a key that survives reading a report again (its hash and where the
-- reading's first sentence starts), so that merges and splits by hand outlast reprocessing.
-- `op` groups the links one command made, so that it can be undone.
CREATE TABLE mention_links (
    id       INTEGER PRIMARY KEY,
    op       INTEGER NOT NULL,
    a        TEXT NOT NULL,
    b        TEXT NOT NULL,
    together INTEGER NOT NULL,
    undone   INTEGER NOT NULL DEFAULT 0
);

-- The fields an analyst changed with `tarikh edit` (JSON, by the incident's field names): they
-- stay the incident's values when its sources are grouped again (a new report, reprocessing).
ALTER TABLE incidents ADD COLUMN overrides TEXT NOT NULL DEFAULT '';
