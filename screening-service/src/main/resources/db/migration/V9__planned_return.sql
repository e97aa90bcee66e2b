-- A case's planned return from abroad (docs/screening.md, "Planned return"). The window, the port, the mode and the
-- nationality verification's step stay in clear, so that arrivals at a port can be listed without opening any case;
-- the flight or transport reference is sealed with the case's key, because with the day it can single the person out.
-- The port is a code of the list kept as data (return/ports-of-entry/), checked by the service, not by a foreign key.

CREATE TABLE planned_return (
    case_id                 uuid PRIMARY KEY REFERENCES screening_case (id),
    version                 bigint       NOT NULL,
    expected_from           date         NOT NULL,
    expected_to             date         NOT NULL,
    port_of_entry           varchar(16)  NOT NULL,
    mode                    varchar(8)   NOT NULL,
    transport_ref_sealed    bytea,
    verification_status     varchar(16),
    verification_waiting_on varchar(40),
    verification_since      date,
    updated_at              timestamptz  NOT NULL,
    updated_by              varchar(128) NOT NULL,
    CHECK (expected_to >= expected_from),
    -- a verification is recorded whole or not at all
    CHECK ((verification_status IS NULL) = (verification_waiting_on IS NULL)
       AND (verification_status IS NULL) = (verification_since IS NULL))
);
CREATE INDEX planned_return_by_port_and_day ON planned_return (port_of_entry, expected_from);
