package org.setu.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A child process of the dev-stack: its output goes to a log file, its pid to a pid file, and it runs in a
 * session of its own so that Ctrl-C in the terminal reaches only the launcher, which then stops everything
 * in order.
 */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;

    private ManagedProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
                                       StateFolder state) {
        Path log = state.log(name);
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");
        }
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            Path pidFile = state.pidFile(name);
            Files.writeString(pidFile, Long.toString(p.pid()));
            return new ManagedProcess(name, p, log, pidFile);
        } catch (IOException e) {
            throw new StackException(name, "could not start " + command.get(0) + ": " + e.getMessage(), log);
        }
    }

    public String name() { return name; }
    public long pid() { return process.pid(); }
    public Path log() { return log; }
    public boolean isAlive() { return process.isAlive(); }

    /** Waits until {@code ready} holds; fails early, with the end of the log, when the process dies. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (ready.getAsBoolean()) return;
            if (!process.isAlive()) {
                throw new StackException(name, "exited with code " + process.exitValue() + " while starting", log);
            }
            sleep(250);
        }
        throw new StackException(name, "not ready after " + timeout.toSeconds() + " s", log);
    }

    /** SIGTERM to the process and its descendants, SIGKILL after the grace period. */
    public void stop(Duration grace) {
        stopTree(process.toHandle(), grace);
        // The handle reports a zombie as dead before the JDK's reaper has collected it, and until then
        // Process.isAlive() still says true; wait for the reaper so that a caller sees the stop at once.
        try {
            process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(0, root);
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        while (Instant.now().isBefore(deadline) && all.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(100);
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Stops whatever a pid file names, for `./setu down` after a launcher that died without cleaning up. */
    public static boolean stopFromPidFile(Path pidFile, Duration grace) {
        try {
            Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
            Files.deleteIfExists(pidFile);
            if (handle.isPresent() && handle.get().isAlive()) {
                stopTree(handle.get(), grace);
                return true;
            }
            return false;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** The last lines of a log, shown when a component fails. */
    public static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) return "(no log at " + log + ")";
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
