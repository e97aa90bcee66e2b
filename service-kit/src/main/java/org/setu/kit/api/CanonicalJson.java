package org.setu.kit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a request body as canonical JSON (object members sorted by name), so that a retry that
 * sends the same fields in another order or with other spacing counts as the same request. Only the hash
 * is stored, never the body, which may hold personal data.
 */
final class CanonicalJson {

    private final ObjectMapper sorted;

    CanonicalJson(ObjectMapper json) {
        this.sorted = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    String sha256(Object body) {
        try {
            // through plain maps, whose entries the mapper sorts; records and beans keep declaration order
            byte[] canonical = sorted.writeValueAsBytes(sorted.convertValue(body, Object.class));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
