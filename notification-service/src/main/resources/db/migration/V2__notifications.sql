-- notification-service's own tables: the directory read model of referral contacts, the agencies' channel
-- subscriptions, and the delivery log with its attempts. Addresses here are organisations' contact points,
-- never a person's data; reasons are codes.

-- The referral contact of each directory service, from the compacted setu.directory.v1 (latest snapshot wins).
CREATE TABLE directory_contact (
    service_id      UUID PRIMARY KEY,
    organization_id UUID        NOT NULL,
    version         BIGINT      NOT NULL,
    email           TEXT,
    phone           TEXT,
    language        TEXT,
    removed         BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX directory_contact_by_organization ON directory_contact (organization_id) WHERE NOT removed;

-- What an agency asked to be told, where: a webhook (signed with its own secret), an email address or an SMS phone.
CREATE TABLE subscription (
    id          UUID PRIMARY KEY,
    agency_id   UUID        NOT NULL,
    channel     TEXT        NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL', 'SMS')),
    address     TEXT        NOT NULL,
    language    TEXT        NOT NULL CHECK (language IN ('en', 'bn')),
    event_types TEXT[]      NOT NULL,
    secret      TEXT,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    version     BIGINT      NOT NULL DEFAULT 1,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT webhook_has_secret CHECK (channel <> 'WEBHOOK' OR secret IS NOT NULL)
);
CREATE INDEX subscription_by_agency ON subscription (agency_id);

-- One row per (source event, recipient, channel): the unique constraint is what makes a redelivered event,
-- or two replicas consuming it, send nothing twice.
CREATE TABLE delivery (
    id                  UUID PRIMARY KEY,
    source_event_id     TEXT        NOT NULL,
    source_event_type   TEXT        NOT NULL,
    event_subject       TEXT,
    event_time          TIMESTAMPTZ NOT NULL,
    facts               JSONB       NOT NULL,
    referral_id         UUID,
    organization_id     UUID,
    referring_agency_id UUID,
    recipient_kind      TEXT        NOT NULL,
    channel             TEXT        NOT NULL,
    recipient           TEXT        NOT NULL,
    language            TEXT        NOT NULL,
    address             TEXT,
    status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD', 'SKIPPED')),
    attempts            INT         NOT NULL DEFAULT 0,
    give_up_after       INT         NOT NULL,
    next_attempt_at     TIMESTAMPTZ,
    last_reason         TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    delivered_at        TIMESTAMPTZ,
    CONSTRAINT delivery_once UNIQUE (source_event_id, recipient, channel)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_by_organization ON delivery (organization_id, created_at DESC);
CREATE INDEX delivery_by_referring_agency ON delivery (referring_agency_id, created_at DESC);
CREATE INDEX delivery_by_referral ON delivery (referral_id);

-- Every attempt, for the delivery log: when, what came of it (a code), how long it took, when the next is due.
CREATE TABLE delivery_attempt (
    delivery_id     UUID        NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    number          INT         NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    outcome         TEXT        NOT NULL,
    reason          TEXT,
    duration_ms     INT         NOT NULL,
    next_attempt_at TIMESTAMPTZ,
    PRIMARY KEY (delivery_id, number)
);
