package org.setu.notification;

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
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.directory.ServiceRemoved;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.screening.CaseErased;
import org.setu.events.screening.CaseHandedOver;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.FollowUpReminder;
import org.setu.events.screening.HandOverDeclineReason;
import org.setu.events.screening.HandOverDeclined;
import org.setu.events.screening.HandOverProposed;
import org.setu.events.screening.PortDeskChanged;
import org.setu.events.screening.ReturnArrived;
import org.setu.events.screening.ReturnCancelled;
import org.setu.events.screening.ReturnMissed;
import org.setu.events.screening.ReturnPlanned;
import org.setu.events.screening.TravelMode;
import org.setu.events.screening.VerificationStatus;
import org.setu.events.referral.ReferralHeld;
import org.setu.events.testing.SchemaValidator;
import org.setu.events.testing.SchemaVariants;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type this service reads (the directory's, the referral service's, the screening service's erasure,
 * follow-up reminder, planned returns, desks and hand-overs), in every shape its published schema allows: optional fields absent, nullable fields null, each
 * enum value. A consumer that dead-letters one of them refuses what its own contract allows.
 */
@QuarkusTest
class ConsumedShapesTest {

    private static final List<EventContract<?>> REFERRAL_TYPES = List.of(EventCatalog.REFERRAL_CREATED,
            EventCatalog.REFERRAL_SENT, EventCatalog.REFERRAL_ACCEPTED, EventCatalog.REFERRAL_DECLINED,
            EventCatalog.REFERRAL_EXPIRED, EventCatalog.REFERRAL_STARTED, EventCatalog.REFERRAL_COMPLETED,
            EventCatalog.REFERRAL_CANCELLED, EventCatalog.REFERRAL_CANCELLED_V1, EventCatalog.REFERRAL_ESCALATED);

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    private final Map<String, String> sent = new LinkedHashMap<>();

    @Test
    void everySchemaValidShapeOfEveryTypeItReadsIsAppliedAndNoneIsDeadLettered() throws InterruptedException {
        UUID serviceId = UUID.randomUUID();
        DirectoryService service = new DirectoryService(serviceId, UUID.randomUUID(), 1,
                new LocalizedText("Shapes shelter", "আকার আশ্রয়"), ServiceCategory.SHELTER,
                List.of(new Coverage(CoverageLevel.DISTRICT, "47")),
                new Eligibility(List.of(Sex.FEMALE), 18, 60, List.of(VictimCategory.TRAFFICKING_VICTIM), List.of("BD")),
                List.of("bn", "en"), new Capacity(4, 10, CapacityUnit.BEDS), true,
                new ReferralContact("focal-" + serviceId + "@shapes.example.org", "+8801711100099", null, "bn"));
        sendEvery(EventCatalog.SERVICE_UPSERTED, json.valueToTree(new ServiceUpserted(service, Instant.now())));
        Db.awaitContact(dataSource, serviceId);

        for (EventContract<?> contract : REFERRAL_TYPES) sendEvery(contract, referralExample(contract, service));
        sendEvery(EventCatalog.CASE_ERASED, json.valueToTree(new CaseErased(UUID.randomUUID(), ErasureReason.RECORDED_IN_ERROR, Instant.now())));
        sendEvery(EventCatalog.FOLLOW_UP_REMINDER, json.valueToTree(new FollowUpReminder(UUID.randomUUID(), Events.caseRef(),
                service.organizationId(), LocalDate.now(), FollowUpReminder.ReminderKind.DUE_SOON, Instant.now())));
        UUID returning = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        LocalDate from = LocalDate.now().plusDays(30);
        sendEvery(EventCatalog.PORT_DESK_CHANGED, json.valueToTree(new PortDeskChanged("TAMABIL", UUID.randomUUID(), true, Instant.now())));
        sendEvery(EventCatalog.RETURN_PLANNED, json.valueToTree(new ReturnPlanned(returning, owner, 1, "TAMABIL", from,
                from.plusDays(2), TravelMode.LAND, VerificationStatus.PENDING, Instant.now())));
        sendEvery(EventCatalog.REFERRAL_HELD, json.valueToTree(new ReferralHeld(UUID.randomUUID(), returning, ServiceCategory.SHELTER,
                serviceId, service.organizationId(), owner, ReferralStatus.ON_HOLD, Urgency.HIGH, 1, "AWAITING_ARRIVAL",
                "TAMABIL", from, from.plusDays(2), Instant.now())));
        sendEvery(EventCatalog.RETURN_CANCELLED, json.valueToTree(new ReturnCancelled(returning, owner, 1, Instant.now())));
        sendEvery(EventCatalog.RETURN_ARRIVED, json.valueToTree(new ReturnArrived(returning, UUID.randomUUID(), owner, "TAMABIL",
                from, Instant.now())));
        sendEvery(EventCatalog.RETURN_MISSED, json.valueToTree(new ReturnMissed(returning, owner, owner, "TAMABIL", from.plusDays(2),
                ReturnMissed.MissedReturnReason.NOT_CONFIRMED, Instant.now())));
        UUID handOver = UUID.randomUUID();
        UUID home = UUID.randomUUID();
        sendEvery(EventCatalog.HAND_OVER_PROPOSED, json.valueToTree(new HandOverProposed(returning, handOver, owner, home, Instant.now())));
        sendEvery(EventCatalog.HAND_OVER_DECLINED, json.valueToTree(new HandOverDeclined(returning, handOver, owner, home,
                HandOverDeclineReason.NOT_OUR_AREA, Instant.now())));
        sendEvery(EventCatalog.CASE_HANDED_OVER, json.valueToTree(new CaseHandedOver(returning, UUID.randomUUID(), owner, home,
                Instant.now())));
        DirectoryService fuller = new DirectoryService(serviceId, service.organizationId(), 2, service.name(), service.category(),
                service.coverage(), service.eligibility(), service.languages(), new Capacity(3, 10, CapacityUnit.BEDS), true,
                service.referralContact());
        sendEvery(EventCatalog.CAPACITY_CHANGED, json.valueToTree(new CapacityChanged(fuller, service.capacity(), Instant.now())));
        sendEvery(EventCatalog.SERVICE_REMOVED, json.valueToTree(new ServiceRemoved(serviceId, service.organizationId(), Instant.now())));

        long deadline = System.currentTimeMillis() + 60_000;
        while (applied().size() < sent.size() && System.currentTimeMillis() < deadline) Thread.sleep(200);
        Set<String> dead = TopicReader.idsOn(Topics.deadLetter("notification-service"), sent.keySet(), Duration.ofSeconds(10));
        assertThat(dead.stream().map(sent::get).toList()).as("dead-lettered shapes").isEmpty();
        Set<String> unapplied = new HashSet<>(sent.keySet());
        unapplied.removeAll(applied());
        assertThat(unapplied.stream().map(sent::get).toList()).as("shapes not applied").isEmpty();
        assertThat(sent.values().stream().map(n -> n.substring(0, n.indexOf(' '))).distinct()).as("types fed").hasSize(24);
    }

    /** A referral to {@code service} as {@code contract}'s schema accepts it: the status and reason code it requires. */
    private ObjectNode referralExample(EventContract<?> contract, DirectoryService service) {
        ObjectNode template = json.valueToTree(Events.sent(UUID.randomUUID(), UUID.randomUUID(), Events.caseRef(), service.id(),
                service.organizationId(), UUID.randomUUID()));
        for (ReferralStatus status : ReferralStatus.values()) {
            for (String reason : Arrays.asList(template.get("reasonCode").asText(), "NO_CAPACITY")) {
                ObjectNode example = template.deepCopy();
                example.put("status", status.name());
                example.put("reasonCode", reason);
                if (SchemaValidator.problems(contract.type().toString(), example).isEmpty()) return example;
            }
        }
        throw new AssertionError("no example of " + contract.type());
    }

    private void sendEvery(EventContract<?> contract, ObjectNode example) {
        String type = contract.type().toString();
        for (SchemaVariants.Variant v : SchemaVariants.of(type, example)) {
            String id = UUID.randomUUID().toString();
            sent.put(id, type + " " + v.name());
            String key = v.data().has("caseId") ? v.data().get("caseId").asText()
                    : v.data().has("agencyId") ? v.data().get("agencyId").asText()
                    : v.data().has("serviceId") ? v.data().get("serviceId").asText() : v.data().path("service").path("id").asText();
            TopicReader.send(contract.topic(), key, Map.of("id", id, "type", type, "source", contract.source(),
                    "time", Instant.now().toString(), "dataschema", contract.dataschema()), v.data().toString());
        }
    }

    /** The sent events the consumer recorded as applied in the kit's inbox. */
    private Set<String> applied() {
        Set<String> out = new HashSet<>();
        Db.rows(dataSource, "SELECT event_id FROM kit_inbox WHERE consumer = 'notification-service'").forEach(r -> {
            String id = (String) r.get("event_id");
            if (sent.containsKey(id)) out.add(id);
        });
        return out;
    }
}
