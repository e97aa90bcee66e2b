package org.setu.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class LocalSecretsTest {

    @Test
    void aLocalKeyIsMadeOnceReadableByTheOwnerOnlyAndStaysTheSameSoEncryptedDataStaysReadable(@TempDir Path home)
            throws Exception {
        StateFolder state = new StateFolder(home, home);

        String first = LocalSecrets.base64Key(state, "screening-master-key");
        String again = LocalSecrets.base64Key(state, "screening-master-key");
        String other = LocalSecrets.base64Key(state, "screening-blind-index-key");

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets/screening-master-key"))))
                .isEqualTo("rw-------");
    }
}
