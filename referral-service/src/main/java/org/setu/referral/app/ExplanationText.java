package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.setu.events.text.Reason;
import org.setu.kit.api.Languages;
import org.setu.events.text.MessageBundle;
import org.setu.kit.api.ReasonText;

import java.util.List;
import java.util.Set;

/**
 * Referral explanations and match reasons in English or Bangla, from {@code explain/messages_<lang>.properties}: the
 * language the reader asked for with {@code Accept-Language}, English otherwise.
 */
@ApplicationScoped
public class ExplanationText {

    private final ReasonText text = new ReasonText(MessageBundle.load("explain/messages"));

    /** The language to answer in: Bangla when the header prefers it to English, else English. */
    public static String language(String acceptLanguage) {
        return Languages.preferred(acceptLanguage);
    }

    public List<String> render(List<Reason> reasons, String language) {
        return text.render(reasons, language);
    }

    public String render(Reason r, String language) {
        return text.render(r, language);
    }

    public Set<String> missing(List<Reason> reasons, String language) {
        return text.missing(reasons, language);
    }

    public MessageBundle bundle() {
        return text.bundle();
    }
}
