-- Webhook secrets are kept encrypted (Tink AEAD, AES-256-GCM, under setu.notification.master-key), bound to their
-- subscription's id. SQL cannot encrypt with a key it does not have, so this migration only makes room: the
-- service seals every secret still in plain text when it starts (WebhookSecrets.sealPlainSecretsOnStart), before
-- it takes any traffic, and empties the plain column. After that, no row has a plain secret, and the check
-- below keeps it so. Operators who upgrade should VACUUM the table afterwards (see docs/notifications.md).
ALTER TABLE subscription ADD COLUMN secret_sealed BYTEA;
ALTER TABLE subscription ADD COLUMN secret_key_id TEXT;
ALTER TABLE subscription DROP CONSTRAINT webhook_has_secret;
ALTER TABLE subscription ADD CONSTRAINT webhook_has_secret
    CHECK (channel <> 'WEBHOOK' OR secret IS NOT NULL OR secret_sealed IS NOT NULL);
ALTER TABLE subscription ADD CONSTRAINT secret_sealed_or_plain_not_both
    CHECK (secret IS NULL OR secret_sealed IS NULL);
COMMENT ON COLUMN subscription.secret IS 'legacy plain webhook secret; sealed into secret_sealed at start, then NULL';
