-- Fieldbook schema version 14: quotas (docs/forecast.md, Quotas; issue 15). A quota says what its
-- owner should close in one month, fiscal quarter or fiscal year (`period_kind`, starting on
-- `period_start`, a date), in minor units of `currency`. Managers and admins set them; the id is
-- made from owner, kind and first day, so there is one quota per user and period.
CREATE TABLE quotas (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    period_kind TEXT NOT NULL DEFAULT 'month' CHECK (period_kind IN ('month', 'quarter', 'year')),
    period_start TEXT NOT NULL DEFAULT '',
    amount INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotas_owner ON quotas (owner_id, period_start);

-- Won business by account (RFM, docs/rfm.md) and the forecast's categories read from this index
-- instead of scanning the table.
CREATE INDEX opportunities_forecast ON opportunities (deleted, forecast_category, close_date, account_id, amount, currency);
