package org.setu.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagedProcessTest {

    @Test
    void aComponentThatDiesWhileStartingIsNamedWithTheEndOfItsLog(@TempDir Path home) {
        StateFolder state = new StateFolder(home, home);
        ManagedProcess p = ManagedProcess.start("broken", List.of("sh", "-c", "echo port 9092 already in use; exit 3"),
                Map.of(), home, state);

        assertThatThrownBy(() -> p.awaitReady(() -> false, Duration.ofSeconds(10)))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("broken: exited with code 3")
                .hasMessageContaining("port 9092 already in use");
    }
}
