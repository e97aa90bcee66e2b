package org.setu.notification.app;

import io.quarkus.qute.TemplateData;

/**
 * What a template may show, already in the reader's language: what happened, the case reference, the service
 * category, the urgency, the deadline and a link. Nothing else exists here, so no template can leak more.
 */
@TemplateData
public record NoticeView(boolean ping, String headline, String caseRef, String category, String urgency,
                         String deadline, String link) {
}
