package org.setu.referral.api;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.domain.HistoryEntry;
import org.setu.referral.domain.PlannedReturn;
import org.setu.referral.domain.Referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A referral as the API shows it (docs/referral.md). */
public record ReferralView(UUID id, UUID caseId, String caseRef, ServiceCategory category, UUID serviceId,
                           UUID organizationId, UUID referringAgencyId, ReferralStatus status, Urgency urgency,
                           OffsetDateTime dueAt, int attempt, long version, List<String> explanation,
                           List<String> explanationCodes, OffsetDateTime createdAt, List<Step> history,
                           Arrival arrival) {

    /**
     * Of a referral held for an arrival (ON_HOLD): where and when the person is expected, and how their return stands
     * ({@code PLANNED}, {@code MISSED}, {@code CANCELLED}); null for every other referral.
     */
    public record Arrival(String portOfEntry, LocalDate expectedFrom, LocalDate expectedTo, String returnStatus) {
        static Arrival of(PlannedReturn p) {
            return p == null ? null : new Arrival(p.portOfEntry(), p.expectedFrom(), p.expectedTo(), p.status().name());
        }
    }

    public record Step(ReferralStatus status, OffsetDateTime at, String actor, String reason, String note,
                       UUID serviceId, int attempt) {
        static Step of(HistoryEntry h) {
            return new Step(h.status(), time(h.at()), h.actor(), h.reason(), h.note(), h.serviceId(), h.attempt());
        }
    }

    public static ReferralView of(Referral r, ReaderLanguage words) {
        return of(r, null, words);
    }

    /** @param plannedReturn the case's planned return, shown only while the referral is held for the arrival */
    public static ReferralView of(Referral r, PlannedReturn plannedReturn, ReaderLanguage words) {
        return new ReferralView(r.id(), r.caseId(), r.caseRef(), r.category(), r.serviceId(), r.organizationId(),
                r.referringAgencyId(), r.status(), r.urgency(), time(r.dueAt()), r.attempt(), r.version(),
                words.lines(r.explanation()), codes(r.explanation()), time(r.createdAt()), r.history().stream().map(Step::of).toList(),
                r.status() == ReferralStatus.ON_HOLD ? Arrival.of(plannedReturn) : null);
    }

    /** The message code of each sentence, for a partner that shows its own words. */
    static List<String> codes(List<Reason> explanation) {
        return explanation.stream().map(Reason::code).toList();
    }

    static OffsetDateTime time(java.time.Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
