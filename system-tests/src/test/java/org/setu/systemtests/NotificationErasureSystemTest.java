package org.setu.systemtests;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.systemtests.Keycloak.tokenFor;

/**
 * Erasure crosses services: the screening service erases a case, the referral service cancels its referrals, and
 * the notification service must forget what its delivery log kept of the case and send nothing more about it.
 */
@ExtendWith({RunningPlatform.class, PlatformAccess.class})
class NotificationErasureSystemTest {

    private static final String FOCAL_POINT = ClosedLoopSystemTest.DHAKA_FOCAL_POINT;
    private static final String TOMBSTONE = "setu_notification.public.erased_case";

    @Test
    void anErasedCaseLeavesNothingInTheNotificationServiceThatLinksBackToItAndItsCancellationNamesNoCase() {
        String caseworker = tokenFor("caseworker");
        JsonPath screened = Setu.screen(caseworker, Persons.screening(Persons.ROSHNI, "AIRPORT_RETURNEE", Persons.DHAKA,
                Persons.JASHORE, Persons.traffickedAbroad(), List.of("SHELTER")), null);
        String caseId = screened.getString("caseId");
        String caseRef = screened.getString("caseRef");
        Setu.awaitReferral(caseworker, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));
        int mailsBefore = Setu.await(() -> {
            int n = Mailbox.messagesMentioning(FOCAL_POINT, caseRef).size();
            return n > 0 ? n : null;
        }, Duration.ofSeconds(30), "the focal point's email about " + caseRef);
        assertThat(rowsMentioning(caseRef)).as("the delivery log kept the case reference before the erasure").isNotEmpty();

        given().auth().oauth2(caseworker).when().delete(Setu.SCREENING + "/cases/" + caseId).then().statusCode(204);

        // the referral service's cancellation reaches the notification service, which records it and sends nothing
        Setu.await(() -> count("SELECT count(*) FROM delivery WHERE source_event_type = 'setu.referral.cancelled.v2' "
                + "AND last_reason = 'CASE_ERASED'") > 0 && rowsMentioning(caseRef).isEmpty()
                && rowsMentioning(caseId).equals(List.of(TOMBSTONE)) ? Boolean.TRUE : null, Duration.ofSeconds(60),
                "the notification service forgetting " + caseRef);
        Setu.sleep(3000);
        assertThat(rowsMentioning(caseRef)).isEmpty();
        // the case id stays in one place only: the tombstone, so that later events of the case are purged on arrival
        assertThat(rowsMentioning(caseId)).containsExactly(TOMBSTONE);
        assertThat(Mailbox.messagesMentioning(FOCAL_POINT, caseRef)).as("no mail about the erased case since").hasSize(mailsBefore);
    }

    /** Every row of the notification service's tables whose text holds the value: "table: row". */
    private static List<String> rowsMentioning(String value) {
        List<String> found = new ArrayList<>();
        Databases.dump(row -> {
            if (row.table().startsWith("setu_notification.") && row.values().stream().anyMatch(v -> v.contains(value))) {
                found.add(row.table());
            }
        });
        return found;
    }

    private static long count(String sql) {
        try (Connection c = PlatformAccess.platform().postgres().connect("setu_notification");
             PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
