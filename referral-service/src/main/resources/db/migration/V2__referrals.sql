-- The referral service's own tables: the directory read model, the case facts it keeps from screening events,
-- referrals with their history, one row per service tried (attempts), and the per-agency routing policy.

-- Directory read model, built from the compacted setu.directory.v1 topic. One row per service; a removed service
-- keeps its row (removed = true) so that an older snapshot delivered late cannot bring it back.
CREATE TABLE directory_service (
    id              uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    version         bigint      NOT NULL,
    category        text        NOT NULL,
    -- 'CATEGORY|LEVEL:code' per coverage area, e.g. 'SHELTER|DISTRICT:9', 'SHELTER|NATIONAL'
    coverage_keys   text[]      NOT NULL,
    removed         boolean     NOT NULL DEFAULT false,
    snapshot        jsonb,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX directory_service_coverage ON directory_service USING gin (coverage_keys) WHERE NOT removed;
CREATE INDEX directory_service_organization ON directory_service (organization_id);

-- Where the read model stands in each partition of setu.directory.v1. Kept with the read model, so that a fresh
-- database rebuilds from the start of the topic even when the consumer group has committed offsets.
CREATE TABLE directory_offset (
    topic       text   NOT NULL,
    partition   int    NOT NULL,
    next_offset bigint NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- What routing needs to know about a case, from screening events: pseudonymous facts only.
CREATE TABLE case_facts (
    case_id          uuid PRIMARY KEY,
    case_ref         text,
    agency_id        uuid        NOT NULL,
    screening_id     uuid,
    urgency          text        NOT NULL,
    age_band         text        NOT NULL,
    sex              text        NOT NULL,
    victim_category  text,
    current_division text,
    current_district text,
    current_upazila  text,
    home_division    text,
    home_district    text,
    home_upazila     text,
    languages        text[]      NOT NULL,
    consent_services text[]      NOT NULL,
    share_level      text        NOT NULL,
    erased           boolean     NOT NULL DEFAULT false,
    updated_at       timestamptz NOT NULL
);

CREATE TABLE referral (
    id                  uuid PRIMARY KEY,
    case_id             uuid        NOT NULL,
    case_ref            text,
    referring_agency_id uuid        NOT NULL,
    category            text        NOT NULL,
    urgency             text        NOT NULL,
    service_id          uuid,
    organization_id     uuid,
    status              text        NOT NULL,
    due_at              timestamptz,
    attempt             int         NOT NULL,
    version             bigint      NOT NULL,
    explanation         jsonb       NOT NULL,
    history             jsonb       NOT NULL,
    redacted            boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX referral_case ON referral (case_id);
CREATE INDEX referral_due ON referral (due_at) WHERE status = 'SENT';
CREATE INDEX referral_organization ON referral (organization_id, updated_at DESC);
CREATE INDEX referral_agency ON referral (referring_agency_id, updated_at DESC);
-- one open referral per case and category, even when two screenings of the same case arrive at once
CREATE UNIQUE INDEX referral_one_open_per_category ON referral (case_id, category)
    WHERE status IN ('PROPOSED', 'SENT', 'ACCEPTED', 'IN_PROGRESS', 'ESCALATED');

-- Each service a referral was sent to, and how its provider answered: the providers' record for ranking, and the
-- providers a re-routing must leave out.
CREATE TABLE referral_attempt (
    referral_id     uuid        NOT NULL REFERENCES referral (id),
    attempt         int         NOT NULL,
    service_id      uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    sent_at         timestamptz NOT NULL,
    answered_at     timestamptz,
    outcome         text,
    PRIMARY KEY (referral_id, attempt)
);
CREATE INDEX referral_attempt_organization ON referral_attempt (organization_id) WHERE outcome IS NOT NULL;

-- Agencies that approve each non-urgent adult referral before it is sent (PROPOSED first). Absent: sent at once.
CREATE TABLE agency_routing_policy (
    agency_id     uuid PRIMARY KEY,
    approve_first boolean     NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
