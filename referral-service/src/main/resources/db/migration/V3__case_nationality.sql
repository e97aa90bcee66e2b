-- The person's nationality (ISO 3166-1 alpha-2, e.g. 'BD'), from the screening events, so that routing can respect
-- services that serve only some nationalities. Null when the screening did not record it, and for every case
-- screened before this column existed: routing treats both as unknown.
ALTER TABLE case_facts ADD COLUMN nationality text;
