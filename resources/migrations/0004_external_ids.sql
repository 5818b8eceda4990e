-- Fieldbook schema version 4: an external id is no longer unique in the store's index.
-- Two devices that imported the same file while offline both sync their records, and every device
-- must be able to take both: with a unique index the page that brought the second one failed, and
-- so did every later pull. Local saves still refuse an external id another record has (the
-- repositories check it); twins that arrive through sync are duplicates for the user to merge.
DROP INDEX accounts_external_id;
CREATE INDEX accounts_external_id ON accounts (external_id) WHERE external_id IS NOT NULL;
DROP INDEX contacts_external_id;
CREATE INDEX contacts_external_id ON contacts (external_id) WHERE external_id IS NOT NULL;
