package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.PlacePolicy;
import org.setu.referral.domain.RankingPolicy;
import org.setu.referral.domain.ServiceOffer;
import org.setu.kit.api.NotFound;
import org.setu.referral.persistence.CaseFactsRepository;
import org.setu.referral.persistence.DirectoryReadModel;
import org.setu.referral.persistence.ReferralRepository;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Matching as a use case: feeds the {@link RankingPolicy} from this service's own tables, the directory read model and
 * the providers' record.
 */
@ApplicationScoped
public class MatchingService {

    @Inject
    DirectoryReadModel directory;

    @Inject
    ReferralRepository referrals;

    @Inject
    CaseFactsRepository cases;

    /** What routing would choose for a case the caller may see, without sending anything; an erased case is a 404. */
    public RankingPolicy.MatchResult preview(UUID caseId, ServiceCategory category, ReferralAccess access) {
        CaseFacts facts = cases.find(caseId).filter(f -> !cases.isErased(caseId)).filter(access::canSeeCase)
                .orElseThrow(NotFound::new);
        return match(facts, category, Set.of());
    }

    public RankingPolicy.MatchResult match(CaseFacts facts, ServiceCategory category, Set<UUID> organizationsThatSaidNo) {
        PlacePolicy.PlaceChoice place = PlacePolicy.placeFor(category, facts);
        List<ServiceOffer> offers = directory.offersCovering(category, place.place());
        Set<UUID> organizations = new java.util.HashSet<>();
        offers.forEach(o -> organizations.add(o.organizationId()));
        return RankingPolicy.rank(facts, category, offers, referrals.providerRecords(organizations), organizationsThatSaidNo);
    }
}
