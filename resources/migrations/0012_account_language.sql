-- Fieldbook schema version 12: the language a customer receives documents in. Quotes are printed
-- in the account's language ("zh_CN", "en_US"); '' prints them in the language of the user who
-- prints. A synced, descriptive field of the account; no CHECK constraint, so that a language
-- added by a newer release arrives through sync (an unknown one prints in the user's language).
ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT '';
