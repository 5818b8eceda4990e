-- Fieldbook schema version 10: activities of leads. A call, meeting or note can be logged for a lead
-- as for a contact; a lead has no account yet, so the activity names the lead in `lead_id` (a
-- synced, guarded field like contact_id and account_id). Converting the lead links its activities
-- to the contact and account it became as well, so they follow the customer; `lead_id` stays, so
-- the lead still shows what was done before.
ALTER TABLE activities ADD COLUMN lead_id TEXT;
CREATE INDEX activities_lead ON activities (lead_id, starts_at) WHERE lead_id IS NOT NULL;
