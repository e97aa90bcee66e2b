package org.setu.referral.api;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.domain.HistoryEntry;
import org.setu.referral.domain.Referral;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A referral as the API shows it (docs/referral.md). */
public record ReferralView(UUID id, UUID caseId, String caseRef, ServiceCategory category, UUID serviceId,
                           UUID organizationId, UUID referringAgencyId, ReferralStatus status, Urgency urgency,
                           OffsetDateTime dueAt, int attempt, long version, List<String> explanation,
                           List<String> explanationCodes, OffsetDateTime createdAt, List<Step> history) {

    public record Step(ReferralStatus status, OffsetDateTime at, String actor, String reason, String note,
                       UUID serviceId, int attempt) {
        static Step of(HistoryEntry h) {
            return new Step(h.status(), time(h.at()), h.actor(), h.reason(), h.note(), h.serviceId(), h.attempt());
        }
    }

    public static ReferralView of(Referral r, ReaderLanguage words) {
        return new ReferralView(r.id(), r.caseId(), r.caseRef(), r.category(), r.serviceId(), r.organizationId(),
                r.referringAgencyId(), r.status(), r.urgency(), time(r.dueAt()), r.attempt(), r.version(),
                words.lines(r.explanation()), codes(r.explanation()), time(r.createdAt()), r.history().stream().map(Step::of).toList());
    }

    /** The message code of each sentence, for a partner that shows its own words. */
    static List<String> codes(List<Reason> explanation) {
        return explanation.stream().map(Reason::code).toList();
    }

    static OffsetDateTime time(java.time.Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
