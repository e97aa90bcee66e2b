package org.setu.directory.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.setu.kit.api.InvalidRequestException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any HSDS 3.x document, flattened into its organizations, locations and services with the links between them:
 * a page of the HSDS API ({@code contents}), an array, or one record; each record an organization (with its
 * {@code locations} and {@code services}), a service (with its {@code organization}, {@code service_at_locations}),
 * a location or a service at location, nested as the compiled schemas nest them. A record that appears more than
 * once (the Open Referral examples repeat a location inside the organization and the service at location) is read
 * once. What is not an object, array, string or number where HSDS has one is a 400 naming the field.
 */
final class HsdsDocument {

    record Org(String sourceId, String path, JsonNode node) {
    }

    static final class Loc {
        final String sourceId;
        final String path;
        final JsonNode node;
        String organization;

        Loc(String sourceId, String path, JsonNode node, String organization) {
            this.sourceId = sourceId;
            this.path = path;
            this.node = node;
            this.organization = organization;
        }
    }

    static final class Svc {
        final String sourceId;
        final String path;
        final JsonNode node;
        String organization;
        final Set<String> locations = new LinkedHashSet<>();
        final List<JsonNode> siteContacts = new ArrayList<>();

        Svc(String sourceId, String path, JsonNode node, String organization) {
            this.sourceId = sourceId;
            this.path = path;
            this.node = node;
            this.organization = organization;
        }
    }

    final Map<String, Org> organizations = new LinkedHashMap<>();
    final Map<String, Loc> locations = new LinkedHashMap<>();
    final Map<String, Svc> services = new LinkedHashMap<>();
    private final int maxRecords;
    private int seen;

    private HsdsDocument(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    static HsdsDocument read(JsonNode root, int maxRecords) {
        HsdsDocument d = new HsdsDocument(maxRecords);
        if (root == null || root.isNull()) throw new InvalidRequestException("body", "must be an HSDS document");
        if (root.isObject() && root.has("contents")) {
            JsonNode contents = root.get("contents");
            if (!contents.isArray()) throw new InvalidRequestException("contents", "must be an array of HSDS records");
            for (int i = 0; i < contents.size(); i++) d.record(contents.get(i), "contents[" + i + "]");
        } else if (root.isArray()) {
            // an empty page of the HSDS API is a page; an empty array is nothing to import
            if (root.isEmpty()) throw new InvalidRequestException("body", "must hold at least one HSDS record");
            for (int i = 0; i < root.size(); i++) d.record(root.get(i), "[" + i + "]");
        } else if (root.isObject()) {
            d.record(root, "$");
        } else {
            throw new InvalidRequestException("body", "must be an HSDS document: an object, an array of records or a page with contents");
        }
        return d;
    }

    private void record(JsonNode n, String path) {
        if (!n.isObject()) throw new InvalidRequestException(path, "must be an HSDS record (an object)");
        if (n.has("service") || (n.has("service_id") && n.has("location_id") && !n.has("name"))) serviceAtLocation(n, path, null);
        else if (n.has("location_type")) location(n, path, null);
        else if (n.has("status") || n.has("service_areas") || n.has("service_at_locations") || n.has("organization") || n.has("organization_id")) {
            service(n, path, null);
        } else if (n.has("name")) organization(n, path);
        else if (path.equals("$")) {
            throw new InvalidRequestException("contents", "is required: send a page of HSDS records (contents), an array of records, "
                    + "or one HSDS organization, service, location or service_at_location");
        } else throw new InvalidRequestException(path, "must be an HSDS organization, service, location or service_at_location");
    }

    private String organization(JsonNode n, String path) {
        String id = text(n, "id", path);
        String key = key(id, path);
        if (!organizations.containsKey(key)) {
            count(path);
            organizations.put(key, new Org(id, path, n));
        }
        List<JsonNode> locs = array(n, "locations", path);
        for (int i = 0; i < locs.size(); i++) location(object(locs.get(i), path + ".locations[" + i + "]"), path + ".locations[" + i + "]", key);
        List<JsonNode> svcs = array(n, "services", path);
        for (int i = 0; i < svcs.size(); i++) service(object(svcs.get(i), path + ".services[" + i + "]"), path + ".services[" + i + "]", key);
        return key;
    }

    private String location(JsonNode n, String path, String organizationHint) {
        String id = text(n, "id", path);
        String key = key(id, path);
        String org = text(n, "organization_id", path);
        if (org == null) org = organizationHint;
        Loc existing = locations.get(key);
        if (existing == null) {
            count(path);
            locations.put(key, new Loc(id, path, n, org));
        } else if (existing.organization == null) {
            existing.organization = org;
        }
        return key;
    }

    private String service(JsonNode n, String path, String organizationHint) {
        String id = text(n, "id", path);
        String key = key(id, path);
        JsonNode orgNode = object(n.get("organization"), path + ".organization");
        String org = orgNode != null ? organization(orgNode, path + ".organization") : text(n, "organization_id", path);
        if (org == null) org = organizationHint;
        Svc s = services.get(key);
        if (s == null) {
            count(path);
            s = new Svc(id, path, n, org);
            services.put(key, s);
        } else if (s.organization == null) {
            s.organization = org;
        }
        List<JsonNode> sals = array(n, "service_at_locations", path);
        for (int i = 0; i < sals.size(); i++) {
            String at = path + ".service_at_locations[" + i + "]";
            JsonNode sal = object(sals.get(i), at);
            link(s, sal, at);
        }
        return key;
    }

    private void serviceAtLocation(JsonNode n, String path, String organizationHint) {
        JsonNode svc = object(n.get("service"), path + ".service");
        String service = svc != null ? service(svc, path + ".service", organizationHint) : text(n, "service_id", path);
        Svc s = service == null ? null : services.get(service);
        if (s != null) link(s, n, path);   // a service at location of a service elsewhere: nothing here to attach it to
    }

    private void link(Svc s, JsonNode sal, String path) {
        JsonNode loc = object(sal.get("location"), path + ".location");
        String location = loc != null ? location(loc, path + ".location", s.organization) : text(sal, "location_id", path);
        if (location != null) s.locations.add(location);
        List<JsonNode> contacts = array(sal, "contacts", path);
        for (int i = 0; i < contacts.size(); i++) s.siteContacts.add(object(contacts.get(i), path + ".contacts[" + i + "]"));
    }

    private void count(String path) {
        if (++seen > maxRecords) throw new InvalidRequestException(path, "is beyond the " + maxRecords + " records one import may hold");
    }

    /** A record without an id is still reported, under its place in the document. */
    private static String key(String id, String path) {
        return id != null ? id : "@" + path;
    }

    // ---- typed reads: HSDS's types, or a 400 naming the field

    static String text(JsonNode n, String field, String path) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new InvalidRequestException(path + "." + field, "must be a string");
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static Double number(JsonNode n, String field, String path) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber()) throw new InvalidRequestException(path + "." + field, "must be a number");
        return v.asDouble();
    }

    static List<JsonNode> array(JsonNode n, String field, String path) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new InvalidRequestException(path + "." + field, "must be an array");
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    static JsonNode object(JsonNode v, String path) {
        if (v == null || v.isNull()) return null;
        if (!v.isObject()) throw new InvalidRequestException(path, "must be an object");
        return v;
    }

    /** The objects of an array field, each checked. */
    static List<JsonNode> objects(JsonNode n, String field, String path) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> items = array(n, field, path);
        for (int i = 0; i < items.size(); i++) out.add(object(items.get(i), path + "." + field + "[" + i + "]"));
        return out;
    }
}
