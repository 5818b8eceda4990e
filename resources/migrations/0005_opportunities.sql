-- Fieldbook schema version 5: opportunities and the history of their stage, amount and close date
-- (docs/architecture.md; issue 4). Both are synced record types: a history entry is a record of its
-- own, only ever inserted, so entries written on two devices offline both survive.
CREATE TABLE opportunities (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    account_id TEXT,
    contact_id TEXT,
    amount INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT '',
    close_date TEXT NOT NULL DEFAULT '',
    pipeline TEXT NOT NULL DEFAULT 'standard',
    stage TEXT NOT NULL DEFAULT '',
    probability INTEGER NOT NULL DEFAULT 0,
    forecast_category TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    competitors TEXT NOT NULL DEFAULT '[]',
    close_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX opportunities_board ON opportunities (deleted, pipeline, stage, close_date);
CREATE INDEX opportunities_account ON opportunities (account_id, deleted);
CREATE INDEX opportunities_owner ON opportunities (owner_id, deleted, close_date);

CREATE TABLE opportunity_history (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    opportunity_id TEXT NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('stage', 'amount', 'close_date')),
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    changed_at INTEGER NOT NULL,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX opportunity_history_of ON opportunity_history (opportunity_id, changed_at);
