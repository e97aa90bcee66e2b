package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.deploy.Manifests.id;
import static org.setu.deploy.Manifests.name;
import static org.setu.deploy.Manifests.stream;

/**
 * What users and partners reach from outside, in production: the portal, every service's API and Keycloak behind one
 * Gateway, over TLS from cert-manager, with HSTS and limits, and every public address set in one file.
 */
class EdgeTest {

    /** Where Envoy Gateway runs its proxies; the backends' network policies must let that namespace in. */
    static final String EDGE_NAMESPACE = "envoy-gateway-system";
    static final Path HOSTS = Repo.K8S.resolve("overlays/production/hosts.yaml");

    private final Manifests production = Kustomize.overlay("production");

    @Test
    void theEdgeRoutesToThePortalEveryServiceAndKeycloakOnTheirServicesPorts() {
        Map<String, Integer> backends = new LinkedHashMap<>();
        httpsRoutes().forEach(r -> rules(r).flatMap(rule -> stream(rule.path("backendRefs")))
                .forEach(b -> backends.put(b.path("name").asText(), b.path("port").asInt())));
        List<String> expected = new ArrayList<>(List.of("setu-portal", "setu-keycloak-service"));
        ServiceConfigs.all().forEach(s -> expected.add(s.name()));
        assertThat(backends.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        ServiceConfigs.all().forEach(s -> assertThat(backends.get(s.name())).as(s.name()).isEqualTo(s.httpPort()));
        backends.forEach((service, port) -> production.find("Service", service).ifPresent(svc ->
                assertThat(stream(svc.path("spec").path("ports")).map(p -> p.path("port").asInt())).as(service).contains(port)));
    }

    @Test
    void everyPublicHostIsServedOverTlsWithTheCertificateThatCertManagerKeepsForIt() {
        JsonNode gateway = production.get("Gateway", "setu-edge");
        JsonNode https = listener(gateway, "https");
        assertThat(https.path("protocol").asText()).isEqualTo("HTTPS");
        assertThat(https.path("tls").path("mode").asText("Terminate")).isEqualTo("Terminate");
        String secret = https.path("tls").path("certificateRefs").path(0).path("name").asText();
        JsonNode certificate = production.all("Certificate")
                .filter(c -> c.path("spec").path("secretName").asText().equals(secret)).findFirst()
                .orElseThrow(() -> new AssertionError("no Certificate keeps " + secret));
        Set<String> dnsNames = stream(certificate.path("spec").path("dnsNames")).map(JsonNode::asText).collect(Collectors.toSet());
        Set<String> hosts = httpsRoutes().flatMap(r -> stream(r.path("spec").path("hostnames"))).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(hosts).as("a host for each route").hasSize((int) httpsRoutes().count());
        assertThat(dnsNames).as("the certificate names every public host").containsAll(hosts);
        JsonNode issuerRef = certificate.path("spec").path("issuerRef");
        assertThat(production.find(issuerRef.path("kind").asText(), issuerRef.path("name").asText()))
                .as("the certificate's issuer is rendered").isPresent();
    }

    @Test
    void plainHttpOnlyRedirectsToHttps() {
        List<JsonNode> onHttp = production.all("HTTPRoute").filter(r -> attachesTo(r, "http")).toList();
        assertThat(onHttp).isNotEmpty().allSatisfy(r -> rules(r).forEach(rule -> {
            assertThat(stream(rule.path("backendRefs"))).as(id(r) + " sends plain HTTP to no backend").isEmpty();
            assertThat(stream(rule.path("filters")).map(f -> f.path("requestRedirect").path("scheme").asText()))
                    .as(id(r)).containsExactly("https");
        }));
    }

    @Test
    void everyAnswerOverTheEdgeTellsBrowsersToUseOnlyHttpsForAYear() {
        httpsRoutes().forEach(r -> rules(r).forEach(rule -> {
            String hsts = stream(rule.path("filters")).filter(f -> f.path("type").asText().equals("ResponseHeaderModifier"))
                    .flatMap(f -> stream(f.path("responseHeaderModifier").path("set")))
                    .filter(h -> h.path("name").asText().equalsIgnoreCase("Strict-Transport-Security"))
                    .map(h -> h.path("value").asText()).findFirst().orElse("");
            assertThat(hsts).as(id(r) + " HSTS").matches("max-age=(\\d+).*");
            assertThat(Long.parseLong(hsts.replaceAll("max-age=(\\d+).*", "$1"))).as(id(r)).isGreaterThanOrEqualTo(31_536_000L);
        }));
    }

    @Test
    void everyRouteHasABodySizeAndARateLimitAndNoneExposesHealthMetricsOrKeycloaksConsole() {
        List<JsonNode> policies = production.list("BackendTrafficPolicy");
        httpsRoutes().forEach(r -> {
            JsonNode policy = policies.stream().filter(p -> targets(p, "HTTPRoute", name(r))).findFirst()
                    .or(() -> policies.stream().filter(p -> targets(p, "Gateway", "setu-edge")).findFirst())
                    .orElseThrow(() -> new AssertionError("no BackendTrafficPolicy for " + id(r)));
            assertThat(policy.path("spec").path("requestBuffer").path("limit").asText()).as(id(r) + " body limit").isNotBlank();
            assertThat(stream(policy.path("spec").path("rateLimit").path("local").path("rules"))
                    .map(rule -> rule.path("limit").path("requests").asInt())).as(id(r) + " rate limit").isNotEmpty()
                    .allSatisfy(n -> assertThat(n).isPositive());
            List<String> prefixes = rules(r).flatMap(rule -> stream(rule.path("matches")))
                    .map(m -> m.path("path").path("value").asText("/")).toList();
            if (!name(r).equals("setu-portal")) {
                assertThat(prefixes).as(id(r) + " publishes only its API, never / (and with it /q/)")
                        .isNotEmpty().noneMatch(p -> p.equals("/") || p.startsWith("/q") || p.startsWith("/admin"));
            }
        });
    }

    @Test
    void thePortalEveryServiceAndKeycloakLetTheEdgesProxiesIn() {
        List<String> problems = new ArrayList<>();
        httpsRoutes().flatMap(r -> rules(r).flatMap(rule -> stream(rule.path("backendRefs")))).forEach(b -> {
            String backend = b.path("name").asText();
            int port = b.path("port").asInt();
            if (backend.equals("setu-keycloak-service")) {
                JsonNode http = production.get("Keycloak", "setu-keycloak").path("spec").path("networkPolicy").path("http");
                if (stream(http).noneMatch(EdgeTest::isEdgeNamespace)) problems.add("Keycloak's network policy keeps the edge out");
                return;
            }
            JsonNode service = production.get("Service", backend);
            String app = service.path("spec").path("selector").path("app.kubernetes.io/name").asText();
            int target = production.get("Deployment", app).path("spec").path("template").path("spec").path("containers").path(0)
                    .path("ports").path(0).path("containerPort").asInt();
            boolean letIn = production.all("NetworkPolicy").filter(p -> OverlayInvariantsTest.selects(p.path("spec").path("podSelector"), app))
                    .flatMap(p -> stream(p.path("spec").path("ingress")))
                    .anyMatch(rule -> stream(rule.path("from")).anyMatch(EdgeTest::isEdgeNamespace)
                            && stream(rule.path("ports")).anyMatch(x -> x.path("port").asInt() == target));
            if (!letIn) problems.add(backend + " (port " + port + "): no NetworkPolicy lets " + EDGE_NAMESPACE + " in");
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void thePortalIsReachedOnlyThroughTheEdgeAndConnectsNowhere() {
        List<JsonNode> policies = production.all("NetworkPolicy")
                .filter(p -> OverlayInvariantsTest.selects(p.path("spec").path("podSelector"), "setu-portal")).toList();
        assertThat(policies.stream().flatMap(p -> stream(p.path("spec").path("ingress"))).flatMap(rule -> stream(rule.path("from"))))
                .as("who may reach the portal").isNotEmpty().allMatch(EdgeTest::isEdgeNamespace);
        assertThat(policies).filteredOn(p -> stream(p.path("spec").path("policyTypes")).anyMatch(t -> t.asText().equals("Egress")))
                .singleElement().satisfies(p -> assertThat(stream(p.path("spec").path("egress"))).as("egress rules").isEmpty());
    }

    /**
     * The one file of hosts is the truth: every address rendered from it says the same, and rendering a copy of
     * the overlay with other hosts leaves none of the old ones anywhere.
     */
    @Test
    void theHostsCorsOriginsIssuerAndRedirectUrisAllComeFromTheOneHostsFile(@TempDir Path copy) throws IOException {
        Map<String, String> hosts = hosts(Repo.read(HOSTS));
        assertPublicAddressesAgreeWith(production, hosts);

        copyTree(Repo.K8S, copy);
        Map<String, String> other = new LinkedHashMap<>();
        hosts.forEach((k, v) -> other.put(k, k + ".agency.test"));
        String text = Repo.read(HOSTS);
        for (var e : hosts.entrySet()) text = text.replace(": " + e.getValue(), ": " + other.get(e.getKey()));
        Files.writeString(copy.resolve("overlays/production/hosts.yaml"), text);
        String rendered = Kustomize.render(copy.resolve("overlays/production"));
        hosts.values().forEach(old -> assertThat(rendered).as("the old host " + old + " after changing hosts.yaml").doesNotContain(old));
        assertPublicAddressesAgreeWith(new Manifests("production with other hosts", Kustomize.parse(rendered)), other);
    }

    private static void assertPublicAddressesAgreeWith(Manifests m, Map<String, String> hosts) {
        String portal = "https://" + hosts.get("portal");
        String keycloak = "https://" + hosts.get("keycloak");
        assertThat(m.find("ConfigMap", "setu-public-hosts")).as("hosts.yaml is local to kustomize, never applied").isEmpty();
        ServiceConfigs.all().forEach(s -> assertThat(m.get("ConfigMap", s.name() + "-config").path("data").path("SETU_CORS_ORIGINS").asText())
                .as(s.name() + "'s CORS origins").isEqualTo(portal));
        JsonNode client = stream(m.list("KeycloakRealmImport").get(0).path("spec").path("realm").path("clients"))
                .filter(c -> c.path("clientId").asText().equals("setu-portal")).findFirst().orElseThrow();
        assertThat(stream(client.path("redirectUris")).map(JsonNode::asText)).containsExactly(portal + "/*");
        assertThat(stream(client.path("webOrigins")).map(JsonNode::asText)).containsExactly(portal);
        assertThat(client.path("attributes").path("post.logout.redirect.uris").asText()).isEqualTo(portal + "/*");
        assertThat(m.get("Keycloak", "setu-keycloak").path("spec").path("hostname").path("hostname").asText())
                .as("the token issuer").isEqualTo(keycloak);
        JsonNode portalConfig = m.get("ConfigMap", "setu-portal-config").path("data");
        assertThat(portalConfig.path("SETU_PORTAL_KEYCLOAK_URL").asText()).isEqualTo(keycloak);
        Map<String, String> routeHosts = new LinkedHashMap<>();
        m.all("HTTPRoute").filter(r -> r.path("spec").has("hostnames"))
                .forEach(r -> routeHosts.put(name(r), r.path("spec").path("hostnames").path(0).asText()));
        assertThat(routeHosts).containsEntry("setu-portal", hosts.get("portal")).containsEntry("setu-keycloak", hosts.get("keycloak"));
        Map<String, String> keyOf = Map.of("screening-service", "screening", "referral-service", "referral",
                "provider-directory-service", "directory", "notification-service", "notification",
                "statistics-service", "statistics");
        Properties portalDefaults = portalDefaults();
        ServiceConfigs.all().forEach(s -> {
            String key = keyOf.get(s.name());
            assertThat(key).as("the key of " + s.name() + " in hosts.yaml (add it to keyOf)").isNotNull();
            assertThat(routeHosts.get(s.name())).as(s.name() + "'s host").isEqualTo(hosts.get(key));
            // the portal is told the address of each API it calls (setu.portal.<key>-url), and of no other
            JsonNode address = portalConfig.path("SETU_PORTAL_" + key.toUpperCase(java.util.Locale.ROOT) + "_URL");
            if (portalDefaults.containsKey("setu.portal." + key + "-url")) {
                assertThat(address.asText()).as("the portal's address of " + s.name()).isEqualTo("https://" + hosts.get(key));
            } else {
                assertThat(address.isMissingNode()).as("an address of " + s.name() + ", which the portal does not read").isTrue();
            }
        });
        assertThat(stream(m.get("Certificate", "setu-edge").path("spec").path("dnsNames")).map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(hosts.values());
    }

    /** The portal's application.properties: which APIs it calls. */
    private static Properties portalDefaults() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Repo.read(Repo.ROOT.resolve("portal/src/main/resources/application.properties"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Map<String, String> hosts(String yaml) {
        JsonNode data = Kustomize.parse(yaml).get(0).path("data");
        Map<String, String> hosts = new LinkedHashMap<>();
        data.fields().forEachRemaining(e -> hosts.put(e.getKey(), e.getValue().asText()));
        assertThat(hosts).containsKeys("portal", "keycloak", "screening", "referral", "directory", "notification", "statistics");
        return hosts;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    private Stream<JsonNode> httpsRoutes() {
        return production.all("HTTPRoute").filter(r -> attachesTo(r, "https"));
    }

    private static boolean attachesTo(JsonNode route, String listener) {
        return stream(route.path("spec").path("parentRefs")).anyMatch(p -> p.path("name").asText().equals("setu-edge")
                && p.path("sectionName").asText().equals(listener));
    }

    private static Stream<JsonNode> rules(JsonNode route) {
        return stream(route.path("spec").path("rules"));
    }

    private static JsonNode listener(JsonNode gateway, String name) {
        return stream(gateway.path("spec").path("listeners")).filter(l -> l.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the Gateway has no listener " + name));
    }

    private static boolean targets(JsonNode policy, String kind, String name) {
        return stream(policy.path("spec").path("targetRefs"))
                .anyMatch(t -> t.path("kind").asText().equals(kind) && t.path("name").asText().equals(name));
    }

    private static boolean isEdgeNamespace(JsonNode peer) {
        return EDGE_NAMESPACE.equals(peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText())
                && peer.path("podSelector").isMissingNode();
    }
}
