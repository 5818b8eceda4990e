-- Server schema version 7: sign-in throttling per client address (docs/server.md, "Sign-in").
--
-- Wrong passwords are counted per address and name (`name` in lower case), and per address over
-- every name (`name` empty), so that guessing under one name or spraying over many names from one
-- address slows down, while the same user elsewhere still signs in. Names nobody has count like
-- real ones. A count starts again 15 minutes after its last failure. The per-user lock-out of
-- `users` (failed_signins, locked_until) is no longer used: anyone could lock a colleague out.
CREATE TABLE signin_throttle (
    address TEXT NOT NULL,
    name TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    last_failure_at BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (address, name)
);
