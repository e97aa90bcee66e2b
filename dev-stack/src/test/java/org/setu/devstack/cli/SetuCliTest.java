package org.setu.devstack.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setu.devstack.ManagedProcess;
import org.setu.devstack.StateFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SetuCliTest {

    @Test
    void downStopsWhatALauncherThatDiedHardLeftBehind(@TempDir Path home) throws Exception {
        StateFolder state = new StateFolder(home, home);
        ManagedProcess orphan = ManagedProcess.start("orphan", List.of("sleep", "300"), Map.of(), home, state);
        assertThat(Files.exists(state.pidFile("orphan"))).isTrue();

        SetuCli.down(state);

        assertThat(ProcessHandle.of(orphan.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(Files.exists(state.pidFile("orphan"))).isFalse();
    }
}
