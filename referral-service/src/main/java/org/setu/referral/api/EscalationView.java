package org.setu.referral.api;

import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.domain.Escalation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An escalated referral as the coordinators' list shows it: when it was escalated, and the district the person is
 * in (their home district when the current one is unknown), so that a coordinator can look for a service there.
 */
public record EscalationView(UUID id, UUID caseId, String caseRef, ServiceCategory category, Urgency urgency,
                             UUID referringAgencyId, int attempt, long version, OffsetDateTime escalatedAt,
                             String districtId, List<String> explanation, List<String> explanationCodes) {

    static EscalationView of(Escalation e, ReaderLanguage words) {
        var r = e.referral();
        return new EscalationView(r.id(), r.caseId(), r.caseRef(), r.category(), r.urgency(), r.referringAgencyId(),
                r.attempt(), r.version(), ReferralView.time(r.escalatedAt()), e.districtId(), words.lines(r.explanation()),
                ReferralView.codes(r.explanation()));
    }
}
