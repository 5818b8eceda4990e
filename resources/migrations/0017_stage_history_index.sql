-- Fieldbook schema version 17: what the forecast reads, indexed for it (docs/forecast.md,
-- Performance).
--
-- The stage history: every column the forecast reads of a stage change, in the order it reads
-- them, so that reading the history of 100,000 deals is a scan of this index alone instead of a
-- lookup in the table for each of its 300,000 rows.
CREATE INDEX opportunity_history_stages ON opportunity_history (opportunity_id, changed_at, new_value)
    WHERE field = 'stage' AND deleted = 0;

-- The deals closing in a range (the dashboard reads one fiscal year): found without reading every
-- opportunity, for the deals themselves and for their lines and history.
CREATE INDEX opportunities_closing ON opportunities (close_date, id) WHERE deleted = 0;
