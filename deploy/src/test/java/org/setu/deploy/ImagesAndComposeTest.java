package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.setu.events.Topics;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.deploy.Manifests.stream;

/** The container images and the Compose file agree with each service's own configuration and the realm. */
class ImagesAndComposeTest {

    @Test
    void everyServiceHasADockerfileThatRunsItsQuarkusAppAsTheUnprivilegedUserTheManifestsRequire() {
        for (ServiceConfigs.Service s : ServiceConfigs.all()) {
            Path dockerfile = Repo.ROOT.resolve(s.module()).resolve("src/main/docker/Dockerfile.jvm");
            assertThat(dockerfile).as(s.module()).exists();
            String text = Repo.read(dockerfile);
            assertThat(text).as(s.module())
                    .contains("COPY --chown=185:185 target/quarkus-app/")
                    .containsPattern("(?m)^USER 185")
                    .containsPattern("(?m)^EXPOSE " + s.httpPort() + "$")
                    .contains("quarkus-run.jar");
        }
    }

    @Test
    void thePortalsImageRunsItsQuarkusAppOnItsPortAsTheUnprivilegedUser() {
        java.util.Properties portal = new java.util.Properties();
        try {
            portal.load(new java.io.StringReader(Repo.read(Repo.ROOT.resolve("portal/src/main/resources/application.properties"))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String text = Repo.read(Repo.ROOT.resolve("deploy/images/portal/Dockerfile.jvm"));
        assertThat(text).contains("COPY --chown=185:185 target/quarkus-app/")
                .containsPattern("(?m)^USER 185")
                .containsPattern("(?m)^EXPOSE " + portal.getProperty("quarkus.http.port") + "$")
                .contains("quarkus-run.jar")
                .contains("docker build -f deploy/images/portal/Dockerfile.jvm -t setu/portal:");
        JsonNode deployment = Kustomize.overlay("dev").get("Deployment", "setu-portal");
        assertThat(Manifests.containers(deployment).findFirst().orElseThrow().path("image").asText()).startsWith("setu/portal:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileRunsEveryServiceOnItsOwnDatabaseWithTheRealmsClientSecretAndEveryTopic() throws IOException {
        Map<String, Object> compose = new Yaml().load(Repo.read(Repo.COMPOSE));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        JsonNode realm = new ObjectMapper().readTree(Repo.REALM_FILE.toFile());
        String initSql = Repo.read(Repo.COMPOSE.resolveSibling("postgres-init.sql"));
        for (ServiceConfigs.Service s : ServiceConfigs.all()) {
            Map<String, Object> service = (Map<String, Object>) services.get(s.name());
            assertThat(service).as("compose service " + s.name()).isNotNull();
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL"))).endsWith("/" + s.database());
            assertThat(initSql).contains("CREATE DATABASE " + s.database() + " OWNER " + env.get("QUARKUS_DATASOURCE_USERNAME") + ";");
            String secret = stream(realm.path("clients")).filter(c -> c.path("clientId").asText().equals(s.name()))
                    .map(c -> c.path("secret").asText()).findFirst().orElseThrow();
            assertThat(env.get("SETU_OIDC_CLIENT_SECRET")).as(s.name() + "'s client secret").isEqualTo(secret);
            assertThat((Iterable<Object>) service.get("ports")).map(String::valueOf).contains(s.httpPort() + ":" + s.httpPort());
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(Repo.COMPOSE.getParent().resolve(String.valueOf(build.get("context"))).normalize())
                    .isEqualTo(Repo.ROOT.resolve(s.module()));
            assertThat(service.get("read_only")).as(s.name() + " runs on a read-only root filesystem").isEqualTo(true);
            assertThat(Files.exists(Repo.ROOT.resolve(s.module()).resolve(String.valueOf(build.get("dockerfile"))))).isTrue();
        }
        String topics = String.valueOf(((Map<String, Object>) services.get("kafka-topics")).get("command"));
        for (String topic : Topics.ALL) {
            String asCreated = topic.contains(".dlq") ? "setu.$$c.dlq" : "--topic " + topic + " ";
            assertThat(topics).as("compose creates " + topic).contains(asCreated);
        }
        Topics.CONSUMERS.forEach(c -> assertThat(topics).contains(c));
    }
}
