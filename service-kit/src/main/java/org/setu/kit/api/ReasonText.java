package org.setu.kit.api;

import org.setu.events.text.MessageBundle;
import org.setu.events.text.Reason;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders {@link Reason}s from one {@link MessageBundle} in the reader's language: values as they are (plain numbers
 * in Bangla digits in Bangla), terms from the bundle, labels in their own language, nested reasons and joined lists
 * in place. Both the screening's trace and the referral's explanations are written this one way.
 */
public final class ReasonText {

    private final MessageBundle bundle;

    public ReasonText(MessageBundle bundle) {
        this.bundle = bundle;
    }

    public List<String> render(List<Reason> reasons, String language) {
        return reasons.stream().map(r -> render(r, language)).toList();
    }

    public String render(Reason r, String language) {
        return bundle.format(r.code(), language, r.args().size(), i -> arg(r.args().get(i), language));
    }

    /** The codes, words and joiners these reasons use that the language's bundle lacks: none, if the bundle is whole. */
    public Set<String> missing(List<Reason> reasons, String language) {
        Set<String> absent = new TreeSet<>();
        reasons.forEach(r -> collectMissing(r, language, absent));
        return absent;
    }

    public MessageBundle bundle() {
        return bundle;
    }

    private void collectMissing(Reason r, String language, Set<String> absent) {
        if (!bundle.has(r.code(), language)) absent.add(r.code());
        r.args().forEach(a -> collectMissing(a, language, absent));
    }

    private void collectMissing(Reason.Arg a, String language, Set<String> absent) {
        if (a instanceof Reason.Term t && !bundle.has(t.key(), language)) absent.add(t.key());
        if (a instanceof Reason.Nested n) collectMissing(n.reason(), language, absent);
        if (a instanceof Reason.Joined j) {
            if (!bundle.has(j.joiner(), language)) absent.add(j.joiner());
            j.items().forEach(x -> collectMissing(x, language, absent));
        }
    }

    /** A word the bundle does not know (a language code nobody listed) shows as its code: {@code language.sat} → sat. */
    private String word(String key, String language) {
        return bundle.has(key, "en") || bundle.has(key, language) ? bundle.text(key, language) : key.substring(key.indexOf('.') + 1);
    }

    private String arg(Reason.Arg a, String language) {
        if (a instanceof Reason.Value v) return MessageBundle.digits(v.value(), language);
        if (a instanceof Reason.Term t) return word(t.key(), language);
        if (a instanceof Reason.Label l) return "bn".equals(language) && l.bn() != null ? l.bn() : l.en();
        if (a instanceof Reason.Nested n) return render(n.reason(), language);
        Reason.Joined j = (Reason.Joined) a;
        return String.join(bundle.text(j.joiner(), language), j.items().stream().map(x -> arg(x, language)).toList());
    }
}
