-- Follow-ups of a reintegration plan (docs/screening.md, "Follow-ups"). The answers to the Reintegration
-- Sustainability Survey and their trace say how the person lives, so they are sealed with the case's key. The scores
-- and warning codes are numbers and codes, kept in clear like a screening's classification, so that the NRM's
-- statistics and the case worker's list can read them without opening a case.

CREATE TABLE follow_up (
    id             uuid PRIMARY KEY,
    case_id        uuid         NOT NULL REFERENCES screening_case (id),
    due_on         date,
    contacted_at   timestamptz  NOT NULL,
    channel        text         NOT NULL,
    reached        boolean      NOT NULL,
    survey_code    text,
    survey_version integer,
    answers_sealed bytea,
    economic       numeric(5, 4),
    social         numeric(5, 4),
    psychosocial   numeric(5, 4),
    composite      numeric(5, 4),
    warnings       text         NOT NULL DEFAULT '',
    recorded_at    timestamptz  NOT NULL,
    recorded_by    varchar(128) NOT NULL,
    CONSTRAINT only_a_reached_person_answers CHECK (reached OR answers_sealed IS NULL),
    CONSTRAINT a_reached_person_answers_a_survey CHECK (NOT reached OR (answers_sealed IS NOT NULL AND survey_code IS NOT NULL))
);
CREATE INDEX follow_up_of_case ON follow_up (case_id, contacted_at);
