-- Baseline of the setu_screening database. The schema history of screening-service starts here;
-- its own tables and those of the service kit (outbox, inbox, audit trail) follow in later versions.
COMMENT ON DATABASE setu_screening IS 'Setu screening-service: owned by this service alone, migrated by Flyway';
