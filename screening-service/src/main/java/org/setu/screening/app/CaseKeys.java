package org.setu.screening.app;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.kit.crypto.MasterKeyRing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Envelope encryption with Google Tink: every case has a data key of its own (an AES-256-GCM Tink keyset),
 * stored only wrapped by the master key from configuration. Erasing a case destroys its wrapped key, and
 * with it every ciphertext of the case (crypto-shredding). Each wrapped key names the master key that
 * wrapped it (a fingerprint), so that a rotated master key can still unwrap until everything is re-wrapped.
 */
@ApplicationScoped
public class CaseKeys {

    /** A case's data key, wrapped, and the id of the master key that wrapped it. */
    public record Wrapped(byte[] key, String masterKeyId) {
    }

    @Inject
    ScreeningSettings settings;

    private String currentId;
    private MasterKeyRing<Aead> masters;

    @PostConstruct
    void init() {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD cannot be registered", e);
        }
        masters = MasterKeyRing.of(settings.masterKey(), settings.previousMasterKeys(), "setu.screening", AesGcmJce::new);
        currentId = masters.currentId();
    }

    public String currentMasterKeyId() {
        return currentId;
    }

    /** A new data key for a new case, wrapped by the current master key and bound to the case id. */
    public Wrapped newCaseKey(UUID caseId) {
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            return new Wrapped(TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, masters.get(currentId), bound(caseId)),
                    currentId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a data key", e);
        }
    }

    /** Whether a key wrapped by this master key can be unwrapped here (a previous master key may have been dropped). */
    public boolean knows(String masterKeyId) {
        return masters.get(masterKeyId) != null;
    }

    /** The case's cipher. Fails when the key was destroyed (an erased case) or belongs to another case. */
    public CaseCipher open(UUID caseId, byte[] wrapped, String masterKeyId) {
        if (wrapped == null) throw new IllegalStateException("the case's key was destroyed");
        Aead master = masters.get(masterKeyId);
        if (master == null) throw new IllegalStateException("the master key " + masterKeyId + " is not configured");
        try {
            KeysetHandle keyset = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, bound(caseId));
            return new CaseCipher(caseId, keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot unwrap the key of a case", e);
        }
    }

    /** The same data key wrapped by the current master key (master key rotation). */
    public Wrapped rewrap(UUID caseId, byte[] wrapped, String masterKeyId) {
        try {
            KeysetHandle keyset = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, masters.get(masterKeyId), bound(caseId));
            return new Wrapped(TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, masters.get(currentId), bound(caseId)),
                    currentId);
        } catch (GeneralSecurityException | NullPointerException e) {
            throw new IllegalStateException("cannot re-wrap the key of a case", e);
        }
    }


    /** Associated data: a wrapped key only unwraps for the case it was made for, so keys cannot be swapped. */
    private static byte[] bound(UUID caseId) {
        return ("setu-case-key:" + caseId).getBytes(StandardCharsets.UTF_8);
    }
}
