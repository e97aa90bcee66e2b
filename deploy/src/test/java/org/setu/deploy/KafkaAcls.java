package org.setu.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.setu.deploy.Manifests.stream;

/** Reads a Strimzi KafkaUser's simple-authorization rules the way Kafka's authorizer applies them. */
final class KafkaAcls {

    private KafkaAcls() {
    }

    static List<JsonNode> rules(JsonNode user) {
        return stream(user.path("spec").path("authorization").path("acls")).toList();
    }

    static Set<String> operations(JsonNode rule) {
        Set<String> ops = new TreeSet<>();
        if (rule.hasNonNull("operation")) ops.add(rule.path("operation").asText());
        stream(rule.path("operations")).forEach(o -> ops.add(o.asText()));
        return ops;
    }

    /** True when an allow rule grants the operation on the resource and no deny rule takes it away. */
    static boolean allows(JsonNode user, String type, String resource, String operation) {
        boolean allowed = false;
        for (JsonNode rule : rules(user)) {
            JsonNode r = rule.path("resource");
            if (!type.equals(r.path("type").asText()) || !matches(r, resource)) continue;
            Set<String> ops = operations(rule);
            if (!ops.contains(operation) && !ops.contains("All")) continue;
            if ("deny".equals(rule.path("type").asText("allow"))) return false;
            allowed = true;
        }
        return allowed;
    }

    private static boolean matches(JsonNode resource, String name) {
        String pattern = resource.path("name").asText();
        if ("*".equals(pattern)) return true;
        return "prefix".equals(resource.path("patternType").asText("literal")) ? name.startsWith(pattern) : name.equals(pattern);
    }
}
