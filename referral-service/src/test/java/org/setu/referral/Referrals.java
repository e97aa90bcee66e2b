package org.setu.referral;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.arc.Arc;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.kit.security.Caller;
import org.setu.referral.app.LifecycleService;
import org.setu.referral.app.ReferralAccess;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.Transition;
import org.setu.referral.persistence.ReferralQuery;
import org.setu.referral.persistence.ReferralRepository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading referrals straight from the repository, and identities for app-level steps. */
public final class Referrals {

    private Referrals() {
    }

    public static List<Referral> ofCase(UUID caseId) {
        return Arc.container().instance(ReferralRepository.class).get()
                .list(new ReferralQuery(true, null, null, null, null, caseId, 0, 100)).items();
    }

    public static List<Referral> awaitOfCase(UUID caseId, int atLeast) {
        TopicReader.await(() -> ofCase(caseId).size() >= atLeast, Duration.ofSeconds(30));
        return ofCase(caseId);
    }

    /** Publishes a screening that needs one category and answers the one referral routing made of it. */
    public static Referral routedOnce(ScreeningCompleted screening) {
        KafkaTopics.publish(screening);
        List<Referral> referrals = awaitOfCase(screening.caseId(), 1);
        assertThat(referrals).hasSize(1);
        return referrals.get(0);
    }

    public static Referral get(UUID id) {
        return Arc.container().instance(ReferralRepository.class).get().find(id).orElseThrow();
    }

    public static Referral awaitStatus(UUID id, ReferralStatus status) {
        TopicReader.await(() -> get(id).status() == status, Duration.ofSeconds(30));
        return get(id);
    }

    /** The provider the referral was sent to accepts it. */
    public static Referral acceptedByItsProvider(Referral r) {
        return Arc.container().instance(LifecycleService.class).get()
                .apply(r.id(), Transition.ACCEPT, null, null, null, providerOf(r.organizationId()));
    }

    public static ReferralAccess coordinator() {
        return new ReferralAccess(new Caller("coordinator-sub", "coordinator",
                Set.of(ReferralAccess.COORDINATOR), Optional.of(SampleDirectory.NRM)));
    }

    public static ReferralAccess providerOf(UUID organization) {
        return new ReferralAccess(new Caller("provider-sub", "provider",
                Set.of(ReferralAccess.PROVIDER_STAFF), Optional.of(organization)));
    }

    public static ReferralAccess caseWorkerOf(UUID agency) {
        return new ReferralAccess(new Caller("caseworker-sub", "caseworker",
                Set.of(ReferralAccess.CASE_WORKER), Optional.of(agency)));
    }
}
