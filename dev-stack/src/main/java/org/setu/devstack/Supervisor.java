package org.setu.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Keeps what the launcher started running: a component whose process exits, or that fails its health check
 * several times in a row, is started again after a growing delay ({@link RestartPolicy}), and logged. Its state
 * is written to {@code .setu/run/<name>.state} for {@code ./setu status}. An operator holds a component with
 * {@code ./setu stop <name>} (a {@code <name>.held} file) and asks for a restart with {@code ./setu restart <name>}
 * (a {@code <name>.restart} file); both are files so that the CLI needs no connection to the launcher.
 */
public final class Supervisor implements AutoCloseable {

    /** What the supervisor needs of one component. {@code start} starts it and waits until it answers. */
    public record Watched(String name, BooleanSupplier alive, BooleanSupplier healthy, Runnable stop, Runnable start) {
    }

    public enum State { UP, RESTARTING, GAVE_UP, HELD }

    private final StateFolder state;
    private final RestartPolicy policy;
    private final Consumer<String> log;
    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "setu-supervisor");
        t.setDaemon(true);
        return t;
    });

    private static final class Tracked {
        final Watched watched;
        final List<Instant> restarts = new ArrayList<>();
        int failedChecks;
        State state = State.UP;
        Instant notBefore = Instant.MIN;
        String reason = "";

        Tracked(Watched watched) {
            this.watched = watched;
        }
    }

    Supervisor(StateFolder state, RestartPolicy policy, Consumer<String> log) {
        this.state = state;
        this.policy = policy;
        this.log = log;
    }

    public static Supervisor standard(StateFolder state, Consumer<String> log) {
        return new Supervisor(state, RestartPolicy.standard(), log);
    }

    public synchronized void watch(Watched w) {
        Tracked t = new Tracked(w);
        tracked.put(w.name(), t);
        write(t);
    }

    public void startChecking(Duration every) {
        timer.scheduleWithFixedDelay(this::checkAll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Holds a component while the caller works on it (a fault test's own kill and restart): no restart meanwhile. */
    public synchronized void hold(String name, boolean held) {
        Tracked t = tracked.get(name);
        if (t == null) return;
        t.state = held ? State.HELD : State.UP;
        t.failedChecks = 0;
        t.reason = held ? "held by the launcher" : "";
        write(t);
    }

    public synchronized Optional<State> stateOf(String name) {
        return Optional.ofNullable(tracked.get(name)).map(t -> t.state);
    }

    /** One round over every component; public for tests that step the clock themselves. */
    public synchronized void checkAll() {
        for (Tracked t : tracked.values()) {
            try {
                check(t, Instant.now());
            } catch (RuntimeException e) {
                log.accept("  ! supervisor: " + t.watched.name() + ": " + e.getMessage());
            }
        }
    }

    private void check(Tracked t, Instant now) {
        String name = t.watched.name();
        if (Files.exists(marker(name, "held"))) {
            if (t.state != State.HELD || !t.reason.equals("stopped by the operator")) {
                t.state = State.HELD;
                t.reason = "stopped by the operator";
                if (t.watched.alive().getAsBoolean()) t.watched.stop().run();
                say(name + " stopped by the operator (./setu restart " + name + " starts it again)");
                write(t);
            }
            return;
        }
        if (t.state == State.HELD && t.reason.equals("held by the launcher")) return;
        if (deleteIfExists(marker(name, "restart")) || (t.state == State.HELD && t.reason.equals("stopped by the operator"))) {
            say("restarting " + name + " as asked");
            t.restarts.clear();
            restart(t, "asked by the operator");
            return;
        }
        if (t.state == State.GAVE_UP) return;
        boolean alive = t.watched.alive().getAsBoolean();
        if (alive && t.watched.healthy().getAsBoolean()) {
            t.failedChecks = 0;
            if (t.state != State.UP) {
                t.state = State.UP;
                t.reason = "";
                write(t);
            }
            return;
        }
        if (alive) {
            t.failedChecks++;
            if (!policy.isStuck(t.failedChecks)) return;
        }
        String why = alive ? "stopped answering its health check" : "exited";
        if (t.state == State.UP) {
            int n = policy.recent(t.restarts, now).size() + 1;
            t.notBefore = now.plus(policy.delayBefore(n));
            t.state = State.RESTARTING;
            t.reason = why;
            say(name + " " + why + "; restart " + n + " in " + policy.delayBefore(n).toMillis() + " ms");
            write(t);
        }
        if (now.isBefore(t.notBefore)) return;
        if (policy.givesUp(t.restarts, now)) {
            t.state = State.GAVE_UP;
            t.reason = why + "; gave up after " + t.restarts.size() + " restarts in " + policy.window().toMinutes()
                    + " min (see ./setu logs " + name + ", then ./setu restart " + name + ")";
            if (alive) t.watched.stop().run();
            say(name + ": " + t.reason);
            write(t);
            return;
        }
        t.restarts.add(now);
        restart(t, why);
    }

    private void restart(Tracked t, String why) {
        String name = t.watched.name();
        t.state = State.RESTARTING;
        t.reason = why;
        write(t);
        try {
            if (t.watched.alive().getAsBoolean()) t.watched.stop().run();
            t.watched.start().run();
            t.state = State.UP;
            t.reason = "";
            t.failedChecks = 0;
            say(name + " is back (" + why + ")");
        } catch (RuntimeException e) {
            // counted as a restart: the next round tries again after a longer wait, or gives up
            t.state = State.UP;
            say(name + " did not come back: " + e.getMessage());
        }
        write(t);
    }

    private void say(String line) {
        log.accept("  ↻ " + line);
        try {
            Files.writeString(state.logs().resolve("supervisor.log"), Instant.now() + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the console line above is what matters
        }
    }

    private void write(Tracked t) {
        try {
            Files.writeString(stateFile(state, t.watched.name()), t.state + (t.reason.isEmpty() ? "" : " " + t.reason));
        } catch (IOException ignored) {
            // status then shows no supervisor line for this component
        }
    }

    static Path stateFile(StateFolder state, String name) {
        return state.run().resolve(name + ".state");
    }

    private Path marker(String name, String kind) {
        return marker(state, name, kind);
    }

    public static Path marker(StateFolder state, String name, String kind) {
        return state.run().resolve(name + "." + kind);
    }

    /** The supervisor's word on a component, for {@code ./setu status}: empty when no launcher watches it. */
    public static Optional<String> describe(StateFolder state, String name) {
        try {
            Path f = stateFile(state, name);
            return Files.exists(f) ? Optional.of(Files.readString(f).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean deleteIfExists(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            for (String name : tracked.keySet()) deleteIfExists(stateFile(state, name));
        }
    }
}
