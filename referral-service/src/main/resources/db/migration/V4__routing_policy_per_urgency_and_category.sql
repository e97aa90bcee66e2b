-- An agency's routing policy, refined per urgency and per service category (docs/referral.md, "Routing policy").
-- approve_first = true always meant "every referral that may wait, waits": immediate ones and children never did,
-- so it becomes the two urgencies that may wait. The version lets a policy change say which one it replaces, and
-- each referral's explanation name the version that decided it.
-- V3 is left to the matching work running beside this change.
ALTER TABLE agency_routing_policy
    ADD COLUMN approve_first_urgencies  text[] NOT NULL DEFAULT '{}',
    ADD COLUMN approve_first_categories text[] NOT NULL DEFAULT '{}',
    ADD COLUMN version                  bigint NOT NULL DEFAULT 1 CHECK (version > 0);

UPDATE agency_routing_policy SET approve_first_urgencies = '{HIGH,ROUTINE}' WHERE approve_first;

ALTER TABLE agency_routing_policy DROP COLUMN approve_first;
