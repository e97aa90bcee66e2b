package org.setu.referral;

import org.setu.events.text.Reason;
import org.setu.referral.app.ExplanationText;

import java.util.List;

/** Reasons as an English reader sees them, rendered by the service's own bundles, for tests that read them. */
public final class English {

    private static final ExplanationText TEXT = new ExplanationText();

    private English() {
    }

    public static String of(Reason r) {
        return TEXT.render(r, "en");
    }

    public static List<String> of(List<Reason> reasons) {
        return TEXT.render(reasons, "en");
    }

    /** All the sentences as one text, to look for a phrase in. */
    public static String joined(List<Reason> reasons) {
        return String.join(" ", of(reasons));
    }

    /** A sentence written as it is, like those stored before explanations were structured. */
    public static Reason said(String sentence) {
        return Reason.of("legacy", Reason.value(sentence));
    }
}
