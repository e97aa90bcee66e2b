package org.setu.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses built-in Kubernetes objects into the fabric8 model, strictly: a field the API does not know (a typo,
 * a field at the wrong level) is an error here, where the API server would drop it silently or refuse the
 * object at apply time.
 * <p>
 * The fabric8 classes keep unknown fields in an {@code additionalProperties} map instead of failing, so
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} alone does not catch them; after parsing, every model object in the tree
 * is checked for an empty {@code additionalProperties}.
 */
final class StrictModel {

    /** apiVersion + kind of every built-in kind the manifests may use; another one fails until added here. */
    static final Map<String, Class<?>> KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictModel() {
    }

    /** API groups named like Kubernetes' own that are custom resources all the same (installed as CRDs). */
    static final java.util.Set<String> CRD_GROUPS = java.util.Set.of("gateway.networking.k8s.io");

    static boolean isBuiltIn(JsonNode o) {
        String group = Manifests.group(o);
        if (CRD_GROUPS.contains(group)) return false;
        return group.isEmpty() || !group.contains(".") || group.endsWith(".k8s.io");
    }

    static Optional<Class<?>> typeOf(JsonNode o) {
        return Optional.ofNullable(KINDS.get(Manifests.apiVersion(o) + "/" + Manifests.kind(o)));
    }

    /** The problems of one built-in object; empty when it parses and has no unknown field. */
    static List<String> problems(JsonNode o) {
        Optional<Class<?>> type = typeOf(o);
        if (type.isEmpty()) {
            return List.of(Manifests.apiVersion(o) + " " + Manifests.kind(o)
                    + " is not a kind the deploy tests know: add it to StrictModel.KINDS");
        }
        Object parsed;
        try {
            parsed = MAPPER.treeToValue(o, type.get());
        } catch (Exception e) {
            return List.of(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
        List<String> problems = new ArrayList<>();
        walk(parsed, "", problems, new IdentityHashMap<>());
        return problems;
    }

    private static void walk(Object value, String path, List<String> problems, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) return;
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) walk(item, path + "[" + i++ + "]", problems, seen);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        Class<?> type = value.getClass();
        if (!type.getName().startsWith("io.fabric8.kubernetes.api.model")) return;
        try {
            Method extra = type.getMethod("getAdditionalProperties");
            Map<?, ?> unknown = (Map<?, ?>) extra.invoke(value);
            if (unknown != null && !unknown.isEmpty()) {
                problems.add((path.isEmpty() ? "(top)" : path) + " has fields " + type.getSimpleName()
                        + " does not know: " + unknown.keySet());
            }
        } catch (NoSuchMethodException noExtras) {
            // a class without a catch-all map cannot hide an unknown field
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("additionalProperties")) continue;
                try {
                    f.setAccessible(true);
                    walk(f.get(value), path + "." + f.getName(), problems, seen);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + "." + f.getName(), e);
                }
            }
        }
    }
}
