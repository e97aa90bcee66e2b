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

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final Map<String, Aead> masters = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD cannot be registered", e);
        }
        currentId = addMaster(settings.masterKey(), "setu.screening.master-key");
        settings.previousMasterKeys().ifPresent(keys -> keys.forEach(k -> addMaster(k, "setu.screening.previous-master-keys")));
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

    private String addMaster(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be Base64 (of 32 random bytes)");
        }
        if (key.length != 32) throw new IllegalStateException(setting + " must be the Base64 of 32 random bytes");
        try {
            String id = fingerprint(key);
            masters.putIfAbsent(id, new AesGcmJce(key));
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(setting + " cannot be used as an AES-256-GCM key", e);
        }
    }

    /** A short public name of a master key: the start of its SHA-256, never the key itself. */
    static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Associated data: a wrapped key only unwraps for the case it was made for, so keys cannot be swapped. */
    private static byte[] bound(UUID caseId) {
        return ("setu-case-key:" + caseId).getBytes(StandardCharsets.UTF_8);
    }
}
