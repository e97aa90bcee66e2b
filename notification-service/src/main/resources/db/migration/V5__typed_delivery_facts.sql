-- A delivery keeps what it says about its referral in typed columns, no longer as the event's JSON (issue #16):
-- the service reads each event once, on arrival, and stores its facts. They are the referral event's fields, ids,
-- codes and times by contract: the case reference is pseudonymous, and no name, phone or document number is among
-- them. case_id, referral_id, organization_id and referring_agency_id were columns already.
ALTER TABLE delivery ADD COLUMN case_ref             TEXT;
ALTER TABLE delivery ADD COLUMN service_category     TEXT;
ALTER TABLE delivery ADD COLUMN service_id           UUID;
ALTER TABLE delivery ADD COLUMN referral_status      TEXT;
ALTER TABLE delivery ADD COLUMN urgency              TEXT;
ALTER TABLE delivery ADD COLUMN due_at               TIMESTAMPTZ;
ALTER TABLE delivery ADD COLUMN referral_attempt     INT;
ALTER TABLE delivery ADD COLUMN referral_reason_code TEXT;
ALTER TABLE delivery ADD COLUMN occurred_at          TIMESTAMPTZ;

-- The JSON column stays for this release, nullable, and the service no longer reads or writes it. Dropping it now
-- is unsafe: during a rolling upgrade (and after a rollback) the previous version runs beside this one, and it
-- writes, reads and purges facts only (docs/operator-guide.md, "Upgrades": add, then remove in a later release).
-- Until then the trigger below keeps the two forms in step, whichever version wrote the row:
-- - a row the previous version inserted (JSON only) gets its typed columns, so this version sends the same message;
-- - a row this version inserted (typed only) gets the JSON the previous version expects: the referral event's
--   fields, a ping's subscription and agency, or {} for a delivery recorded already purged;
-- - a purge by either version (the case id goes) empties both forms, so no case reference outlives the erasure.
-- The next release's migration drops the trigger, its function and the column.
ALTER TABLE delivery ALTER COLUMN facts DROP NOT NULL;

CREATE FUNCTION delivery_facts_in_step() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER delivery_facts_in_step BEFORE INSERT OR UPDATE ON delivery
    FOR EACH ROW EXECUTE FUNCTION delivery_facts_in_step();

-- The backfill is the trigger's own reading of the JSON, run once over every referral delivery written so far
-- (a purged one holds {} and has nothing to fill).
UPDATE delivery SET facts = facts WHERE facts ? 'status';
