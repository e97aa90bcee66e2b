package org.setu.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's realm imports are made from the realm file, never edited by hand. */
class RealmImportsTest {

    @Test
    void theRealmImportsOfTheManifestsAreWhatTheRealmFileGenerates() {
        RealmImports generator = new RealmImports(Repo.REALM_FILE);
        if (Boolean.getBoolean("setu.regenerate")) {
            generator.write(Repo.K8S);
        }
        for (Map.Entry<String, String> file : generator.files().entrySet()) {
            var path = Repo.K8S.resolve(file.getKey());
            assertThat(Files.exists(path)).as("deploy/k8s/" + file.getKey() + " exists (regenerate with -Dsetu.regenerate=true)").isTrue();
            assertThat(Repo.read(path)).as("deploy/k8s/" + file.getKey() + " is stale: deploy/keycloak/setu-realm.json changed; "
                    + "regenerate with ./mvnw -f deploy/pom.xml verify -Dsetu.regenerate=true").isEqualTo(file.getValue());
        }
    }

    @Test
    void aClientSecretPlaceholderIsAnEnvironmentStyleNameOfTheClient() {
        assertThat(RealmImports.placeholder("provider-directory-service")).isEqualTo("PROVIDER_DIRECTORY_SERVICE_CLIENT_SECRET");
    }
}
