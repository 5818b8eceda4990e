-- Fieldbook schema version 18: call lists for telesales (docs/telesales.md; issue 16).
-- A call list is worked by the reps its entries are assigned to. `source` says what it was built
-- from and `filter` (JSON) how, so that it can be shown; `priority` orders lists in the queue
-- (higher first); a call that ends with no answer or busy brings the entry back after
-- `retry_minutes`, at most `max_attempts` calls; `script` is read out with placeholders filled in.
-- `audience` 'team': everyone below the owner reads the list (the reps it is assigned to);
-- 'owner': the owner's own list.
CREATE TABLE call_lists (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'contacts' CHECK (source IN ('contacts', 'leads', 'accounts', 'selection', 'csv')),
    filter TEXT NOT NULL DEFAULT '{}',
    priority INTEGER NOT NULL DEFAULT 0,
    retry_minutes INTEGER NOT NULL DEFAULT 60,
    max_attempts INTEGER NOT NULL DEFAULT 3,
    script TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT 'team' CHECK (audience IN ('team', 'owner')),
    closed INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- One number to call on a list, for a contact, a lead or an account (`phone` in E.164). Its owner
-- is the rep it is assigned to: an entry is reserved to its assignee, so two reps never call one
-- entry. `status` 'open' until the call that ends it ('done'); 'removed' when taken off the list.
-- `retry_at` (ms, 0: now) is when a call with no answer or busy lets it come back; `callback_at`
-- (ms, 0: none) a callback agreed with the customer, which comes first once due.
CREATE TABLE call_list_entries (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    list_id TEXT NOT NULL,
    contact_id TEXT,
    lead_id TEXT,
    account_id TEXT,
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'removed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_called_at INTEGER NOT NULL DEFAULT 0,
    retry_at INTEGER NOT NULL DEFAULT 0,
    callback_at INTEGER NOT NULL DEFAULT 0,
    last_outcome TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
-- The queue (CallListRepository::next): a rep's callbacks by time, and per list the open entries
-- without a callback in the queue's order.
CREATE INDEX call_list_entries_callbacks ON call_list_entries (owner_id, callback_at)
    WHERE deleted = 0 AND status = 'open' AND callback_at > 0;
CREATE INDEX call_list_entries_next ON call_list_entries (owner_id, list_id, priority DESC, last_called_at, id)
    WHERE deleted = 0 AND status = 'open' AND callback_at = 0;
CREATE INDEX call_list_entries_list ON call_list_entries (list_id, status) WHERE deleted = 0;
CREATE INDEX call_list_entries_phone ON call_list_entries (phone) WHERE deleted = 0;

-- A lead can ask not to be called, as a contact can.
ALTER TABLE leads ADD COLUMN do_not_call INTEGER NOT NULL DEFAULT 0;

-- A call made from a list names it; `talk_seconds` is the call's length to the second (the
-- statistics' talk time), `duration_minutes` stays what the activity shows.
ALTER TABLE activities ADD COLUMN call_list_id TEXT;
ALTER TABLE activities ADD COLUMN talk_seconds INTEGER NOT NULL DEFAULT 0;
CREATE INDEX activities_calls ON activities (starts_at, owner_id) WHERE kind = 'call' AND deleted = 0;
