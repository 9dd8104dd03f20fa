-- tarikh schema, version 1.
-- Dates: `date` is EDTF; date_start/date_end are ISO days (NULL when open); sort_start/sort_end are
-- day numbers used for ordering, with open ends at the extremes so that ORDER BY needs no NULL rules.

CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    hash        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    source      TEXT NOT NULL,
    url         TEXT,
    language    TEXT NOT NULL,
    published   TEXT NOT NULL,
    text        TEXT NOT NULL,
    path        TEXT,
    imported_at TEXT NOT NULL
);

CREATE TABLE actors (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- Every spelling of an actor, in any script; `key` is the folded form used for lookups. A
-- `prefix` alias is a stem (Kyrgyz*, قرغيز*) that matches any name starting with it.
CREATE TABLE actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    key      TEXT NOT NULL,
    prefix   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, actor_id)
) WITHOUT ROWID;

CREATE TABLE places (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    country   TEXT,
    latitude  REAL,
    longitude REAL
);

CREATE TABLE place_aliases (
    place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    key      TEXT NOT NULL,
    prefix   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;

CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    date             TEXT NOT NULL,
    date_start       TEXT,
    date_end         TEXT,
    precision        TEXT NOT NULL,
    sort_start       INTEGER NOT NULL,
    sort_end         INTEGER NOT NULL,
    seq              INTEGER NOT NULL DEFAULT 0,
    event_type       TEXT NOT NULL,
    status           TEXT NOT NULL,
    title            TEXT NOT NULL,
    summary          TEXT NOT NULL DEFAULT '',
    place_id         INTEGER REFERENCES places(id),
    country          TEXT,
    latitude         REAL,
    longitude        REAL,
    fatalities_low   INTEGER,
    fatalities_best  INTEGER,
    fatalities_high  INTEGER,
    fatalities_text  TEXT NOT NULL DEFAULT '',
    disputed         TEXT NOT NULL DEFAULT '',
    -- Multi-valued cells kept joined with '; ' as they are exported, so a full dump needs no
    -- per-row subqueries; the link tables below serve the filters.
    actors_text      TEXT NOT NULL DEFAULT '',
    sources_text     TEXT NOT NULL DEFAULT '',
    evidence_text    TEXT NOT NULL DEFAULT '',
    report_id        INTEGER REFERENCES reports(id),
    created_at       TEXT NOT NULL,
    deleted_at       TEXT
);

CREATE INDEX incidents_by_date ON incidents (sort_start, sort_end);
-- Incidents still going on (open end) are found apart from the others by date filters.
CREATE INDEX incidents_ongoing ON incidents (sort_start) WHERE sort_end = 2147483647;

-- Facts about the data that keep queries fast. `max_span`: the most days any incident with both
-- ends known can last, so that a date filter can bound where in the date index to look.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('max_span', 0);

-- Which actors an incident involves, for the --actor filter. Incidents are never deleted (a
-- delete is a mark, kept in history), so incident_id needs no cascading foreign key; leaving it
-- out saves a lookup per link on bulk loads.
CREATE TABLE incident_actors (
    actor_id    INTEGER NOT NULL REFERENCES actors(id),
    incident_id INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (actor_id, incident_id)
) WITHOUT ROWID;

-- no index by incident: see Loader::update

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    report_id   INTEGER REFERENCES reports(id),
    sentence    TEXT NOT NULL,
    char_start  INTEGER,
    char_end    INTEGER
);

CREATE INDEX evidence_by_incident ON evidence (incident_id);

-- Every edit, delete and restore keeps the values the incident had before, as JSON.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    action      TEXT NOT NULL,
    at          TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    previous    TEXT NOT NULL
);

CREATE INDEX history_by_incident ON history (incident_id);
