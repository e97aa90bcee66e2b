-- Follow-up reminders (setu.screening.follow-up-reminder.v1): a delivery may be about a case's follow-up instead of a
-- referral. It keeps the reminder's facts in typed columns, beside the ones a referral fills: case_id and case_ref
-- (the case, by id and pseudonymous reference), organization_id (the agency that follows the case, whose delivery log
-- shows it), occurred_at, and the two below. Neither is personal data, but both describe the case's plan, so an
-- erasure empties them with the rest. A reminder delivery is one whose follow_up_due_on is set.
ALTER TABLE delivery ADD COLUMN follow_up_due_on DATE;
ALTER TABLE delivery ADD COLUMN reminder_kind    TEXT CHECK (reminder_kind IN ('DUE_SOON', 'OVERDUE'));

-- V5's trigger, with the reminder columns in its purge: the previous version, which runs beside this one during a
-- rolling upgrade, purges an erased case's deliveries without knowing these columns (it empties the case id, and the
-- trigger empties the rest). A reminder delivery gets {} in the old JSON column, like any delivery without referral
-- facts: no version that reads that column runs beside this one any more. The next release drops the column, this
-- function and its trigger together.
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
