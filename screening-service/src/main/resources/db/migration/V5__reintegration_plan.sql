-- A returnee's reintegration plan (docs/screening.md, "Reintegration plan"). The goals are the case worker's own
-- words, so they are sealed with the case's key like the screening; the days of the follow-ups stay in clear, one row
-- each, so that reminders can find what is due without opening any case.

CREATE TABLE reintegration_plan (
    case_id      uuid PRIMARY KEY REFERENCES screening_case (id),
    version      bigint       NOT NULL,
    goals_sealed bytea        NOT NULL,
    anchor       date         NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(128) NOT NULL
);

CREATE TABLE follow_up_due (
    case_id uuid NOT NULL REFERENCES reintegration_plan (case_id) ON DELETE CASCADE,
    due_on  date NOT NULL,
    PRIMARY KEY (case_id, due_on)
);
CREATE INDEX follow_up_due_by_day ON follow_up_due (due_on);
