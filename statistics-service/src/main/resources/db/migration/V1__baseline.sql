-- Baseline of statistics-service's own database. Its schema history starts here; the service's tables follow
-- in later versions, and the service kit's tables (outbox, inbox, idempotency keys, audit trail) migrate
-- with a history of their own. The comment names no database, so that tests can use a database of their own.
COMMENT ON SCHEMA public IS 'Setu statistics-service: owned by this service alone, migrated by Flyway';
