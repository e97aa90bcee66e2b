package org.setu.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.referral.ReferralCompleted;
import org.setu.events.referral.ReferralDeclined;
import org.setu.events.referral.ReferralEscalated;
import org.setu.events.referral.ReferralSent;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.FollowUpRecorded;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The other services' events, written onto the test broker's topics as their outbox relays would write them. */
public final class PlatformEvents {

    static final String REF = "BD-TEST-0001";

    private final ObjectMapper json;

    public PlatformEvents(ObjectMapper json) {
        this.json = json;
    }

    /** Sends the event as a binary-mode CloudEvent; @return its id */
    public String publish(Object event) {
        return publish(event, UUID.randomUUID().toString());
    }

    public String publish(Object event, String ceId) {
        EventContract<?> contract = EventCatalog.forPayload(event);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("id", ceId);
        attributes.put("type", contract.type().toString());
        attributes.put("source", contract.source());
        attributes.put("dataschema", contract.dataschema());
        try {
            TopicReader.send(contract.topic(), contract.partitionKey(event), attributes, json.writeValueAsString(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return ceId;
    }

    /** Screens {@code n} adult women of the agency in the district at the time, presumed victims; @return their case ids */
    public List<UUID> screenWomen(UUID agency, String district, int n, Instant at) {
        List<UUID> cases = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID caseId = UUID.randomUUID();
            publish(screened(caseId, agency, district, Sex.FEMALE, AgeBand.ADULT_18_24,
                    Classification.PRESUMED_TRAFFICKING_VICTIM, at));
            cases.add(caseId);
        }
        return cases;
    }

    public static ScreeningCompleted screened(UUID caseId, UUID agency, String district, Sex sex, AgeBand age,
                                       Classification classification, Instant at) {
        return new ScreeningCompleted(caseId, REF, UUID.randomUUID(), agency, ScreeningContext.AIRPORT_RETURNEE,
                classification, Urgency.HIGH, List.of(ServiceCategory.SHELTER), age, sex,
                new AdminArea("BD-30", district, null), null, List.of("bn"),
                VictimCategory.of(classification).orElse(null),
                new Consent(List.of(ServiceCategory.SHELTER), ShareLevel.values()[0]), at, "BD");
    }

    public static ReferralSent sent(UUID referral, UUID caseId, UUID agency, UUID organization, ServiceCategory category,
                             int attempt, Instant at) {
        return new ReferralSent(referral, caseId, REF, category, UUID.randomUUID(), organization, agency,
                ReferralStatus.SENT, Urgency.HIGH, at.plusSeconds(86_400), attempt, "ROUTED", at);
    }

    public static ReferralAccepted accepted(UUID referral, UUID caseId, UUID agency, UUID organization, ServiceCategory category,
                                     Instant at) {
        return new ReferralAccepted(referral, caseId, REF, category, UUID.randomUUID(), organization, agency,
                ReferralStatus.ACCEPTED, Urgency.HIGH, null, 1, null, at);
    }

    public static ReferralDeclined declined(UUID referral, UUID caseId, UUID agency, UUID organization, ServiceCategory category,
                                     String reason, Instant at) {
        return new ReferralDeclined(referral, caseId, REF, category, UUID.randomUUID(), organization, agency,
                ReferralStatus.DECLINED, Urgency.HIGH, null, 1, reason, at);
    }

    public static ReferralCompleted completed(UUID referral, UUID caseId, UUID agency, UUID organization,
                                       ServiceCategory category, Instant at) {
        return new ReferralCompleted(referral, caseId, REF, category, UUID.randomUUID(), organization, agency,
                ReferralStatus.COMPLETED, Urgency.HIGH, null, 1, null, at);
    }

    public static ReferralEscalated noServiceFound(UUID referral, UUID caseId, UUID agency, ServiceCategory category, Instant at) {
        return new ReferralEscalated(referral, caseId, REF, category, null, null, agency, ReferralStatus.ESCALATED,
                Urgency.HIGH, null, 1, "NO_CANDIDATE", at);
    }

    public static FollowUpRecorded followedUp(UUID caseId, UUID agency, boolean reached, Boolean onTime, Instant at) {
        java.time.LocalDate day = at.atZone(java.time.ZoneId.of("Asia/Dhaka")).toLocalDate();
        return new FollowUpRecorded(caseId, agency, onTime == null ? null : day.minusDays(onTime ? 2 : 30), day, reached,
                onTime, at);
    }

    public static CaseErased erased(UUID caseId, Instant at) {
        return new CaseErased(caseId, ErasureReason.PERSON_REQUEST, at);
    }
}
