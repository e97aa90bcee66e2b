package org.setu.events.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reasons as JSON-ready maps and lists, the form a service stores them in (sealed with a screening's answers, or in a
 * referral's {@code explanation} column): {@code {"code": "explain.needs", "args": [{"value": "9"},
 * {"term": "category.SHELTER"}, {"label": {"en": …, "bn": …}}, {"reason": {...}}, {"join": "join.comma", "items": [...]}]}}.
 * A sentence stored before reasons had codes is a plain English string; it is read back as the code {@code legacy},
 * whose message in every bundle is the sentence itself.
 */
public final class ReasonMaps {

    public static final String LEGACY = "legacy";

    private ReasonMaps() {
    }

    public static List<Object> encode(List<Reason> reasons) {
        return reasons.stream().map(r -> (Object) encode(r)).toList();
    }

    public static Map<String, Object> encode(Reason r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("args", r.args().stream().map(ReasonMaps::encode).toList());
        return m;
    }

    private static Map<String, Object> encode(Reason.Arg a) {
        if (a instanceof Reason.Value v) return Map.of("value", v.value());
        if (a instanceof Reason.Term t) return Map.of("term", t.key());
        if (a instanceof Reason.Label l) return Map.of("label", label(l));
        if (a instanceof Reason.Nested n) return Map.of("reason", encode(n.reason()));
        Reason.Joined j = (Reason.Joined) a;
        return Map.of("join", j.joiner(), "items", j.items().stream().map(ReasonMaps::encode).toList());
    }

    private static Map<String, String> label(Reason.Label l) {
        Map<String, String> m = new LinkedHashMap<>();
        if (l.en() != null) m.put("en", l.en());
        if (l.bn() != null) m.put("bn", l.bn());
        return m;
    }

    public static List<Reason> decode(List<?> stored) {
        if (stored == null) return List.of();
        List<Reason> out = new ArrayList<>();
        for (Object o : stored) out.add(o instanceof Map<?, ?> m ? reason(m) : Reason.of(LEGACY, Reason.value(o)));
        return out;
    }

    private static Reason reason(Map<?, ?> m) {
        List<Reason.Arg> args = new ArrayList<>();
        if (m.get("args") instanceof List<?> list) for (Object a : list) args.add(arg((Map<?, ?>) a));
        return new Reason(String.valueOf(m.get("code")), args);
    }

    private static Reason.Arg arg(Map<?, ?> a) {
        if (a.containsKey("value")) return new Reason.Value(String.valueOf(a.get("value")));
        if (a.containsKey("term")) return new Reason.Term(String.valueOf(a.get("term")));
        if (a.get("label") instanceof Map<?, ?> l) return new Reason.Label((String) l.get("en"), (String) l.get("bn"));
        if (a.get("reason") instanceof Map<?, ?> r) return new Reason.Nested(reason(r));
        List<Reason.Arg> items = new ArrayList<>();
        if (a.get("items") instanceof List<?> list) for (Object i : list) items.add(arg((Map<?, ?>) i));
        return new Reason.Joined(String.valueOf(a.get("join")), items);
    }
}
