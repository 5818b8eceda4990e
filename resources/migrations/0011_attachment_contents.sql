-- Fieldbook schema version 11: attachment contents travel through sync (docs/sync-protocol.md,
-- Attachment contents).
--
-- A pulled attachment row arrives before its bytes, which follow in the background or when the
-- user opens it. attachments.sha256 therefore no longer REFERENCES attachment_blobs (a row whose
-- bytes are not here stopped every pull on the foreign key); the attachment shows as not downloaded
-- instead. SQLite cannot drop a constraint, so the table is rebuilt with the same rows and rids.
CREATE TABLE attachments_v9 (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
INSERT INTO attachments_v9 (rid, id, record_table, record_id, file_name, mime_type, size, sha256, owner_id,
                            created_at, updated_at, row_version, deleted)
    SELECT rid, id, record_table, record_id, file_name, mime_type, size, sha256, owner_id, created_at, updated_at,
           row_version, deleted
    FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_v9 RENAME TO attachments;
CREATE INDEX attachments_record ON attachments (record_id, deleted);
CREATE INDEX attachments_sha256 ON attachments (sha256, deleted);

-- Contents this device has and its server may lack: asked about after each push and sent once
-- (or dropped from here when the server says it has them). A row is added whenever a file is
-- attached here; all of them again when the store starts talking to another server or user. The
-- bytes stored before this version have never been sent: no version before it could.
CREATE TABLE attachment_uploads (
    sha256 TEXT PRIMARY KEY
);
INSERT INTO attachment_uploads (sha256) SELECT sha256 FROM attachment_blobs;

-- Contents on their way from the server: a row for each content a pulled attachment names that is
-- not here. wanted_at: when the user asked for it (those come first); tried_at and problem (a code:
-- not_uploaded, no_access, damaged, too_large, interrupted): the last attempt and why it did not
-- bring the bytes, for the attachments pane. The bytes received so far wait in parts, from byte 0
-- without gaps, so that an interrupted download goes on where it stopped; they become an
-- attachment_blobs row once their SHA-256 matches.
CREATE TABLE attachment_downloads (
    sha256 TEXT PRIMARY KEY,
    wanted_at INTEGER NOT NULL DEFAULT 0,
    tried_at INTEGER NOT NULL DEFAULT 0,
    problem TEXT NOT NULL DEFAULT ''
);
CREATE TABLE attachment_download_parts (
    sha256 TEXT NOT NULL,
    first_byte INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (sha256, first_byte)
);
