package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.events.Topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.deploy.Manifests.containers;
import static org.setu.deploy.Manifests.id;
import static org.setu.deploy.Manifests.name;
import static org.setu.deploy.Manifests.stream;

/** What must hold in every overlay: valid objects, hardened containers, and nothing referenced that is missing. */
class OverlayInvariantsTest {

    static Stream<Manifests> overlays() {
        return Kustomize.OVERLAYS.stream().map(Kustomize::overlay);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyBuiltInObjectParsesStrictlyAsItsKubernetesKind(Manifests m) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        m.objects().stream().filter(StrictModel::isBuiltIn).forEach(o -> {
            List<String> p = StrictModel.problems(o);
            if (!p.isEmpty()) problems.put(id(o), p);
        });
        assertThat(m.objects().stream().filter(StrictModel::isBuiltIn)).as("built-in objects").isNotEmpty();
        assertThat(problems).as("built-in objects that the Kubernetes API would refuse or silently change").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyCustomResourceKeepsToTheSchemaOfItsOperator(Manifests m) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<JsonNode> custom = m.objects().stream().filter(o -> !StrictModel.isBuiltIn(o)).toList();
        custom.forEach(o -> {
            List<String> p = CrdSchemas.problems(o);
            if (!p.isEmpty()) problems.put(id(o), p);
        });
        assertThat(custom).extracting(Manifests::kind).contains("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser",
                "Cluster", "Database", "Keycloak", "KeycloakRealmImport", "ServiceMonitor");
        if (m.overlay().equals("production")) {
            assertThat(custom).extracting(Manifests::kind).as("the edge").contains("Gateway", "HTTPRoute", "Certificate",
                    "Issuer", "BackendTrafficPolicy");
        }
        assertThat(problems).as("custom resources that their operator's schema rejects").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasItsProbesLimitsAndALockedDownSecurityContext(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : m.deployments()) {
            JsonNode pod = d.path("spec").path("template").path("spec");
            if (!pod.path("securityContext").path("runAsNonRoot").asBoolean()) problems.add(id(d) + ": pod may run as root");
            if (!"RuntimeDefault".equals(pod.path("securityContext").path("seccompProfile").path("type").asText())) {
                problems.add(id(d) + ": pod without the RuntimeDefault seccomp profile");
            }
            Set<String> emptyDirs = stream(pod.path("volumes")).filter(v -> v.has("emptyDir"))
                    .map(v -> v.path("name").asText()).collect(Collectors.toSet());
            containers(d).forEach(c -> {
                String where = id(d) + " container " + c.path("name").asText();
                check(problems, where, "/q/health/started", c.path("startupProbe").path("httpGet").path("path").asText());
                check(problems, where, "/q/health/ready", c.path("readinessProbe").path("httpGet").path("path").asText());
                check(problems, where, "/q/health/live", c.path("livenessProbe").path("httpGet").path("path").asText());
                for (String r : List.of("cpu", "memory")) {
                    if (c.path("resources").path("requests").path(r).isMissingNode()) problems.add(where + ": no " + r + " request");
                    if (c.path("resources").path("limits").path(r).isMissingNode()) problems.add(where + ": no " + r + " limit");
                }
                JsonNode sc = c.path("securityContext");
                if (!sc.path("runAsNonRoot").asBoolean()) problems.add(where + ": runAsNonRoot is not true");
                if (!sc.path("readOnlyRootFilesystem").asBoolean()) problems.add(where + ": root filesystem is writable");
                if (!sc.path("allowPrivilegeEscalation").isBoolean() || sc.path("allowPrivilegeEscalation").asBoolean()) {
                    problems.add(where + ": privilege escalation is not forbidden");
                }
                if (stream(sc.path("capabilities").path("drop")).noneMatch(x -> x.asText().equals("ALL"))) {
                    problems.add(where + ": capabilities are not all dropped");
                }
                if (stream(sc.path("capabilities").path("add")).findAny().isPresent()) problems.add(where + ": adds capabilities");
                if (!"RuntimeDefault".equals(sc.path("seccompProfile").path("type").asText())) {
                    problems.add(where + ": no RuntimeDefault seccomp profile");
                }
                boolean tmpIsEmptyDir = stream(c.path("volumeMounts"))
                        .anyMatch(v -> v.path("mountPath").asText().equals("/tmp") && emptyDirs.contains(v.path("name").asText()));
                if (!tmpIsEmptyDir) problems.add(where + ": /tmp is not an emptyDir (the root filesystem is read-only)");
            });
        }
        assertThat(m.deployments()).as("the services and the portal").hasSize(ServiceConfigs.all().size() + 1);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyConfigMapAndSecretAPodOrResourceUsesIsRenderedMadeByAnOperatorOrDocumentedForTheInstaller(Manifests m) {
        Set<String> renderedSecrets = m.all("Secret").map(Manifests::name).collect(Collectors.toSet());
        Set<String> operatorSecrets = References.operatorMadeSecrets(m);
        Set<String> documented = References.documentedSecrets();
        Set<String> missing = new TreeSet<>();
        References.secretsUsed(m).forEach((secret, users) -> {
            if (!renderedSecrets.contains(secret) && !operatorSecrets.contains(secret) && !documented.contains(secret)) {
                missing.add(secret + " (used by " + users + ")");
            }
        });
        assertThat(missing).as("Secrets that nothing makes and docs/kubernetes.md does not tell the installer to create").isEmpty();

        Set<String> missingConfig = new TreeSet<>();
        References.configMapKeysUsed(m).forEach((ref, user) -> {
            String[] mapAndKey = ref.split("#", 2);
            var map = m.find("ConfigMap", mapAndKey[0]);
            if (map.isEmpty()) missingConfig.add(ref + " (used by " + user + ")");
            else if (!mapAndKey[1].isEmpty() && !map.get().path("data").has(mapAndKey[1])) missingConfig.add(ref + " (used by " + user + ")");
        });
        assertThat(missingConfig).as("ConfigMaps or keys that are referenced but not rendered").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceHasItsServiceAccountAutoscalerDisruptionBudgetNetworkPolicyAndServiceMonitor(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (ServiceConfigs.Service s : ServiceConfigs.all()) {
            JsonNode d = m.get("Deployment", s.name());
            String label = d.path("spec").path("template").path("metadata").path("labels").path("app.kubernetes.io/name").asText();
            if (!s.name().equals(label)) problems.add(s.name() + ": pods are not labelled app.kubernetes.io/name=" + s.name());
            String account = d.path("spec").path("template").path("spec").path("serviceAccountName").asText();
            if (m.find("ServiceAccount", account).isEmpty()) problems.add(s.name() + ": no ServiceAccount " + account);
            if (m.all("HorizontalPodAutoscaler").noneMatch(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(s.name()))) {
                problems.add(s.name() + ": no HorizontalPodAutoscaler");
            }
            if (m.all("PodDisruptionBudget").noneMatch(p -> selects(p.path("spec").path("selector"), s.name()))) {
                problems.add(s.name() + ": no PodDisruptionBudget");
            }
            // the API port is the one in the service's configuration, and only policies let anything reach it
            int port = s.httpPort();
            boolean exposes = containers(d).anyMatch(c -> stream(c.path("ports")).anyMatch(p -> p.path("containerPort").asInt() == port));
            if (!exposes) problems.add(s.name() + ": the container does not expose quarkus.http.port " + port);
            List<JsonNode> policies = m.all("NetworkPolicy").filter(p -> selects(p.path("spec").path("podSelector"), s.name())).toList();
            if (policies.isEmpty()) problems.add(s.name() + ": no NetworkPolicy selects its pods");
            policies.forEach(p -> stream(p.path("spec").path("ingress")).forEach(rule -> {
                if (stream(rule.path("from")).findAny().isEmpty()) problems.add(id(p) + ": a rule lets in every source");
                if (stream(rule.path("ports")).noneMatch(x -> x.path("port").asInt() == port)) {
                    problems.add(id(p) + ": a rule opens ports other than " + port);
                }
            }));
            JsonNode service = m.get("Service", s.name());
            boolean monitored = m.all("ServiceMonitor").anyMatch(sm -> selects(sm.path("spec").path("selector"), s.name())
                    && stream(sm.path("spec").path("endpoints")).anyMatch(e -> e.path("path").asText().equals("/q/metrics")
                    && stream(service.path("spec").path("ports")).anyMatch(sp -> sp.path("name").asText().equals(e.path("port").asText()))));
            if (!monitored) problems.add(s.name() + ": no ServiceMonitor scrapes /q/metrics on a port of its Service");
        }
        boolean defaultDeny = m.all("NetworkPolicy").anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && stream(p.path("spec").path("policyTypes")).anyMatch(t -> t.asText().equals("Ingress"))
                && stream(p.path("spec").path("ingress")).findAny().isEmpty());
        assertThat(defaultDeny).as("a policy that denies all ingress the other policies do not allow").isTrue();
        assertThat(problems).isEmpty();
    }

    /** Ranges the notification service's internet rule must leave out: the cluster, the nodes, the cloud metadata address. */
    static final Set<String> INTERNAL_RANGES = Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10",
            "169.254.0.0/16", "127.0.0.0/8");

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentHasAnEgressPolicyAndOnlyTheNotificationServiceReachesTheInternetButNeverInside(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode d : m.deployments()) {
            String app = d.path("spec").path("template").path("metadata").path("labels").path("app.kubernetes.io/name").asText();
            List<JsonNode> egress = m.all("NetworkPolicy").filter(p -> selects(p.path("spec").path("podSelector"), app))
                    .filter(p -> stream(p.path("spec").path("policyTypes")).anyMatch(t -> t.asText().equals("Egress"))).toList();
            if (egress.isEmpty()) problems.add(id(d) + ": no NetworkPolicy limits where its pods may connect (Egress)");
            egress.forEach(p -> stream(p.path("spec").path("egress")).forEach(rule -> {
                if (stream(rule.path("to")).findAny().isEmpty()) problems.add(id(p) + ": a rule lets the pods reach everything");
                if (stream(rule.path("ports")).findAny().isEmpty()) problems.add(id(p) + ": a rule opens every port");
                stream(rule.path("to")).filter(to -> to.has("ipBlock")).forEach(to -> {
                    JsonNode block = to.path("ipBlock");
                    if (!app.equals("notification-service")) problems.add(id(p) + ": only the notification service may reach addresses outside");
                    Set<String> except = stream(block.path("except")).map(JsonNode::asText).collect(Collectors.toSet());
                    if (block.path("cidr").asText().equals("0.0.0.0/0") && !except.containsAll(INTERNAL_RANGES)) {
                        problems.add(id(p) + ": the internet rule does not leave out " + INTERNAL_RANGES);
                    }
                    if (block.path("cidr").asText().equals("::/0") && !except.containsAll(Set.of("fc00::/7", "fe80::/10", "::1/128"))) {
                        problems.add(id(p) + ": the IPv6 internet rule does not leave out unique-local, link-local and loopback");
                    }
                    if (!Set.of("0.0.0.0/0", "::/0").contains(block.path("cidr").asText())) {
                        problems.add(id(p) + ": an address block other than the internet minus the inside");
                    }
                    if (stream(rule.path("ports")).anyMatch(x -> !Set.of(443, 80, 587, 465).contains(x.path("port").asInt()))) {
                        problems.add(id(p) + ": the internet rule opens ports beyond web and mail");
                    }
                });
            }));
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceConnectsToADatabaseOfItsOwnAsARoleOfItsOwn(Manifests m) {
        Map<String, String> ownerByDatabase = new LinkedHashMap<>();
        m.all("Database").forEach(db -> ownerByDatabase.put(db.path("spec").path("name").asText(), db.path("spec").path("owner").asText()));
        Map<String, String> secretByRole = new LinkedHashMap<>();
        JsonNode cluster = m.get("Cluster", "setu-postgres");
        stream(cluster.path("spec").path("managed").path("roles"))
                .forEach(r -> secretByRole.put(r.path("name").asText(), r.path("passwordSecret").path("name").asText()));
        Set<String> owners = new TreeSet<>();
        for (ServiceConfigs.Service s : ServiceConfigs.all()) {
            String database = s.database();
            assertThat(ownerByDatabase).as("a Database for " + s.name()).containsKey(database);
            String owner = ownerByDatabase.get(database);
            assertThat(owners.add(owner)).as(owner + " owns only one service's database").isTrue();
            JsonNode config = m.get("ConfigMap", s.name() + "-config");
            assertThat(config.path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText()).as(s.name() + "'s JDBC URL")
                    .startsWith("jdbc:postgresql://setu-postgres-rw:").endsWith("/" + database);
            JsonNode d = m.get("Deployment", s.name());
            String userSecret = References.envSecret(d, "QUARKUS_DATASOURCE_USERNAME");
            String passwordSecret = References.envSecret(d, "QUARKUS_DATASOURCE_PASSWORD");
            assertThat(userSecret).as(s.name() + " logs in as the role that owns its database")
                    .isEqualTo(passwordSecret).isEqualTo(secretByRole.get(owner));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyTopicOfTheEventContractsExistsAndTheDirectoryIsCompacted(Manifests m) {
        Map<String, JsonNode> topics = References.topicsByName(m);
        assertThat(topics.keySet()).containsAll(Topics.ALL);
        for (String topic : Topics.ALL) {
            String policy = topics.get(topic).path("spec").path("config").path("cleanup.policy").asText();
            assertThat(policy).as("cleanup.policy of " + topic).isEqualTo(Topics.COMPACTED.contains(topic) ? "compact" : "delete");
        }
        m.all("KafkaTopic").forEach(t -> assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                .as(id(t) + " belongs to the cluster").isEqualTo(name(m.list("Kafka").get(0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServicesKafkaUserAllowsWhatItsConfigurationReadsAndWrites(Manifests m) {
        Set<String> topics = References.topicsByName(m).keySet();
        List<String> problems = new ArrayList<>();
        for (ServiceConfigs.Service s : ServiceConfigs.all()) {
            var user = m.find("KafkaUser", s.name());
            if (user.isEmpty()) {
                problems.add(s.name() + ": no KafkaUser");
                continue;
            }
            String jaas = References.envSecret(m.get("Deployment", s.name()), "KAFKA_SASL_JAAS_CONFIG");
            if (!s.name().equals(jaas)) problems.add(s.name() + ": does not log in with its KafkaUser's Secret (" + jaas + ")");
            ServiceConfigs.KafkaNeeds needs = s.kafka();
            needs.writes().forEach(t -> {
                if (!topics.contains(t)) problems.add(s.name() + " writes to " + t + ", which no KafkaTopic declares");
                if (!KafkaAcls.allows(user.get(), "topic", t, "Write")) problems.add(s.name() + " may not write to " + t);
            });
            needs.reads().forEach(t -> {
                if (!topics.contains(t)) problems.add(s.name() + " reads " + t + ", which no KafkaTopic declares");
                if (!KafkaAcls.allows(user.get(), "topic", t, "Read")) problems.add(s.name() + " may not read " + t);
            });
            needs.groups().forEach(g -> {
                if (!KafkaAcls.allows(user.get(), "group", g, "Read")) problems.add(s.name() + " may not join group " + g);
            });
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noServiceMayWriteToATopicAnotherServiceOwnsOrDoMoreThanReadAndWrite(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode user : m.list("KafkaUser")) {
            String service = name(user);
            Set<String> mayWrite = new TreeSet<>(ServiceConfigs.ownTopics(service));
            if (Topics.CONSUMERS.contains(service)) mayWrite.add(Topics.deadLetter(service));
            for (JsonNode acl : KafkaAcls.rules(user)) {
                String type = acl.path("resource").path("type").asText();
                String resource = acl.path("resource").path("name").asText();
                Set<String> ops = KafkaAcls.operations(acl);
                if (!acl.path("resource").path("patternType").asText("literal").equals("literal") || resource.contains("*")) {
                    problems.add(service + ": a rule on more than one " + type + " (" + resource + ")");
                }
                switch (type) {
                    case "topic" -> {
                        if (!Set.of("Read", "Write", "Describe").containsAll(ops)) problems.add(service + " may " + ops + " on " + resource);
                        if (ops.contains("Write") && !mayWrite.contains(resource)) {
                            problems.add(service + " may write to " + resource + ", which it does not own");
                        }
                    }
                    case "group" -> {
                        if (!resource.startsWith(service)) problems.add(service + " may use another's group " + resource);
                        if (!Set.of("Read", "Describe").containsAll(ops)) problems.add(service + " may " + ops + " on group " + resource);
                    }
                    default -> problems.add(service + " has a rule on a " + type + ": " + acl);
                }
            }
        }
        assertThat(m.list("KafkaUser")).hasSize(ServiceConfigs.all().size());
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String where, String expected, String actual) {
        if (!expected.equals(actual)) problems.add(where + ": probe on '" + actual + "' instead of " + expected);
    }

    static boolean selects(JsonNode selector, String appName) {
        return appName.equals(selector.path("matchLabels").path("app.kubernetes.io/name").asText());
    }
}
