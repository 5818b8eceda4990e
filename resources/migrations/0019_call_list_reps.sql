-- Fieldbook schema version 19: who works a call list, and an account's quotes found at once
-- (docs/telesales.md; issue 16).
--
-- `reps` (a JSON array of user ids) names the reps the list's entries are assigned to. A rep's
-- device holds only the entries reserved to that rep, so the list itself says who else works it:
-- a rep who works it offline is told that colleagues work it too.
ALTER TABLE call_lists ADD COLUMN reps TEXT NOT NULL DEFAULT '[]';

-- The call card shows the open quotes of the account it calls.
CREATE INDEX quotes_account ON quotes (account_id, deleted);
