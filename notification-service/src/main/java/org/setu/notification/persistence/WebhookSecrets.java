package org.setu.notification.persistence;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.subtle.AesGcmJce;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.setu.kit.crypto.MasterKeyRing;
import org.setu.notification.app.NotificationSettings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.UUID;

/**
 * Webhook secrets at rest: sealed with Google Tink's AES-256-GCM under the master key from configuration, bound to
 * their subscription's id, so that a database dump or backup does not let anyone sign calls a partner would trust,
 * and a sealed secret copied onto another subscription does not open. Each sealed secret names the master key that
 * sealed it (a fingerprint, as screening-service's case keys do), so a rotated key can still open it until the
 * start-up job has sealed it anew.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);

    /** A sealed secret and the fingerprint of the master key that sealed it. */
    public record Sealed(byte[] ciphertext, String keyId) {
    }

    @Inject
    NotificationSettings settings;

    @Inject
    Session session;

    private String currentId;
    private MasterKeyRing<Aead> masters;

    @PostConstruct
    void init() {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD cannot be registered", e);
        }
        masters = MasterKeyRing.of(settings.masterKey(), settings.previousMasterKeys(), "setu.notification", AesGcmJce::new);
        currentId = masters.currentId();
    }

    public Sealed seal(UUID subscriptionId, String secret) {
        try {
            return new Sealed(masters.get(currentId).encrypt(secret.getBytes(StandardCharsets.UTF_8), bound(subscriptionId)),
                    currentId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a webhook secret", e);
        }
    }

    public String open(UUID subscriptionId, byte[] ciphertext, String keyId) {
        Aead master = masters.get(keyId);
        if (master == null) throw new IllegalStateException("the master key " + keyId + " is not configured");
        try {
            return new String(master.decrypt(ciphertext, bound(subscriptionId)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the webhook secret of subscription " + subscriptionId, e);
        }
    }

    /**
     * Seals what is still in plain text (rows from before migration V3) and seals anew what an earlier master key
     * sealed, before the service takes traffic. Replicas that start together queue on the row locks; the second
     * finds nothing left to do.
     */
    void sealPlainSecretsOnStart(@Observes StartupEvent start) {
        sealPlainSecrets();
    }

    /** @return how many secrets were sealed (anew) */
    @Transactional
    public int sealPlainSecrets() {
        int sealed = 0;
        List<SubscriptionEntity> stale = session.createQuery("""
                        from SubscriptionEntity s
                         where s.plainSecret is not null or (s.secretSealed is not null and s.secretKeyId <> :currentKeyId)""",
                        SubscriptionEntity.class)
                .setParameter("currentKeyId", currentId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (SubscriptionEntity s : stale) {
            String plain = s.plainSecret != null ? s.plainSecret : open(s.id, s.secretSealed, s.secretKeyId);
            Sealed now = seal(s.id, plain);
            s.plainSecret = null;
            s.secretSealed = now.ciphertext();
            s.secretKeyId = now.keyId();
            sealed++;
        }
        if (sealed > 0) LOG.infof("sealed %d webhook secrets under master key %s", sealed, currentId);
        return sealed;
    }

    /** Associated data: a sealed secret opens only for the subscription it was sealed for. */
    private static byte[] bound(UUID subscriptionId) {
        return ("setu-webhook-secret:" + subscriptionId).getBytes(StandardCharsets.UTF_8);
    }
}
