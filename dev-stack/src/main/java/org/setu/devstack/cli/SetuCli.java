package org.setu.devstack.cli;

import org.setu.devstack.Backup;
import org.setu.devstack.KafkaBroker;
import org.setu.devstack.KeycloakServer;
import org.setu.devstack.MailServer;
import org.setu.devstack.ManagedProcess;
import org.setu.devstack.Net;
import org.setu.devstack.Platform;
import org.setu.devstack.Postgres;
import org.setu.devstack.ServiceProcess;
import org.setu.devstack.SetuService;
import org.setu.devstack.StackException;
import org.setu.devstack.StateFolder;
import org.setu.devstack.Supervisor;
import org.setu.devstack.demo.Demo;
import org.setu.devstack.demo.DemoTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/** The Java half of {@code ./setu}: up, down, status and token. The script builds first and handles logs. */
public final class SetuCli {

    static final List<String> DEMO_USERS = List.of("screener", "caseworker", "provider", "agencyadmin", "diradmin",
            "coordinator", "auditor", "caseworker2", "provider2", "trainer");
    private static final PrintStream OUT = System.out;

    private SetuCli() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        List<String> flags = List.of(args).subList(Math.min(1, args.length), args.length);
        StateFolder state = StateFolder.locate();
        int code = switch (command) {
            case "up" -> up(state, flags);
            case "down" -> down(state);
            case "status" -> status(state);
            case "token" -> token(flags);
            case "demo" -> demo(flags);
            case "backup" -> backup(state, flags);
            case "restore" -> restore(state, flags);
            case "stop" -> hold(state, flags, true);
            case "restart" -> hold(state, flags, false);
            default -> {
                OUT.println("usage: ./setu up [--infra] [--embedded-postgres] | down | status | stop <component> | "
                        + "restart <component> | backup [folder] | restore <folder> | logs <component> | token <user> | demo [--bn]");
                yield "help".equals(command) ? 0 : 2;
            }
        };
        System.exit(code);
    }

    static int up(StateFolder state, List<String> flags) throws InterruptedException {
        Path pidFile = state.pidFile("setu");
        Optional<ProcessHandle> running = launcher(pidFile);
        if (running.isPresent()) {
            OUT.println("Setu is already running (launcher pid " + running.get().pid() + "); ./setu down stops it.");
            return status(state);
        }
        boolean infraOnly = flags.contains("--infra");
        Platform.Options options = new Platform.Options(!infraOnly, flags.contains("--embedded-postgres"));
        OUT.println("Starting Setu" + (infraOnly ? " infrastructure" : "") + " (state in " + state.home() + ")");
        long t0 = System.nanoTime();
        Platform platform;
        try {
            platform = Platform.start(state, options, OUT::println);
        } catch (StackException e) {
            OUT.println();
            OUT.println("FAILED: " + e.getMessage());
            OUT.println("Logs are in " + state.logs());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OUT.println("Stopping Setu …");
            platform.close();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // a stale pid file is detected as stale next time
            }
            OUT.println("Setu stopped.");
            stopped.countDown();
        }, "setu-shutdown"));
        writePid(pidFile);
        platform.supervise(Duration.ofSeconds(2));
        printSummary(platform, state, (System.nanoTime() - t0) / 1e9);
        OUT.println("READY — press Ctrl-C here, or run ./setu down, to stop everything.");
        OUT.flush();
        stopped.await();
        return 0;
    }

    static int down(StateFolder state) {
        boolean any = false;
        Path pidFile = state.pidFile("setu");
        Optional<ProcessHandle> launcher = launcher(pidFile);
        if (launcher.isPresent()) {
            OUT.println("Stopping the launcher (pid " + launcher.get().pid() + ") and what it started …");
            launcher.get().destroy();
            try {
                launcher.get().onExit().get(120, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                launcher.get().destroyForcibly();
            }
            any = true;
        }
        // Whatever a launcher that died hard left behind: its children's pid files, and an embedded PostgreSQL.
        try (Stream<Path> pids = Files.list(state.run())) {
            for (Path p : pids.filter(p -> p.toString().endsWith(".pid")).toList()) {
                if (ManagedProcess.stopFromPidFile(p, Duration.ofSeconds(20))) {
                    OUT.println("  stopped leftover " + p.getFileName().toString().replace(".pid", ""));
                    any = true;
                }
            }
        } catch (IOException e) {
            OUT.println("  ! cannot read " + state.run() + ": " + e.getMessage());
        }
        Path postmaster = state.data("postgres").resolve("postmaster.pid");
        if (Files.exists(postmaster)) {
            try {
                long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).trim());
                Optional<ProcessHandle> pg = ProcessHandle.of(pid);
                if (pg.isPresent() && pg.get().isAlive()) {
                    ManagedProcess.stopTree(pg.get(), Duration.ofSeconds(20));
                    OUT.println("  stopped leftover embedded postgres");
                    any = true;
                }
            } catch (IOException | RuntimeException e) {
                OUT.println("  ! cannot read " + postmaster + ": " + e.getMessage());
            }
        }
        OUT.println(any ? "Setu is down." : "Setu was not running.");
        return 0;
    }

    static int status(StateFolder state) {
        Optional<ProcessHandle> launcher = launcher(state.pidFile("setu"));
        OUT.println("launcher      " + launcher.map(p -> "running, pid " + p.pid()).orElse("not running"));
        boolean allUp = true;
        allUp &= line(state, "postgres", Net.isListening("127.0.0.1", 5432) || Net.isListening("127.0.0.1", Postgres.EMBEDDED_DEFAULT_PORT),
                Net.isListening("127.0.0.1", 5432) ? "127.0.0.1:5432" : "127.0.0.1:" + Postgres.EMBEDDED_DEFAULT_PORT);
        allUp &= line(state, "kafka", Net.isListening("127.0.0.1", KafkaBroker.DEFAULT_PORT), "127.0.0.1:" + KafkaBroker.DEFAULT_PORT);
        allUp &= line(state, "keycloak", new KeycloakServer(state).isRunning(), KeycloakServer.issuer());
        allUp &= line(state, "mail", Net.isListening("127.0.0.1", MailServer.SMTP_PORT), "smtp 127.0.0.1:" + MailServer.SMTP_PORT
                + ", imap :" + MailServer.IMAP_PORT + ", api http://127.0.0.1:" + MailServer.API_PORT);
        for (SetuService s : SetuService.all()) {
            allUp &= line(state, s.module(), ServiceProcess.isReady(s), s.baseUrl());
        }
        allUp &= line(state, ServiceProcess.PORTAL, ServiceProcess.isReady(ServiceProcess.PORTAL_PORT), ServiceProcess.portalUrl());
        return allUp ? 0 : 3;
    }

    /**
     * {@code ./setu stop <component>} holds a component down; {@code ./setu restart <component>} lifts the hold and
     * restarts it. The running launcher's supervisor does the work; the files are how the two processes talk.
     */
    static int hold(StateFolder state, List<String> args, boolean stop) throws IOException, InterruptedException {
        String verb = stop ? "stop" : "restart";
        if (args.size() != 1) {
            OUT.println("usage: ./setu " + verb + " <component>   (kafka, keycloak, mail, portal or a service)");
            return 2;
        }
        String name = args.get(0);
        if (launcher(state.pidFile("setu")).isEmpty()) {
            OUT.println("Setu is not running; ./setu up starts everything.");
            return 1;
        }
        if (Supervisor.describe(state, name).isEmpty()) {
            OUT.println(name + " is not watched by the launcher (it was already running when Setu started, or there is no such component).");
            return 1;
        }
        if (stop) {
            Files.writeString(Supervisor.marker(state, name, "held"), "");
        } else {
            Files.deleteIfExists(Supervisor.marker(state, name, "held"));
            Files.writeString(Supervisor.marker(state, name, "restart"), "");
        }
        // wait for the launcher to act, so the answer says what happened
        String want = stop ? "HELD" : "UP";
        for (int i = 0; i < 600; i++) {
            Thread.sleep(500);
            String now = Supervisor.describe(state, name).orElse("");
            boolean acted = stop ? now.startsWith(want) : now.startsWith(want)
                    && !Files.exists(Supervisor.marker(state, name, "restart"));
            if (acted) {
                OUT.println(name + ": " + now);
                return 0;
            }
        }
        OUT.println(name + ": the launcher has not acted yet; ./setu status shows what it is doing.");
        return 1;
    }

    /** {@code ./setu backup [folder]}: the four databases, while everything runs (docs/operator-guide.md#backups-and-restore). */
    static int backup(StateFolder state, List<String> args) throws IOException {
        Postgres pg = runningPostgres(state);
        if (pg == null) return 1;
        Path folder = args.isEmpty() ? Backup.defaultFolder(state, java.time.Instant.now()) : Path.of(args.get(0));
        OUT.println("Backing up to " + folder);
        try {
            new Backup(pg, OUT::println).write(folder);
        } catch (StackException e) {
            OUT.println("FAILED: " + e.getMessage());
            return 1;
        }
        OUT.println("Done. The keys in " + state.home().resolve("secrets") + " are not in it: keep them apart, safely.");
        return 0;
    }

    /**
     * {@code ./setu restore <folder>}: under a running launcher the five services are held down while their
     * databases are replaced, then started again; without one, the databases are replaced and {@code ./setu up} follows.
     */
    static int restore(StateFolder state, List<String> args) throws IOException, InterruptedException {
        if (args.size() != 1) {
            OUT.println("usage: ./setu restore <backup folder>");
            return 2;
        }
        Postgres pg = runningPostgres(state);
        if (pg == null) return 1;
        boolean launcherRuns = launcher(state.pidFile("setu")).isPresent();
        List<String> services = SetuService.all().stream().map(SetuService::module).toList();
        if (launcherRuns) {
            for (String s : services) {
                if (hold(state, List.of(s), true) != 0) return 1;
            }
        }
        try {
            new Backup(pg, OUT::println).restore(Path.of(args.get(0)));
        } catch (StackException e) {
            OUT.println("FAILED: " + e.getMessage());
            return 1;
        } finally {
            if (launcherRuns) {
                for (String s : services) hold(state, List.of(s), false);
            }
        }
        OUT.println(launcherRuns ? "Restored; the services are running again." : "Restored; ./setu up starts the platform.");
        return 0;
    }

    private static Postgres runningPostgres(StateFolder state) {
        try {
            if (System.getenv("SETU_DB_URL") == null && !Net.isListening("127.0.0.1", 5432)
                    && !Net.isListening("127.0.0.1", Postgres.EMBEDDED_DEFAULT_PORT)) {
                OUT.println("No PostgreSQL answers; start the platform (./setu up --infra) first.");
                return null;
            }
            return Postgres.provide(state, false, Postgres.EMBEDDED_DEFAULT_PORT);
        } catch (StackException e) {
            OUT.println("FAILED: " + e.getMessage());
            return null;
        }
    }

    /** Plays the first closed-loop scenario against the running platform; {@code --bn} tells it in Bangla. */
    static int demo(List<String> flags) throws IOException, InterruptedException {
        try {
            return new Demo(OUT, flags.contains("--bn") ? "bn" : "en").run();
        } catch (StackException e) {
            OUT.println("FAILED: " + e.getMessage());
            return 1;
        }
    }

    /** Prints an access token for a demo user (password = user name), for curl and scripts. */
    static int token(List<String> args) throws IOException, InterruptedException {
        if (args.size() != 1) {
            OUT.println("usage: ./setu token <user>   (one of " + String.join(", ", DEMO_USERS) + ")");
            return 2;
        }
        String user = args.get(0);
        Optional<String> token = DemoTokens.ofUser(user);
        if (token.isEmpty()) {
            System.err.println("Keycloak refused " + user + ". Is Setu up?");
            return 1;
        }
        OUT.println(token.get());
        return 0;
    }

    private static boolean line(StateFolder state, String name, boolean up, String where) {
        String watched = Supervisor.describe(state, name).map(s -> "  [launcher: " + s + "]").orElse("");
        OUT.printf("%-28s %-5s %s%s%n", name, up ? "UP" : "DOWN", where, watched);
        return up;
    }



    private static void printSummary(Platform platform, StateFolder state, double seconds) {
        OUT.println();
        OUT.printf("Setu is up (%.0f s).%n%n", seconds);
        for (Platform.Component c : platform.components()) {
            OUT.printf("  %-28s %-40s %s%n", c.name(), c.endpoint(), c.how());
        }
        OUT.println();
        if (platform.components().stream().anyMatch(c -> c.name().endsWith("-service"))) {
            OUT.println("APIs (bearer token required), Swagger UI, health:");
            for (SetuService s : SetuService.all()) {
                OUT.printf("  %-28s %s/api/v1   %s/q/swagger-ui   %s/q/health%n", s.module(), s.baseUrl(), s.baseUrl(), s.baseUrl());
            }
        }
        if (platform.components().stream().anyMatch(c -> c.name().equals(ServiceProcess.PORTAL))) {
            OUT.println("Portal         " + ServiceProcess.portalUrl() + "  (log in as a demo user below)");
        }
        OUT.println("Keycloak       " + KeycloakServer.baseUrl() + "/admin  (admin / admin), realm " + KeycloakServer.REALM);
        OUT.println("Mail           IMAP 127.0.0.1:" + MailServer.IMAP_PORT + " (log in with the address as user and password), "
                + "API http://127.0.0.1:" + MailServer.API_PORT);
        OUT.println("Demo users     " + String.join(", ", DEMO_USERS) + " (password = user name, client setu-cli)");
        OUT.println("Partner        client partner-demo, secret partner-demo-secret (client credentials)");
        OUT.println("A token        ./setu token caseworker");
        OUT.println("Logs           " + state.logs() + "   (./setu logs <component>)");
    }

    private static Optional<ProcessHandle> launcher(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) return Optional.empty();
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writePid(Path pidFile) {
        try {
            Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new StackException("setu", "cannot write " + pidFile, null);
        }
    }
}
