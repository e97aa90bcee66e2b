package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.RankingPolicy;
import org.setu.referral.domain.ServiceChoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A service a person chose from the ranked preview ({@code GET /matches}): when they refer by hand, approve a
 * proposal with another candidate, or refer an escalation again. Only an eligible candidate may be chosen, and the
 * explanation says who chose it and at which rank.
 */
@ApplicationScoped
public class HandChoice {

    @Inject
    MatchingService matching;

    /**
     * @param serviceId the chosen candidate, or null for the best one
     * @param how       when the choice was made, for the explanation: {@code new}, {@code atApproval} or {@code afterEscalation}
     */
    public ServiceChoice choose(CaseFacts facts, ServiceCategory category, UUID serviceId, ReferralAccess access, String how) {
        RankingPolicy.MatchResult m = matching.match(facts, category, Set.of());
        Optional<RankingPolicy.Candidate> chosen = serviceId == null ? m.best()
                : m.ranked().stream().filter(c -> c.service().id().equals(serviceId)).findFirst();
        if (chosen.isEmpty()) {
            if (serviceId != null) throw new InvalidRequestException("serviceId", "is not an eligible candidate for this case and category");
            throw new ConflictException("no eligible service for " + category + "; the NRM coordinators can help", null, null);
        }
        List<Reason> why = new ArrayList<>(m.explain(chosen.get(), 1));
        why.add(Reason.of("explain.byHand", new Reason.Term("hand." + how),
                new Reason.Term(access.coordinator() ? "hand.coordinator" : "hand.caseWorker"),
                Reason.value(m.ranked().indexOf(chosen.get()) + 1), Reason.value(m.ranked().size())));
        return new ServiceChoice(chosen.get().service().id(), chosen.get().service().organizationId(), why);
    }
}
