package org.setu.events.referral;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code setu.referral.held.v1}: a service was matched in advance for a person still abroad, and the referral waits
 * for the arrival (status {@code ON_HOLD}); no deadline runs until the arrival sends it. The provider learns only the
 * port and the expected window, so {@code caseRef} is always null: the reference travels with the {@code sent} event
 * that follows the arrival.
 *
 * @param portOfEntry  the port's code from the screening service's list, e.g. {@code DAC}
 * @param expectedFrom the first day of the expected window (Dhaka)
 * @param expectedTo   the last day of the expected window (Dhaka)
 */
public record ReferralHeld(
        UUID referralId,
        UUID caseId,
        ServiceCategory category,
        UUID serviceId,
        UUID organizationId,
        UUID referringAgencyId,
        ReferralStatus status,
        Urgency urgency,
        int attempt,
        String reasonCode,
        String portOfEntry,
        LocalDate expectedFrom,
        LocalDate expectedTo,
        Instant occurredAt) implements ReferralEvent {

    public ReferralHeld {
        ReferralEvent.requireStatus(status, ReferralStatus.ON_HOLD);
    }

    /** Never sent: nothing that leads to the person reaches a provider before the arrival. */
    @Override
    public String caseRef() {
        return null;
    }

    /** No answer is awaited while the referral waits for the arrival. */
    @Override
    public Instant dueAt() {
        return null;
    }
}
