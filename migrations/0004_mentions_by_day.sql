-- Most readings are dated to one exact day, and an exact day meets only readings of that day
-- or vague ones around it. Searching the window by type read every reading of the month
-- before it; by type and day, the exact ones are found directly, and the window is searched
-- only among the readings without an exact day.
CREATE INDEX mentions_by_type_day ON mentions (event_type, day_exact) WHERE day_exact IS NOT NULL;
CREATE INDEX mentions_vague_by_type_window ON mentions (event_type, win_start)
    WHERE day_exact IS NULL AND win_start IS NOT NULL;
DROP INDEX mentions_by_type_window;
