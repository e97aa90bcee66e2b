package org.setu.kit.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A master key from configuration: the Base64 of 32 random bytes, named in logs and stored rows only by its
 * fingerprint. Services that encrypt at rest (screening's case keys, notification's webhook secrets) read their
 * keys through here, so that a bad setting fails the start the same way everywhere, without echoing the value.
 */
public record MasterKey(byte[] bytes, String id) {

    /** @param setting the configuration key, for the message when the value is not usable */
    public static MasterKey fromBase64(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be Base64 (of 32 random bytes)");
        }
        if (key.length != 32) throw new IllegalStateException(setting + " must be the Base64 of 32 random bytes");
        return new MasterKey(key, fingerprint(key));
    }

    /** A short public name of a master key: the start of its SHA-256, never the key itself. */
    public static String fingerprint(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
