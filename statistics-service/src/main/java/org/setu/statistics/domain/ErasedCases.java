package org.setu.statistics.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * An erased case is remembered by the SHA-256 of its id, not by the id: an event of the case that arrives after the
 * erasure (the referral service's cancellations, a rebuild that reads the referral topic after the screening topic)
 * must join the surrogate the case's facts now carry, and the database must not hold the id again. A case id is a
 * random UUID, so its digest cannot be turned back into it.
 */
public final class ErasedCases {

    private ErasedCases() {
    }

    public static byte[] digest(UUID caseId) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(caseId.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
