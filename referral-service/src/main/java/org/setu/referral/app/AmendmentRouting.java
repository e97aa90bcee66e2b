package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.referral.domain.AmendmentPolicy;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.RankingPolicy;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.ServiceChoice;
import org.setu.referral.domain.SystemActor;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies an amended screening to the case's open referrals, as {@link AmendmentPolicy} decides, under row locks so
 * that a provider's answer and the amendment queue rather than cross.
 */
@ApplicationScoped
public class AmendmentRouting {

    private static final Logger LOG = Logger.getLogger(AmendmentRouting.class);

    @Inject
    ReferralRepository referrals;

    @Inject
    MatchingService matching;

    @Inject
    ReferralCommitService commits;

    @Inject
    org.setu.referral.persistence.PlannedReturnRepository returns;

    private boolean awaited(CaseFacts facts) {
        return returns.find(facts.caseId()).map(org.setu.referral.domain.PlannedReturn::awaited).orElse(false);
    }

    /** @return the categories the amendment newly needs and consents to, for the caller to route */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ServiceCategory> apply(CaseFacts before, CaseFacts after, Collection<ServiceCategory> needs, Instant now) {
        AmendmentPolicy.Plan plan = AmendmentPolicy.plan(before, after, needs, referrals.lockOpenOfCase(after.caseId()));
        for (AmendmentPolicy.Decision d : plan.decisions()) {
            Referral r = d.referral();
            Referral changed = switch (d.action()) {
                case CANCEL -> r.cancel(SystemActor.NAME, now, d.reason(), null);
                case RE_DATE -> r.reDate(after.urgency(), now, d.reason());
                case RE_MATCH -> reMatch(r, after, now, d.reason());
            };
            if (changed == r) continue;
            if (AmendmentPolicy.sendsAtOnce(changed)) {
                // immediate, but nobody can meet a person still abroad: held for the arrival instead
                changed = awaited(after) ? changed.hold(SystemActor.NAME, now, d.reason(), null)
                        : changed.approve(SystemActor.NAME, now, d.reason(), null);
            }
            commits.commit(r, changed);
            LOG.infof("amendment of case %s: referral %s %s (%s)", after.caseId(), r.id(), d.action(), d.reason());
        }
        return plan.create();
    }

    /**
     * The best service for the new place, leaving out providers that already said no to this referral. When it is the
     * one the referral is with, or when none covers the new place, the referral stays with its provider, who can still
     * decline: only a changed urgency is applied then.
     */
    private Referral reMatch(Referral r, CaseFacts after, Instant now, String reason) {
        Set<UUID> leaveOut = new HashSet<>(referrals.organizationsThatSaidNo(r.id()));
        RankingPolicy.MatchResult m = matching.match(after, r.category(), leaveOut);
        Optional<RankingPolicy.Candidate> best = m.best();
        if (best.isEmpty() || best.get().service().id().equals(r.serviceId())) {
            return after.urgency() != r.urgency() ? r.reDate(after.urgency(), now, "URGENCY_CHANGED") : r;
        }
        int attempt = r.status() == ReferralStatus.SENT ? r.attempt() + 1 : r.attempt();
        List<Reason> why = new ArrayList<>(m.explain(best.get(), attempt));
        why.add(Reason.of("explain.reMatched", Reason.term("category", r.category())));
        return r.reMatch(new ServiceChoice(best.get().service().id(), best.get().service().organizationId(), why),
                after.urgency(), now, reason);
    }
}
