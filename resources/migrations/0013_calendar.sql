-- Fieldbook schema version 13: the calendar (docs/calendar.md; issue 14). Events and tasks are
-- synced record types; activities can name the opportunity they were for.
--
-- An event's times are calendar values as text (core/calendar/CalendarTime): a wall clock in an
-- IANA zone "2027-03-01T09:00:00[Europe/Berlin]", a UTC instant "…Z", or a date "2027-03-01" for
-- all-day events; `ends` is exclusive. A recurring series keeps its RRULE values, RDATEs and
-- EXDATEs (JSON arrays of text); one changed or cancelled occurrence is a record of its own that
-- names its series (`series_id`) and the occurrence it replaces (`occurrence`, the RECURRENCE-ID),
-- so two devices that change different occurrences offline never touch the same record.
-- `range_start` and `range_end` are local (ms, UTC): the instants the event or series covers
-- (a series without an end reaches the largest integer), so a week's events are found by index.
CREATE TABLE events (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'meeting' CHECK (kind IN ('meeting', 'visit', 'call', 'other')),
    title TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    starts TEXT NOT NULL DEFAULT '',
    ends TEXT NOT NULL DEFAULT '',
    rrules TEXT NOT NULL DEFAULT '[]',
    rdates TEXT NOT NULL DEFAULT '[]',
    exdates TEXT NOT NULL DEFAULT '[]',
    series_id TEXT,
    occurrence TEXT NOT NULL DEFAULT '',
    this_and_future INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'tentative', 'cancelled')),
    private INTEGER NOT NULL DEFAULT 0,
    busy INTEGER NOT NULL DEFAULT 1,
    account_id TEXT,
    contact_id TEXT,
    lead_id TEXT,
    opportunity_id TEXT,
    attendees TEXT NOT NULL DEFAULT '[]',
    reminders TEXT NOT NULL DEFAULT '[]',
    ical_uid TEXT NOT NULL DEFAULT '',
    sequence INTEGER NOT NULL DEFAULT 0,
    activity_id TEXT,
    owner_id TEXT,
    range_start INTEGER NOT NULL DEFAULT 0,
    range_end INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_range ON events (deleted, range_start, range_end);
CREATE INDEX events_series ON events (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX events_uid ON events (ical_uid) WHERE ical_uid <> '';
CREATE INDEX events_account ON events (account_id, range_start) WHERE account_id IS NOT NULL;
CREATE INDEX events_contact ON events (contact_id, range_start) WHERE contact_id IS NOT NULL;
CREATE INDEX events_lead ON events (lead_id, range_start) WHERE lead_id IS NOT NULL;
CREATE INDEX events_opportunity ON events (opportunity_id, range_start) WHERE opportunity_id IS NOT NULL;

-- A to-do: `due` is a calendar value like an event's start, or '' for none; `due_at` is local
-- (ms, UTC, the due instant; 0 for none) and orders the task list.
CREATE TABLE tasks (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    done_at INTEGER NOT NULL DEFAULT 0,
    account_id TEXT,
    contact_id TEXT,
    lead_id TEXT,
    opportunity_id TEXT,
    reminders TEXT NOT NULL DEFAULT '[]',
    ical_uid TEXT NOT NULL DEFAULT '',
    owner_id TEXT,
    due_at INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tasks_list ON tasks (deleted, status, due_at);
CREATE INDEX tasks_uid ON tasks (ical_uid) WHERE ical_uid <> '';
CREATE INDEX tasks_account ON tasks (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX tasks_contact ON tasks (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX tasks_lead ON tasks (lead_id) WHERE lead_id IS NOT NULL;
CREATE INDEX tasks_opportunity ON tasks (opportunity_id) WHERE opportunity_id IS NOT NULL;

-- An activity can be for an opportunity: the opportunity's Activities tab shows its own.
ALTER TABLE activities ADD COLUMN opportunity_id TEXT;
CREATE INDEX activities_opportunity ON activities (opportunity_id, starts_at) WHERE opportunity_id IS NOT NULL;

-- A reminder the user dismissed or snoozed, synced to their other devices: one record per reminder
-- (an event's occurrence or a task, and how long before it), whose id is derived from those, so that
-- two devices acting on one reminder offline change one record. `occurrence` is '' for a single
-- event or a task; `snoozed_until` is ms UTC (0: not snoozed).
CREATE TABLE reminder_states (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    record_table TEXT NOT NULL CHECK (record_table IN ('events', 'tasks')),
    record_id TEXT NOT NULL,
    occurrence TEXT NOT NULL DEFAULT '',
    minutes_before INTEGER NOT NULL DEFAULT 0,
    snoozed_until INTEGER NOT NULL DEFAULT 0,
    dismissed INTEGER NOT NULL DEFAULT 0,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reminder_states_record ON reminder_states (record_id);

-- Local: the reminders this device has already announced (a notification is shown once per reminder
-- and snooze, also for those that fell due while Fieldbook was closed).
CREATE TABLE reminders_announced (
    key TEXT PRIMARY KEY,
    announced_at INTEGER NOT NULL
);
