package org.setu.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Quarkus app of the repository (a service, or the portal), run from its packaged jar
 * ({@code target/quarkus-app}) as a process of its own.
 */
public final class ServiceProcess {

    /** The agency portal (portal/): a Quarkus app like the services, without a database or Kafka. */
    public static final String PORTAL = "portal";
    public static final int PORTAL_PORT = 8080;

    /**
     * JVM options of the services when {@code SETU_SERVICE_JAVA_OPTS} is not set. One machine runs four services,
     * Kafka, Keycloak and PostgreSQL: the heap starts small and grows, thread stacks are modest, and the serial
     * collector needs no threads of its own. Both compilers stay: the client compiler alone starts a second or two
     * sooner and uses less memory, but matched, moved referrals and published events more slowly in a full
     * benchmark run (docs/benchmarks.md).
     */
    public static final String DEFAULT_JAVA_OPTS = "-Xms24m -Xmx192m -XX:+UseSerialGC -Xss512k";
    /** AppCDS archive of a service ({@code quarkus.package.jar.appcds.enabled}), beside quarkus-run.jar. */
    static final String APP_CDS = "app-cds.jsa";

    private final StateFolder state;
    private final String module;
    private final int port;
    private ManagedProcess process;

    public ServiceProcess(StateFolder state, SetuService service) {
        this(state, service.module(), service.port());
    }

    private ServiceProcess(StateFolder state, String module, int port) {
        this.state = state;
        this.module = module;
        this.port = port;
    }

    public static ServiceProcess portal(StateFolder state) {
        return new ServiceProcess(state, PORTAL, PORTAL_PORT);
    }

    public static String portalUrl() {
        return "http://localhost:" + PORTAL_PORT;
    }

    public static boolean isReady(SetuService service) {
        return isReady(service.port());
    }

    public static boolean isReady(int port) {
        return Net.httpStatus("http://127.0.0.1:" + port + "/q/health/ready") == 200;
    }

    /** Alive in the liveness sense: a service waiting for Kafka or PostgreSQL is not ready, but needs no restart. */
    public static boolean isLive(int port) {
        return Net.httpStatus("http://127.0.0.1:" + port + "/q/health/live") == 200;
    }

    public static Path jar(StateFolder state, SetuService service) {
        return jar(state, service.module());
    }

    static Path jar(StateFolder state, String module) {
        return state.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public void start(Map<String, String> env) {
        Path jar = jar(state, module);
        if (!Files.exists(jar)) {
            throw new StackException(module, jar + " is missing; build first: ./mvnw -DskipTests package", null);
        }
        if (Net.isListening("127.0.0.1", port)) {
            throw new StackException(module, "port " + port + " is taken by another program", null);
        }
        List<String> cmd = new ArrayList<>(List.of(KafkaBroker.java()));
        String opts = StateFolder.firstNonBlank(System.getenv("SETU_SERVICE_JAVA_OPTS"), DEFAULT_JAVA_OPTS);
        cmd.addAll(List.of(opts.trim().split("\\s+")));
        // the class-data archive that ./setu's build writes beside the jar; a JVM of another version ignores it
        if (Files.exists(jar.resolveSibling(APP_CDS))) cmd.add("-XX:SharedArchiveFile=" + APP_CDS);
        cmd.addAll(List.of("-jar", jar.toString()));
        Map<String, String> withMalloc = new java.util.HashMap<>(env);
        // glibc gives each busy thread an arena of its own; two are plenty for a service and keep resident memory down
        withMalloc.putIfAbsent("MALLOC_ARENA_MAX", "2");
        process = ManagedProcess.start(module, cmd, withMalloc, jar.getParent(), state);
    }

    public void awaitReady(Duration timeout) {
        process.awaitReady(() -> isReady(port), timeout);
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(15));
            process = null;
        }
    }

    public ManagedProcess process() {
        return process;
    }
}
