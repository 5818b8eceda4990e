-- Fieldbook schema version 16: commission plans (docs/forecast.md, Commission; issue 15). A plan pays
-- `rate` (hundredths of a percent: 550 is 5.50 %) on won net amount from `valid_from` (a date) on,
-- with rates of their own for product families (`family_rates`, a JSON array of {"family", "rate"})
-- and an optional accelerator (`accelerator`, hundredths of a multiplier: 150 is ×1.5, 0 none) on the
-- part of a period's amount above the quota. `applies_to` 'user': the owner's own plan; 'team':
-- everyone below the owner (a manager) who has no plan of their own. Managers and admins set them;
-- the id is made from owner, applies_to and valid_from, so there is one plan per owner, kind and day.
CREATE TABLE commission_plans (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    applies_to TEXT NOT NULL DEFAULT 'user' CHECK (applies_to IN ('user', 'team')),
    valid_from TEXT NOT NULL DEFAULT '',
    rate INTEGER NOT NULL DEFAULT 0,
    family_rates TEXT NOT NULL DEFAULT '[]',
    accelerator INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX commission_plans_owner ON commission_plans (owner_id, valid_from);
