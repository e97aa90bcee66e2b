-- Duplicate detection that never crosses agencies (docs/screening.md, "Possible duplicates"), and an erasure
-- that leaves no case reference behind (docs/data-protection.md, "What an erasure leaves").

-- A third blind-index kind: the normalised full name with the date of birth. Together with the document and the
-- phone it lets the policy ask for two identifiers that agree, so that one number alone never decides.
ALTER TABLE person_index DROP CONSTRAINT person_index_kind_check;
ALTER TABLE person_index ALTER COLUMN kind TYPE varchar(10);
ALTER TABLE person_index ADD CONSTRAINT person_index_kind_check CHECK (kind IN ('DOCUMENT', 'PHONE', 'NAME_BIRTH'));

-- A screening of one agency whose identifiers match a case of another agency opens its own case; the pair waits
-- here for an NRM coordinator. Ids and codes only: which kinds of identifier agreed, never their values.
CREATE TABLE possible_duplicate (
    id            uuid PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES screening_case (id),   -- the newer case
    other_case_id uuid         NOT NULL REFERENCES screening_case (id),   -- the case it matched
    matched_on    varchar(40)  NOT NULL,                                  -- DOCUMENT,PHONE,NAME_BIRTH (two or more)
    status        varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
    found_at      timestamptz  NOT NULL,
    decided_at    timestamptz,
    decided_by    varchar(128),
    CONSTRAINT possible_duplicate_pair UNIQUE (case_id, other_case_id),
    CONSTRAINT possible_duplicate_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX possible_duplicate_pending ON possible_duplicate (found_at) WHERE status = 'PENDING';
CREATE INDEX possible_duplicate_other ON possible_duplicate (other_case_id);

-- An erased case keeps no reference: the reference goes, and only its keyed hash stays, so it is never issued again.
ALTER TABLE screening_case ALTER COLUMN ref DROP NOT NULL;
ALTER TABLE screening_case ADD CONSTRAINT erased_cases_have_no_ref CHECK (status <> 'ERASED' OR ref IS NULL) NOT VALID;
CREATE TABLE retired_case_ref (
    ref_hash   bytea PRIMARY KEY,
    retired_at timestamptz NOT NULL
);

-- Cases erased before this version kept their reference and fine-grained areas: they lose them now.
INSERT INTO retired_case_ref (ref_hash, retired_at)
SELECT sha256(convert_to('retired-ref:' || ref, 'UTF8')), coalesce(erased_at, now()) FROM screening_case
 WHERE status = 'ERASED' AND ref IS NOT NULL
ON CONFLICT DO NOTHING;
UPDATE screening_case SET ref = NULL WHERE status = 'ERASED';
UPDATE screening s SET upazila_id = NULL, home_upazila_id = NULL, nationality = NULL, languages = '', screened_by = '',
       person_ct = '\x'::bytea, answers_ct = '\x'::bytea
  FROM screening_case c WHERE c.id = s.case_id AND c.status = 'ERASED';
ALTER TABLE screening_case VALIDATE CONSTRAINT erased_cases_have_no_ref;
