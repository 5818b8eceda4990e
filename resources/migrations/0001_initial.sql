-- Fieldbook schema version 1: users, accounts, contacts, activities, attachments, the outbox and search.
--
-- Synced tables carry id (UUIDv7 text), owner_id, created_at, updated_at (ms UTC), row_version (the
-- server's, 0 until acknowledged) and deleted (tombstone). `rid` is a local rowid alias that never
-- leaves the device: it keeps the full-text index attached to the row across VACUUM.
-- References between synced records (account_id, owner_id, parent_id) are not FOREIGN KEYs: sync
-- may deliver a contact before its account, and a rep's scope may not include the target. The
-- repositories check references on every local write instead.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager', 'admin')),
    manager_id TEXT,
    team TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX users_name ON users (name COLLATE NOCASE);
CREATE INDEX users_manager ON users (manager_id);

CREATE TABLE accounts (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    industry TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    phones TEXT NOT NULL DEFAULT '[]',
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    annual_revenue INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    employees INTEGER NOT NULL DEFAULT 0,
    parent_id TEXT,
    owner_id TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    external_id TEXT,
    sort_key TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX accounts_external_id ON accounts (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX accounts_list ON accounts (deleted, sort_key, rid);
CREATE INDEX accounts_owner ON accounts (owner_id, deleted, sort_key);
CREATE INDEX accounts_parent ON accounts (parent_id);
CREATE INDEX accounts_name ON accounts (name COLLATE NOCASE);
CREATE INDEX accounts_updated ON accounts (deleted, updated_at, rid);

CREATE TABLE contacts (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    account_id TEXT,
    emails TEXT NOT NULL DEFAULT '[]',
    phones TEXT NOT NULL DEFAULT '[]',
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    birthday TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    do_not_call INTEGER NOT NULL DEFAULT 0,
    external_id TEXT,
    sort_key TEXT NOT NULL DEFAULT '',
    account_sort_key TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX contacts_external_id ON contacts (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX contacts_list ON contacts (deleted, sort_key, rid);
CREATE INDEX contacts_account ON contacts (account_id, deleted, sort_key);
CREATE INDEX contacts_owner ON contacts (owner_id, deleted, sort_key);
CREATE INDEX contacts_by_account_name ON contacts (deleted, account_sort_key, rid);
CREATE INDEX contacts_updated ON contacts (deleted, updated_at, rid);

CREATE TABLE activities (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'visit', 'email', 'note', 'task')),
    subject TEXT NOT NULL DEFAULT '',
    starts_at INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    contact_id TEXT,
    account_id TEXT,
    done INTEGER NOT NULL DEFAULT 1,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activities_contact ON activities (contact_id, starts_at);
CREATE INDEX activities_account ON activities (account_id, starts_at);

-- File bytes are stored once per content hash; attachment rows point at them.
CREATE TABLE attachment_blobs (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE attachments (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES attachment_blobs (sha256),
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_record ON attachments (record_id, deleted);

-- Exact-match keys derived from records (normalised e-mail, phone digits, tags) for duplicate
-- detection and tag filters. Local only; rebuilt by the repositories on every write.
CREATE TABLE record_keys (
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'tag')),
    value TEXT NOT NULL
);
CREATE INDEX record_keys_lookup ON record_keys (kind, value, record_table);
CREATE INDEX record_keys_record ON record_keys (record_id);

-- Every local change, field by field, written in the same transaction as the change (docs/architecture.md).
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'restore')),
    base_row_version INTEGER NOT NULL,
    fields_json TEXT NOT NULL,
    hlc TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'acknowledged', 'rejected')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX outbox_state ON outbox (state, seq);
CREATE INDEX outbox_record ON outbox (record_id);

-- Full-text search. Text is pre-processed by core/search/SearchText: CJK characters become
-- single-character tokens so that any substring of a Chinese name is found as a phrase.
CREATE VIRTUAL TABLE contacts_fts USING fts5 (
    name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE VIRTUAL TABLE accounts_fts USING fts5 (
    name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
