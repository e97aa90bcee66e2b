-- Cases, screenings and the blind index. Personal data (names, date of birth, phone, address, document
-- numbers, notes, and the answers with their trace) is only ever stored as AEAD ciphertext under the case's
-- own data key; that key is stored wrapped by the master key, and erasing a case destroys it.
-- What stays in clear is pseudonymous and already travels in events: codes, bands, classification, needs.

CREATE TABLE screening_case (
    id               uuid PRIMARY KEY,
    ref              varchar(12)  NOT NULL UNIQUE,          -- BD-XXXX-XXXX, kept after erasure so it is never reused
    opened_by_agency uuid         NOT NULL,
    status           varchar(8)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'ERASED')),
    opened_at        timestamptz  NOT NULL,
    closed_at        timestamptz,
    erased_at        timestamptz,
    erasure_reason   varchar(32),
    wrapped_key      bytea,                                 -- the case's Tink keyset, encrypted by the master key
    master_key_id    varchar(16),                           -- which master key wrapped it (key rotation)
    consent_services varchar(400) NOT NULL DEFAULT '',      -- service category codes, comma-separated
    consent_share    varchar(8)   NOT NULL DEFAULT 'NONE' CHECK (consent_share IN ('NONE', 'BASIC', 'FULL')),
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT erased_cases_have_no_key CHECK ((status = 'ERASED') = (wrapped_key IS NULL)),
    CONSTRAINT closed_cases_have_a_closing_time CHECK (status <> 'CLOSED' OR closed_at IS NOT NULL)
);
CREATE INDEX screening_case_closed ON screening_case (closed_at) WHERE status = 'CLOSED';

-- The agencies that screened the person: each of them may read the case (DESIGN §5 agency scoping).
CREATE TABLE case_agency (
    case_id   uuid        NOT NULL REFERENCES screening_case (id),
    agency_id uuid        NOT NULL,
    joined_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, agency_id)
);
CREATE INDEX case_agency_by_agency ON case_agency (agency_id, case_id);

CREATE TABLE screening (
    id                 uuid PRIMARY KEY,
    case_id            uuid         NOT NULL REFERENCES screening_case (id),
    agency_id          uuid         NOT NULL,
    screened_by        varchar(128) NOT NULL,               -- the worker's account (user name or client)
    context            varchar(32)  NOT NULL,
    instrument_code    varchar(64)  NOT NULL,
    instrument_version integer      NOT NULL,
    division_id        varchar(32),
    district_id        varchar(32)  NOT NULL,
    upazila_id         varchar(32),
    home_division_id   varchar(32),
    home_district_id   varchar(32),
    home_upazila_id    varchar(32),
    sex                varchar(16)  NOT NULL,
    age_band           varchar(16)  NOT NULL,
    nationality        varchar(2),
    languages          varchar(200) NOT NULL DEFAULT '',
    classification     varchar(40)  NOT NULL,
    urgency            varchar(16)  NOT NULL,
    needs              varchar(400) NOT NULL DEFAULT '',
    person_ct          bytea        NOT NULL,               -- PersonDetails, AEAD under the case key
    answers_ct         bytea        NOT NULL,               -- answers and trace, AEAD under the case key
    revision           integer      NOT NULL DEFAULT 0,     -- amendments so far
    screened_at        timestamptz  NOT NULL,
    amended_at         timestamptz
);
CREATE INDEX screening_by_case ON screening (case_id, screened_at);

-- HMAC-SHA256 of normalised document and phone numbers: equal numbers find each other, nobody reads them back.
CREATE TABLE person_index (
    kind    varchar(8) NOT NULL CHECK (kind IN ('DOCUMENT', 'PHONE')),
    hash    bytea      NOT NULL,
    case_id uuid       NOT NULL REFERENCES screening_case (id),
    PRIMARY KEY (kind, hash, case_id)
);
CREATE INDEX person_index_by_case ON person_index (case_id);

-- Which provider organisations hold an accepted referral for a case, learned from setu.referral.v1.
CREATE TABLE provider_access (
    referral_id     uuid PRIMARY KEY,
    case_id         uuid        NOT NULL,
    organization_id uuid        NOT NULL,
    granted_at      timestamptz NOT NULL
);
CREATE INDEX provider_access_by_case ON provider_access (case_id, organization_id);
