package org.setu.devstack;

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
            "coordinator", "auditor", "caseworker2", "provider2");
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
            case "demo" -> demo();
            default -> {
                OUT.println("usage: ./setu up [--infra] [--embedded-postgres] | down | status | logs <component> | token <user> | demo");
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
        allUp &= line("postgres", Net.isListening("127.0.0.1", 5432) || Net.isListening("127.0.0.1", Postgres.EMBEDDED_DEFAULT_PORT),
                Net.isListening("127.0.0.1", 5432) ? "127.0.0.1:5432" : "127.0.0.1:" + Postgres.EMBEDDED_DEFAULT_PORT);
        allUp &= line("kafka", Net.isListening("127.0.0.1", KafkaBroker.DEFAULT_PORT), "127.0.0.1:" + KafkaBroker.DEFAULT_PORT);
        allUp &= line("keycloak", new KeycloakServer(state).isRunning(), KeycloakServer.issuer());
        allUp &= line("mail", Net.isListening("127.0.0.1", MailServer.SMTP_PORT), "smtp 127.0.0.1:" + MailServer.SMTP_PORT
                + ", imap :" + MailServer.IMAP_PORT + ", api http://127.0.0.1:" + MailServer.API_PORT);
        for (SetuService s : SetuService.all()) {
            allUp &= line(s.module(), ServiceProcess.isReady(s), s.baseUrl());
        }
        allUp &= line(ServiceProcess.PORTAL, ServiceProcess.isReady(ServiceProcess.PORTAL_PORT), ServiceProcess.portalUrl());
        return allUp ? 0 : 3;
    }

    /** Plays the first closed-loop scenario against the running platform. */
    static int demo() throws IOException, InterruptedException {
        try {
            return new Demo(OUT).run();
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

    private static boolean line(String name, boolean up, String where) {
        OUT.printf("%-28s %-5s %s%n", name, up ? "UP" : "DOWN", where);
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
