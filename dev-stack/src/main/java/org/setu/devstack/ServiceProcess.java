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
        String opts = StateFolder.firstNonBlank(System.getenv("SETU_SERVICE_JAVA_OPTS"), "-Xmx192m -XX:+UseSerialGC");
        cmd.addAll(List.of(opts.trim().split("\\s+")));
        cmd.addAll(List.of("-jar", jar.toString()));
        process = ManagedProcess.start(module, cmd, env, jar.getParent(), state);
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
