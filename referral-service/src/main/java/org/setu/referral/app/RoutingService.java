package org.setu.referral.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.events.text.Reason;
import org.setu.kit.api.NotFound;
import org.jboss.logging.Logger;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.kit.api.ConflictException;
import org.setu.kit.api.InvalidRequestException;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.Geography;
import org.setu.referral.domain.Place;
import org.setu.referral.domain.RankingPolicy;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.RoutingPolicy;
import org.setu.referral.domain.ServiceChoice;
import org.setu.referral.domain.SystemActor;
import org.setu.referral.persistence.AgencyPolicyRepository;
import org.setu.referral.persistence.CaseFactsRepository;
import org.setu.referral.persistence.PlannedReturnRepository;
import org.setu.referral.domain.PlannedReturn;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a completed screening into referrals: one per needed and consented category that has no open referral
 * yet, each to the best-ranked service of the read model, sent at once or proposed for approval.
 */
@ApplicationScoped
public class RoutingService {

    private static final Logger LOG = Logger.getLogger(RoutingService.class);

    /** The reason code of a referral matched for a person still abroad, held for the arrival. */
    public static final String AWAITING_ARRIVAL = "AWAITING_ARRIVAL";

    @Inject
    CaseFactsRepository cases;

    @Inject
    ReferralRepository referrals;

    @Inject
    AgencyPolicyRepository policies;

    @Inject
    MatchingService matching;

    @Inject
    AmendmentRouting amendments;

    @Inject
    ReferralCommitService commits;

    @Inject
    HandChoice hands;

    @Inject
    Geography geography;

    @Inject
    PlannedReturnRepository returns;

    @Inject
    Clock clock;

    @Transactional
    public List<Referral> screeningCompleted(ScreeningCompleted e) {
        if (cases.isErased(e.caseId())) {
            LOG.infof("screening of erased case %s ignored", e.caseId());
            return List.of();
        }
        CaseFacts facts = factsOf(e.caseId(), e.caseRef(), e.agencyId(), e.urgency(), e.ageBand(), e.sex(),
                e.victimCategory(), e.currentLocation(), e.homeLocation(), e.languages(), e.consent(), e.nationality());
        Instant now = clock.instant();
        cases.save(facts, e.screeningId(), now);
        Set<ServiceCategory> open = referrals.openCategoriesOfCase(e.caseId());
        List<Referral> created = new ArrayList<>();
        for (ServiceCategory category : new LinkedHashSet<>(e.needs())) {
            if (!facts.consentsTo(category)) {
                LOG.infof("case %s needs %s without consent: no referral", e.caseId(), category);
                continue;
            }
            if (open.contains(category)) continue;   // a later screening of the same case: the open referral goes on
            created.add(route(facts, category, now));
        }
        return created;
    }

    /**
     * An amended screening carries the case's whole new picture: the facts are replaced and the open referrals follow
     * them ({@link AmendmentRouting}); needs it newly consents to are referred. Another agency's amendment of the same
     * case moves nothing, as its screening would not.
     */
    @Transactional
    public List<Referral> screeningAmended(ScreeningAmended e) {
        if (cases.isErased(e.caseId())) return List.of();
        CaseFacts after = factsOf(e.caseId(), e.caseRef(), e.agencyId(), e.urgency(), e.ageBand(), e.sex(), e.victimCategory(),
                e.currentLocation(), e.homeLocation(), e.languages(), e.consent(), e.nationality());
        Optional<CaseFacts> before = cases.find(e.caseId());
        if (before.isPresent() && !before.get().agencyId().equals(e.agencyId())) {
            LOG.infof("amendment of case %s by agency %s ignored: another agency owns the case", e.caseId(), e.agencyId());
            return List.of();
        }
        Instant now = clock.instant();
        cases.save(after, e.screeningId(), now);
        List<Referral> created = new ArrayList<>();
        for (ServiceCategory category : amendments.apply(before.orElse(after), after, e.needs(), now)) {
            created.add(route(after, category, now));
        }
        return created;
    }

    /**
     * A case worker (or coordinator) refers by hand: to the chosen candidate, or to the best one. Sent at once, or held
     * for the arrival when the person is still abroad (the same first rule as routing: nobody can meet them yet).
     */
    @Transactional
    public Referral createByHand(UUID caseId, ServiceCategory category, UUID serviceId, String note, ReferralAccess access) {
        cases.lockCase(caseId);   // the return's events and this referral take turns (CaseFactsRepository.lockCase)
        CaseFacts facts = cases.find(caseId).filter(f -> !cases.isErased(caseId)).filter(access::canSeeCase)
                .orElseThrow(NotFound::new);
        if (!facts.consentsTo(category)) {
            throw new ConflictException("the person has not consented to referrals for " + category, null, null);
        }
        if (referrals.openCategoriesOfCase(caseId).contains(category)) {
            throw new ConflictException("the case already has an open referral for " + category, null, null);
        }
        ServiceChoice chosen = hands.choose(facts, category, serviceId, access, "new");
        RoutingPolicy.Dispatch away = RoutingPolicy.awaitingArrival(returns.find(caseId).orElse(null));
        Referral r;
        if (away != null) {
            List<Reason> why = new ArrayList<>(chosen.explanation());
            why.add(Reason.of("explain.dispatch", Reason.nested(away.reason())));
            r = Referral.createHeld(UUID.randomUUID(), facts, category,
                    new ServiceChoice(chosen.serviceId(), chosen.organizationId(), why), access.actor(), "CHOSEN_BY_HAND",
                    clock.instant());
        } else {
            r = Referral.create(UUID.randomUUID(), facts, category, chosen, true, access.actor(), "CHOSEN_BY_HAND", note,
                    clock.instant());
        }
        return commits.commit(null, r);
    }

    private Referral route(CaseFacts facts, ServiceCategory category, Instant now) {
        RankingPolicy.MatchResult m = matching.match(facts, category, Set.of());
        Optional<RankingPolicy.Candidate> best = m.best();
        if (best.isEmpty()) {
            return commits.commit(null, Referral.escalatedAtOnce(UUID.randomUUID(), facts, category, m.explainNoCandidate(),
                    SystemActor.NAME, now));
        }
        RoutingPolicy.Dispatch dispatch = RoutingPolicy.dispatch(facts, category, policies.policyOf(facts.agencyId()),
                returns.find(facts.caseId()).orElse(null));
        List<Reason> why = new ArrayList<>(m.explain(best.get(), 1));
        why.add(Reason.of("explain.dispatch", Reason.nested(dispatch.reason())));
        ServiceChoice choice = new ServiceChoice(best.get().service().id(), best.get().service().organizationId(), why);
        Referral r = dispatch.hold()
                ? Referral.createHeld(UUID.randomUUID(), facts, category, choice, SystemActor.NAME, AWAITING_ARRIVAL, now)
                : Referral.create(UUID.randomUUID(), facts, category, choice, dispatch.sendNow(), SystemActor.NAME,
                dispatch.sendNow() ? "ROUTED" : "AWAITING_APPROVAL", null, now);
        return commits.commit(null, r);
    }

    private CaseFacts factsOf(UUID caseId, String caseRef, UUID agencyId, org.setu.events.vocabulary.Urgency urgency,
                              org.setu.events.vocabulary.AgeBand ageBand, org.setu.events.vocabulary.Sex sex,
                              org.setu.events.vocabulary.VictimCategory victim, AdminArea current, AdminArea home,
                              List<String> languages, org.setu.events.screening.Consent consent, String nationality) {
        return new CaseFacts(caseId, caseRef, agencyId, urgency, ageBand, sex, victim, place(current), place(home),
                languages, consent == null ? Set.of() : Set.copyOf(consent.services()),
                consent == null || consent.shareWithProviders() == null ? "NONE" : consent.shareWithProviders().name(),
                nationality);
    }

    private Place place(AdminArea area) {
        if (area == null) return Place.UNKNOWN;
        return new Place(area.divisionId(), area.districtId(), area.upazilaId()).completedBy(geography);
    }
}
