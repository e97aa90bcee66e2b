package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.deploy.Manifests.id;
import static org.setu.deploy.Manifests.stream;

/** The development overlay: small, and with the demo accounts that the local platform has too. */
class DevOverlayTest {

    private final Manifests dev = Kustomize.overlay("dev");

    @Test
    void devRunsOneReplicaOfEveryServiceAndOneOfEachInfrastructurePart() {
        assertThat(dev.deployments()).isNotEmpty().allSatisfy(d ->
                assertThat(d.path("spec").path("replicas").asInt()).as(id(d)).isEqualTo(1));
        assertThat(dev.list("KafkaNodePool")).allSatisfy(p -> assertThat(p.path("spec").path("replicas").asInt()).isEqualTo(1));
        assertThat(dev.get("Cluster", "setu-postgres").path("spec").path("instances").asInt()).isEqualTo(1);
    }

    @Test
    void devImportsTheDemoUsersAndClientsOfTheRealmFileWithTheSecretsTheServicesAreGiven() throws IOException {
        JsonNode file = new ObjectMapper().readTree(Repo.REALM_FILE.toFile());
        JsonNode realmImport = dev.list("KeycloakRealmImport").get(0).path("spec");
        assertThat(realmImport.path("realm").path("users")).isEqualTo(file.path("users"));
        assertThat(stream(realmImport.path("realm").path("clients")).map(c -> c.path("clientId").asText()).toList())
                .isEqualTo(stream(file.path("clients")).map(c -> c.path("clientId").asText()).toList());
        // the placeholders resolve from setu-oidc-clients, which dev fills with the realm file's secrets
        JsonNode secret = dev.get("Secret", RealmImports.CLIENT_SECRETS);
        stream(file.path("clients")).filter(c -> c.has("secret") && !RealmImports.DEMO_CLIENTS.contains(c.path("clientId").asText()))
                .forEach(c -> assertThat(decode(secret.path("data").path(c.path("clientId").asText()).asText()))
                        .as("dev secret of " + c.path("clientId").asText()).isEqualTo(c.path("secret").asText()));
    }

    private static String decode(String base64) {
        return new String(java.util.Base64.getDecoder().decode(base64), java.nio.charset.StandardCharsets.UTF_8);
    }
}
