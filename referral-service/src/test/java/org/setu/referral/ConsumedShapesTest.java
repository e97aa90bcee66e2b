package org.setu.referral;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;
import org.setu.events.Topics;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityChanged;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.screening.CaseClosed;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ConsentChanged;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ScreeningAmended;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.screening.ShareLevel;
import org.setu.events.testing.SchemaVariants;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.referral.app.RoutingService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.referral.SampleDirectory.*;
import static org.setu.referral.Screenings.area;

/**
 * Every event type this service reads (the screening area's and the directory's), in every shape its published
 * schema allows: optional fields absent, nullable fields null, each enum value. A consumer that dead-letters one of
 * them refuses what its own contract allows.
 */
@QuarkusTest
class ConsumedShapesTest {

    @Inject
    ObjectMapper json;

    @Inject
    RoutingService routing;

    @Inject
    DataSource dataSource;

    private final Map<String, String> sent = new LinkedHashMap<>();

    @Test
    void everySchemaValidShapeOfEveryScreeningAndDirectoryTypeItReadsIsAppliedAndNoneIsDeadLettered() throws InterruptedException {
        SampleDirectory.ensure();
        ScreeningCompleted full = Screenings.completed(DHAKA_NGO, Urgency.HIGH, AgeBand.ADULT_25_39, Sex.FEMALE,
                area(SYLHET_DIVISION, SYLHET, null), area(CHATTAGRAM, COXS_BAZAR, UKHIYA), List.of("bn"),
                List.of(ServiceCategory.MEDICAL), List.of(ServiceCategory.MEDICAL));
        full = new ScreeningCompleted(full.caseId(), full.caseRef(), full.screeningId(), full.agencyId(), full.context(),
                full.classification(), full.urgency(), full.needs(), full.ageBand(), full.sex(), full.currentLocation(),
                full.homeLocation(), full.languages(), full.victimCategory(), full.consent(), full.occurredAt(), "MM",
                "IN", "IN");   // screened abroad by an agency in India (issue #19): its country and the country of exploitation
        // each completed screening is a case of its own, as the screening service publishes one per case
        sendEvery(EventCatalog.SCREENING_COMPLETED, full, v -> newCase(v));

        ScreeningCompleted routed = Screenings.adultIn(DHAKA_NGO, area(SYLHET_DIVISION, SYLHET, null), ServiceCategory.MEDICAL);
        routing.screeningCompleted(routed);
        int[] revision = {1};
        sendEvery(EventCatalog.SCREENING_AMENDED, new ScreeningAmended(routed.caseId(), routed.caseRef(), routed.screeningId(),
                1, routed.agencyId(), routed.context(), routed.classification(), routed.urgency(), routed.needs(),
                routed.ageBand(), routed.sex(), routed.currentLocation(), area(CHATTAGRAM, COXS_BAZAR, TEKNAF),
                routed.languages(), routed.victimCategory(), routed.consent(), Instant.now(), "BD", null, "SA"),
                v -> v.put("revision", ++revision[0]));
        ConsentChanged consent = new ConsentChanged(routed.caseId(), DHAKA_NGO,
                new Consent(List.of(ServiceCategory.MEDICAL), ShareLevel.FULL), Instant.now());
        sendEvery(EventCatalog.CONSENT_CHANGED, consent, v -> { });
        sendEvery(EventCatalog.CONSENT_CHANGED_V1, consent, v -> { }, "caseRef", routed.caseRef());
        sendEvery(EventCatalog.CASE_ERASED, new CaseErased(UUID.randomUUID(), ErasureReason.PERSON_REQUEST, Instant.now()),
                v -> v.put("caseId", UUID.randomUUID().toString()));
        sendEvery(EventCatalog.CASE_CLOSED, new CaseClosed(UUID.randomUUID(), DHAKA_NGO, ClosureReason.REINTEGRATED, Instant.now()),
                v -> v.put("caseId", UUID.randomUUID().toString()));

        // a service that takes no referrals, so that routing in the other tests never picks it
        DirectoryService closed = SampleDirectory.withVersion(service(UUID.randomUUID().toString(), org(97),
                ServiceCategory.EDUCATION, district(RANGAMATI), 12, 17, List.of(Sex.FEMALE), List.of("bn", "en"), 3), 1, 3, false);
        sendEvery(EventCatalog.SERVICE_UPSERTED, new ServiceUpserted(closed, Instant.now()), v -> { });
        sendEvery(EventCatalog.CAPACITY_CHANGED, new CapacityChanged(SampleDirectory.withVersion(closed, 2, 1, false),
                new Capacity(3, 10, CapacityUnit.SLOTS), Instant.now()), v -> { });
        sendEvery(EventCatalog.SERVICE_REMOVED, new ServiceRemoved(closed.id(), closed.organizationId(), Instant.now()), v -> { });

        long deadline = System.currentTimeMillis() + 60_000;
        while (applied().size() < sent.size() && System.currentTimeMillis() < deadline) Thread.sleep(200);
        Set<String> dead = TopicReader.idsOn(Topics.deadLetter("referral-service"), sent.keySet(), Duration.ofSeconds(10));
        assertThat(dead.stream().map(sent::get).toList()).as("dead-lettered shapes").isEmpty();
        Set<String> unapplied = new HashSet<>(sent.keySet());
        unapplied.removeAll(applied());
        assertThat(unapplied.stream().map(sent::get).toList()).as("shapes not applied").isEmpty();
        assertThat(sent.values().stream().map(n -> n.substring(0, n.indexOf(' '))).distinct())
                .as("types fed").hasSize(9);
    }

    private void sendEvery(EventContract<?> contract, Object event, Consumer<ObjectNode> fresh, String... extra) {
        ObjectNode example = json.valueToTree(event);
        for (int i = 0; i < extra.length; i += 2) example.put(extra[i], extra[i + 1]);
        String type = contract.type().toString();
        for (SchemaVariants.Variant v : SchemaVariants.of(type, example)) {
            fresh.accept(v.data());
            String id = UUID.randomUUID().toString();
            sent.put(id, type + " " + v.name());
            String key = v.data().has("caseId") ? v.data().get("caseId").asText()
                    : v.data().has("serviceId") ? v.data().get("serviceId").asText() : v.data().path("service").path("id").asText();
            TopicReader.send(contract.topic(), key, Map.of("id", id, "type", type, "source", contract.source(),
                    "dataschema", contract.dataschema()), v.data().toString());
        }
    }

    private static void newCase(ObjectNode screening) {
        screening.put("caseId", UUID.randomUUID().toString());
        screening.put("caseRef", Screenings.caseRef());
        screening.put("screeningId", UUID.randomUUID().toString());
    }

    /** The sent events the service's two consumers recorded as applied in the kit's inbox. */
    private Set<String> applied() {
        Set<String> out = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT event_id FROM kit_inbox WHERE event_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("text", sent.keySet().toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
