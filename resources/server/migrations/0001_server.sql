-- fieldbook-server schema version 1. Portable SQL: the same file runs on SQLite and PostgreSQL.
--
-- Every write takes the next value of one change sequence (sv) from the counters row inside its
-- transaction. On PostgreSQL the row lock is held until commit, so writes commit in sv order and a
-- pull cursor never skips a change that commits late (a bare SEQUENCE could).

CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('sv', 0);

-- password_hash: "pbkdf2-sha256$<iterations>$<salt>$<key>" (base64); empty until a password is set.
-- Failed sign-ins lock the account for a while (locked_until, ms) once failed_logins grows.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
    manager_id TEXT,
    team TEXT NOT NULL DEFAULT '',
    disabled INTEGER NOT NULL DEFAULT 0,
    password_hash TEXT NOT NULL DEFAULT '',
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX users_manager ON users (manager_id);

-- A device of a user; its mutations are numbered 1, 2, 3 ... (last_mutation_seq).
CREATE TABLE clients (
    client_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    last_mutation_seq BIGINT NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

-- Every mutation ever received, once, with the answer given; a repeated delivery gets it again.
CREATE TABLE mutation_ledger (
    client_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    mutation_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    result TEXT NOT NULL,
    sv BIGINT NOT NULL,
    PRIMARY KEY (client_id, seq)
);

-- Synced records of every type: field values and, per field, {sv, hlc, by} as JSON text.
-- row_version is the sv of the record's last write; pulls page through it.
CREATE TABLE records (
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    owner_id TEXT,
    row_version BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    fields TEXT NOT NULL,
    meta TEXT NOT NULL,
    PRIMARY KEY (tbl, id)
);
CREATE INDEX records_changes ON records (row_version);
CREATE INDEX records_owner ON records (owner_id, row_version);

-- A record that changed owner: whoever saw it through the former owner may have lost it.
CREATE TABLE revocations (
    sv BIGINT NOT NULL,
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    former_owner_id TEXT NOT NULL,
    PRIMARY KEY (sv, tbl, id)
);

-- Values that lost a concurrent edit of a descriptive field (later clock wins), kept for the user.
CREATE TABLE field_history (
    sv BIGINT NOT NULL,
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT,
    hlc TEXT NOT NULL,
    by_client TEXT NOT NULL
);
CREATE INDEX field_history_record ON field_history (tbl, id);

-- Access and refresh tokens, stored as SHA-256 of the random token. A refresh token is used once:
-- using it again revokes its whole family (a stolen token was replayed).
CREATE TABLE tokens (
    hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
    user_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    family TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX tokens_family ON tokens (family);
CREATE INDEX tokens_client ON tokens (client_id);
