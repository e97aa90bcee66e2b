package org.setu.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The repository and its state folder ({@code .setu/}, git-ignored): distributions, data, logs and pid files
 * all live under it, so that deleting it resets the local platform.
 */
public record StateFolder(Path repoRoot, Path home) {

    public static StateFolder locate() {
        Path root = findRepoRoot(Path.of("").toAbsolutePath());
        String configured = firstNonBlank(System.getProperty("setu.home"), System.getenv("SETU_HOME"));
        Path home = configured != null ? Path.of(configured).toAbsolutePath().normalize() : root.resolve(".setu");
        return new StateFolder(root, home);
    }

    /** The repository root is the nearest folder above that holds both the {@code setu} script and a pom. */
    static Path findRepoRoot(Path from) {
        for (Path p = from; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("setu")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside a Setu checkout (no ./setu above " + from + ")");
    }

    public Path dist() { return dir("dist"); }
    public Path data(String component) { return dir("data/" + component); }
    public Path logs() { return dir("logs"); }
    public Path run() { return dir("run"); }
    public Path log(String component) { return logs().resolve(component + ".log"); }
    public Path pidFile(String component) { return run().resolve(component + ".pid"); }

    private Path dir(String name) {
        Path p = home.resolve(name);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + p, e);
        }
        return p;
    }

    /** Versions of the infrastructure, as the build pinned them in the parent pom. */
    public static Properties versions() {
        try (InputStream in = StateFolder.class.getResourceAsStream("/setu-dev-stack.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
