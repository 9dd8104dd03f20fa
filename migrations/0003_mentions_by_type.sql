-- The merge's candidate search asks for readings of a few event types in a date window. With
-- many reports about one episode, the window alone holds most of the table; by type first,
-- each search reads only the readings that can meet.
CREATE INDEX mentions_by_type_window ON mentions (event_type, win_start) WHERE win_start IS NOT NULL;
