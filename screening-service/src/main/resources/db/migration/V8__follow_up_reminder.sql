-- Which reminders of a plan's follow-up days were announced (docs/screening.md, "Reminders"): one row per case, day
-- and kind, written in the transaction that puts setu.screening.follow-up-reminder.v1 in the outbox, so a day is
-- announced once however many replicas run the job. Ids, a day and a code: nothing of the person.
CREATE TABLE follow_up_reminder (
    case_id      uuid        NOT NULL REFERENCES screening_case (id),
    due_on       date        NOT NULL,
    kind         text        NOT NULL,
    announced_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, due_on, kind)
);
