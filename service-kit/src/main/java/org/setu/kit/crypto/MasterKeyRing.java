package org.setu.kit.crypto;

import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current master key and the earlier ones still accepted after a rotation ({@code <prefix>.master-key},
 * {@code <prefix>.previous-master-keys}), each made into the service's cipher and found by its fingerprint. What is
 * stored names the key that sealed it, so a rotated key keeps opening it until it is sealed anew.
 *
 * @param <K> the service's cipher (a Tink {@code Aead}); the kit itself has no crypto library
 */
public final class MasterKeyRing<K> {

    /** Makes the cipher from a key's 32 bytes. */
    public interface Maker<K> {
        K make(byte[] key) throws GeneralSecurityException;
    }

    private final String currentId;
    private final Map<String, K> keys = new LinkedHashMap<>();

    private MasterKeyRing(String current, Optional<List<String>> previous, String prefix, Maker<K> maker) {
        currentId = add(current, prefix + ".master-key", maker);
        previous.ifPresent(list -> list.forEach(k -> add(k, prefix + ".previous-master-keys", maker)));
    }

    /** @param prefix the settings' prefix, e.g. {@code setu.screening}, for the message when a key is not usable */
    public static <K> MasterKeyRing<K> of(String current, Optional<List<String>> previous, String prefix, Maker<K> maker) {
        return new MasterKeyRing<>(current, previous, prefix, maker);
    }

    public String currentId() {
        return currentId;
    }

    public K current() {
        return keys.get(currentId);
    }

    /** The key with this fingerprint, or null when it is not configured (any more). */
    public K get(String id) {
        return keys.get(id);
    }

    private String add(String base64, String setting, Maker<K> maker) {
        MasterKey key = MasterKey.fromBase64(base64, setting);
        try {
            keys.putIfAbsent(key.id(), maker.make(key.bytes()));
            return key.id();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(setting + " cannot be used as an AES-256-GCM key", e);
        }
    }
}
