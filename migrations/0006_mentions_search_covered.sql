-- The merge's candidate search asks, of every mention of a type in a day or window, its window's
-- end and its sides. With only the type and day (or window's start) in the index, each mention
-- found was read again from the table, a row that holds its whole reading, to test them; these
-- indexes hold every column the search asks, so the table is read only for the mentions the
-- merge has not met yet. (The vague readings' index names day_exact too: SQLite does not take
-- the index's WHERE as giving the column.) The incident is left out: moving a mention to another
-- incident, as merging does, would write both indexes again.
DROP INDEX IF EXISTS mentions_by_type_day;
DROP INDEX IF EXISTS mentions_vague_by_type_window;
CREATE INDEX IF NOT EXISTS mentions_search_by_day ON mentions (event_type, day_exact, sides)
    WHERE day_exact IS NOT NULL;
CREATE INDEX IF NOT EXISTS mentions_search_by_window
    ON mentions (event_type, win_start, win_end, day_exact, sides)
    WHERE day_exact IS NULL AND win_start IS NOT NULL;
-- The window's start alone (schema 2) has served no search since the type came first.
DROP INDEX IF EXISTS mentions_by_window;
