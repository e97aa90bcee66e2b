-- Training (docs/screening.md, "Practice sessions"): what is kept of each practice attempt, and the practice cases
-- trainers set for screeners. Fictional cases only: no answers, no person, no link to any screening_case. A screener
-- is named by the user name of their account, as the audit trail names them.

CREATE TABLE practice_attempt (
    id                    uuid PRIMARY KEY,
    agency_id             uuid,                          -- null for a coordinator, who acts for no agency
    screener              varchar(128) NOT NULL,
    case_id               varchar(80)  NOT NULL,         -- a practice case of practice/index.txt
    attempted_at          timestamptz  NOT NULL,
    agrees                boolean      NOT NULL,
    classification_agrees boolean      NOT NULL,
    urgency_agrees        boolean      NOT NULL,
    needs_agree           boolean      NOT NULL,
    elements_agreed       text[]       NOT NULL,
    elements_differing    text[]       NOT NULL
);
CREATE INDEX practice_attempt_by_agency ON practice_attempt (agency_id, attempted_at);
CREATE INDEX practice_attempt_by_screener ON practice_attempt (screener, attempted_at);

CREATE TABLE practice_assignment (
    id          uuid PRIMARY KEY,
    agency_id   uuid         NOT NULL,
    screener    varchar(128) NOT NULL,
    case_ids    text[]       NOT NULL CHECK (cardinality(case_ids) > 0),
    due_on      date,
    assigned_by varchar(128) NOT NULL,
    assigned_at timestamptz  NOT NULL
);
CREATE INDEX practice_assignment_by_agency ON practice_assignment (agency_id, assigned_at);
CREATE INDEX practice_assignment_by_screener ON practice_assignment (screener, agency_id);
