package org.setu.notification.persistence;

import org.setu.notification.domain.ArrivalFacts;
import org.setu.notification.domain.DeliveryState;
import org.setu.notification.domain.FollowUpFacts;
import org.setu.notification.domain.HandOverFacts;
import org.setu.notification.domain.Recipient;
import org.setu.notification.domain.ReferralFacts;
import org.setu.notification.domain.SourceEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery: the event it is about, what that event said (a referral's {@code facts}, a follow-up
 * {@code reminder}'s, a planned return's {@code arrival} notice or a {@code handOver}'s; none for a ping, and none left once the case was erased), the agencies whose log shows it,
 * whom it is for, and its progress. {@code address} is where it last went (an email, a phone, a URL). The recipient's
 * reason is not stored, so a row read back has none.
 */
public record DeliveryRow(UUID id, SourceEvent source, ReferralFacts facts, FollowUpFacts reminder, ArrivalFacts arrival,
                          HandOverFacts handOver, Agencies agencies, Recipient recipient, String address, DeliveryState state, Instant createdAt,
                          Instant updatedAt, Instant deliveredAt) {

    /**
     * The agencies that see a delivery in the log: the organization the referral went to (for a ping, the agency
     * whose subscription it tests; for a reminder, the agency that follows the case) and the referring agency. They
     * stay when the case is erased.
     */
    public record Agencies(UUID organizationId, UUID referringAgencyId) {

        public static Agencies of(ReferralFacts f) {
            return new Agencies(f.organizationId(), f.referringAgencyId());
        }

        public static Agencies of(FollowUpFacts r) {
            return new Agencies(r.agencyId(), null);
        }

        public boolean include(UUID agency) {
            return agency != null && (agency.equals(organizationId) || agency.equals(referringAgencyId));
        }
    }

    /** A delivery about a referral (or a ping, without facts), recorded now and not tried yet. */
    public static DeliveryRow planned(SourceEvent source, ReferralFacts facts, Agencies agencies, Recipient recipient,
                                      DeliveryState state, Instant now) {
        return new DeliveryRow(UUID.randomUUID(), source, facts, null, null, null, agencies, recipient, null, state, now, now, null);
    }

    /** A delivery about a follow-up reminder (without facts once the case was erased), recorded now and not tried yet. */
    public static DeliveryRow reminding(SourceEvent source, FollowUpFacts reminder, Agencies agencies, Recipient recipient,
                                        DeliveryState state, Instant now) {
        return new DeliveryRow(UUID.randomUUID(), source, null, reminder, null, null, agencies, recipient, null, state, now, now, null);
    }

    /** A notice about a planned return (a held referral's included), recorded now and not tried yet. */
    public static DeliveryRow arriving(SourceEvent source, ArrivalFacts arrival, Agencies agencies, Recipient recipient,
                                       DeliveryState state, Instant now) {
        return new DeliveryRow(UUID.randomUUID(), source, null, null, arrival, null, agencies, recipient, null, state, now, now, null);
    }

    /** A notice about a hand-over, recorded now and not tried yet. */
    public static DeliveryRow handingOver(SourceEvent source, HandOverFacts handOver, Agencies agencies, Recipient recipient,
                                          DeliveryState state, Instant now) {
        return new DeliveryRow(UUID.randomUUID(), source, null, null, null, handOver, agencies, recipient, null, state, now, now, null);
    }

    /** The case an erasure finds the delivery by; none once it was purged. */
    public UUID caseId() {
        if (facts != null) return facts.caseId();
        if (arrival != null) return arrival.caseId();
        if (handOver != null) return handOver.caseId();
        return reminder == null ? null : reminder.caseId();
    }

    /** The case's reference, which a message shows; none once it was purged. */
    public String caseRef() {
        if (facts != null) return facts.caseRef();
        if (arrival != null) return arrival.caseRef();
        if (handOver != null) return handOver.caseRef();
        return reminder == null ? null : reminder.caseRef();
    }

    public UUID referralId() {
        if (arrival != null) return arrival.referralId();
        return facts == null ? null : facts.referralId();
    }
}
