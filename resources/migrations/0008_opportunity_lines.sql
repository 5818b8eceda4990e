-- Fieldbook schema version 8: opportunity product lines, configurable pipelines and external ids
-- on opportunities (docs/architecture.md; issue 4). Both new tables are synced record types.
--
-- An opportunity's product lines say what the customer is expected to buy. Quantities are
-- decimals with four places stored as integers x10,000 (Decimal4, like quote lines), prices
-- integer minor units of the opportunity's currency; the discount is stored like a quote line's
-- (discount_kind none|percent|amount, discount the percentage x10,000 or the amount), so that lines
-- move between opportunities and quotes unchanged. Accepting a quote makes the opportunity's lines
-- the quote's items, so a won opportunity's amount is the quote's net total and its lines say
-- what was sold. While an opportunity has lines, its amount
-- is their net total, kept by the repository in the same transaction (so the board, the forecast
-- and the amount history need no join).
ALTER TABLE opportunities ADD COLUMN external_id TEXT;
CREATE INDEX opportunities_external_id ON opportunities (external_id) WHERE external_id IS NOT NULL;

CREATE TABLE opportunity_lines (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    opportunity_id TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    product_id TEXT,
    description TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL DEFAULT 10000,
    unit_price INTEGER NOT NULL DEFAULT 0,
    discount_kind TEXT NOT NULL DEFAULT 'none',
    discount INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX opportunity_lines_of ON opportunity_lines (opportunity_id, deleted, position);

-- A sales process of the organisation (core/domain/Pipeline.h). `pipeline_key` is what
-- opportunities store in their `pipeline` column: "standard" for the built-in process (a row with
-- that key replaces its stages and names), otherwise the row's own id. `stages` is a JSON array of
-- {key, name, probability, category, outcome} in board order. Belongs to the organisation: every
-- user reads it; managers and admins change it. If two live rows carry one key (two managers
-- edited "standard" offline), the one with the smallest id applies everywhere.
CREATE TABLE pipelines (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    pipeline_key TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    stages TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pipelines_key ON pipelines (pipeline_key, deleted, id);
