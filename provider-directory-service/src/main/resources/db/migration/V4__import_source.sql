-- Where an imported record came from: the publisher's own id of an organization, location or service imported from
-- another HSDS publisher's document (docs/directory.md, "HSDS from other publishers"). The record's Setu id is
-- derived from that id, so a re-import finds the same record; this table keeps the publisher's id for the admin and
-- the import report. A row outlives its record when the record is removed (the id is not reused).
CREATE TABLE import_source (
    record_kind varchar(16)  NOT NULL,
    record_id   uuid         NOT NULL,
    source_id   varchar(300) NOT NULL,
    imported_at timestamptz  NOT NULL,
    PRIMARY KEY (record_kind, record_id)
);
