-- The hand-over of a case (issue #19, item 5): a delivery may be a notice about one. Which notice it is, the hand-over's
-- id and, for a decline, the reason code; the agency told is in organization_id, the agency that proposed the hand-over
-- in referring_agency_id, and case_ref is filled only on a notice to that agency (docs/notifications.md, "Hand-over").
-- Nothing here names a person. An erasure empties them.
ALTER TABLE delivery ADD COLUMN hand_over_notice TEXT CHECK (hand_over_notice IN ('PROPOSED', 'ACCEPTED', 'DECLINED'));
ALTER TABLE delivery ADD COLUMN hand_over_id     UUID;
ALTER TABLE delivery ADD COLUMN hand_over_reason TEXT CHECK (hand_over_reason IN ('NOT_OUR_AREA', 'NO_CAPACITY', 'OTHER'));

-- The previous version, which runs beside this one during a rolling upgrade, purges an erased case's deliveries without
-- knowing these columns (it empties the case id): this trigger empties them too. It runs after delivery_facts_in_step
-- (triggers fire in the order of their names), which it leaves as V7 wrote it.
CREATE FUNCTION delivery_hand_over_purged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.case_id IS NOT NULL AND NEW.case_id IS NULL THEN
        NEW.hand_over_notice := NULL;
        NEW.hand_over_id := NULL;
        NEW.hand_over_reason := NULL;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER delivery_hand_over_purged BEFORE UPDATE ON delivery
    FOR EACH ROW EXECUTE FUNCTION delivery_hand_over_purged();
