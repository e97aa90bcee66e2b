package org.setu.notification.app;

import io.quarkus.qute.TemplateData;

/**
 * What a template may show, already in the reader's language: what happened, the case reference, the service
 * category, the urgency, the deadline and a link; for a follow-up reminder, the case reference, the plan's day, whether
 * it is overdue, and a link to the portal; for a planned return, the port, when, the category, what to do next and
 * the reference where its reader may have it; for a hand-over, what happened, what to do next, a decline's reason in
 * words and the reference where its reader may have it. Nothing else exists here, so no template can leak more.
 */
@TemplateData
public record NoticeView(boolean ping, String headline, String caseRef, String category, String urgency,
                         String deadline, String link, boolean overdue, String dueOn, String port, String when,
                         String advice, String reason) {

    /** A referral's notice, or a ping's (whose texts are empty). */
    static NoticeView referral(boolean ping, String headline, String caseRef, String category, String urgency,
                               String deadline, String link) {
        return new NoticeView(ping, headline, caseRef, category, urgency, deadline, link, false, "", "", "", "", "");
    }

    /** A follow-up reminder's notice: the case reference, the day and a link to the portal, nothing about a referral. */
    static NoticeView reminder(String caseRef, boolean overdue, String dueOn, String link) {
        return new NoticeView(false, "", caseRef, "", "", "", link, overdue, dueOn, "", "", "", "");
    }

    /**
     * A planned return's notice: the port's name, when (the window, or the day of the arrival), the category a held
     * referral needs, what to do next and a link to the portal; the case reference only where its reader may have it
     * (empty otherwise). No name, no transport reference: they are not in the delivery to begin with.
     */
    static NoticeView arrival(String headline, String caseRef, String category, String port, String when, String advice,
                              String link) {
        return new NoticeView(false, headline, caseRef, category, "", "", link, false, "", port, when, advice, "");
    }

    /**
     * A hand-over's notice: what happened, what to do next, why it was declined (empty otherwise) and a link to the
     * portal; the case reference only where its reader may have it (empty otherwise). No name, no agency's name.
     */
    static NoticeView handOver(String headline, String caseRef, String reason, String advice, String link) {
        return new NoticeView(false, headline, caseRef, "", "", "", link, false, "", "", "", advice, reason);
    }
}
