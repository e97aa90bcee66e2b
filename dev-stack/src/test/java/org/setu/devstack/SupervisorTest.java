package org.setu.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's supervisor, on real child processes ({@code sleep}) killed the hard way. */
class SupervisorTest {

    private static final RestartPolicy QUICK = new RestartPolicy(Duration.ZERO, Duration.ZERO, 3, Duration.ofMinutes(10), 2);

    @Test
    void aComponentKilledWithSignalNineIsStartedAgainAndStatusSaysItIsUp(@TempDir Path home) throws Exception {
        StateFolder state = new StateFolder(home, home);
        Sleeper sleeper = new Sleeper(state, "worker");
        List<String> said = new ArrayList<>();
        try (Supervisor supervisor = new Supervisor(state, QUICK, said::add)) {
            supervisor.watch(sleeper.watched());
            long first = sleeper.pid();
            ProcessHandle killed = ProcessHandle.of(first).orElseThrow();
            killed.destroyForcibly();
            killed.onExit().join();

            supervisor.checkAll(); // notices, waits no time (QUICK), restarts in the same round

            assertThat(sleeper.pid()).isNotEqualTo(first);
            assertThat(ProcessHandle.of(sleeper.pid()).map(ProcessHandle::isAlive)).contains(true);
            assertThat(Supervisor.describe(state, "worker")).contains("UP");
            assertThat(said).anyMatch(l -> l.contains("worker exited")).anyMatch(l -> l.contains("worker is back"));
            assertThat(Files.readString(state.logs().resolve("supervisor.log"))).contains("worker is back");
        } finally {
            sleeper.stop();
        }
    }

    @Test
    void aComponentThatAnswersNoHealthCheckIsRestartedOnlyAfterFailingSeveralInARow(@TempDir Path home) {
        StateFolder state = new StateFolder(home, home);
        Sleeper sleeper = new Sleeper(state, "hung");
        AtomicBoolean healthy = new AtomicBoolean(false);
        try (Supervisor supervisor = new Supervisor(state, QUICK, line -> { })) {
            supervisor.watch(new Supervisor.Watched("hung", sleeper::alive, healthy::get, sleeper::stop, () -> {
                sleeper.start();
                healthy.set(true);
            }));
            long first = sleeper.pid();
            supervisor.checkAll();
            assertThat(sleeper.pid()).as("one failed check is not enough").isEqualTo(first);
            supervisor.checkAll();
            assertThat(sleeper.pid()).as("the second in a row restarts it").isNotEqualTo(first);
            assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false)).as("the hung one is stopped").isFalse();
        } finally {
            sleeper.stop();
        }
    }

    @Test
    void aComponentThatKeepsDyingIsLeftDownAfterTheLastAllowedRestartAndStatusSaysWhy(@TempDir Path home) {
        StateFolder state = new StateFolder(home, home);
        AtomicInteger starts = new AtomicInteger();
        try (Supervisor supervisor = new Supervisor(state, QUICK, line -> { })) {
            supervisor.watch(new Supervisor.Watched("crashy", () -> false, () -> false, () -> { }, starts::incrementAndGet));
            for (int i = 0; i < 10; i++) supervisor.checkAll();

            assertThat(starts.get()).isEqualTo(3);
            assertThat(supervisor.stateOf("crashy")).contains(Supervisor.State.GAVE_UP);
            assertThat(Supervisor.describe(state, "crashy").orElseThrow()).startsWith("GAVE_UP").contains("3 restarts");
        }
    }

    @Test
    void anOperatorsStopHoldsTheComponentDownUntilTheOperatorRestartsIt(@TempDir Path home) throws Exception {
        StateFolder state = new StateFolder(home, home);
        Sleeper sleeper = new Sleeper(state, "portal");
        try (Supervisor supervisor = new Supervisor(state, QUICK, line -> { })) {
            supervisor.watch(sleeper.watched());
            Files.writeString(Supervisor.marker(state, "portal", "held"), "");
            supervisor.checkAll();
            supervisor.checkAll();
            assertThat(sleeper.alive()).isFalse();
            assertThat(Supervisor.describe(state, "portal").orElseThrow()).startsWith("HELD");

            Files.delete(Supervisor.marker(state, "portal", "held"));
            Files.writeString(Supervisor.marker(state, "portal", "restart"), "");
            supervisor.checkAll();
            assertThat(sleeper.alive()).isTrue();
            assertThat(Supervisor.describe(state, "portal")).contains("UP");
            assertThat(Supervisor.marker(state, "portal", "restart")).doesNotExist();
        } finally {
            sleeper.stop();
        }
    }

    @Test
    void aComponentHeldByTheLauncherItselfIsNotRestartedWhileHeld(@TempDir Path home) {
        StateFolder state = new StateFolder(home, home);
        Sleeper sleeper = new Sleeper(state, "kafka");
        try (Supervisor supervisor = new Supervisor(state, QUICK, line -> { })) {
            supervisor.watch(sleeper.watched());
            supervisor.hold("kafka", true);
            sleeper.stop();
            supervisor.checkAll();
            assertThat(sleeper.alive()).isFalse();
            supervisor.hold("kafka", false);
            supervisor.checkAll();
            assertThat(sleeper.alive()).isTrue();
        } finally {
            sleeper.stop();
        }
    }

    @Test
    void restartsWaitLongerEachTimeUpToACapAndOldRestartsStopCounting() {
        RestartPolicy policy = RestartPolicy.standard();
        assertThat(policy.delayBefore(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayBefore(30)).isEqualTo(Duration.ofSeconds(60));
        Instant now = Instant.parse("2026-12-06T06:00:00Z");
        List<Instant> old = List.of(now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(30)),
                now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(15)), now.minus(Duration.ofMinutes(11)));
        assertThat(policy.givesUp(old, now)).as("five restarts, all outside the window").isFalse();
        List<Instant> recent = List.of(now.minusSeconds(500), now.minusSeconds(400), now.minusSeconds(300),
                now.minusSeconds(200), now.minusSeconds(100));
        assertThat(policy.givesUp(recent, now)).as("five restarts in the last ten minutes").isTrue();
        assertThat(policy.givesUp(recent.subList(1, 5), now)).as("four").isFalse();
    }

    /** A stand-in component: a real process that runs until killed. */
    private static final class Sleeper {
        private final StateFolder state;
        private final String name;
        private final AtomicReference<ManagedProcess> process = new AtomicReference<>();

        Sleeper(StateFolder state, String name) {
            this.state = state;
            this.name = name;
            start();
        }

        void start() {
            process.set(ManagedProcess.start(name, List.of("sleep", "300"), Map.of(), state.home(), state));
        }

        void stop() {
            ManagedProcess p = process.get();
            if (p != null && p.isAlive()) p.stop(Duration.ofSeconds(5));
        }

        boolean alive() {
            ManagedProcess p = process.get();
            return p != null && p.isAlive();
        }

        long pid() {
            return process.get().pid();
        }

        Supervisor.Watched watched() {
            return new Supervisor.Watched(name, this::alive, this::alive, this::stop, this::start);
        }
    }
}
