package org.setu.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the Keycloak operator's realm imports from {@code deploy/keycloak/setu-realm.json}, the one realm file
 * that the local platform also imports, so that the two never drift apart:
 * <ul>
 * <li>the base (what production gets): roles, mappers and the services' clients, with each client secret a
 *     placeholder filled from the Secret {@code setu-oidc-clients}; no user, no demo partner, no password-grant
 *     client, and no local address for the portal (the production overlay adds the portal's origin and hardens
 *     the realm further: docs/kubernetes.md);</li>
 * <li>a dev patch that adds the demo users, the demo partner and the command-line client back;</li>
 * <li>the dev overlay's {@code setu-oidc-clients} values: the realm file's client secrets, which are public.</li>
 * </ul>
 * The deploy tests fail when the committed files differ from what this makes.
 */
public final class RealmImports {

    /** Clients that exist only for demos and tests: a public password-grant client and a demo partner. */
    static final Set<String> DEMO_CLIENTS = Set.of("setu-cli", "partner-demo");
    /** The browser client; its addresses in the realm file are the laptop's, each overlay names its own. */
    static final String PORTAL_CLIENT = "setu-portal";
    public static final String CLIENT_SECRETS = "setu-oidc-clients";
    public static final String KEYCLOAK = "setu-keycloak";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    private final ObjectNode realm;

    public RealmImports(Path realmFile) {
        try {
            this.realm = (ObjectNode) JSON.readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm file " + realmFile, e);
        }
    }

    /** The files this generator owns, relative to {@code deploy/k8s}, with their content. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("base/keycloak/realm-import.yaml", header("the realm without demo users or demo clients; "
                + "client secrets come from the Secret " + CLIENT_SECRETS) + yaml(baseImport()));
        files.put("overlays/dev/realm-demo-users.yaml", header("dev only: the demo users, the demo partner and "
                + "the command-line client of the realm file") + yaml(devPatch()));
        files.put("overlays/dev/oidc-clients.env", header("dev only: the realm file's client secrets (public, "
                + "for demos); production creates " + CLIENT_SECRETS + " by hand") + devClientSecrets());
        return files;
    }

    /** Writes every file under {@code k8sDir}. */
    public void write(Path k8sDir) {
        files().forEach((relative, content) -> {
            Path file = k8sDir.resolve(relative);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        });
    }

    /** The placeholder that stands for a client's secret, e.g. {@code SCREENING_SERVICE_CLIENT_SECRET}. */
    public static String placeholder(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    ObjectNode baseImport() {
        ObjectNode production = realm.deepCopy();
        production.remove("users");
        ArrayNode clients = production.putArray("clients");
        ObjectNode placeholders = JSON.createObjectNode();
        for (JsonNode client : (ArrayNode) realm.get("clients")) {
            String id = client.get("clientId").asText();
            if (DEMO_CLIENTS.contains(id)) continue;
            ObjectNode copy = withPlaceholderSecret((ObjectNode) client.deepCopy(), placeholders);
            if (id.equals(PORTAL_CLIENT)) withoutLocalAddresses(copy);
            clients.add(copy);
        }
        ObjectNode resource = JSON.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "setu-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.set("placeholders", placeholders);
        spec.set("realm", production);
        return resource;
    }

    /** A merge patch: lists are replaced whole, so it carries every client, the demo ones included. */
    ObjectNode devPatch() {
        ObjectNode patchRealm = JSON.createObjectNode();
        patchRealm.set("users", realm.get("users").deepCopy());
        ArrayNode clients = patchRealm.putArray("clients");
        ObjectNode ignored = JSON.createObjectNode();
        for (JsonNode client : (ArrayNode) realm.get("clients")) {
            String id = client.get("clientId").asText();
            clients.add(DEMO_CLIENTS.contains(id) ? client.deepCopy() : withPlaceholderSecret((ObjectNode) client.deepCopy(), ignored));
        }
        ObjectNode patch = JSON.createObjectNode();
        patch.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        patch.put("kind", "KeycloakRealmImport");
        patch.putObject("metadata").put("name", "setu-realm");
        patch.putObject("spec").set("realm", patchRealm);
        return patch;
    }

    String devClientSecrets() {
        StringBuilder env = new StringBuilder();
        for (JsonNode client : (ArrayNode) realm.get("clients")) {
            String id = client.get("clientId").asText();
            if (client.hasNonNull("secret") && !DEMO_CLIENTS.contains(id)) {
                env.append(id).append('=').append(client.get("secret").asText()).append('\n');
            }
        }
        return env.toString();
    }

    /**
     * The realm file lets the portal come back to localhost after login. A cluster must not: anyone who can run a
     * page on a user's own machine could collect their login. The overlays name the portal's real origin.
     */
    private static void withoutLocalAddresses(ObjectNode client) {
        client.putArray("redirectUris");
        client.putArray("webOrigins");
        if (client.get("attributes") instanceof ObjectNode attributes) attributes.remove("post.logout.redirect.uris");
    }

    private static ObjectNode withPlaceholderSecret(ObjectNode client, ObjectNode placeholders) {
        if (!client.hasNonNull("secret")) return client;
        String id = client.get("clientId").asText();
        client.put("secret", "${" + placeholder(id) + "}");
        ObjectNode secret = placeholders.putObject(placeholder(id)).putObject("secret");
        secret.put("name", CLIENT_SECRETS);
        secret.put("key", id);
        return client;
    }

    private static String header(String what) {
        return "# GENERATED from deploy/keycloak/setu-realm.json by org.setu.deploy.RealmImports: do not edit.\n"
                + "# Regenerate: ./mvnw -f deploy/pom.xml verify -Dsetu.regenerate=true\n"
                + "# " + what + "\n";
    }

    private static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
