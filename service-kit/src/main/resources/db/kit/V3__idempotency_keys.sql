-- Idempotency keys: the first answer to a POST, kept per caller and key so that a retry gets it again
-- instead of doing the work twice. The row is written in the same transaction as the work, so a key is
-- either absent (nothing happened) or holds the answer of what happened; a concurrent duplicate waits on
-- the primary key until the first transaction ends.
CREATE TABLE kit_idempotency_keys (
    caller        TEXT        NOT NULL,   -- the token subject: one partner cannot replay another's key
    key           TEXT        NOT NULL,
    request_hash  TEXT        NOT NULL,   -- SHA-256 of the canonical JSON body, never the body itself
    status        INT,
    location      TEXT,
    content_type  TEXT,
    body          TEXT,                   -- the answer as sent (ids and the resource's own representation)
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, key)
);

CREATE INDEX kit_idempotency_keys_expires_at ON kit_idempotency_keys (expires_at);
