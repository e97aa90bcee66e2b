-- The transactional outbox: a service records the events it owes here, in the same transaction as its change;
-- the relay publishes them to Kafka afterwards and marks them published (at least once).
CREATE TABLE kit_outbox (
    id            BIGSERIAL PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    event_type    TEXT        NOT NULL,
    topic         TEXT        NOT NULL,
    partition_key TEXT        NOT NULL,
    subject       TEXT        NOT NULL,
    dataschema    TEXT        NOT NULL,
    payload       JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    published_at  TIMESTAMPTZ
);

-- the relay reads only what is still to publish, in id order
CREATE INDEX kit_outbox_unpublished ON kit_outbox (id) WHERE published_at IS NULL;
CREATE INDEX kit_outbox_published_at ON kit_outbox (published_at) WHERE published_at IS NOT NULL;

-- wakes the relay at commit, so the usual lag is milliseconds rather than a poll interval
CREATE FUNCTION kit_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kit_outbox', '');
    RETURN NULL;
END $$;

CREATE TRIGGER kit_outbox_notify AFTER INSERT ON kit_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION kit_outbox_notify();
