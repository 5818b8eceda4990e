-- Fieldbook schema version 2: each outbox entry keeps the previous values of the fields it
-- changes (a JSON object), the base of the server's three-way merge (docs/sync-protocol.md, Merge).
-- Entries written by version 1 have none; the server then merges them as if every field had
-- changed concurrently, which loses nothing.
ALTER TABLE outbox ADD COLUMN base_json TEXT NOT NULL DEFAULT '{}';
