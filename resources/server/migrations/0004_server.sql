-- Server schema version 4: attachment contents (docs/sync-protocol.md, Attachment contents).
--
-- A blob is the bytes of one or more attachments, named by their SHA-256. Blobs live in the
-- database, not in the data folder, so that every server process sharing one PostgreSQL database
-- serves every blob. Bytes arrive in chunks (PUT with Content-Range) and stay stored in those
-- chunks; a blob is listed in `blobs`, and served, only once all its bytes arrived and their
-- SHA-256 matched its name. BYTEA is PostgreSQL's byte string; SQLite keeps the bytes as a BLOB
-- under any declared type.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

-- An upload under way: its declared size and the bytes received so far, from byte 0 without gaps.
CREATE TABLE blob_uploads (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    received BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL,
    first_byte BIGINT NOT NULL,
    size BIGINT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (sha256, first_byte)
);

-- The content each attachment record names, so that whether a caller may fetch a blob is one
-- indexed join with the records they may see. Brought up to date from `records` in change-sequence
-- order (its position is the counter 'attachment_index'), which also takes in the attachments that
-- arrived before this version.
CREATE TABLE attachment_index (
    attachment_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL
);
CREATE INDEX attachment_index_sha256 ON attachment_index (sha256);
INSERT INTO counters (name, value) VALUES ('attachment_index', 0);
