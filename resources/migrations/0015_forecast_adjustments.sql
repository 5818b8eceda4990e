-- Fieldbook schema version 15: manager adjustments and forecast snapshots (docs/forecast.md,
-- Adjustments and Snapshots; issue 15).
--
-- An adjustment overrides the Commit and Best case of one user's own deals (`scope` own) or of a
-- user and everyone below them (`scope` team) for one period, with a note. Adjustments are never
-- changed: each is a record of its own, the latest (`made_at`) is in force and the earlier ones
-- are its history; `cleared` withdraws the override. The owner is the manager who made it.
CREATE TABLE forecast_adjustments (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    subject_id TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT 'own' CHECK (scope IN ('own', 'team')),
    period_kind TEXT NOT NULL DEFAULT 'quarter' CHECK (period_kind IN ('month', 'quarter', 'year')),
    period_start TEXT NOT NULL DEFAULT '',
    commit_amount INTEGER NOT NULL DEFAULT 0,
    best_case_amount INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT '',
    cleared INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    made_at INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX forecast_adjustments_subject ON forecast_adjustments (subject_id, period_start);

-- A snapshot keeps what a forecast said: weekly (`kind` weekly, one per subject, scope, period and
-- week, its id made from them) and when a user submits their forecast (`kind` submitted, each one
-- kept). Amounts in minor units of `currency`; `adjusted_commit` and `adjusted_best_case` are -1
-- when nothing was adjusted. The owner is the subject, so they and everyone above them read it.
CREATE TABLE forecast_snapshots (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    subject_id TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT 'own' CHECK (scope IN ('own', 'team')),
    period_kind TEXT NOT NULL DEFAULT 'quarter' CHECK (period_kind IN ('month', 'quarter', 'year')),
    period_start TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'weekly' CHECK (kind IN ('weekly', 'submitted')),
    taken_on TEXT NOT NULL DEFAULT '',
    closed_won INTEGER NOT NULL DEFAULT 0,
    commit_amount INTEGER NOT NULL DEFAULT 0,
    best_case_amount INTEGER NOT NULL DEFAULT 0,
    pipeline_amount INTEGER NOT NULL DEFAULT 0,
    quota INTEGER NOT NULL DEFAULT 0,
    adjusted_commit INTEGER NOT NULL DEFAULT -1,
    adjusted_best_case INTEGER NOT NULL DEFAULT -1,
    currency TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX forecast_snapshots_subject ON forecast_snapshots (subject_id, period_start, taken_on);
