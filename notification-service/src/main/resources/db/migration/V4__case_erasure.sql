-- Erasure (setu.screening.case-erased.v1): the notification service forgets what it kept of an erased case.
-- A delivery names its case in case_id, so that the erasure finds it; the purge then empties the event data
-- and every id that links back (case, subject, referral) and keeps only codes, counts and times.
ALTER TABLE delivery ADD COLUMN case_id UUID;
UPDATE delivery SET case_id = (facts ->> 'caseId')::uuid
 WHERE facts ? 'caseId' AND facts ->> 'caseId' ~ '^[0-9a-fA-F-]{36}$';
CREATE INDEX delivery_by_case ON delivery (case_id) WHERE case_id IS NOT NULL;

-- The tombstone: the ids of erased cases, and nothing else, so that a referral event of the case that arrives
-- after its erasure (a cancellation, a late redelivery) is recorded already purged and never sent.
CREATE TABLE erased_case (
    case_id   UUID PRIMARY KEY,
    erased_at TIMESTAMPTZ NOT NULL
);
