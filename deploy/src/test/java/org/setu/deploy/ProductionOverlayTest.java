package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.deploy.Manifests.containers;
import static org.setu.deploy.Manifests.id;
import static org.setu.deploy.Manifests.stream;

/** What production adds: redundancy across nodes and zones, room to work, backups, and no demo accounts. */
class ProductionOverlayTest {

    private final Manifests production = Kustomize.overlay("production");
    private final Manifests dev = Kustomize.overlay("dev");

    @Test
    void productionRunsThreeReplicasOfEveryServiceOnDifferentNodesAndSpreadOverZones() {
        for (JsonNode d : production.deployments()) {
            String app = Manifests.name(d);
            JsonNode pod = d.path("spec").path("template").path("spec");
            assertThat(d.path("spec").path("replicas").asInt()).as(id(d)).isEqualTo(3);
            JsonNode antiAffinity = pod.path("affinity").path("podAntiAffinity");
            assertThat(stream(antiAffinity.path("preferredDuringSchedulingIgnoredDuringExecution"))
                    .map(t -> t.path("podAffinityTerm"))
                    .anyMatch(t -> t.path("topologyKey").asText().equals("kubernetes.io/hostname")
                            && OverlayInvariantsTest.selects(t.path("labelSelector"), app)))
                    .as(id(d) + " keeps its pods on different nodes").isTrue();
            assertThat(stream(pod.path("topologySpreadConstraints"))
                    .anyMatch(c -> c.path("topologyKey").asText().equals("topology.kubernetes.io/zone")
                            && OverlayInvariantsTest.selects(c.path("labelSelector"), app)))
                    .as(id(d) + " spreads over zones").isTrue();
            JsonNode hpa = production.get("HorizontalPodAutoscaler", app);
            assertThat(hpa.path("spec").path("minReplicas").asInt()).as("the autoscaler of " + app + " keeps three").isEqualTo(3);
        }
        assertThat(production.deployments()).isNotEmpty();
    }

    @Test
    void productionGivesEveryServiceMoreMemoryAndCpuThanDev() {
        for (JsonNode d : production.deployments()) {
            JsonNode prod = containers(d).findFirst().orElseThrow().path("resources");
            JsonNode small = containers(dev.get("Deployment", Manifests.name(d))).findFirst().orElseThrow().path("resources");
            for (String kind : List.of("requests", "limits")) {
                for (String r : List.of("cpu", "memory")) {
                    assertThat(amount(prod.path(kind).path(r))).as(id(d) + " " + kind + "." + r)
                            .isGreaterThanOrEqualTo(amount(small.path(kind).path(r)));
                }
            }
            assertThat(amount(prod.path("requests").path("memory"))).as(id(d) + " memory request")
                    .isGreaterThan(amount(small.path("requests").path("memory")));
        }
    }

    @Test
    void productionKeepsEveryTopicOnThreeBrokersWithTwoInSync() {
        assertThat(production.list("KafkaNodePool")).allSatisfy(pool ->
                assertThat(pool.path("spec").path("replicas").asInt()).as(id(pool)).isEqualTo(3));
        assertThat(production.list("KafkaTopic")).isNotEmpty().allSatisfy(t -> {
            assertThat(t.path("spec").path("replicas").asInt()).as(id(t) + " replicas").isEqualTo(3);
            assertThat(t.path("spec").path("config").path("min.insync.replicas").asInt()).as(id(t) + " min.insync.replicas").isEqualTo(2);
        });
        JsonNode kafka = production.list("Kafka").get(0).path("spec").path("kafka").path("config");
        assertThat(kafka.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
    }

    @Test
    void productionBacksUpThePlatformsDatabasesEveryDayToAnObjectStore() {
        JsonNode cluster = production.get("Cluster", "setu-postgres").path("spec");
        assertThat(cluster.path("instances").asInt()).isEqualTo(3);
        assertThat(cluster.path("backup").path("barmanObjectStore").path("destinationPath").asText()).isNotBlank();
        assertThat(cluster.path("backup").path("retentionPolicy").asText()).isNotBlank();
        assertThat(production.list("ScheduledBackup")).singleElement().satisfies(b -> {
            assertThat(b.path("spec").path("cluster").path("name").asText()).isEqualTo("setu-postgres");
            assertThat(b.path("spec").path("schedule").asText().split(" ")).as("six cron fields, seconds first").hasSize(6);
        });
        assertThat(dev.list("ScheduledBackup")).as("dev keeps no backups").isEmpty();
    }

    @Test
    void theRestoreClusterRecoversFromTheStoreProductionBacksUpToAndIsAValidCluster() {
        JsonNode backup = production.get("Cluster", "setu-postgres").path("spec").path("backup").path("barmanObjectStore");
        JsonNode restored = Kustomize.parse(Repo.read(Repo.K8S.resolve("restore/postgres-recovery.yaml"))).get(0);
        assertThat(CrdSchemas.problems(restored)).isEmpty();
        JsonNode spec = restored.path("spec");
        assertThat(Manifests.name(restored)).as("a new cluster beside the old one").isNotEqualTo("setu-postgres");
        String source = spec.path("bootstrap").path("recovery").path("source").asText();
        JsonNode store = stream(spec.path("externalClusters")).filter(c -> c.path("name").asText().equals(source))
                .findFirst().orElseThrow().path("barmanObjectStore");
        assertThat(store.path("serverName").asText()).isEqualTo("setu-postgres");
        for (String field : List.of("destinationPath", "endpointURL", "s3Credentials")) {
            assertThat(store.path(field)).as(field + " as production writes it").isEqualTo(backup.path(field));
        }
    }

    @Test
    void productionImportsTheRealmWithoutDemoUsersDemoClientsOrLiteralSecrets() {
        JsonNode realmImport = production.list("KeycloakRealmImport").get(0).path("spec");
        JsonNode realm = realmImport.path("realm");
        assertThat(realm.path("users").isMissingNode() || realm.path("users").isEmpty()).as("users in the production realm").isTrue();
        assertThat(stream(realm.path("clients")).map(c -> c.path("clientId").asText()))
                .doesNotContainAnyElementsOf(RealmImports.DEMO_CLIENTS)
                .containsAll(ServiceConfigs.all().stream().map(ServiceConfigs.Service::name).toList());
        stream(realm.path("clients")).filter(c -> c.has("secret")).forEach(c ->
                assertThat(c.path("secret").asText()).as("secret of " + c.path("clientId").asText()).matches("\\$\\{[A-Z_]+}"));
        assertThat(production.all("Secret").map(Manifests::name)).as("production renders no Secret").isEmpty();
    }

    @Test
    void theProductionRealmSendsLoginsBackToThePortalsPublicOriginOnlyNeverToLocalhost() {
        JsonNode portal = client(production, "setu-portal");
        List<String> addresses = new ArrayList<>();
        stream(portal.path("redirectUris")).map(JsonNode::asText).forEach(addresses::add);
        stream(portal.path("webOrigins")).map(JsonNode::asText).forEach(addresses::add);
        addresses.add(portal.path("attributes").path("post.logout.redirect.uris").asText());
        assertThat(addresses).hasSize(3).allSatisfy(a -> assertThat(a).startsWith("https://")
                .doesNotContain("localhost").doesNotContain("127.0.0.1"));
        assertThat(client(dev, "setu-portal").path("redirectUris").toString()).as("dev keeps the laptop's addresses")
                .contains("http://localhost:8080/*");
    }

    @Test
    void noClientOfTheProductionRealmTakesAPasswordWhileDevKeepsTheCommandLineClientsForTests() {
        JsonNode realm = production.list("KeycloakRealmImport").get(0).path("spec").path("realm");
        assertThat(stream(realm.path("clients")).map(c -> c.path("clientId").asText())).contains("admin-cli");
        stream(realm.path("clients")).forEach(c -> assertThat(c.path("directAccessGrantsEnabled").asBoolean(false))
                .as("password grants of " + c.path("clientId").asText()).isFalse());
        assertThat(client(dev, "setu-cli").path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    @Test
    void theProductionRealmHasAPasswordPolicyForLongPasswords() {
        String policy = production.list("KeycloakRealmImport").get(0).path("spec").path("realm").path("passwordPolicy").asText();
        assertThat(policy).contains("length(12)").contains("notUsername").contains("passwordHistory(");
    }

    @Test
    void theProductionRealmAsksEveryCoordinatorAndAuditorForAOneTimeCodeAndKeepsKeycloaksOtherFlows() {
        JsonNode realm = production.list("KeycloakRealmImport").get(0).path("spec").path("realm");
        assertThat(realm.path("browserFlow").asText()).isEqualTo("setu browser");
        List<String> aliases = stream(realm.path("authenticationFlows")).map(f -> f.path("alias").asText()).toList();
        assertThat(aliases).as("an import that names one flow must name Keycloak's built-in ones too")
                .contains("browser", "direct grant", "registration", "reset credentials", "clients", "first broker login",
                        "setu browser", "OTP for coordinators", "OTP for auditors");
        for (String flow : List.of("OTP for coordinators", "OTP for auditors")) {
            JsonNode executions = flowNamed(realm, flow).path("authenticationExecutions");
            assertThat(stream(executions).filter(e -> e.path("authenticator").asText().equals("auth-otp-form"))
                    .map(e -> e.path("requirement").asText())).as(flow).containsExactly("REQUIRED");
        }
        assertThat(roleConditions(realm, "OTP for coordinators")).containsExactly("nrm-coordinator");
        assertThat(roleConditions(realm, "OTP for auditors")).containsExactly("auditor", "not nrm-coordinator");
        assertThat(roleConditions(realm, "setu browser Browser - Conditional 2FA"))
                .as("the built-in second factor does not ask those two roles a second time")
                .containsExactlyInAnyOrder("not nrm-coordinator", "not auditor");
        List<String> formSteps = stream(flowNamed(realm, "setu browser forms").path("authenticationExecutions"))
                .map(e -> e.path("flowAlias").asText(e.path("authenticator").asText()) + ":" + e.path("requirement").asText())
                .toList();
        assertThat(formSteps).contains("auth-username-password-form:REQUIRED", "OTP for coordinators:CONDITIONAL",
                "OTP for auditors:CONDITIONAL");
        assertThat(dev.list("KeycloakRealmImport").get(0).path("spec").path("realm").has("authenticationFlows"))
                .as("the demo realm keeps Keycloak's defaults").isFalse();
    }

    private static JsonNode flowNamed(JsonNode realm, String alias) {
        return stream(realm.path("authenticationFlows")).filter(f -> f.path("alias").asText().equals(alias))
                .findFirst().orElseThrow(() -> new AssertionError("no flow " + alias));
    }

    /** The role conditions of a flow, as "role" or "not role", read through their authenticator configs. */
    private static List<String> roleConditions(JsonNode realm, String flow) {
        return stream(flowNamed(realm, flow).path("authenticationExecutions"))
                .filter(e -> e.path("authenticator").asText().equals("conditional-user-role"))
                .map(e -> stream(realm.path("authenticatorConfig"))
                        .filter(c -> c.path("alias").asText().equals(e.path("authenticatorConfig").asText()))
                        .findFirst().orElseThrow().path("config"))
                .map(c -> (c.path("negate").asText().equals("true") ? "not " : "") + c.path("condUserRole").asText())
                .toList();
    }

    private static JsonNode client(Manifests overlay, String clientId) {
        return stream(overlay.list("KeycloakRealmImport").get(0).path("spec").path("realm").path("clients"))
                .filter(c -> c.path("clientId").asText().equals(clientId)).findFirst().orElseThrow();
    }

    private static double amount(JsonNode quantity) {
        return Quantity.getAmountInBytes(new Quantity(quantity.asText())).doubleValue();
    }
}
