package org.setu.referral;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.DeadlineService;
import org.setu.referral.app.LifecycleService;
import org.setu.referral.app.RoutingService;
import org.setu.referral.domain.HistoryEntry;
import org.setu.referral.domain.Referral;
import org.setu.referral.domain.Transition;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/** Deadlines with a clock the test moves: expiry, re-routing, exhaustion and escalation (legal aid in Rangamati). */
@QuarkusTest
class DeadlineTest {

    @Inject
    RoutingService routing;

    @Inject
    LifecycleService lifecycle;

    @Inject
    DeadlineService deadlines;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
    }

    Referral immediateLegalAidInRangamati() {
        return routing.screeningCompleted(Screenings.withUrgency(
                Screenings.adultIn(DHAKA_NGO, area(CHATTAGRAM, RANGAMATI, null), ServiceCategory.LEGAL_AID), Urgency.IMMEDIATE)).get(0);
    }

    @Test
    void anUnansweredReferralExpiresAtItsDeadlineAndGoesToTheNextBestProvider() throws SQLException {
        Referral r = immediateLegalAidInRangamati();
        assertThat(r.serviceId()).isEqualTo(LEGAL_RANGAMATI_FIRST.id());

        clock.advance(Duration.ofHours(23));
        deadlines.sweep();
        assertThat(Referrals.get(r.id()).status()).as("not yet due").isEqualTo(ReferralStatus.SENT);

        clock.advance(Duration.ofHours(2));
        deadlines.sweep();
        Referral next = Referrals.get(r.id());

        assertThat(next.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(next.attempt()).isEqualTo(2);
        assertThat(next.serviceId()).isEqualTo(LEGAL_RANGAMATI_SECOND.id());
        assertThat(next.dueAt()).isAfter(clock.instant().plus(Duration.ofHours(23)));
        assertThat(next.history()).extracting(HistoryEntry::status)
                .containsExactly(ReferralStatus.SENT, ReferralStatus.EXPIRED, ReferralStatus.SENT);
        assertThat(English.joined(next.explanation())).contains("Re-routed (attempt 2)");
        assertThat(eventsOf(r)).containsExactly("setu.referral.created.v1", "setu.referral.sent.v1",
                "setu.referral.expired.v1", "setu.referral.sent.v1");
    }

    @Test
    void whenEveryProviderLetItExpireTheReferralIsEscalatedToTheCoordinators() throws SQLException {
        Referral r = immediateLegalAidInRangamati();

        clock.advance(Duration.ofHours(25));
        deadlines.sweep();
        clock.advance(Duration.ofHours(25));
        deadlines.sweep();
        Referral escalated = Referrals.get(r.id());

        assertThat(escalated.status()).isEqualTo(ReferralStatus.ESCALATED);
        assertThat(escalated.serviceId()).isNull();
        assertThat(escalated.dueAt()).isNull();
        assertThat(escalated.attempt()).isEqualTo(2);
        assertThat(eventsOf(r)).endsWith("setu.referral.expired.v1", "setu.referral.escalated.v1");
        clock.advance(Duration.ofHours(25));
        deadlines.sweep();
        assertThat(Referrals.get(r.id()).version()).as("an escalated referral has no deadline").isEqualTo(escalated.version());
    }

    @Test
    void aDeclinedReferralGoesToTheNextBestServiceNotBackToTheOneThatDeclinedAndThenToTheCoordinators() {
        Referral r = immediateLegalAidInRangamati();

        Referral rerouted = lifecycle.apply(r.id(), Transition.DECLINE, 1L, "NO_CAPACITY", "no lawyer free this week",
                Referrals.providerOf(LEGAL_RANGAMATI_FIRST.organizationId()));
        assertThat(rerouted.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(rerouted.serviceId()).isEqualTo(LEGAL_RANGAMATI_SECOND.id());

        Referral escalated = lifecycle.apply(r.id(), Transition.DECLINE, rerouted.version(), "NOT_ELIGIBLE", null,
                Referrals.providerOf(LEGAL_RANGAMATI_SECOND.organizationId()));
        assertThat(escalated.status()).isEqualTo(ReferralStatus.ESCALATED);
        assertThat(escalated.history()).extracting(HistoryEntry::status).containsExactly(ReferralStatus.SENT,
                ReferralStatus.DECLINED, ReferralStatus.SENT, ReferralStatus.DECLINED, ReferralStatus.ESCALATED);
    }

    @Test
    void twoSweepersAtOnceExpireEachReferralOnlyOnce() {
        List<Referral> referrals = new ArrayList<>();
        for (int i = 0; i < 6; i++) referrals.add(immediateLegalAidInRangamati());
        clock.advance(Duration.ofHours(25));

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(deadlines::sweep);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(deadlines::sweep);
        a.join();
        b.join();

        for (Referral r : referrals) {
            assertThat(Referrals.get(r.id()).history().stream().filter(h -> h.status() == ReferralStatus.EXPIRED).count())
                    .isEqualTo(1);
        }
    }

    private List<String> eventsOf(Referral r) throws SQLException {
        return OutboxRows.typesOf(dataSource, r);
    }
}
