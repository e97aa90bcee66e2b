package org.setu.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.events.screening.ErasureReason;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCatalogTest {

    static Stream<EventContract<?>> everyType() {
        return EventCatalog.all().stream();
    }

    @Test
    void theCatalogHoldsEveryEventTypeOfTheDesign() {
        assertThat(EventCatalog.all()).map(c -> c.type().toString()).containsExactlyInAnyOrder(
                "setu.screening.completed.v1", "setu.screening.amended.v1", "setu.screening.consent-changed.v2",
                "setu.screening.case-erased.v1", "setu.screening.case-closed.v1", "setu.screening.follow-up-reminder.v1",
                "setu.screening.follow-up-recorded.v1", "setu.screening.return-planned.v1", "setu.screening.return-cancelled.v1",
                "setu.screening.return-arrived.v1", "setu.screening.return-missed.v1", "setu.screening.hand-over-proposed.v1",
                "setu.screening.case-handed-over.v1", "setu.screening.hand-over-declined.v1",
                "setu.screening.port-desk-changed.v1",
                "setu.directory.service-upserted.v1", "setu.directory.service-removed.v1", "setu.directory.capacity-changed.v1",
                "setu.referral.created.v1", "setu.referral.sent.v1", "setu.referral.accepted.v1", "setu.referral.declined.v1",
                "setu.referral.expired.v1", "setu.referral.started.v1", "setu.referral.completed.v1",
                "setu.referral.cancelled.v2", "setu.referral.escalated.v1", "setu.referral.held.v1",
                "setu.notification.delivered.v1", "setu.notification.failed.v1");
        assertThat(EventCatalog.all()).map(EventContract::payload).doesNotHaveDuplicates().allMatch(Class::isRecord);
    }

    @Test
    void aCancellationOfVersionOneIsStillReadButNoLongerProduced() {
        assertThat(EventCatalog.find("setu.referral.cancelled.v1")).containsSame(EventCatalog.REFERRAL_CANCELLED_V1);
        assertThat(EventCatalog.REFERRAL_CANCELLED_V1.payload()).isEqualTo(EventCatalog.REFERRAL_CANCELLED.payload());
        assertThat(EventCatalog.forPayload(Samples.of(EventCatalog.REFERRAL_CANCELLED))).isSameAs(EventCatalog.REFERRAL_CANCELLED);
        assertThat(EventCatalog.stillRead()).map(c -> c.type().toString())
                .containsExactly("setu.screening.consent-changed.v1", "setu.referral.cancelled.v1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everyTypeHasASchemaFileARecordAndASample(EventContract<?> contract) throws IOException {
        try (InputStream schema = getClass().getClassLoader().getResourceAsStream(contract.schemaResource())) {
            assertThat(schema).as(contract.dataschema()).isNotNull();
            JsonNode json = Samples.MAPPER.readTree(schema);
            assertThat(json.path("title").asText()).isEqualTo(contract.type().toString());
            assertThat(json.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(json.path("additionalProperties").asBoolean(true)).isFalse();
        }
        assertThat(contract.payload().isRecord()).isTrue();
        assertThat(Samples.of(contract)).isInstanceOf(contract.payload());
        assertThat(EventCatalog.forPayload(Samples.of(contract))).isSameAs(contract);
        assertThat(EventCatalog.find(contract.type().toString())).containsSame(contract);
    }

    @Test
    void everySchemaFileBelongsToAnEventTypeOrIsTheSharedVocabulary() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource("schemas").toURI());
        Set<String> declared = Stream.concat(EventCatalog.all().stream(), EventCatalog.stillRead().stream())
                .map(EventContract::schemaPath).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> found = files.filter(Files::isRegularFile)
                    .map(p -> "/schemas/" + root.relativize(p).toString().replace('\\', '/')).toList();
            assertThat(found).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(declared.stream(), Stream.of("/schemas/common/types.v1.json")).toList());
        }
    }

    @Test
    void theDataschemaOfAReferralEventIsAnAbsoluteUriEndingInItsPathInTheEventsModule() {
        assertThat(EventCatalog.REFERRAL_ACCEPTED.dataschema()).isEqualTo("https://setu.example.org/schemas/referral/accepted.v1.json");
        assertThat(EventCatalog.REFERRAL_ACCEPTED.schemaPath()).isEqualTo("/schemas/referral/accepted.v1.json");
        assertThat(EventCatalog.CONSENT_CHANGED.dataschema()).isEqualTo("https://setu.example.org/schemas/screening/consent-changed.v2.json");
        assertThat(EventCatalog.REFERRAL_ACCEPTED.topic()).isEqualTo(Topics.REFERRAL);
        assertThat(EventCatalog.REFERRAL_ACCEPTED.source()).isEqualTo("/referral-service");
    }

    @Test
    void oneCasesScreeningAndReferralEventsShareAKeySoTheyStayInOrder() {
        assertThat(EventCatalog.SCREENING_COMPLETED.partitionKey(Samples.of(EventCatalog.SCREENING_COMPLETED)))
                .isEqualTo(EventCatalog.REFERRAL_ESCALATED.partitionKey(Samples.of(EventCatalog.REFERRAL_ESCALATED)))
                .isEqualTo(EventCatalog.CASE_ERASED.subject(Samples.of(EventCatalog.CASE_ERASED)))
                .isEqualTo(Samples.CASE.toString());
    }

    @Test
    void directoryEventsAreKeyedByTheServiceSoCompactionKeepsEachServicesLatestSnapshot() {
        for (EventContract<?> contract : List.of(EventCatalog.SERVICE_UPSERTED, EventCatalog.CAPACITY_CHANGED, EventCatalog.SERVICE_REMOVED)) {
            assertThat(contract.keyedBy()).isEqualTo(KeyedBy.SERVICE_ID);
            assertThat(contract.partitionKey(Samples.of(contract))).isEqualTo(Samples.SHELTER_SERVICE.toString());
        }
        assertThat(EventCatalog.NOTIFICATION_FAILED.partitionKey(Samples.of(EventCatalog.NOTIFICATION_FAILED)))
                .isEqualTo(Samples.NOTIFICATION.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void eachTopicHasOneKindOfKey(EventContract<?> contract) {
        KeyedBy expected = switch (contract.topic()) {
            case Topics.SCREENING -> contract == EventCatalog.PORT_DESK_CHANGED ? KeyedBy.AGENCY_ID : KeyedBy.CASE_ID;
            case Topics.REFERRAL -> KeyedBy.CASE_ID;
            case Topics.DIRECTORY -> KeyedBy.SERVICE_ID;
            case Topics.NOTIFICATION -> KeyedBy.NOTIFICATION_ID;
            default -> throw new AssertionError("unknown topic " + contract.topic());
        };
        assertThat(contract.keyedBy()).isEqualTo(expected);
    }

    @Test
    void aDeskDesignationIsAboutNoCaseSoItIsKeyedByTheAgencyWhoseDesignationsMustStayInOrder() {
        assertThat(EventCatalog.PORT_DESK_CHANGED.topic()).isEqualTo(Topics.SCREENING);
        assertThat(EventCatalog.PORT_DESK_CHANGED.partitionKey(Samples.of(EventCatalog.PORT_DESK_CHANGED)))
                .isEqualTo(Samples.AIRPORT_DESK.toString());
    }

    @Test
    void somethingThatIsNotASetuEventHasNoContract() {
        assertThatThrownBy(() -> EventCatalog.forPayload("a string"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Setu event");
        assertThat(EventCatalog.find("setu.referral.accepted.v2")).isEmpty();
    }

    @Test
    void theSchemasSpellEveryClosedVocabularyExactlyAsTheJavaEnums() throws IOException {
        JsonNode defs;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/common/types.v1.json")) {
            defs = Samples.MAPPER.readTree(in).get("$defs");
        }
        Map<String, Class<? extends Enum<?>>> vocabularies = Map.ofEntries(
                Map.entry("serviceCategory", ServiceCategory.class), Map.entry("urgency", Urgency.class),
                Map.entry("classification", Classification.class), Map.entry("referralStatus", ReferralStatus.class),
                Map.entry("ageBand", AgeBand.class), Map.entry("sex", Sex.class),
                Map.entry("victimCategory", VictimCategory.class), Map.entry("screeningContext", ScreeningContext.class),
                Map.entry("shareLevel", ShareLevel.class), Map.entry("erasureReason", ErasureReason.class),
                Map.entry("coverageLevel", CoverageLevel.class), Map.entry("capacityUnit", org.setu.events.directory.CapacityUnit.class),
                Map.entry("channel", Channel.class), Map.entry("recipientKind", RecipientKind.class));
        vocabularies.forEach((name, type) -> {
            List<String> inSchema = Samples.MAPPER.convertValue(defs.get(name).get("enum"), List.class);
            List<String> inJava = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            assertThat(inSchema).as(name).containsExactlyElementsOf(inJava);
        });
    }

    /** CloudEvents 1.0.2 types {@code dataschema} as URI: an absolute URI (RFC 3986 section 4.3), never a path. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everyDataschemaIsAnAbsoluteUriWithoutFragment(EventContract<?> contract) {
        java.net.URI uri = java.net.URI.create(contract.dataschema());
        assertThat(uri.isAbsolute()).as(contract.dataschema()).isTrue();
        assertThat(uri.getFragment()).isNull();
        assertThat(uri.getPath()).isEqualTo(contract.schemaPath());
    }

    @Test
    void theAsyncApiDocumentListsEveryEventTypeWithItsSchema() throws IOException {
        String asyncApi = Files.readString(Path.of("../docs/asyncapi.yaml"));
        for (EventContract<?> contract : EventCatalog.all()) {
            assertThat(asyncApi).as(contract.type().toString())
                    .contains("const: " + contract.type())
                    .contains("const: " + contract.dataschema())
                    .contains("$ref: ../events/src/main/resources" + contract.schemaPath());
        }
    }
}
