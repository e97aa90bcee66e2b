package org.setu.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the checkout; the build passes {@code setu.root}, an IDE run falls back to the parent folder. */
final class Repo {

    static final Path ROOT = Path.of(System.getProperty("setu.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path REALM_FILE = ROOT.resolve("deploy/keycloak/setu-realm.json");
    static final Path KUBERNETES_DOC = ROOT.resolve("docs/kubernetes.md");
    static final Path COMPOSE = ROOT.resolve("deploy/compose/compose.yaml");

    private Repo() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT.relativize(file), e);
        }
    }
}
