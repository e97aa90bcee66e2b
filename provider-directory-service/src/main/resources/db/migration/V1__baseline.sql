-- Baseline of the setu_directory database. The schema history of provider-directory-service starts here;
-- its own tables and those of the service kit (outbox, inbox, audit trail) follow in later versions.
COMMENT ON DATABASE setu_directory IS 'Setu provider-directory-service: owned by this service alone, migrated by Flyway';
