-- Fieldbook schema version 17: the stage history as the forecast reads it (docs/forecast.md,
-- Performance). A partial index that holds every column the forecast reads of a stage change, in
-- the order it reads them, so that reading the history of 100,000 deals is a scan of this index
-- alone instead of a lookup in the table for each of its 300,000 rows.
CREATE INDEX opportunity_history_stages ON opportunity_history (opportunity_id, changed_at, new_value)
    WHERE field = 'stage' AND deleted = 0;
