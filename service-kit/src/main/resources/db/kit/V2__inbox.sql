-- The idempotent inbox: each consumer records the CloudEvent ids it applied, in the same transaction as the
-- effect, so that a redelivered event changes nothing.
CREATE TABLE kit_inbox (
    consumer   TEXT        NOT NULL,
    event_id   TEXT        NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX kit_inbox_applied_at ON kit_inbox (applied_at);
