package org.setu.screening.domain.reintegration;

import org.junit.jupiter.api.Test;
import org.setu.screening.domain.Text;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpReviewTest {

    static final WarningSigns SIGNS = new WarningSigns("signs", 1, List.of(new ReintegrationSurvey.Source("ilo", "ILO", null, null, null)),
            List.of(new WarningSigns.Sign("threatened", "TRAFFICKING_RISK", "ilo", new Text("Threatened?", "হুমকি?")),
                    new WarningSigns.Sign("pushed-to-leave", "RE_MIGRATION_RISK", "ilo", new Text("Pushed?", "চাপ?"))));

    static RssScore scores(double economic, double social, double psychosocial) {
        return new RssScore("rss", 1, List.of(new RssScore.DimensionScore("economic", economic),
                new RssScore.DimensionScore("social", social), new RssScore.DimensionScore("psychosocial", psychosocial)),
                (economic + social + psychosocial) / 3, true, null, List.of());
    }

    @Test
    void aThreatAnsweredYesRaisesATraffickingRiskAndUnknownRaisesNothing() {
        assertThat(SIGNS.raised(Map.of("threatened", "yes", "pushed-to-leave", "unknown"))).containsExactly("TRAFFICKING_RISK");
        assertThat(SIGNS.raised(Map.of())).isEmpty();
    }

    @Test
    void aSignOfAnotherListOrAnAnswerOtherThanYesNoOrUnknownIsAProblemNamingTheSign() {
        assertThat(SIGNS.check(Map.of("owns-a-cow", "yes", "threatened", "maybe")))
                .extracting(p -> p.questionId()).containsExactlyInAnyOrder("owns-a-cow", "threatened");
    }

    @Test
    void aSignRestingOnNoListedSourceOrRaisingAnUnknownRiskMakesTheListUnusable() {
        WarningSigns broken = new WarningSigns("signs", 1, List.of(), List.of(
                new WarningSigns.Sign("x", "BAD_LUCK", "nowhere", new Text("x", "x"))));
        assertThat(broken.mistakes()).hasSize(2);
        assertThat(SIGNS.mistakes()).isEmpty();
    }

    @Test
    void anyRaisedRiskProposesANewScreening() {
        assertThat(FollowUpReview.proposals(Set.of("RE_MIGRATION_RISK"), null, scores(1, 1, 1), 0.15))
                .extracting(FollowUpReview.Proposal::code).containsExactly(FollowUpReview.NEW_SCREENING);
    }

    @Test
    void aDimensionThatFellByTheSetDropOrMoreProposesReferralsInThatDimensionOnly() {
        var proposals = FollowUpReview.proposals(Set.of(), scores(0.80, 0.70, 0.90), scores(0.65, 0.60, 0.95), 0.15);
        assertThat(proposals).extracting(FollowUpReview.Proposal::dimension).containsExactly("economic");
        assertThat(proposals.get(0).reason().code()).isEqualTo("followUp.fell");
    }

    @Test
    void theFirstFollowUpHasNothingToCompareWithAndProposesNoReferrals() {
        assertThat(FollowUpReview.proposals(Set.of(), null, scores(0, 0, 0), 0.15)).isEmpty();
    }
}
