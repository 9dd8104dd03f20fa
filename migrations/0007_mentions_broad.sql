-- Wide readings: a date that spans more than a month and at most a year (a background war "in
-- 2004", a flight of people "since January") now meets readings of its own type that give it by
-- its month at least (merge::dates_meet). Until this version such a reading had no window and
-- met nothing; its window is now stored (merge::window, up to merge::MAX_WIDE_DAYS = 366 days).
--
-- The search for them reaches up to a year back, so they have their own index: the readings
-- without an exact day whose window spans a month or more (merge::MIN_MONTH_DAYS = 27; the
-- candidate search writes the same test, which SQLite needs to use the index).
CREATE INDEX IF NOT EXISTS mentions_search_broad ON mentions (event_type, win_start, win_end, sides)
    WHERE day_exact IS NULL AND win_end - win_start >= 27;

-- Mentions made by migration 2 are still their incident's own columns: their window comes from
-- its sort keys, as it did there. (Mentions with a reading of their own are given theirs by the
-- code that follows this file; see store::migrations.)
UPDATE mentions
SET win_start = (SELECT sort_start FROM incidents i WHERE i.id = mentions.incident_id),
    win_end = (SELECT sort_end FROM incidents i WHERE i.id = mentions.incident_id)
WHERE reading IS NULL AND win_start IS NULL
  AND EXISTS (SELECT 1 FROM incidents i
              WHERE i.id = mentions.incident_id
                AND sort_start > -2147483648 AND sort_end < 2147483647
                AND sort_end - sort_start BETWEEN 32 AND 366);
