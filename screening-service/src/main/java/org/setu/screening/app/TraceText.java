package org.setu.screening.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.setu.events.text.Reason;
import org.setu.kit.api.Languages;
import org.setu.events.text.MessageBundle;
import org.setu.kit.api.ReasonText;

import java.util.List;
import java.util.Set;

/**
 * Renders the trace's reasons in English or Bangla from {@code trace/messages_<lang>.properties}: the language the
 * reader asked for with {@code Accept-Language}, English otherwise. In Bangla, numbers are written in Bangla digits.
 */
@ApplicationScoped
public class TraceText {

    private final ReasonText text = new ReasonText(MessageBundle.load("trace/messages"));

    /** The language to answer in: Bangla when the header prefers it to English, else English. */
    public static String language(String acceptLanguage) {
        return Languages.preferred(acceptLanguage);
    }

    /** Each step as a sentence; in English, begun with a capital, as a step of the trace stands alone. */
    public List<String> render(List<Reason> trace, String language) {
        return trace.stream().map(r -> capitalised(text.render(r, language), language)).toList();
    }

    /** One word of the vocabulary ({@code element.EXPLOITATION}, {@code aspect.urgency}) in the language. */
    public String word(String key, String language) {
        return text.bundle().text(key, language);
    }

    /** The message codes, words and joiners of the trace that the language's bundle lacks: none, if the bundles are whole. */
    public Set<String> missing(List<Reason> trace, String language) {
        return text.missing(trace, language);
    }

    private static String capitalised(String s, String language) {
        return s.isEmpty() || !"en".equals(language) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
