-- Baseline of the setu_referral database. The schema history of referral-service starts here;
-- its own tables and those of the service kit (outbox, inbox, audit trail) follow in later versions.
COMMENT ON DATABASE setu_referral IS 'Setu referral-service: owned by this service alone, migrated by Flyway';
