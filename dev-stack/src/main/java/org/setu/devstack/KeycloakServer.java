package org.setu.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its Maven Central distribution, in dev mode on port 8180, with the realm of
 * {@code deploy/keycloak/setu-realm.json}. Its H2 data is reset at each {@link #start} so that the realm always
 * matches the file in the repository. A {@link #restart} after a crash keeps the data instead: the realm's signing
 * keys stay the same, so the tokens already handed out stay valid and nobody has to sign in again.
 */
public final class KeycloakServer {

    public static final int PORT = 8180;
    public static final String REALM = "setu";

    private final StateFolder state;
    private ManagedProcess process;

    public KeycloakServer(StateFolder state) {
        this.state = state;
    }

    public static String baseUrl() {
        return "http://localhost:" + PORT;
    }

    public static String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The local Keycloak answers the loopback interface only, unless SETU_KEYCLOAK_HOST says otherwise. */
    static String host() {
        String host = System.getenv("SETU_KEYCLOAK_HOST");
        return host == null || host.isBlank() ? "127.0.0.1" : host;
    }

    public boolean isRunning() {
        return Net.httpStatus("http://127.0.0.1:" + PORT + "/realms/" + REALM + "/.well-known/openid-configuration") == 200;
    }

    /** A fresh Keycloak: the realm imported anew from the repository, with new keys. */
    public void start(Duration timeout) {
        launch(timeout, true);
    }

    /** Keycloak back after a crash or a {@code ./setu restart}, with the realm, users and keys it had. */
    public void restart(Duration timeout) {
        launch(timeout, false);
    }

    private void launch(Duration timeout, boolean fresh) {
        if (Net.isListening("127.0.0.1", PORT)) {
            throw new StackException("keycloak", "port " + PORT + " is taken by something that does not serve realm "
                    + REALM, null);
        }
        try {
            Path home = install();
            Path data = home.resolve("data");
            if (fresh) deleteTree(data.resolve("h2"));
            Files.createDirectories(data.resolve("import"));
            Files.copy(state.repoRoot().resolve("deploy/keycloak/setu-realm.json"),
                    data.resolve("import/setu-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            List<String> cmd = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + PORT, "--http-host=" + host(), "--hostname=" + baseUrl(),
                    "--import-realm"); // skipped by Keycloak when the kept data already holds the realm
            Map<String, String> env = Map.of(
                    "JAVA_HOME", System.getProperty("java.home"),
                    "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                    // the admin console of the local Keycloak only; production uses the operator's secret
                    "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                    "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            process = ManagedProcess.start("keycloak", cmd, env, home, state);
            process.awaitReady(this::isRunning, timeout);
        } catch (IOException e) {
            throw new StackException("keycloak", e.getMessage(), state.log("keycloak"));
        }
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
            process = null;
        }
    }

    public ManagedProcess process() {
        return process;
    }

    /** Unzips the distribution (copied by the dev-stack build) once into the state folder. */
    private Path install() throws IOException {
        String version = StateFolder.versions().getProperty("keycloak.version");
        Path home = state.dist().resolve("keycloak-" + version);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) return home;
        Path zip = state.dist().resolve("keycloak-" + version + ".zip");
        if (!Files.exists(zip)) {
            throw new StackException("keycloak", zip + " is missing; build first: ./mvnw -DskipTests package", null);
        }
        Path tmp = state.dist().resolve("keycloak-unzip");
        deleteTree(tmp);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = tmp.resolve(e.getName()).normalize();
                if (!target.startsWith(tmp)) throw new IOException("bad zip entry " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
        Path unpacked;
        try (Stream<Path> top = Files.list(tmp)) {
            unpacked = top.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IOException("empty zip"));
        }
        try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
        }
        Files.move(unpacked, home);
        deleteTree(tmp);
        return home;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
