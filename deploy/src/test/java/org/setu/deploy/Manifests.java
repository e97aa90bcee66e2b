package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The objects of one rendered overlay. */
record Manifests(String overlay, List<JsonNode> objects) {

    static String kind(JsonNode o) {
        return o.path("kind").asText();
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    /** {@code group/version}, or {@code version} for the core group. */
    static String apiVersion(JsonNode o) {
        return o.path("apiVersion").asText();
    }

    static String group(JsonNode o) {
        String api = apiVersion(o);
        return api.contains("/") ? api.substring(0, api.indexOf('/')) : "";
    }

    static String id(JsonNode o) {
        return kind(o) + "/" + name(o);
    }

    Stream<JsonNode> all(String kind) {
        return objects.stream().filter(o -> kind.equals(kind(o)));
    }

    List<JsonNode> list(String kind) {
        return all(kind).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return all(kind).filter(o -> name.equals(name(o))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + "/" + name));
    }

    /** Deployments, whose pods are the platform's services. */
    List<JsonNode> deployments() {
        return list("Deployment");
    }

    static Stream<JsonNode> containers(JsonNode workload) {
        JsonNode pod = workload.path("spec").path("template").path("spec");
        return Stream.concat(stream(pod.path("initContainers")), stream(pod.path("containers")));
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return array.isArray() ? java.util.stream.StreamSupport.stream(array.spliterator(), false) : Stream.empty();
    }

    @Override
    public String toString() {
        return overlay;
    }
}
