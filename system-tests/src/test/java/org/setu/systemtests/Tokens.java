package org.setu.systemtests;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real tokens of the demo accounts, fetched once a minute (Keycloak's access tokens live five minutes), and the
 * forged ones a service must refuse.
 */
final class Tokens {

    /** The partner's service account, as a matrix column. */
    static final String PARTNER = "partner-demo";

    private static final long REFRESH_MS = 60_000;
    private static final Map<String, Held> HELD = new ConcurrentHashMap<>();

    private record Held(String token, long at) {
    }

    private Tokens() {
    }

    /**
     * One login per user at a time, even from many threads: the realm's brute-force protection locks a user out for a
     * minute when logins of the same user arrive together.
     */
    static String of(String user) {
        return HELD.compute(user, (u, h) -> h != null && System.currentTimeMillis() - h.at <= REFRESH_MS ? h
                : new Held(PARTNER.equals(u) ? Keycloak.partnerToken(PARTNER, "partner-demo-secret") : Keycloak.tokenFor(u),
                        System.currentTimeMillis())).token;
    }

    /** A real token whose payload says it expired an hour ago: the signature no longer matches. */
    static String expired() {
        String[] parts = of("caseworker").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        long past = System.currentTimeMillis() / 1000 - 3600;
        String altered = payload.replaceAll("\"exp\":\\d+", "\"exp\":" + past).replaceAll("\"iat\":\\d+", "\"iat\":" + (past - 300));
        return parts[0] + "." + b64(altered.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** A real token with its last signature characters changed. */
    static String tampered() {
        String token = of("caseworker");
        return token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    }

    /**
     * A well-formed RS256 token with the realm's issuer, audience and claims, signed by a key of our own: what a
     * token of another realm (or a forger) looks like to the service.
     */
    static String otherRealm() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair keys = g.generateKeyPair();
            long now = System.currentTimeMillis() / 1000;
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + new BigInteger(64, new java.util.Random(7)).toString(16) + "\"}";
            String claims = "{\"iss\":\"http://localhost:8180/realms/setu\",\"sub\":\"00000000-0000-0000-0000-000000000001\","
                    + "\"aud\":\"setu\",\"azp\":\"setu-cli\",\"exp\":" + (now + 300) + ",\"iat\":" + now + ","
                    + "\"preferred_username\":\"coordinator\",\"realm_access\":{\"roles\":[\"nrm-coordinator\"]},"
                    + "\"agency_id\":\"5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503\"}";
            String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
