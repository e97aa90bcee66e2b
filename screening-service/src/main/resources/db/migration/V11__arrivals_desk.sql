-- The arrivals desk (docs/screening.md, "Arrivals desk", issue #19 item 4). A planned return is settled once: the desk
-- confirms the arrival, or reports a no-show, or the window passes unconfirmed. Which agencies staff the desk at a
-- port is decided by the NRM coordinators, because a desk reads enough of each arriving person to recognise them.

ALTER TABLE planned_return
    ADD COLUMN status            varchar(16) NOT NULL DEFAULT 'PLANNED',
    ADD COLUMN settled_on        date,
    ADD COLUMN settled_by_agency uuid,
    ADD COLUMN settled_at        timestamptz,
    ADD COLUMN missed_reason     varchar(16),
    ADD CONSTRAINT planned_return_status CHECK (status IN ('PLANNED', 'ARRIVED', 'MISSED')),
    -- a settled return says when and by whom; a planned one carries none of it
    ADD CONSTRAINT planned_return_settled CHECK ((status = 'PLANNED') = (settled_at IS NULL)
        AND (status = 'MISSED') = (missed_reason IS NOT NULL));

-- the job that finds windows passed unconfirmed reads only the returns still waiting
CREATE INDEX planned_return_waiting ON planned_return (expected_to) WHERE status = 'PLANNED';

CREATE TABLE port_desk (
    port_of_entry varchar(16)  NOT NULL,
    agency_id     uuid         NOT NULL,
    designated_at timestamptz  NOT NULL,
    designated_by varchar(128) NOT NULL,
    PRIMARY KEY (port_of_entry, agency_id)
);
CREATE INDEX port_desk_by_agency ON port_desk (agency_id);
