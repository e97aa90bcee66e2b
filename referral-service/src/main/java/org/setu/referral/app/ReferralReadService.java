package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.NotFound;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.PlannedReturn;
import org.setu.referral.persistence.PlannedReturnRepository;
import org.setu.referral.persistence.ReferralRepository;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.UUID;

/** The referrals a caller may see: a filtered page of them, or the whole loop of one case. */
@ApplicationScoped
public class ReferralReadService {

    /** The most referrals one case shows; a case has a handful. */
    private static final int CASE_LIMIT = 1000;

    @Inject
    ReferralRepository referrals;

    @Inject
    PlannedReturnRepository returns;

    /** One page of the referrals the caller may see, and how many there are in all. */
    public record Page(List<Referral> items, long total) {
    }

    public Page list(ReferralAccess access, ReferralStatus status, ServiceCategory category, UUID caseId, int page, int size) {
        ReferralRepository.Page found = referrals.list(access.query(status, category, caseId, page, size));
        return new Page(found.items().stream().map(access::shown).toList(), found.total());
    }

    /** The planned returns of the cases whose referrals wait for an arrival, by case id; the others need none. */
    public Map<UUID, PlannedReturn> arrivals(Collection<Referral> shown) {
        Set<UUID> held = shown.stream().filter(r -> r.status() == ReferralStatus.ON_HOLD).map(Referral::caseId)
                .collect(Collectors.toSet());
        return returns.ofCases(held);
    }

    /** Every referral of the case the caller may see, oldest first; none at all is a 404 (no case, or none of it is theirs). */
    public List<Referral> ofCase(UUID caseId, ReferralAccess access) {
        List<Referral> items = referrals.list(access.query(null, null, caseId, 0, CASE_LIMIT)).items().stream()
                .sorted(Comparator.comparing(Referral::createdAt)).map(access::shown).toList();
        if (items.isEmpty()) throw new NotFound();
        return items;
    }
}
