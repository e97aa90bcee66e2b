package org.setu.notification.domain;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A referral event, as far as notifications care: what happened ({@code kind}: {@code sent},
 * {@code accepted}...) and whom it concerns. Nothing about the person travels here, because nothing does
 * on the bus.
 */
public record ReferralNotice(String eventType, String kind, UUID referralId, UUID serviceId, UUID organizationId,
                             UUID referringAgencyId) {

    /** The outcomes the referring agency is told about (docs/notifications.md): the closed loop reports back. */
    /** What the service a referral was sent to hears. */
    public static final Set<String> SERVICE_KINDS = Set.of("sent", "cancelled");
    public static final Set<String> REFERRING_AGENCY_KINDS = Set.of("accepted", "declined", "expired", "completed", "cancelled");

    public static ReferralNotice of(String eventType, ReferralFacts f) {
        String kind = eventType.replaceFirst("^setu\\.referral\\.", "").replaceFirst("\\.v[0-9]+$", "").toLowerCase(Locale.ROOT);
        return new ReferralNotice(eventType, kind, f.referralId(), f.serviceId(), f.organizationId(), f.referringAgencyId());
    }

    /** Whether an agency takes part in this referral: it made it, or it is the provider it went to. */
    public boolean concerns(UUID agency) {
        return agency != null && (agency.equals(organizationId) || agency.equals(referringAgencyId));
    }
}
