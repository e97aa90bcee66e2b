package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.setu.deploy.Manifests.containers;
import static org.setu.deploy.Manifests.id;
import static org.setu.deploy.Manifests.name;
import static org.setu.deploy.Manifests.stream;

/** Which Secrets, ConfigMaps and topics the rendered objects refer to, and where each comes from. */
final class References {

    private static final Pattern SECRETS_HEADING = Pattern.compile("(?m)^## .*Secrets");
    private static final Pattern DOC_ROW = Pattern.compile("^\\|\\s*`([a-z0-9][a-z0-9.-]*)`");

    private References() {
    }

    /** Secret name -> the objects that use it: pods, and the operators' resources that name a Secret. */
    static Map<String, Set<String>> secretsUsed(Manifests m) {
        Map<String, Set<String>> used = new TreeMap<>();
        for (JsonNode d : m.deployments()) {
            JsonNode pod = d.path("spec").path("template").path("spec");
            stream(pod.path("volumes")).filter(v -> v.has("secret"))
                    .forEach(v -> add(used, v.path("secret").path("secretName").asText(), d));
            containers(d).forEach(c -> {
                stream(c.path("env")).map(e -> e.path("valueFrom").path("secretKeyRef").path("name"))
                        .filter(JsonNode::isTextual).forEach(n -> add(used, n.asText(), d));
                stream(c.path("envFrom")).map(e -> e.path("secretRef").path("name"))
                        .filter(JsonNode::isTextual).forEach(n -> add(used, n.asText(), d));
            });
        }
        m.all("Cluster").forEach(c -> {
            JsonNode spec = c.path("spec");
            stream(spec.path("managed").path("roles")).forEach(r -> add(used, r.path("passwordSecret").path("name").asText(), c));
            add(used, spec.path("bootstrap").path("initdb").path("secret").path("name").asText(), c);
            JsonNode s3 = spec.path("backup").path("barmanObjectStore").path("s3Credentials");
            s3.forEach(ref -> add(used, ref.path("name").asText(), c));
        });
        m.all("Keycloak").forEach(k -> {
            add(used, k.path("spec").path("db").path("usernameSecret").path("name").asText(), k);
            add(used, k.path("spec").path("db").path("passwordSecret").path("name").asText(), k);
        });
        m.all("KeycloakRealmImport").forEach(r -> r.path("spec").path("placeholders")
                .forEach(p -> add(used, p.path("secret").path("name").asText(), r)));
        m.all("Gateway").forEach(g -> stream(g.path("spec").path("listeners"))
                .flatMap(l -> stream(l.path("tls").path("certificateRefs")))
                .forEach(ref -> add(used, ref.path("name").asText(), g)));
        m.all("Issuer").forEach(i -> add(used, i.path("spec").path("acme").path("privateKeySecretRef").path("name").asText(), i));
        return used;
    }

    /** {@code configmap#key} (key empty for a whole map) -> the object that uses it. */
    static Map<String, String> configMapKeysUsed(Manifests m) {
        Map<String, String> used = new LinkedHashMap<>();
        for (JsonNode d : m.deployments()) {
            JsonNode pod = d.path("spec").path("template").path("spec");
            stream(pod.path("volumes")).filter(v -> v.has("configMap"))
                    .forEach(v -> used.put(v.path("configMap").path("name").asText() + "#", id(d)));
            containers(d).forEach(c -> {
                stream(c.path("envFrom")).filter(e -> e.has("configMapRef"))
                        .forEach(e -> used.put(e.path("configMapRef").path("name").asText() + "#", id(d)));
                stream(c.path("env")).map(e -> e.path("valueFrom").path("configMapKeyRef")).filter(r -> r.has("name"))
                        .forEach(r -> used.put(r.path("name").asText() + "#" + r.path("key").asText(), id(d)));
            });
        }
        return used;
    }

    /** Secrets the operators make from the rendered resources: a KafkaUser's credentials, the Kafka cluster's CA, certificates. */
    static Set<String> operatorMadeSecrets(Manifests m) {
        Set<String> made = new TreeSet<>();
        m.all("KafkaUser").forEach(u -> made.add(name(u)));
        m.all("Kafka").forEach(k -> made.add(name(k) + "-cluster-ca-cert"));
        // cert-manager: a Certificate's key pair, and an ACME issuer's account key
        m.all("Certificate").forEach(c -> made.add(c.path("spec").path("secretName").asText()));
        m.all("Issuer").forEach(i -> made.add(i.path("spec").path("acme").path("privateKeySecretRef").path("name").asText()));
        return made;
    }

    /** The Secrets that docs/kubernetes.md tells the installer to create: the rows of its "Secrets" table. */
    static Set<String> documentedSecrets() {
        String doc = Repo.read(Repo.KUBERNETES_DOC);
        Matcher heading = SECRETS_HEADING.matcher(doc);
        if (!heading.find()) throw new AssertionError("docs/kubernetes.md has no '## ... Secrets' section");
        int start = heading.start();
        int end = doc.indexOf("\n## ", start + 1);
        Set<String> names = new TreeSet<>();
        doc.substring(start, end < 0 ? doc.length() : end).lines().forEach(line -> {
            Matcher row = DOC_ROW.matcher(line);
            if (row.find()) names.add(row.group(1));
        });
        return names;
    }

    /** The Secret an environment variable of the workload's first container is read from, or null. */
    static String envSecret(JsonNode workload, String variable) {
        return containers(workload).flatMap(c -> stream(c.path("env")))
                .filter(e -> variable.equals(e.path("name").asText()))
                .map(e -> e.path("valueFrom").path("secretKeyRef").path("name").asText(null))
                .findFirst().orElse(null);
    }

    /** KafkaTopics by their Kafka topic name ({@code spec.topicName}, else the resource's name). */
    static Map<String, JsonNode> topicsByName(Manifests m) {
        Map<String, JsonNode> topics = new TreeMap<>();
        m.all("KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(name(t)), t));
        return topics;
    }

    private static void add(Map<String, Set<String>> used, String secret, JsonNode by) {
        if (secret == null || secret.isEmpty()) return;
        used.computeIfAbsent(secret, s -> new TreeSet<>()).add(id(by));
    }
}
