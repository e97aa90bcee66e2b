package org.setu.screening.app;

import com.google.crypto.tink.Aead;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Encrypts and decrypts one case's data with its own key. The associated data binds each ciphertext to the
 * case and to what it holds ({@code person}, {@code answers}), so that a ciphertext copied into another
 * row or another case does not decrypt.
 */
public final class CaseCipher {

    private final UUID caseId;
    private final Aead aead;

    CaseCipher(UUID caseId, Aead aead) {
        this.caseId = caseId;
        this.aead = aead;
    }

    public byte[] encrypt(String purpose, byte[] plaintext) {
        try {
            return aead.encrypt(plaintext, bound(purpose));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt " + purpose, e);
        }
    }

    public byte[] decrypt(String purpose, byte[] ciphertext) {
        try {
            return aead.decrypt(ciphertext, bound(purpose));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt " + purpose + " of a case", e);
        }
    }

    private byte[] bound(String purpose) {
        return ("setu-case:" + caseId + ":" + purpose).getBytes(StandardCharsets.UTF_8);
    }
}
