package org.setu.notification.domain;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A referral event, as far as notifications care: what happened ({@code kind}: {@code sent},
 * {@code accepted}...) and whom it concerns. Nothing about the person travels here, because nothing does
 * on the bus.
 *
 * @param unrecognisable the event carries no case reference although the case was not erased: a referral held for a
 *                       person still abroad, whose reference travels only from the arrival (docs/referral.md)
 */
public record ReferralNotice(String eventType, String kind, UUID referralId, UUID serviceId, UUID organizationId,
                             UUID referringAgencyId, boolean unrecognisable) {

    public ReferralNotice(String eventType, String kind, UUID referralId, UUID serviceId, UUID organizationId,
                          UUID referringAgencyId) {
        this(eventType, kind, referralId, serviceId, organizationId, referringAgencyId, false);
    }

    /** The outcomes the referring agency is told about (docs/notifications.md): the closed loop reports back. */
    /** What the service a referral was sent to hears. */
    public static final Set<String> SERVICE_KINDS = Set.of("sent", "cancelled");
    public static final Set<String> REFERRING_AGENCY_KINDS = Set.of("accepted", "declined", "expired", "completed", "cancelled");

    public static ReferralNotice of(String eventType, ReferralFacts f) {
        String kind = eventType.replaceFirst("^setu\\.referral\\.", "").replaceFirst("\\.v[0-9]+$", "").toLowerCase(Locale.ROOT);
        boolean unrecognisable = (f.caseRef() == null || f.caseRef().isBlank()) && !ErasurePolicy.REASON.equals(f.reasonCode());
        return new ReferralNotice(eventType, kind, f.referralId(), f.serviceId(), f.organizationId(), f.referringAgencyId(),
                unrecognisable);
    }

    /** Whether an agency takes part in this referral: it made it, or it is the provider it went to. */
    public boolean concerns(UUID agency) {
        return agency != null && (agency.equals(organizationId) || agency.equals(referringAgencyId));
    }
}
