-- Server schema version 6: records lent to the owner of another record (docs/server.md, "Lent
-- records"; RecordSharing::lends).
--
-- A call list entry lends the contact, lead and account it names to the rep it is assigned to:
-- one row per lent record, reader and lending record, kept with every write of the lending record.
-- The reader receives the record in full and may change its fields; when the last row lending it
-- to a reader goes, a row in `reader_revocations` drops it from their devices.
CREATE TABLE lent_records (
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    by_tbl TEXT NOT NULL,
    by_id TEXT NOT NULL,
    PRIMARY KEY (tbl, id, user_id, by_tbl, by_id)
);
CREATE INDEX lent_records_by ON lent_records (by_tbl, by_id);
