-- Server schema version 2: every device gets a small number, unique on this server, at its first
-- sign-in (issue 4). Devices put it in the quote numbers they make offline (Q-2026-D7-0042), so two
-- devices never make the same number. Taken from the counters row like sv, so that servers sharing
-- one PostgreSQL database never hand out one number twice.
ALTER TABLE clients ADD COLUMN device_number BIGINT NOT NULL DEFAULT 0;
INSERT INTO counters (name, value) VALUES ('device', 0);
