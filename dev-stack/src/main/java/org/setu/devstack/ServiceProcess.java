package org.setu.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Setu service, run from its packaged jar ({@code target/quarkus-app}) as a process of its own. */
public final class ServiceProcess {

    private final StateFolder state;
    private final SetuService service;
    private ManagedProcess process;

    public ServiceProcess(StateFolder state, SetuService service) {
        this.state = state;
        this.service = service;
    }

    public SetuService service() {
        return service;
    }

    public static boolean isReady(SetuService service) {
        return Net.httpStatus("http://127.0.0.1:" + service.port() + "/q/health/ready") == 200;
    }

    public static Path jar(StateFolder state, SetuService service) {
        return state.repoRoot().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public void start(Map<String, String> env) {
        Path jar = jar(state, service);
        if (!Files.exists(jar)) {
            throw new StackException(service.module(), jar + " is missing; build first: ./mvnw -DskipTests package", null);
        }
        if (Net.isListening("127.0.0.1", service.port())) {
            throw new StackException(service.module(), "port " + service.port() + " is taken by another program", null);
        }
        List<String> cmd = new ArrayList<>(List.of(KafkaBroker.java()));
        String opts = StateFolder.firstNonBlank(System.getenv("SETU_SERVICE_JAVA_OPTS"), "-Xmx192m -XX:+UseSerialGC");
        cmd.addAll(List.of(opts.trim().split("\\s+")));
        cmd.addAll(List.of("-jar", jar.toString()));
        process = ManagedProcess.start(service.module(), cmd, env, jar.getParent(), state);
    }

    public void awaitReady(Duration timeout) {
        process.awaitReady(() -> isReady(service), timeout);
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
