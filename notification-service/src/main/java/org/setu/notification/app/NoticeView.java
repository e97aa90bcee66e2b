package org.setu.notification.app;

import io.quarkus.qute.TemplateData;

/**
 * What a template may show, already in the reader's language: what happened, the case reference, the service
 * category, the urgency, the deadline and a link; for a follow-up reminder, the case reference, the plan's day, whether
 * it is overdue, and a link to the portal. Nothing else exists here, so no template can leak more.
 */
@TemplateData
public record NoticeView(boolean ping, String headline, String caseRef, String category, String urgency,
                         String deadline, String link, boolean overdue, String dueOn) {

    /** A referral's notice, or a ping's (whose texts are empty). */
    static NoticeView referral(boolean ping, String headline, String caseRef, String category, String urgency,
                               String deadline, String link) {
        return new NoticeView(ping, headline, caseRef, category, urgency, deadline, link, false, "");
    }

    /** A follow-up reminder's notice: the case reference, the day and a link to the portal, nothing about a referral. */
    static NoticeView reminder(String caseRef, boolean overdue, String dueOn, String link) {
        return new NoticeView(false, "", caseRef, "", "", "", link, overdue, dueOn);
    }
}
