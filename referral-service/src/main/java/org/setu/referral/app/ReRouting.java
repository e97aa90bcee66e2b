package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.RankingPolicy;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.ServiceChoice;
import org.setu.referral.persistence.CaseFactsRepository;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * After a decline or an expiry: the next-best service, leaving out every provider that already declined this
 * referral or let it expire; when none is left, the NRM coordinators.
 */
@ApplicationScoped
public class ReRouting {

    @Inject
    CaseFactsRepository cases;

    @Inject
    ReferralRepository referrals;

    @Inject
    MatchingService matching;

    /** @param saidNo the referral just DECLINED or EXPIRED */
    public Referral next(Referral saidNo, Instant now) {
        if (saidNo.status() != ReferralStatus.DECLINED && saidNo.status() != ReferralStatus.EXPIRED) return saidNo;
        Set<UUID> leaveOut = new HashSet<>(referrals.organizationsThatSaidNo(saidNo.id()));
        if (saidNo.organizationId() != null) leaveOut.add(saidNo.organizationId());
        Optional<CaseFacts> facts = cases.find(saidNo.caseId()).filter(f -> !cases.isErased(f.caseId()));
        if (facts.isEmpty()) {
            return saidNo.escalate(now, List.of(Reason.of("explain.factsGone")));
        }
        RankingPolicy.MatchResult m = matching.match(facts.get(), saidNo.category(), leaveOut);
        return m.best()
                .map(c -> saidNo.reRoute(new ServiceChoice(c.service().id(), c.service().organizationId(),
                        m.explain(c, saidNo.attempt() + 1)), now))
                .orElseGet(() -> saidNo.escalate(now, m.explainNoCandidate()));
    }
}
