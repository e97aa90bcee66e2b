-- Each case's planned return home (issue #19), kept from the screening service's return events: the port of entry's
-- code, the expected window and how the return stands. Only codes and days; the transport reference never comes here.
-- Referrals of a person still abroad wait ON_HOLD for the arrival.
CREATE TABLE planned_return (
    case_id        uuid        PRIMARY KEY,
    version        bigint      NOT NULL,
    port_of_entry  text        NOT NULL,
    expected_from  date        NOT NULL,
    expected_to    date        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('PLANNED', 'ARRIVED', 'MISSED', 'CANCELLED')),
    updated_at     timestamptz NOT NULL
);

-- A referral held for an arrival is open: the case has one referral per category, held or not.
DROP INDEX referral_one_open_per_category;
CREATE UNIQUE INDEX referral_one_open_per_category ON referral (case_id, category)
    WHERE status IN ('PROPOSED', 'SENT', 'ACCEPTED', 'IN_PROGRESS', 'ESCALATED', 'ON_HOLD');

