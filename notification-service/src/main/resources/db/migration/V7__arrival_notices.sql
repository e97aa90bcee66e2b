-- The return from abroad (issue #19, item 6): the service keeps, from events only, what it needs to tell the desks at a
-- port of entry, the providers holding referrals for an arrival and the agency that owns the case about a planned
-- return. Nothing here names a person: ids, a port code, days, a category and statuses.

-- The arrivals desks at each port, from setu.screening.port-desk-changed.v1. A withdrawn desk keeps its row with
-- designated = false, so that an older event read late (a replay) cannot designate it again.
CREATE TABLE port_desk (
    port_of_entry TEXT        NOT NULL,
    agency_id     UUID        NOT NULL,
    designated    BOOLEAN     NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (port_of_entry, agency_id)
);
CREATE INDEX port_desk_designated ON port_desk (port_of_entry) WHERE designated;

-- Each case's planned return, from return-planned (the highest version wins), return-cancelled, return-arrived and
-- return-missed. The case is known by its id only; an erasure deletes the row.
CREATE TABLE planned_return (
    case_id       UUID PRIMARY KEY,
    owner_agency  UUID        NOT NULL,
    version       BIGINT      NOT NULL,
    port_of_entry TEXT        NOT NULL,
    expected_from DATE        NOT NULL,
    expected_to   DATE        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('PLANNED', 'CANCELLED', 'ARRIVED', 'MISSED')),
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX planned_return_opening ON planned_return (expected_from) WHERE status = 'PLANNED';

-- The referrals held for an arrival, from setu.referral.held.v1, until any later event of the referral (sent at the
-- arrival, cancelled) releases them: whom the day-before reminder tells besides the desks.
CREATE TABLE held_referral (
    referral_id     UUID PRIMARY KEY,
    case_id         UUID        NOT NULL,
    service_id      UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    category        TEXT        NOT NULL,
    held_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX held_referral_by_case ON held_referral (case_id);

-- The day-before reminder is sent once per (case, version of its planned return): the replica that inserts the row
-- records the deliveries in the same transaction; another replica, or the same one after a restart, finds it taken.
CREATE TABLE arrival_reminder (
    case_id     UUID        NOT NULL,
    version     BIGINT      NOT NULL,
    reminded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, version)
);

-- A delivery may be about a planned return: which notice it is, the port, the window (or the day of the arrival) and,
-- for a no-show, the reason. The category of a held referral goes in service_category, the agency that owns the case
-- in referring_agency_id, the recipient's agency in organization_id; case_ref is filled only on the deliveries to the
-- owning agency and the coordinators (docs/notifications.md, "The return from abroad"). An erasure empties them.
ALTER TABLE delivery ADD COLUMN arrival_notice TEXT CHECK (arrival_notice IN ('PLANNED', 'HELD', 'REMINDER', 'ARRIVED', 'MISSED'));
ALTER TABLE delivery ADD COLUMN port_of_entry  TEXT;
ALTER TABLE delivery ADD COLUMN expected_from  DATE;
ALTER TABLE delivery ADD COLUMN expected_to    DATE;
ALTER TABLE delivery ADD COLUMN arrived_on     DATE;
ALTER TABLE delivery ADD COLUMN missed_reason  TEXT CHECK (missed_reason IN ('NO_SHOW', 'NOT_CONFIRMED'));

-- V6's trigger, with these columns in its purge: the previous version, which runs beside this one during a rolling
-- upgrade, purges an erased case's deliveries without knowing them (it empties the case id, the trigger the rest).
CREATE OR REPLACE FUNCTION delivery_facts_in_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.case_id IS NOT NULL AND NEW.case_id IS NULL THEN
        NEW.facts := '{}';
        NEW.case_ref := NULL;
        NEW.service_category := NULL;
        NEW.service_id := NULL;
        NEW.referral_status := NULL;
        NEW.urgency := NULL;
        NEW.due_at := NULL;
        NEW.referral_attempt := NULL;
        NEW.referral_reason_code := NULL;
        NEW.occurred_at := NULL;
        NEW.follow_up_due_on := NULL;
        NEW.reminder_kind := NULL;
        NEW.arrival_notice := NULL;
        NEW.port_of_entry := NULL;
        NEW.expected_from := NULL;
        NEW.expected_to := NULL;
        NEW.arrived_on := NULL;
        NEW.missed_reason := NULL;
    ELSIF NEW.facts IS NULL THEN
        NEW.facts := CASE
            WHEN NEW.source_event_type = 'setu.notification.ping.v1' THEN
                jsonb_build_object('subscriptionId', NEW.event_subject, 'agencyId', NEW.organization_id)
            WHEN NEW.referral_status IS NULL THEN '{}'
            ELSE jsonb_build_object('referralId', NEW.referral_id, 'caseId', NEW.case_id, 'caseRef', NEW.case_ref,
                'category', NEW.service_category, 'serviceId', NEW.service_id, 'organizationId', NEW.organization_id,
                'referringAgencyId', NEW.referring_agency_id, 'status', NEW.referral_status, 'urgency', NEW.urgency,
                'dueAt', NEW.due_at, 'attempt', NEW.referral_attempt, 'reasonCode', NEW.referral_reason_code,
                'occurredAt', NEW.occurred_at)
        END;
    ELSIF NEW.referral_status IS NULL AND NEW.facts ? 'status' THEN
        NEW.case_ref := NEW.facts ->> 'caseRef';
        NEW.service_category := NEW.facts ->> 'category';
        NEW.service_id := (NEW.facts ->> 'serviceId')::uuid;
        NEW.referral_status := NEW.facts ->> 'status';
        NEW.urgency := NEW.facts ->> 'urgency';
        NEW.due_at := (NEW.facts ->> 'dueAt')::timestamptz;
        -- the event reader took a missing attempt as 0, and a whole number written as 3.0 as 3
        NEW.referral_attempt := COALESCE((NEW.facts ->> 'attempt')::numeric::int, 0);
        NEW.referral_reason_code := NEW.facts ->> 'reasonCode';
        NEW.occurred_at := (NEW.facts ->> 'occurredAt')::timestamptz;
    END IF;
    RETURN NEW;
END
$$;
