-- The statistics read model: codes and times only, never a name, a number, a date of birth or a case reference
-- (docs/statistics.md, "What the service keeps"). Every row is made from an event; a fresh database is rebuilt by
-- reading the topics from the start.

-- A case as the statistics see it. Amendments replace the picture but not the day it was first screened. The case id
-- only joins the case's referrals to it; an erasure replaces it with a surrogate (see erased_case).
CREATE TABLE case_fact (
    case_id          uuid PRIMARY KEY,
    agency_id        uuid        NOT NULL,
    screened_at      timestamptz NOT NULL,
    context          text        NOT NULL,
    classification   text        NOT NULL,
    victim_category  text,
    sex              text        NOT NULL,
    age_band         text        NOT NULL,
    nationality      text,
    division_id      text,
    district_id      text        NOT NULL,
    closed_at        timestamptz,
    closure_reason   text,
    erased           boolean     NOT NULL DEFAULT false
);
CREATE INDEX case_fact_screened ON case_fact (screened_at);

-- A referral, from its first event to its last. Re-routing keeps the referral and tries another service (attempt).
CREATE TABLE referral_fact (
    referral_id          uuid PRIMARY KEY,
    case_id              uuid        NOT NULL,
    category             text        NOT NULL,
    referring_agency_id  uuid        NOT NULL,
    urgency              text        NOT NULL,
    status               text        NOT NULL,
    first_at             timestamptz NOT NULL,
    sent_at              timestamptz,
    accepted_at          timestamptz,
    completed_at         timestamptz,
    last_at              timestamptz NOT NULL
);
CREATE INDEX referral_fact_case ON referral_fact (case_id);
CREATE INDEX referral_fact_first ON referral_fact (first_at);

-- Each transition of a referral, keyed by its CloudEvent id: declines by reason, escalations by reason, answers per
-- organization and attempt, and the time a notification's source event happened.
CREATE TABLE referral_step (
    event_id         text        PRIMARY KEY,
    referral_id      uuid        NOT NULL,
    kind             text        NOT NULL,
    category         text        NOT NULL,
    organization_id  uuid,
    service_id       uuid,
    attempt          integer     NOT NULL,
    reason_code      text,
    occurred_at      timestamptz NOT NULL
);
CREATE INDEX referral_step_referral ON referral_step (referral_id, attempt);
CREATE INDEX referral_step_time ON referral_step (occurred_at);

-- The end of each notification: delivered or given up, by channel; never an address.
CREATE TABLE notification_fact (
    notification_id    uuid        PRIMARY KEY,
    source_event_id    text        NOT NULL,
    source_event_type  text        NOT NULL,
    channel            text        NOT NULL,
    recipient_kind     text        NOT NULL,
    outcome            text        NOT NULL,
    attempts           integer     NOT NULL,
    occurred_at        timestamptz NOT NULL
);
CREATE INDEX notification_fact_time ON notification_fact (occurred_at);

-- The directory's services, by name, for the provider figures (the directory names services, not organizations).
CREATE TABLE directory_service (
    service_id       uuid PRIMARY KEY,
    organization_id  uuid NOT NULL,
    name_en          text NOT NULL,
    name_bn          text,
    removed          boolean NOT NULL DEFAULT false
);
CREATE INDEX directory_service_organization ON directory_service (organization_id);

-- An erased case, known by the SHA-256 of its id and never by the id itself, with the surrogate its facts now carry:
-- a referral event of the case that arrives after the erasure joins the surrogate instead of bringing the id back.
CREATE TABLE erased_case (
    case_digest   bytea PRIMARY KEY,
    surrogate_id  uuid        NOT NULL,
    erased_at     timestamptz NOT NULL
);
