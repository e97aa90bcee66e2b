-- Baseline of the setu_notification database. The schema history of notification-service starts here;
-- its own tables and those of the service kit (outbox, inbox, audit trail) follow in later versions.
COMMENT ON DATABASE setu_notification IS 'Setu notification-service: owned by this service alone, migrated by Flyway';
