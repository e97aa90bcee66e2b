-- Agencies and screenings abroad (issue #19, item 1; docs/screening.md, "Agencies and screenings abroad").
--
-- Where an agency works, when that is outside Bangladesh: set by the agency's admin. No row, or BD, means in
-- Bangladesh, which is what every agency was before. The city is the agency's office, not anybody's address.
CREATE TABLE agency_location (
    agency_id  uuid PRIMARY KEY,
    country    varchar(2)   NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    city       varchar(80),
    updated_at timestamptz  NOT NULL,
    updated_by varchar(128) NOT NULL
);

-- A screening abroad has a country and a city instead of an area of Bangladesh; the person's home district is then
-- required (checked by the service). The country of exploitation is a code, also for a screening at home.
ALTER TABLE screening ALTER COLUMN district_id DROP NOT NULL;
ALTER TABLE screening
    ADD COLUMN country                 varchar(2) CHECK (country ~ '^[A-Z]{2}$' AND country <> 'BD'),
    ADD COLUMN city                    varchar(80),
    ADD COLUMN country_of_exploitation varchar(2) CHECK (country_of_exploitation ~ '^[A-Z]{2}$'),
    -- in Bangladesh: a district and no country; abroad: a country and no area
    ADD CONSTRAINT screening_in_bangladesh_or_abroad CHECK (
        (country IS NULL AND district_id IS NOT NULL)
        OR (country IS NOT NULL AND district_id IS NULL AND division_id IS NULL AND upazila_id IS NULL));
