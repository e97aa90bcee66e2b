package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.InvalidRequestException;
import org.setu.referral.domain.Escalation;
import org.setu.referral.domain.Geography;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The coordinators' escalation list: the longest-waiting first, filtered by the person's district, the category and
 * how long ago the referral was escalated, a page at a time so that it stays usable with hundreds of rows.
 */
@ApplicationScoped
public class EscalationService {

    /** Longer than any escalation should wait; a larger filter is a typing error. */
    private static final Duration LONGEST_WAIT = Duration.ofDays(3650);

    @Inject
    ReferralRepository referrals;

    @Inject
    Geography geography;

    @Inject
    Clock clock;

    /**
     * @param district  a district id of the geography, or null
     * @param olderThan an ISO-8601 duration such as {@code P3D} or {@code PT12H}, or null
     */
    /** One page of escalations, and how many match in all. */
    public record Page(List<Escalation> items, long total) {
    }

    public Page list(String district, ServiceCategory category, String olderThan, int page, int size) {
        if (district != null && geography.divisionOfDistrict(district).isEmpty()) {
            throw new InvalidRequestException("district", "is not a district id of the geography (GET /api/v1/geography/districts on the directory)");
        }
        Instant before = olderThan == null ? null : clock.instant().minus(waited(olderThan));
        ReferralRepository.Escalations found = referrals.escalations(district, category, before, page, size);
        return new Page(found.items(), found.total());
    }

    private static Duration waited(String olderThan) {
        Duration d;
        try {
            d = Duration.parse(olderThan);
        } catch (RuntimeException e) {
            throw new InvalidRequestException("olderThan", "must be an ISO-8601 duration such as P3D or PT12H");
        }
        if (d.isNegative() || d.compareTo(LONGEST_WAIT) > 0) {
            throw new InvalidRequestException("olderThan", "must be between PT0S and P3650D");
        }
        return d;
    }
}
