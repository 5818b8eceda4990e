-- Server schema version 3: the server's own settings. `server_id` names this store to clients (in
-- /v1/sync/hello), so a device recognises the server whatever address it was reached by
-- (localhost or 127.0.0.1, a trailing slash, the default port written out). fieldbook-server
-- writes it once, in the migrating transaction, since portable SQL cannot make a random id.
CREATE TABLE server_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
