package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.events.notification.Channel;
import org.setu.events.referral.ReferralCancelled;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ErasureReason;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.kit.security.Caller;
import org.setu.notification.app.DeliveryWorker;
import org.setu.notification.app.SubscriptionService;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure reaches the notification service: after {@code setu.screening.case-erased.v1} nothing it keeps links back
 * to the case, and nothing more is sent about it, whatever order the events arrive in.
 */
@QuarkusTest
class CaseErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    DeliveryWorker worker;

    @Inject
    AdjustableClock clock;

    @Test
    void anErasedCasesDeliveriesKeepOnlyCodesCountsAndTimes() {
        Receiver r = receiver(200);
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        String eventId = Events.publish(json, cancelled(caseId, caseRef, r.agency(), "CONSENT_WITHDRAWN"));
        Events.await(() -> delivered(eventId), WAIT, "the webhook before the erasure");
        int before = Db.deliveriesOf(dataSource, eventId).size();

        erase(caseId, ErasureReason.PERSON_REQUEST);

        List<Map<String, Object>> after = Db.deliveriesOf(dataSource, eventId);
        assertThat(after).hasSize(before);
        assertThat(after).extracting(d -> d.get("channel") + " " + d.get("status")).contains("WEBHOOK DELIVERED");
        assertThat(tableText("delivery")).doesNotContain(caseRef).doesNotContain(caseId.toString());
        assertThat(after).allSatisfy(d -> {
            assertThat(d).as("the referral's facts").containsEntry("case_ref", null).containsEntry("referral_status", null)
                    .containsEntry("service_id", null).containsEntry("occurred_at", null);
            assertThat(d.get("event_subject")).isNull();
            assertThat(d.get("referral_id")).isNull();
            assertThat(d.get("source_event_type")).isEqualTo("setu.referral.cancelled.v2");
        });
    }

    @Test
    void aCancellationThatArrivesAfterTheErasureSendsNothingAndKeepsNothingOfTheCase() {
        Receiver r = receiver(200);
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        erase(caseId, ErasureReason.RETENTION_PERIOD_ENDED);

        String eventId = Events.publish(json, cancelled(caseId, caseRef, r.agency(), "CONSENT_WITHDRAWN"));
        Events.await(() -> !Db.deliveriesOf(dataSource, eventId).isEmpty(), WAIT, "the deliveries, counted");
        worker.runDue();

        assertThat(Db.deliveriesOf(dataSource, eventId)).allSatisfy(d -> {
            assertThat(d.get("status")).isEqualTo("SKIPPED");
            assertThat(d.get("last_reason")).isEqualTo("CASE_ERASED");
            assertThat(d).as("the referral's facts").containsEntry("case_ref", null).containsEntry("referral_status", null);
        });
        assertThat(FarSystems.http().findAll(postRequestedFor(urlEqualTo(r.path())))).as("no webhook call").isEmpty();
        assertThat(FarSystems.mail().getReceivedMessages()).noneMatch(m -> text(m).contains(caseRef));
        assertThat(tableText("delivery")).doesNotContain(caseRef).doesNotContain(caseId.toString());
    }

    @Test
    void anErasureCancellationThatOvertakesTheErasureEventSendsNothingEither() {
        Receiver r = receiver(200);
        UUID caseId = UUID.randomUUID();
        String caseRef = Events.caseRef();
        String eventId = Events.publish(json, cancelled(caseId, caseRef, r.agency(), "CASE_ERASED"));
        Events.await(() -> !Db.deliveriesOf(dataSource, eventId).isEmpty(), WAIT, "the deliveries, counted");
        worker.runDue();

        assertThat(Db.deliveriesOf(dataSource, eventId)).extracting(d -> d.get("status") + " " + d.get("last_reason"))
                .containsOnly("SKIPPED CASE_ERASED");
        assertThat(FarSystems.http().findAll(postRequestedFor(urlEqualTo(r.path())))).isEmpty();
        assertThat(Db.rows(dataSource, "SELECT 1 FROM erased_case WHERE case_id = ?", caseId)).hasSize(1);
        assertThat(tableText("delivery")).doesNotContain(caseRef);
    }

    @Test
    void aDeliveryWaitingForItsRetryWhenTheCaseIsErasedIsNeverSent() {
        Receiver r = receiver(503);
        UUID caseId = UUID.randomUUID();
        String eventId = Events.publish(json, cancelled(caseId, Events.caseRef(), r.agency(), "CONSENT_WITHDRAWN"));
        Events.await(() -> Db.deliveriesOf(dataSource, eventId).stream()
                .anyMatch(d -> "WEBHOOK".equals(d.get("channel")) && ((Integer) d.get("attempts")) >= 1), WAIT, "the failed first attempt");

        erase(caseId, ErasureReason.PERSON_REQUEST);
        clock.advance(Duration.ofHours(2));
        worker.runDue();

        Map<String, Object> webhook = Db.deliveriesOf(dataSource, eventId).stream()
                .filter(d -> "WEBHOOK".equals(d.get("channel"))).findFirst().orElseThrow();
        assertThat(webhook.get("status")).isEqualTo("SKIPPED");
        assertThat(webhook.get("last_reason")).isEqualTo("CASE_ERASED");
        assertThat(FarSystems.http().findAll(postRequestedFor(urlEqualTo(r.path())))).as("only the attempt before the erasure").hasSize(1);
    }

    /** Publishes the screening service's erasure event and waits until the notification service applied it. */
    private void erase(UUID caseId, ErasureReason reason) {
        Events.publish(json, new CaseErased(caseId, reason, Instant.now()));
        Events.await(() -> !Db.rows(dataSource, "SELECT 1 FROM erased_case WHERE case_id = ?", caseId).isEmpty(), WAIT, "the erasure");
    }

    record Receiver(UUID agency, String path) {
    }

    /** A webhook subscription of a fresh referring agency, to a receiver that answers with the given status. */
    private Receiver receiver(int status) {
        String path = "/hooks/erasure-" + UUID.randomUUID();
        FarSystems.http().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
        UUID agency = UUID.randomUUID();
        Caller admin = new Caller("admin-" + agency, "agencyadmin", Set.of("agency-admin"), Optional.of(agency));
        subscriptions.create(admin, new SubscriptionService.Draft(Channel.WEBHOOK, FarSystems.url(path), null, null,
                List.of("setu.referral.cancelled.v1"), "en", true));
        return new Receiver(agency, path);
    }

    private static ReferralCancelled cancelled(UUID caseId, String caseRef, UUID referringAgency, String reason) {
        return new ReferralCancelled(UUID.randomUUID(), caseId, caseRef, ServiceCategory.SHELTER, UUID.randomUUID(),
                UUID.randomUUID(), referringAgency, ReferralStatus.CANCELLED, Urgency.HIGH, null, 1, reason, Instant.now());
    }

    private boolean delivered(String eventId) {
        return Db.deliveriesOf(dataSource, eventId).stream()
                .anyMatch(d -> "WEBHOOK".equals(d.get("channel")) && "DELIVERED".equals(d.get("status")));
    }

    private String tableText(String table) {
        return String.valueOf(Db.rows(dataSource, "SELECT string_agg(t::text, ' ') AS dump FROM " + table + " t").get(0).get("dump"));
    }

    private static String text(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject() + " " + m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
