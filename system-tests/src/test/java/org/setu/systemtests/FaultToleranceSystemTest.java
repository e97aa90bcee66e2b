package org.setu.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.devstack.Platform;
import org.setu.devstack.SetuService;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * While a stream of screenings runs, every service, the portal and the Kafka broker are killed with {@code kill -9}
 * in turn, and the launcher's supervisor brings each back by itself, as under {@code ./setu up}. Afterwards every
 * screening has exactly its referral and the focal point exactly one email about it: nothing lost, nothing twice.
 * Counts come from the databases and the mailbox. Two components are left out, for reasons of the local stack and
 * not of Setu: the mail server (GreenMail keeps mail in memory, so a killed one forgets the emails this test counts)
 * and Keycloak (in dev mode it starts from an empty database and new realm keys, so every token of the run's
 * other tests would end); the supervisor watches and restarts them like the rest ({@code SupervisorTest}).
 */
@ExtendWith(RunningPlatform.class)
class FaultToleranceSystemTest {

    private static final int SCREENINGS = 500;
    private static final Duration PACE = Duration.ofMillis(150);
    private static final String FOCAL_POINT = "focal.point@dhaka-demo-ngo.example.org";

    @Test
    void killingEachServiceThePortalAndKafkaIsHealedByTheLauncherAndLosesNoReferralAndDuplicatesNoNotification() throws Exception {
        Platform platform = RunningPlatform.platform();
        assumeTrue(platform != null && platform.controlsEverything(),
                "the fault test kills processes, so it runs only on a platform it started itself");

        List<String> caseIds = Collections.synchronizedList(new ArrayList<>());
        Map<String, String> caseRefs = Collections.synchronizedMap(new HashMap<>());
        AtomicInteger retries = new AtomicInteger();
        Instant began = Instant.now();
        Thread stream = new Thread(() -> submitScreenings(caseIds, caseRefs, retries), "screening-stream");
        stream.start();

        List<String> faults = new ArrayList<>();
        Thread.sleep(3000);
        for (String component : List.of(SetuService.SCREENING.module(), SetuService.REFERRAL.module(),
                SetuService.DIRECTORY.module(), SetuService.NOTIFICATION.module(), "portal", "kafka")) {
            long killed = platform.kill(component);
            Instant at = Instant.now();
            platform.awaitBack(component, killed, Duration.ofMinutes(3));
            faults.add("kill -9 " + component + " (back in " + Duration.between(at, Instant.now()).toSeconds() + " s)");
            Thread.sleep(2000);
        }
        stream.join(Duration.ofMinutes(10).toMillis());
        assertThat(caseIds).as("every screening was eventually accepted").hasSize(SCREENINGS);

        String caseworker = Keycloak.tokenFor("caseworker");
        Map<String, Integer> referrals = awaitCounts(() -> referralsPerCase(caseIds), caseIds.size(), Duration.ofMinutes(3));
        Map<String, Integer> emails = awaitCounts(() -> emailsPerCase(caseRefs), caseIds.size(), Duration.ofMinutes(3));
        int deliveries = deliveredSentNotices(caseIds);
        int casesOpened = partnerCasesOpenedSince(began);

        System.out.printf("fault run: %d screenings (%d client retries) through %s%n", caseIds.size(), retries.get(), faults);
        System.out.printf("fault run: referrals expected %d, found %d in %d cases; focal-point emails expected %d, found %d;"
                        + " delivered notices %d%n", caseIds.size(), sum(referrals), referrals.size(), caseIds.size(),
                sum(emails), deliveries);
        System.out.printf("fault run: cases opened by the partner during the run %d (expected %d)%n", casesOpened, caseIds.size());
        assertThat(casesOpened).as("no retry made a second case").isEqualTo(caseIds.size());
        assertThat(caseIds).doesNotHaveDuplicates();
        assertThat(referrals.values()).as("one shelter referral per case").allMatch(n -> n == 1);
        assertThat(referrals).hasSize(caseIds.size());
        assertThat(emails.values()).as("one email per referral sent").allMatch(n -> n == 1);
        assertThat(emails).hasSize(caseIds.size());
        assertThat(deliveries).isEqualTo(caseIds.size());
        assertThat(given().auth().oauth2(caseworker).when().get(Setu.REFERRAL + "/cases/" + caseIds.get(0) + "/referrals")
                .statusCode()).isEqualTo(200);
    }

    /** A partner's client: each screening with its own Idempotency-Key, retried with the same key until accepted. */
    private static void submitScreenings(List<String> caseIds, Map<String, String> caseRefs, AtomicInteger retries) {
        String token = Keycloak.partnerToken("partner-demo", "partner-demo-secret");
        Instant tokenAt = Instant.now();
        for (int i = 0; i < SCREENINGS; i++) {
            Persons.Person p = Persons.faultRunPerson(i);
            Map<String, Object> body = Persons.screening(p, "AIRPORT_RETURNEE", Persons.DHAKA, Persons.JASHORE,
                    Persons.traffickedAbroad(), List.of("SHELTER"));
            String key = "fault-" + Persons.RUN + "-" + i;
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
            while (true) {
                if (Duration.between(tokenAt, Instant.now()).toMinutes() >= 10) {
                    token = Keycloak.partnerToken("partner-demo", "partner-demo-secret");
                    tokenAt = Instant.now();
                }
                Response r = post(token, body, key);
                if (r != null && r.statusCode() == 201) {
                    String caseId = r.jsonPath().getString("caseId");
                    if (!caseIds.contains(caseId)) caseIds.add(caseId);
                    caseRefs.put(caseId, r.jsonPath().getString("caseRef"));
                    break;
                }
                if (Instant.now().isAfter(giveUp)) throw new AssertionError("screening " + i + " never accepted");
                retries.incrementAndGet();
                Setu.sleep(500);
            }
            Setu.sleep(PACE.toMillis());
        }
    }

    private static Response post(String token, Map<String, Object> body, String key) {
        try {
            return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                    .when().post(Setu.SCREENING + "/screenings");
        } catch (Exception connectionRefusedWhileTheServiceRestarts) { // RestAssured rethrows ConnectException unchecked
            return null;
        }
    }

    private static Map<String, Integer> referralsPerCase(List<String> caseIds) {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = db("setu_referral");
             PreparedStatement s = c.prepareStatement("SELECT case_id::text, count(*) FROM referral "
                     + "WHERE case_id = ANY (?) AND status IN ('SENT', 'ACCEPTED') GROUP BY case_id")) {
            s.setArray(1, uuids(c, caseIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static int deliveredSentNotices(List<String> caseIds) {
        List<String> referralIds = new ArrayList<>();
        try (Connection c = db("setu_referral");
             PreparedStatement s = c.prepareStatement("SELECT id::text FROM referral WHERE case_id = ANY (?)")) {
            s.setArray(1, uuids(c, caseIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) referralIds.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = db("setu_notification");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM delivery WHERE referral_id = ANY (?) "
                     + "AND source_event_type = 'setu.referral.sent.v1' AND channel = 'EMAIL' AND status = 'DELIVERED'")) {
            s.setArray(1, uuids(c, referralIds));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int partnerCasesOpenedSince(Instant began) {
        try (Connection c = db("setu_screening");
             PreparedStatement s = c.prepareStatement("SELECT count(DISTINCT case_id) FROM screening "
                     + "WHERE screened_by = 'service-account-partner-demo' AND case_id IN "
                     + "(SELECT id FROM screening_case WHERE opened_at >= ?)")) {
            s.setObject(1, java.time.OffsetDateTime.ofInstant(began, java.time.ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> emailsPerCase(Map<String, String> caseRefs) {
        Map<String, String> caseByRef = new HashMap<>();
        synchronized (caseRefs) {
            caseRefs.forEach((id, ref) -> caseByRef.put(ref, id));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Mailbox.Mail m : Mailbox.messages(FOCAL_POINT)) {
            for (Map.Entry<String, String> e : caseByRef.entrySet()) {
                if (m.subject().contains(e.getKey())) counts.merge(e.getValue(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Integer> awaitCounts(java.util.function.Supplier<Map<String, Integer>> count, int expected,
                                                    Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, Integer> counts = count.get();
        while (counts.size() < expected && Instant.now().isBefore(deadline)) {
            Setu.sleep(2000);
            counts = count.get();
        }
        Setu.sleep(3000); // anything that would arrive twice has had time to
        return count.get();
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Array uuids(Connection c, List<String> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
    }

    private static Connection db(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
    }
}
