-- Fieldbook schema version 3: the client side of sync (docs/sync-protocol.md).
--
-- sync_state has one row once the store is connected to a server. Wire sequence numbers are
-- outbox.seq - seq_base, so they start at 1 for every client id the server sees (a store that was
-- used offline before it was connected, or connected again as a new device, keeps its outbox).
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    client_id TEXT NOT NULL,
    server_url TEXT NOT NULL,
    user_name TEXT NOT NULL,
    user_id TEXT NOT NULL DEFAULT '',
    pull_cursor TEXT NOT NULL DEFAULT '',
    seq_base INTEGER NOT NULL DEFAULT 0,
    skew_ms INTEGER NOT NULL DEFAULT 0,
    last_sync_at INTEGER,
    last_error TEXT NOT NULL DEFAULT ''
);

-- A field the server kept while this device had changed it too (a guarded field, or long text
-- whose edits overlapped): base, theirs and yours as JSON values, until the user decides.
-- `theirs` is filled when the server's value is pulled.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    base TEXT,
    theirs TEXT,
    yours TEXT,
    mutation_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    resolved_at INTEGER
);
CREATE INDEX conflicts_open ON conflicts (resolved_at, record_id);

-- What the sync log shows: one line per sync run and per notable event, newest last.
CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
    message TEXT NOT NULL
);
