package org.setu.referral.domain;

import org.setu.referral.English;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralTransitionsTest {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final ServiceChoice NEXT = new ServiceChoice(UUID.randomUUID(), UUID.randomUUID(), List.of(English.said("next")));

    static Referral in(ReferralStatus status) {
        Referral r = new Referral(UUID.randomUUID(), UUID.randomUUID(), "BD-7K3F-9Q2M", UUID.randomUUID(),
                ServiceCategory.SHELTER, Urgency.HIGH, UUID.randomUUID(), UUID.randomUUID(), status,
                status == ReferralStatus.SENT ? T0.plus(Duration.ofHours(72)) : null, 1, 3, List.of(English.said("why")),
                List.of(new HistoryEntry(status, T0, "someone", null, null, null, 1)), T0, false);
        return r;
    }

    static Referral apply(Transition t, Referral r) {
        Instant at = T0.plusSeconds(60);
        return switch (t) {
            case APPROVE -> r.approve("cw", at, null, null);
            case ACCEPT -> r.accept("ps", at, null, null);
            case DECLINE -> r.decline("ps", at, "NO_CAPACITY", "full tonight");
            case EXPIRE -> r.expire(at);
            case START -> r.start("ps", at, null, null);
            case COMPLETE -> r.complete("ps", at, null, "served");
            case CANCEL -> r.cancel("cw", at, "CANCELLED_BY_CASE_WORKER", null);
            case RE_ROUTE -> r.reRoute(NEXT, at);
            case ESCALATE -> r.escalate(at, List.of(English.said("none left")));
            case REFER_AGAIN -> r.referAgain(NEXT, "coordinator", at, "REFERRED_AGAIN", null);
            case HOLD -> r.hold("system", at, "RETURN_PLANNED", null);
            case RELEASE -> r.release(at, "ARRIVED");
        };
    }

    static Stream<Arguments> everyStateAndTransition() {
        List<Arguments> all = new ArrayList<>();
        for (ReferralStatus s : ReferralStatus.values()) for (Transition t : Transition.values()) all.add(Arguments.of(s, t));
        return all.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStateAndTransition")
    void everyTransitionIsAllowedExactlyFromTheStatesOfTheFhirTaskAndLeadsWhereItShould(ReferralStatus from, Transition t) {
        Referral r = in(from);
        if (t.allowedFrom(from)) {
            Referral next = apply(t, r);
            assertThat(next.status()).isEqualTo(t.target());
            assertThat(next.history()).hasSize(2);
            assertThat(next.last().status()).isEqualTo(t.target());
            assertThat(next.version()).as("the store, not the domain, moves the version").isEqualTo(3);
        } else {
            assertThatThrownBy(() -> apply(t, r)).isInstanceOf(IllegalTransition.class)
                    .hasMessageContaining(from.name())
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(from));
        }
    }

    @Test
    void theLegalTableIsTheOneOfTheDesign() {
        assertThat(Transition.APPROVE.from()).containsExactly(ReferralStatus.PROPOSED);
        assertThat(Transition.ACCEPT.from()).containsExactly(ReferralStatus.SENT);
        assertThat(Transition.DECLINE.from()).containsExactly(ReferralStatus.SENT);
        assertThat(Transition.EXPIRE.from()).containsExactly(ReferralStatus.SENT);
        assertThat(Transition.START.from()).containsExactly(ReferralStatus.ACCEPTED);
        assertThat(Transition.COMPLETE.from()).containsExactly(ReferralStatus.IN_PROGRESS);
        assertThat(Transition.CANCEL.from()).containsExactlyInAnyOrder(ReferralStatus.PROPOSED, ReferralStatus.SENT,
                ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ESCALATED, ReferralStatus.ON_HOLD);
        assertThat(Transition.REFER_AGAIN.from()).containsExactly(ReferralStatus.ESCALATED);
        assertThat(Transition.HOLD.from()).containsExactlyInAnyOrder(ReferralStatus.PROPOSED, ReferralStatus.SENT);
        assertThat(Transition.RELEASE.from()).containsExactly(ReferralStatus.ON_HOLD);
        assertThat(Transition.OPEN).contains(ReferralStatus.ON_HOLD);
    }

    @Test
    void aReferralHeldForAnArrivalHasNoDeadlineAndTheArrivalCountsItsDeadlineFromThen() {
        Referral held = in(ReferralStatus.SENT).hold("system", T0.plusSeconds(60), "RETURN_PLANNED", null);
        assertThat(held.dueAt()).isNull();
        Instant landed = T0.plus(Duration.ofDays(9));
        Referral sent = held.release(landed, "ARRIVED");
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.attempt()).isEqualTo(1);
        assertThat(sent.dueAt()).isEqualTo(landed.plus(Duration.ofHours(72)));
        assertThat(sent.sentAt()).as("time to answer counts from the arrival").isEqualTo(landed);
    }

    @Test
    void aProviderReadsAHeldReferralWithoutItsReferenceOrNotes() {
        Referral held = in(ReferralStatus.PROPOSED).hold("cw", T0.plusSeconds(60), "AWAITING_ARRIVAL", "she calls from Riyadh on Fridays");
        Referral shown = held.asUpcomingArrival();
        assertThat(shown.caseRef()).isNull();
        assertThat(shown.history()).allSatisfy(h -> assertThat(h.note()).isNull());
        assertThat(held.caseRef()).as("the record keeps it").isNotNull();
    }

    @Test
    void aProposalApprovedWithAnotherCandidateGoesThereOnItsFirstAttemptWithADeadline() {
        Referral sent = in(ReferralStatus.PROPOSED).approveWith(NEXT, "cw", T0, "APPROVED_WITH_ANOTHER_SERVICE", null);
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.serviceId()).isEqualTo(NEXT.serviceId());
        assertThat(sent.organizationId()).isEqualTo(NEXT.organizationId());
        assertThat(sent.attempt()).isEqualTo(1);
        assertThat(sent.dueAt()).isEqualTo(T0.plus(Duration.ofHours(72)));
        assertThat(English.of(sent.explanation())).containsExactly("next");
        assertThat(sent.last().reason()).isEqualTo("APPROVED_WITH_ANOTHER_SERVICE");
    }

    @Test
    void anEscalationReferredAgainIsOneMoreAttemptAndNoLongerCountsAsEscalated() {
        Referral escalated = in(ReferralStatus.ESCALATED);
        assertThat(escalated.escalatedAt()).isEqualTo(T0);
        Referral sent = escalated.referAgain(NEXT, "coordinator", T0.plusSeconds(600), "REFERRED_AGAIN", "called them first");
        assertThat(sent.attempt()).isEqualTo(2);
        assertThat(sent.serviceId()).isEqualTo(NEXT.serviceId());
        assertThat(sent.escalatedAt()).isNull();
        assertThat(sent.last().note()).isEqualTo("called them first");
        assertThat(sent.dueAt()).isEqualTo(T0.plusSeconds(600).plus(Duration.ofHours(72)));
    }

    @Test
    void approvingSetsTheDeadlineFromUrgency() {
        Referral sent = in(ReferralStatus.PROPOSED).approve("cw", T0, null, null);
        assertThat(sent.dueAt()).isEqualTo(T0.plus(Duration.ofHours(72)));
    }

    @Test
    void aReRoutedReferralCountsTheAttemptAndGetsAFreshDeadline() {
        Instant at = T0.plus(Duration.ofHours(80));
        Referral next = in(ReferralStatus.SENT).expire(at).reRoute(NEXT, at);
        assertThat(next.attempt()).isEqualTo(2);
        assertThat(next.serviceId()).isEqualTo(NEXT.serviceId());
        assertThat(next.dueAt()).isEqualTo(at.plus(Duration.ofHours(72)));
        assertThat(next.history()).extracting(HistoryEntry::status)
                .containsExactly(ReferralStatus.SENT, ReferralStatus.EXPIRED, ReferralStatus.SENT);
    }

    @Test
    void aRedactedReferralKeepsNoReferenceNorNotesAndMovesNoMore() {
        Referral r = in(ReferralStatus.SENT).decline("ps", T0, "NO_CAPACITY", "she was upset").redact();
        assertThat(r.caseRef()).isNull();
        assertThat(r.history()).allSatisfy(h -> assertThat(h.note()).isNull());
        assertThatThrownBy(() -> r.escalate(T0, List.of())).isInstanceOf(IllegalTransition.class);
    }
}
