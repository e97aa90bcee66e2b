-- The audit trail: who (user, roles, agency) did what (action) to which record (type and id), for what
-- purpose, and when. Ids and codes only; never personal data. Rows are only ever inserted.
CREATE TABLE kit_audit_trail (
    id             BIGSERIAL   PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL,
    actor          TEXT        NOT NULL,   -- the user name of the staff member or partner client
    actor_subject  TEXT,                   -- the token subject, stable across renames
    roles          TEXT        NOT NULL,   -- realm roles, comma-separated, sorted
    agency_id      UUID,
    action         TEXT        NOT NULL,
    resource_type  TEXT        NOT NULL,
    resource_id    TEXT        NOT NULL,
    purpose        TEXT        NOT NULL
);

-- auditors ask "who touched this record" and "what did this person do", newest first
CREATE INDEX kit_audit_trail_resource ON kit_audit_trail (resource_type, resource_id, id);
CREATE INDEX kit_audit_trail_actor ON kit_audit_trail (actor, id);
CREATE INDEX kit_audit_trail_at ON kit_audit_trail (at);
