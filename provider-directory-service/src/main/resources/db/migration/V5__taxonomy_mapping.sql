-- The HSDS import's taxonomy mapping as the directory admin edited it (docs/directory.md, "HSDS from other
-- publishers"). Each change is a new row, so the history stays and the highest version is the one in force. A row
-- without a document sends the import back to the built-in file (or the operator's file). No row at all: the file,
-- version 0. changed_by is the token subject of the admin (an id, never a name).
CREATE TABLE taxonomy_mapping (
    version    bigint       PRIMARY KEY CHECK (version > 0),
    document   text,
    changed_by varchar(255) NOT NULL,
    changed_at timestamptz  NOT NULL
);
