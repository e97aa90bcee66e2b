package org.setu.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The signature of a webhook call: {@code v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>}, with the
 * timestamp (Unix seconds) in its own header. Signing the timestamp with the body lets a receiver reject a
 * recorded call that is replayed later: it checks the signature, then that the timestamp is recent.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "Setu-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Setu-Webhook-Signature";
    public static final String ID_HEADER = "Setu-Webhook-Id";
    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret for a subscription: 32 random bytes. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The receiver's check (also in docs/notifications.md): a valid signature and a timestamp within the tolerance. */
    public static boolean verify(String secret, String timestampHeader, String signatureHeader, String body,
                                 Instant now, Duration tolerance) {
        if (timestampHeader == null || signatureHeader == null) return false;
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) return false;
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : signatureHeader.split(",")) {
            if (MessageDigest.isEqual(expected, candidate.trim().getBytes(StandardCharsets.UTF_8))) return true;
        }
        return false;
    }
}
