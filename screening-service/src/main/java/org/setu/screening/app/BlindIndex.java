package org.setu.screening.app;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.DuplicatePolicy.Kind;
import org.setu.screening.domain.Identifiers;
import org.setu.screening.domain.PersonDetails;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keyed hashes (HMAC-SHA256) of normalised document and phone numbers: equal numbers give equal hashes, so
 * duplicates are found across agencies without decrypting anything, and without the key nobody can test a
 * guessed number against the table. The kind is part of the hashed text, so a phone never equals a document.
 */
@ApplicationScoped
public class BlindIndex {

    @Inject
    ScreeningSettings settings;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(settings.blindIndexKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("setu.screening.blind-index-key must be Base64 (of 32 random bytes)");
        }
        if (bytes.length < 32) throw new IllegalStateException("setu.screening.blind-index-key must be the Base64 of 32 random bytes");
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The person's hashed identifiers, in the order their locks are taken (the enum's order). */
    public Map<Kind, byte[]> of(PersonDetails p) {
        Map<Kind, byte[]> hashes = new EnumMap<>(Kind.class);
        document(p.documentNumber()).ifPresent(h -> hashes.put(Kind.DOCUMENT, h));
        phone(p.phone()).ifPresent(h -> hashes.put(Kind.PHONE, h));
        Identifiers.nameAndBirth(p.givenName(), p.familyName(), p.dateOfBirth())
                .ifPresent(n -> hashes.put(Kind.NAME_BIRTH, hmac("name-birth:" + n)));
        return hashes;
    }

    public Optional<byte[]> document(String raw) {
        return Identifiers.document(raw).map(n -> hmac("document:" + n));
    }

    public Optional<byte[]> phone(String raw) {
        return Identifiers.phone(raw).map(n -> hmac("phone:" + n));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
