-- Each follow-up recorded after a return, keyed by its CloudEvent id: whether the person was reached and whether it
-- kept a day of the plan in time (issue #20, "follow-ups done on time"). No answers or scores reach this service.
CREATE TABLE follow_up_fact (
    event_id      text        PRIMARY KEY,
    case_id       uuid        NOT NULL,
    agency_id     uuid        NOT NULL,
    due_on        date,
    -- noon of the Dhaka day of the contact, so that the periods (in Dhaka time) put it on its day
    contacted_at  timestamptz NOT NULL,
    reached       boolean     NOT NULL,
    on_time       boolean
);
CREATE INDEX follow_up_fact_case ON follow_up_fact (case_id);
CREATE INDEX follow_up_fact_contacted ON follow_up_fact (contacted_at);
