-- Fieldbook schema version 9: pulled records this store could not take (issue 12, point 4).
--
-- A record pulled from the server that breaks its type's declared rules (RecordCheck) or a rule of
-- this store is kept here with the reason instead of stopping the pull: the rest of its page and
-- every later page are applied, and Sync issues shows it. A newer version of the record that does
-- apply removes its entry; so does the user's Dismiss. One entry per record: the latest version.
CREATE TABLE pull_set_aside (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    fields_json TEXT NOT NULL,
    reason TEXT NOT NULL,
    set_aside_at INTEGER NOT NULL,
    PRIMARY KEY (table_name, record_id)
);
