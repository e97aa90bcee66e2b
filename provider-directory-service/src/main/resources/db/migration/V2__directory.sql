-- The directory (HSDS-aligned): organizations, their locations and services, each service's coverage and the
-- locations it is delivered at. Geography is reference data held in memory (classpath geography/*.csv); the codes
-- stored here were checked against it when written.

CREATE TABLE organization (
    id             uuid PRIMARY KEY,
    name_en        varchar(200) NOT NULL,
    name_bn        varchar(200),
    description_en text,
    description_bn text,
    email          varchar(254),
    website        varchar(500),
    phone          varchar(20),
    sample         boolean      NOT NULL DEFAULT false,
    updated_at     timestamptz  NOT NULL
);

CREATE TABLE location (
    id              uuid PRIMARY KEY,
    organization_id uuid         NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name_en         varchar(200) NOT NULL,
    name_bn         varchar(200),
    address_line    varchar(300),
    city            varchar(100),
    postal_code     varchar(20),
    division_id     varchar(32)  NOT NULL,
    district_id     varchar(32)  NOT NULL,
    upazila_id      varchar(32),
    union_id        varchar(32),
    latitude        double precision,
    longitude       double precision,
    confidential    boolean      NOT NULL DEFAULT false,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX location_organization ON location (organization_id);

CREATE TABLE directory_service (
    id                  uuid PRIMARY KEY,
    organization_id     uuid         NOT NULL REFERENCES organization (id),
    version             bigint       NOT NULL,
    name_en             varchar(200) NOT NULL,
    name_bn             varchar(200),
    description_en      text,
    description_bn      text,
    category            varchar(32)  NOT NULL,
    genders             text[]       NOT NULL,
    min_age             integer,
    max_age             integer,
    victim_categories   text[]       NOT NULL,
    nationalities       text[]       NOT NULL,
    languages           text[]       NOT NULL,
    capacity_available  integer,
    capacity_total      integer,
    capacity_unit       varchar(16),
    accepting_referrals boolean      NOT NULL,
    contact_email       varchar(254) NOT NULL,
    contact_phone       varchar(20),
    contact_webhook     varchar(500),
    contact_language    varchar(3)   NOT NULL,
    schedule_en         text,
    schedule_bn         text,
    -- names and descriptions in both languages, folded (NFC, lower case) for the q search
    search_text         text         NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CONSTRAINT capacity_is_sane CHECK (capacity_available IS NULL
        OR (capacity_available >= 0 AND capacity_total >= capacity_available)),
    CONSTRAINT ages_are_sane CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);
CREATE INDEX directory_service_organization ON directory_service (organization_id);
CREATE INDEX directory_service_category ON directory_service (category, name_en);

-- NATIONAL coverage is stored with area_id '' so that the primary key holds it too. The service's category is
-- repeated here because routing always asks for one category in one place: that index finds the few candidates
-- without visiting the services of other categories.
CREATE TABLE service_coverage (
    service_id uuid        NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    level      varchar(16) NOT NULL,
    area_id    varchar(32) NOT NULL,
    category   varchar(32) NOT NULL,
    PRIMARY KEY (service_id, level, area_id)
);
CREATE INDEX service_coverage_area ON service_coverage (level, area_id, service_id);
CREATE INDEX service_coverage_category_area ON service_coverage (category, level, area_id, service_id);

CREATE TABLE service_location (
    service_id  uuid NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    location_id uuid NOT NULL REFERENCES location (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, location_id)
);
CREATE INDEX service_location_location ON service_location (location_id);
