-- Fieldbook schema version 7: leads (docs/architecture.md; issue 4). A lead is a person at a
-- company who may buy, not yet a customer: it is captured, rated, assigned to a rep, qualified or
-- disqualified with a reason, and finally converted into an account, a contact and an
-- opportunity, whose ids it keeps. A synced record type like the others.
--
-- status: new -> working -> qualified -> converted, or disqualified (with a reason) from any
-- open status; converted is final (core/domain/Lead.h). rating: hot, warm, cold or '' (unrated).
-- Neither has a CHECK constraint: a value written by a newer release arrives through sync and
-- must not make the pull fail; the repository validates local writes and reads an unknown status
-- as new. `sort_key` is local (derived from the name, like the contacts' one) and never synced.
CREATE TABLE leads (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    rating TEXT NOT NULL DEFAULT '',
    disqualify_reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    converted_account_id TEXT,
    converted_contact_id TEXT,
    converted_opportunity_id TEXT,
    converted_at INTEGER NOT NULL DEFAULT 0,
    external_id TEXT,
    owner_id TEXT,
    sort_key TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX leads_list ON leads (deleted, sort_key, rid);
CREATE INDEX leads_status ON leads (deleted, status, sort_key);
CREATE INDEX leads_owner ON leads (owner_id, deleted, sort_key);
CREATE INDEX leads_created ON leads (deleted, created_at, rid);
CREATE INDEX leads_external_id ON leads (external_id) WHERE external_id IS NOT NULL;

-- Leads are found by name, company, e-mail, phone, title, source and notes (core/search).
CREATE VIRTUAL TABLE leads_fts USING fts5 (
    name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
