-- Why a case was closed (#20, closure). A code from a fixed list, never free text: the coordinators report on it and
-- free text could carry personal data. Cases closed before this migration keep no reason (NULL).
ALTER TABLE screening_case ADD COLUMN closure_reason text;
ALTER TABLE screening_case ADD CONSTRAINT only_closed_cases_have_a_closure_reason
    CHECK (closure_reason IS NULL OR status <> 'OPEN');
