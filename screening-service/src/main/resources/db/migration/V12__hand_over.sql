-- The hand-over of a case from one agency to another (docs/screening.md, "Hand-over", issue #19 item 5): typically an
-- agency abroad handing a returnee's case to an agency in her home district, which accepts it.

-- The agency that owns a case now. It is the one that opened the case until a hand-over is accepted; opened_by_agency
-- stays as the record of who opened it.
ALTER TABLE screening_case ADD COLUMN owner_agency uuid;
UPDATE screening_case SET owner_agency = opened_by_agency;
ALTER TABLE screening_case ALTER COLUMN owner_agency SET NOT NULL;
CREATE INDEX screening_case_by_owner ON screening_case (owner_agency);

-- The person's answer to the instrument's cross-border question: may the case go to an agency in another country?
-- Null where it was never asked (a screening at home, or a case opened before the question existed).
ALTER TABLE screening_case ADD COLUMN consent_cross_border boolean;

CREATE TABLE case_hand_over (
    id             uuid         PRIMARY KEY,
    case_id        uuid         NOT NULL REFERENCES screening_case (id),
    from_agency    uuid         NOT NULL,
    to_agency      uuid         NOT NULL,
    status         varchar(16)  NOT NULL,
    decline_reason varchar(16),
    proposed_at    timestamptz  NOT NULL,
    proposed_by    varchar(128) NOT NULL,
    decided_at     timestamptz,
    decided_by     varchar(128),
    CONSTRAINT case_hand_over_status CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT case_hand_over_decided CHECK ((status = 'PROPOSED') = (decided_at IS NULL)
        AND (status = 'DECLINED') = (decline_reason IS NOT NULL)),
    CONSTRAINT case_hand_over_elsewhere CHECK (from_agency <> to_agency)
);
-- one open hand-over per case: two case workers cannot send the same case two ways at once
CREATE UNIQUE INDEX case_hand_over_one_open ON case_hand_over (case_id) WHERE status = 'PROPOSED';
CREATE INDEX case_hand_over_incoming ON case_hand_over (to_agency, proposed_at DESC);
CREATE INDEX case_hand_over_outgoing ON case_hand_over (from_agency, proposed_at DESC);
CREATE INDEX case_hand_over_of_case ON case_hand_over (case_id, proposed_at);
