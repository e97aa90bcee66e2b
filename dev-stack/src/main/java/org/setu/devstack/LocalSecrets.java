package org.setu.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keys of the local platform (the screening service's master key and blind-index key), made once at random
 * and kept in {@code .setu/secrets/}, readable by the owner only. Production takes them from Kubernetes
 * Secrets instead; they are never committed.
 */
final class LocalSecrets {

    private LocalSecrets() {
    }

    /** 32 random bytes, Base64: made on first use, the same afterwards so that encrypted data stays readable. */
    static synchronized String base64Key(StateFolder state, String name) {
        Path file = state.home().resolve("secrets").resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the local secret " + file, e);
        }
    }
}
