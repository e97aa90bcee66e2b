package org.setu.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.referral.ReferralCancelled;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An erased case stays counted, and nothing in the service's database leads back to it, not even a late event. */
@QuarkusTest
class CaseErasureTest {

    static final Instant AT = Instant.parse("2026-09-10T04:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Test
    void anErasedCaseStaysInTheCountsUnderASurrogateAndItsIdIsNowhere() {
        PlatformEvents events = new PlatformEvents(json);
        UUID agency = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        UUID shelter = UUID.randomUUID();
        events.publish(PlatformEvents.screened(caseId, agency, "26", Sex.FEMALE, AgeBand.CHILD_12_17,
                Classification.PRESUMED_TRAFFICKING_VICTIM, AT));
        events.publish(PlatformEvents.sent(referral, caseId, agency, shelter, ServiceCategory.SHELTER, 1, AT.plusSeconds(30)));
        events.publish(PlatformEvents.followedUp(caseId, agency, true, true, AT.plusSeconds(40)));
        TopicReader.await(() -> count("SELECT count(*) FROM referral_fact WHERE case_id = '" + caseId + "'") == 1
                && count("SELECT count(*) FROM follow_up_fact WHERE case_id = '" + caseId + "'") == 1, WAIT);

        events.publish(PlatformEvents.erased(caseId, AT.plusSeconds(60)));
        TopicReader.await(() -> rowsMentioning(caseId.toString()).isEmpty(), WAIT);
        // the referral service cancels the erased case's referrals after the erasure; the cancellation joins the surrogate
        events.publish(new ReferralCancelled(referral, caseId, null, ServiceCategory.SHELTER, UUID.randomUUID(), shelter,
                agency, ReferralStatus.CANCELLED, Urgency.HIGH, null, 1, "CASE_ERASED", AT.plusSeconds(90)));
        TopicReader.await(() -> count("SELECT count(*) FROM referral_step WHERE referral_id = '" + referral
                + "' AND kind = 'CANCELLED'") == 1, WAIT);

        assertThat(rowsMentioning(caseId.toString())).isEmpty();
        assertThat(count("SELECT count(*) FROM case_fact WHERE erased AND agency_id = '" + agency + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM referral_fact r JOIN case_fact c ON c.case_id = r.case_id "
                + "WHERE r.referral_id = '" + referral + "' AND r.status = 'CANCELLED'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM erased_case")).isPositive();
    }

    long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "table" for every row of every table of the service whose text holds the value. */
    List<String> rowsMentioning(String value) {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table + " t WHERE t::text LIKE '%" + value + "%'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) found.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
