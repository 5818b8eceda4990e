-- Server schema version 5: readers beyond the scope rule (docs/server.md, "Calendars: attendees,
-- private events and the team's week").
--
-- The colleagues a record names as its readers (an event's attendees, RecordSharing::readersIn):
-- they receive it in full although the scope rule does not reach its owner. Kept up to date with
-- every write of such a record; a colleague taken off the list is noted in `reader_revocations`,
-- so that their devices drop the record at their next pull.
CREATE TABLE record_readers (
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (tbl, id, user_id)
);
CREATE INDEX record_readers_user ON record_readers (user_id);

CREATE TABLE reader_revocations (
    sv BIGINT NOT NULL,
    tbl TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (sv, tbl, id, user_id)
);
CREATE INDEX reader_revocations_user ON reader_revocations (user_id, sv);
