-- tarikh schema, version 4: the publication day of each report that tells an incident, oldest
-- first, joined with '; ' as source_urls is (the exports' `published` column).
ALTER TABLE incidents ADD COLUMN published TEXT NOT NULL DEFAULT '';

-- Incidents read from reports: their reports' days, one per report. Rows from spreadsheets and
-- datasets name no report, and keep an empty list.
UPDATE incidents
SET published = coalesce((
    SELECT group_concat(day, '; ' ORDER BY day)
    FROM (SELECT DISTINCT r.id, r.published AS day
          FROM mentions m JOIN reports r ON r.id = m.report_id
          WHERE m.incident_id = incidents.id)
), '')
WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = incidents.id);
