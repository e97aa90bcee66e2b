package org.setu.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Malformed requests, generated from a seeded {@link Random} so that a run repeats exactly. Every request the
 * generator makes is wrong in at least one way that the API must refuse (a field of the wrong type, a missing
 * one, a value outside its rule, broken JSON, a wrong content type, a body too large, an unknown id): a
 * well-formed request would be allowed to change data, and the run checks that nothing changed.
 */
final class BadInputs {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static final String ONE_MB = "x".repeat(1024 * 1024);
    /** More than the services' 10 MiB body limit. */
    static final int OVERSIZED = 10 * 1024 * 1024 + 64 * 1024;

    static final List<String> INJECTIONS = List.of("'; DROP TABLE x;--", "\" OR 1=1 --", "<script>alert(1)</script>",
            "{{7*7}}", "${7*7}", "{#if}", "#{7*7}", "<%= 7*7 %>", "../../etc/passwd", "%00", "\\u0000", "${jndi:ldap://x/a}",
            "1; SELECT pg_sleep(0)", "') OR ('1'='1");
    static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u0007", "\u001b[31m", "\r\nX-Injected: 1", "\u007f");

    /** What a field holds, and so which wrong values it must refuse. */
    enum Type { ENUM, UUID, INT, TEXT, PATTERN, DATE, BOOL, LIST_ENUM, LIST_PATTERN, OBJECT, MAP }

    /** A field of a body: its JSON path (dots), type, whether it is required, and bounds (size or min/max). */
    record Field(String path, Type type, boolean required, long min, long max) {
        static Field of(String path, Type type, boolean required) {
            return new Field(path, type, required, 0, 0);
        }

        static Field text(String path, boolean required, int max) {
            return new Field(path, Type.TEXT, required, 0, max);
        }

        static Field number(String path, boolean required, long min, long max) {
            return new Field(path, Type.INT, required, min, max);
        }

        static Field list(String path, Type type, boolean required, int maxSize) {
            return new Field(path, type, required, 0, maxSize);
        }
    }

    /** A query parameter, as typed as the API reads it. */
    record Param(String name, Type type, long min, long max) {
        static Param of(String name, Type type) {
            return new Param(name, type, 0, 0);
        }

        static Param number(String name, long min, long max) {
            return new Param(name, Type.INT, min, max);
        }
    }

    /** One endpoint that takes input, and how to make its bad requests. */
    record Endpoint(String name, String base, String method, String path, String user, List<Param> params,
                    Supplier<String> validBody, List<Field> fields, boolean idempotencyKey, boolean ifMatch,
                    boolean pathId) {

        String label() {
            return method + " " + name;
        }
    }

    private BadInputs() {
    }

    // --- requests ------------------------------------------------------------------------------------------------

    /** The {@code n}-th bad request for the endpoint. */
    static Http.Call request(Endpoint e, Random r, int n) {
        String path = e.path();
        boolean hasBody = e.validBody() != null;
        // which kind of wrong: fixed ones first (the big bodies once each), then drawn at random
        int kind;
        if (n == 0 && hasBody) kind = 100;            // oversized body
        else if (n < 3 && hasBody) kind = 101;        // a 1 MB string
        else if (n < 2 && !e.params().isEmpty()) kind = 102;   // a 1 MB query value
        else {
            List<Integer> options = new ArrayList<>();
            if (e.pathId()) options.add(0);
            if (!e.params().isEmpty()) { options.add(1); options.add(1); options.add(1); }
            if (hasBody) { options.add(2); options.add(2); options.add(2); options.add(3); options.add(4); }
            if (e.ifMatch()) options.add(5);
            kind = options.get(r.nextInt(options.size()));
        }
        String url = e.base() + path;
        Map<String, String> query = new LinkedHashMap<>();
        byte[] body = null;
        String contentType = hasBody ? "application/json" : null;
        Map<String, String> headers = new LinkedHashMap<>();
        switch (kind) {
            case 0 -> url = e.base() + replaceId(path, junkId(r));
            case 1 -> query = badQuery(e, r);
            case 102 -> query.put(e.params().get(r.nextInt(e.params().size())).name(), ONE_MB);
            case 2 -> body = bytes(fieldDefect(e, r));
            case 3 -> body = syntaxDefect(e, r);
            case 4 -> {
                body = bytes(fieldDefect(e, r));
                contentType = pick(r, List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/octet-stream", "text/html; charset=utf-8",
                        "application/json-patch+json", "image/png"));
            }
            case 5 -> {
                // a stale or malformed version: never the current one, so nothing may move
                headers.put("If-Match", pick(r, List.of("abc", "\"x\"", "W/\"abc\"", "\"-1\"", "\"987654\"", "1.5",
                        "99999999999999999999", "\"\"\"", "*", "\"" + INJECTIONS.get(r.nextInt(INJECTIONS.size())) + "\"")));
                body = bytes(fieldDefect(e, r));
            }
            case 100 -> body = oversized(e);
            case 101 -> {
                ObjectNode broken = fieldDefect(e, r);
                set(broken, textField(e, r), F.textNode(ONE_MB));
                body = bytes(broken);
            }
            default -> throw new IllegalStateException();
        }
        if (e.ifMatch() && !headers.containsKey("If-Match")) headers.put("If-Match", "\"987654\"");
        if (e.idempotencyKey() && r.nextInt(5) == 0) {
            headers.put("Idempotency-Key", pick(r, List.of("", " ", "k".repeat(256 + r.nextInt(2000)),
                    UUID.randomUUID().toString())));
        }
        if (!query.isEmpty()) url = url + "?" + encode(query, r);
        Http.Call c = Http.call(e.method(), url).token(Tokens.of(e.user()));
        headers.forEach(c::header);
        if (body != null) c.body(contentType, body);
        else if (hasBody) c.body(contentType, new byte[0]);
        return c;
    }

    // --- ids ---------------------------------------------------------------------------------------------------

    static String junkId(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> UUID.randomUUID().toString();      // well-formed, but nobody's
            case 1 -> pick(r, INJECTIONS);
            case 2 -> pick(r, List.of("0", "-1", "99999999999999999999", "1.5", "null", "undefined", "true", "abc",
                    "ক-খ-গ", "00000000-0000-0000-0000-00000000000g", "{}", "[]"));
            case 3 -> randomText(r, 1 + r.nextInt(300));
            case 4 -> UUID.randomUUID().toString().replace("-", "");
            default -> UUID.randomUUID() + pick(r, List.of("x", " ", ";", "'", "%"));
        };
    }

    static String replaceId(String path, String junk) {
        return path.replaceFirst("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", segment(junk));
    }

    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // --- query -------------------------------------------------------------------------------------------------

    private static Map<String, String> badQuery(Endpoint e, Random r) {
        Map<String, String> q = new LinkedHashMap<>();
        for (Param p : e.params()) {
            if (r.nextInt(3) == 0) q.put(p.name(), goodParam(p));
        }
        Param broken = e.params().get(r.nextInt(e.params().size()));
        q.put(broken.name(), badParam(broken, r));
        if (r.nextInt(4) == 0) q.put("unexpected" + r.nextInt(9), pick(r, INJECTIONS));
        return q;
    }

    private static String goodParam(Param p) {
        return switch (p.type()) {
            case INT -> Long.toString(p.min());
            case BOOL -> "true";
            default -> "";
        };
    }

    private static String badParam(Param p, Random r) {
        return switch (p.type()) {
            case INT -> pick(r, List.of(Long.toString(p.min() - 1 - r.nextInt(1000)), Long.toString(p.max() + 1 + r.nextInt(1000)),
                    "99999999999999999999", "-99999999999999999999", "abc", "1e3", "1.5", "0x10", pick(r, INJECTIONS),
                    "NaN", "--1"));
            case BOOL -> pick(r, List.of("yes", "1", "no", "TRUEX", pick(r, INJECTIONS), "null"));
            case UUID -> pick(r, List.of("not-a-uuid", "123", pick(r, INJECTIONS), UUID.randomUUID() + "0", "g" + UUID.randomUUID()));
            case ENUM -> pick(r, List.of("NOT_A_VALUE", "shelter_x", pick(r, INJECTIONS), "SHELTER,MEDICAL", "1", "ß",
                    randomText(r, 20)));
            case DATE -> pick(r, List.of("yesterday", "2026-13-45T00:00:00Z", "2026-01-01", "1700000000", pick(r, INJECTIONS),
                    "2026-01-01T25:00:00+06:00"));
            case PATTERN -> pick(r, List.of(pick(r, INJECTIONS), randomText(r, 30), "x".repeat((int) Math.max(p.max() + 1, 1)),
                    pick(r, CONTROL) + "x"));
            // free text (a search) takes any characters: only its length can be wrong
            case TEXT -> "q".repeat((int) p.max() + 1 + r.nextInt(500));
            default -> "??";
        };
    }

    private static String encode(Map<String, String> q, Random r) {
        StringBuilder b = new StringBuilder();
        q.forEach((k, v) -> {
            if (b.length() > 0) b.append('&');
            b.append(k).append('=');
            // now and then bytes that are not UTF-8 at all
            b.append(r.nextInt(12) == 0 ? "%FF%FE%C3%28" + segment(v) : segment(v));
        });
        return b.toString();
    }

    // --- bodies ------------------------------------------------------------------------------------------------

    /** The valid body with one field made wrong; now and then an extra field or injected text besides. */
    private static ObjectNode fieldDefect(Endpoint e, Random r) {
        ObjectNode body = parse(e.validBody().get());
        if (e.fields().isEmpty()) return body;
        Field f = e.fields().get(r.nextInt(e.fields().size()));
        breakField(body, f, r);
        if (r.nextInt(3) == 0) body.put("unexpected", pick(r, INJECTIONS));
        if (r.nextInt(3) == 0) {
            // valid but hostile text in another field: never inside the broken one (that would mend it)
            Field t = e.fields().stream().filter(x -> x.type() == Type.TEXT && !related(x.path(), f.path())).findAny().orElse(null);
            if (t != null) set(body, t.path(), F.textNode(pick(r, INJECTIONS)));
        }
        return body;
    }

    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    private static void breakField(ObjectNode body, Field f, Random r) {
        List<JsonNode> bad = new ArrayList<>();
        String inj = pick(r, INJECTIONS);
        switch (f.type()) {
            case ENUM -> bad.addAll(List.of(F.textNode("NOT_A_VALUE"), F.textNode(inj), F.textNode("SHELTER_X"), F.objectNode(),
                    F.arrayNode().add("X"), F.booleanNode(true), F.textNode(pick(r, CONTROL))));
            case UUID -> bad.addAll(List.of(F.textNode("not-a-uuid"), F.textNode(inj), F.numberNode(12345), F.objectNode(),
                    F.arrayNode(), F.textNode(UUID.randomUUID() + "x"), F.booleanNode(false)));
            case INT -> {
                bad.add(F.numberNode(f.min() - 1 - r.nextInt(100)));
                bad.add(F.numberNode(f.max() + 1 + r.nextInt(100)));
                bad.add(F.numberNode(new java.math.BigInteger("9".repeat(30))));
                bad.add(F.numberNode(-Long.MAX_VALUE));
                bad.add(F.textNode("abc"));
                bad.add(F.textNode(inj));
                bad.add(F.objectNode());
                bad.add(F.arrayNode().add(1));
            }
            case TEXT -> {
                bad.add(F.textNode("y".repeat((int) f.max() + 1 + r.nextInt(50))));
                bad.add(F.objectNode().put("en", inj));
                bad.add(F.arrayNode().add(inj));
                if (f.required()) bad.add(F.textNode("   "));
            }
            case PATTERN -> bad.addAll(List.of(F.textNode(inj), F.textNode(pick(r, CONTROL) + "1"), F.textNode("y".repeat(300)),
                    F.objectNode(), F.arrayNode().add("1")));
            // an empty array once passed as "no date" (the kit's StrictDates now refuses every non-string date)
            case DATE -> bad.addAll(List.of(F.textNode("2999-01-01"), F.textNode("1999-13-45"), F.textNode("yesterday"),
                    F.textNode(inj), F.objectNode(), F.arrayNode(), F.arrayNode().add(1999).add(4).add(2)));
            case BOOL -> bad.addAll(List.of(F.textNode("yes"), F.textNode(inj), F.objectNode(), F.arrayNode().add(true)));
            case LIST_ENUM -> {
                bad.add(F.arrayNode().add("NOT_A_VALUE"));
                bad.add(F.arrayNode().add(inj));
                bad.add(F.arrayNode().addNull());
                bad.add(F.textNode("SHELTER"));
                bad.add(F.objectNode());
                ArrayNode many = F.arrayNode();
                for (int i = 0; i < Math.max(f.max() + 1, 30); i++) many.add(i % 2 == 0 ? "NOT_A_VALUE" : inj);
                bad.add(many);
            }
            case LIST_PATTERN -> {
                bad.add(F.arrayNode().add(inj));
                bad.add(F.arrayNode().addNull());
                bad.add(F.textNode("bn"));
                bad.add(F.arrayNode().add(F.objectNode()));
                bad.add(F.arrayNode().add(pick(r, CONTROL)));
            }
            case OBJECT -> bad.addAll(List.of(F.textNode(inj), F.arrayNode(), F.numberNode(1), F.booleanNode(true)));
            case MAP -> bad.addAll(List.of(F.textNode(inj), F.arrayNode().add(1), F.numberNode(7)));
        }
        if (f.required()) {
            bad.add(null);            // missing
            bad.add(F.nullNode());    // explicitly null
        }
        JsonNode v = bad.get(r.nextInt(bad.size()));
        if (v == null) remove(body, f.path());
        else set(body, f.path(), v);
    }

    /** Broken JSON: cut short, bytes that are not UTF-8, raw control characters, or not an object at all. */
    private static byte[] syntaxDefect(Endpoint e, Random r) {
        byte[] valid = bytes(fieldDefect(e, r));
        return switch (r.nextInt(10)) {
            case 0 -> java.util.Arrays.copyOf(valid, Math.max(1, r.nextInt(valid.length)));
            case 1 -> insertIntoString(valid, new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, r);
            case 2 -> insertIntoString(valid, pick(r, CONTROL).getBytes(StandardCharsets.UTF_8), r);
            case 3 -> pick(r, List.of("", "null", "[]", "42", "\"text\"", "true", "{", "}", "{\"a\":}", "{'a':1}"))
                    .getBytes(StandardCharsets.UTF_8);
            case 4 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)).getBytes(StandardCharsets.UTF_8);
            case 6 -> concat(valid, "garbage".getBytes(StandardCharsets.UTF_8));
            case 7 -> new String(valid, StandardCharsets.UTF_8).replaceFirst("\"", "").getBytes(StandardCharsets.UTF_8);
            case 8 -> new String(valid, StandardCharsets.UTF_8).replace(":", "=").getBytes(StandardCharsets.UTF_8);
            default -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF}, valid);
        };
    }

    private static byte[] oversized(Endpoint e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(OVERSIZED + 1024);
        out.writeBytes("{\"padding\":\"".getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "z".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
        while (out.size() < OVERSIZED) out.writeBytes(chunk);
        out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String textField(Endpoint e, Random r) {
        List<Field> texts = e.fields().stream().filter(f -> f.type() == Type.TEXT || f.type() == Type.PATTERN).toList();
        return texts.isEmpty() ? "unexpected" : texts.get(r.nextInt(texts.size())).path();
    }

    // --- JSON helpers ------------------------------------------------------------------------------------------

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    private static void set(ObjectNode body, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(at.get(parts[i]) instanceof ObjectNode)) at.set(parts[i], F.objectNode());
            at = (ObjectNode) at.get(parts[i]);
        }
        at.set(parts[parts.length - 1], value);
    }

    private static void remove(ObjectNode body, String path) {
        String[] parts = path.split("\\.");
        JsonNode at = body;
        for (int i = 0; i < parts.length - 1 && at != null; i++) at = at.get(parts[i]);
        if (at instanceof ObjectNode o) o.remove(parts[parts.length - 1]);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] insertIntoString(byte[] json, byte[] insert, Random r) {
        // just after an opening quote of a value, so the bytes land inside a JSON string
        String s = new String(json, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(":\"");
        if (at < 0) return concat(json, insert);
        at += 2;
        return concat(concat(java.util.Arrays.copyOf(json, at), insert), java.util.Arrays.copyOfRange(json, at, json.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String randomText(Random r, int length) {
        StringBuilder b = new StringBuilder(length);
        String alphabet = "abcXYZ019 _-.,;:'\"<>{}[]()$#%&*/\\|~`!?@^+=অআইকখগ\u00e9\u4e2d";
        for (int i = 0; i < length; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }

    static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
