package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay the way an operator of the platform would apply it: {@code kubectl kustomize}. Each overlay
 * is rendered once per test run.
 */
final class Kustomize {

    static final List<String> OVERLAYS = List.of("dev", "production");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Manifests overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> new Manifests(n, parse(render(Repo.K8S.resolve("overlays").resolve(n)))));
    }

    static String kubectl() {
        return System.getProperty("setu.kubectl", "kubectl");
    }

    /** The rendered YAML of a kustomization folder; fails with what to install when kubectl is missing. */
    static String render(Path dir) {
        return render(kubectl(), dir);
    }

    static String render(String kubectl, Path dir) {
        Process process;
        try {
            process = new ProcessBuilder(kubectl, "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render the Kubernetes overlays, and '" + kubectl
                    + "' cannot be run (" + e.getMessage() + "). Install kubectl 1.27 or newer (it bundles Kustomize 5), "
                    + "e.g. from https://kubernetes.io/docs/tasks/tools/, or point -Dkubectl=/path/to/kubectl at it.", e);
        }
        try {
            byte[] err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
                Thread drain = new Thread(() -> copy(stdout, out));
                drain.start();
                err = stderr.readAllBytes();
                drain.join();
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + Repo.ROOT.relativize(dir) + " failed:\n"
                        + new String(err, StandardCharsets.UTF_8));
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the output of kubectl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + dir, e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode doc = documents.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) objects.add(doc);
            }
        } catch (IOException e) {
            throw new IllegalStateException("kubectl's output is not YAML: " + e.getMessage(), e);
        }
        return objects;
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the exit code tells what went wrong
        }
    }
}
