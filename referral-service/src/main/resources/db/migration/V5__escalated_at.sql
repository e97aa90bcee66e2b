-- When each escalated referral was escalated, as a column, so that the coordinators' list can be sorted and filtered
-- by how long a person has waited. Existing escalations take the time of their last ESCALATED history entry (written
-- by Jackson as an ISO-8601 text, or as epoch seconds by a mapper configured to write timestamps).
ALTER TABLE referral ADD COLUMN escalated_at timestamptz;

UPDATE referral r
   SET escalated_at = coalesce((SELECT max(CASE WHEN jsonb_typeof(h -> 'at') = 'number'
                                                THEN to_timestamp((h ->> 'at')::double precision)
                                                ELSE (h ->> 'at')::timestamptz END)
                                  FROM jsonb_array_elements(r.history) h
                                 WHERE h ->> 'status' = 'ESCALATED'), r.updated_at)
 WHERE r.status = 'ESCALATED';

CREATE INDEX referral_escalated_at ON referral (escalated_at, id) WHERE status = 'ESCALATED';
