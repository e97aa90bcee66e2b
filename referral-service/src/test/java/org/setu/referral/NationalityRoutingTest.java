package org.setu.referral;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.referral.domain.Referral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.Referrals.routedOnce;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/** The nationality on the screening events, kept with the case facts and routed on, through the real topics. */
@QuarkusTest
class NationalityRoutingTest {

    @Inject
    javax.sql.DataSource dataSource;

    @BeforeEach
    void directory() {
        SampleDirectory.ensure();
    }

    private static ScreeningCompleted goingHome(String nationality) {
        return Screenings.withNationality(Screenings.adultIn(DHAKA_NGO, area(DHAKA_DIVISION, DHAKA, null),
                ServiceCategory.REPATRIATION), nationality);
    }

    @Test
    void anIndianNationalGoingHomeIsReferredToTheServiceForForeignNationalsAndABangladeshiIsNot() {
        Referral indian = routedOnce(goingHome("IN"));
        Referral bangladeshi = routedOnce(goingHome("BD"));

        assertThat(indian.serviceId()).isEqualTo(REPATRIATION_FOREIGNERS.id());
        assertThat(English.joined(indian.explanation())).contains("takes nationals of IN");
        assertThat(bangladeshi.serviceId()).isEqualTo(REPATRIATION_ANYONE.id());
        assertThat(English.joined(bangladeshi.explanation())).contains("takes only nationals of [IN, NP], not BD");
    }

    @Test
    void aScreeningWithoutNationalityIsNotExcludedButTheExplanationSaysTheRestrictionWasNotChecked() {
        Referral unknown = routedOnce(goingHome(null));

        assertThat(unknown.serviceId()).isEqualTo(REPATRIATION_FOREIGNERS.id());
        assertThat(English.joined(unknown.explanation()))
                .contains("takes only nationals of [IN, NP], which could not be checked: the person's nationality is unknown");
    }

    @Test
    void theNationalityIsKeptWithTheCaseFactsAndAnErasureClearsIt() {
        ScreeningCompleted s = goingHome("NP");
        routedOnce(s);
        assertThat(nationalityOf(s.caseId())).isEqualTo("NP");

        KafkaTopics.publish(new CaseErased(s.caseId(), ErasureReason.PERSON_REQUEST, Instant.now()));

        TopicReader.await(() -> erased(s.caseId()), Duration.ofSeconds(30));
        assertThat(nationalityOf(s.caseId())).isNull();
    }

    @Test
    void anAmendedScreeningReplacesTheNationalityRoutingWillUse() {
        ScreeningCompleted s = goingHome(null);
        routedOnce(s);

        KafkaTopics.publish(new ScreeningAmended(s.caseId(), s.caseRef(), s.screeningId(), 2, s.agencyId(), s.context(),
                s.classification(), s.urgency(), s.needs(), s.ageBand(), s.sex(), s.currentLocation(), s.homeLocation(),
                s.languages(), s.victimCategory(), s.consent(), Instant.now(), "BD"));

        TopicReader.await(() -> "BD".equals(nationalityOf(s.caseId())), Duration.ofSeconds(30));
    }

    private String nationalityOf(UUID caseId) {
        return column("SELECT nationality FROM case_facts WHERE case_id = ?", caseId);
    }

    private boolean erased(UUID caseId) {
        return "true".equals(column("SELECT erased::text FROM case_facts WHERE case_id = ?", caseId));
    }

    private String column(String sql, UUID caseId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, caseId);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("case facts of " + caseId).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
