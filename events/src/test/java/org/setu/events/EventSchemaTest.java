package org.setu.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.setu.events.testing.InvalidEventException;
import org.setu.events.testing.SchemaValidator;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every event a service produces keeps to the schema a consumer in any language would check it against. */
class EventSchemaTest {

    static Stream<EventContract<?>> everyType() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everyEventTypeValidatesAgainstItsSchemaAsAQuarkusServiceWritesIt(EventContract<?> contract) throws Exception {
        String json = Samples.MAPPER.writeValueAsString(Samples.of(contract));

        assertThat(SchemaValidator.problems(contract.type().toString(), json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everyEventTypeStillValidatesWhenTheProducerLeavesNullsOut(EventContract<?> contract) throws Exception {
        String json = Samples.MAPPER_WITHOUT_NULLS.writeValueAsString(Samples.of(contract));

        assertThat(SchemaValidator.problems(contract.type().toString(), json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void anEventWithAPersonsNameIsRejectedByItsSchema(EventContract<?> contract) {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(contract));
        json.put("givenName", "Ayesha");

        assertThat(SchemaValidator.problems(contract.type().toString(), json))
                .singleElement().asString().contains("givenName").doesNotContain("Ayesha");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void anEventWithoutARequiredFieldIsRejectedByItsSchema(EventContract<?> contract) {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(contract));
        json.remove("occurredAt");

        assertThat(SchemaValidator.problems(contract.type().toString(), json))
                .singleElement().asString().contains("occurredAt");
    }

    @Test
    void anErasuresCancellationWithoutACaseReferenceKeepsToVersionTwoButNotToVersionOne() {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(EventCatalog.REFERRAL_CANCELLED));
        json.putNull("caseRef");

        assertThat(SchemaValidator.problems("setu.referral.cancelled.v2", json)).isEmpty();
        assertThat(SchemaValidator.problems("setu.referral.cancelled.v1", json)).isNotEmpty();
        json.remove("caseRef");
        assertThat(SchemaValidator.problems("setu.referral.cancelled.v2", json)).isEmpty();
    }

    @Test
    void aReferralAcceptedEventValidatesAgainstItsSchema() {
        SchemaValidator.requireValid(Samples.of(EventCatalog.REFERRAL_ACCEPTED), Samples.MAPPER);
    }

    @Test
    void aScreeningEventWithAPersonsPhoneAndBirthDateInsideItsLocationIsRejected() {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(EventCatalog.SCREENING_COMPLETED));
        ((ObjectNode) json.get("currentLocation")).put("address", "House 12, Road 4, Savar");
        json.put("phone", "+8801711111111").put("dateOfBirth", "2003-02-01");

        assertThatThrownBy(() -> SchemaValidator.requireValid("setu.screening.completed.v1", json.toString()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("address").hasMessageContaining("phone").hasMessageContaining("dateOfBirth")
                .hasMessageNotContaining("Savar").hasMessageNotContaining("+880");
    }

    @Test
    void aScreeningAbroadNamesItsCountriesByCodeSoACityOrACountrysNameIsRejected() {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(EventCatalog.SCREENING_COMPLETED));
        json.put("screeningCountry", "SA");
        SchemaValidator.requireValid("setu.screening.completed.v1", json.toString());
        json.put("screeningCountry", "Riyadh").put("countryOfExploitation", "Saudi Arabia");

        assertThat(SchemaValidator.problems("setu.screening.completed.v1", json))
                .anySatisfy(p -> assertThat(p).contains("/screeningCountry: does not match"))
                .anySatisfy(p -> assertThat(p).contains("/countryOfExploitation: does not match"))
                .allSatisfy(p -> assertThat(p).doesNotContain("Riyadh", "Saudi"));
    }

    @Test
    void aReasonCodeCannotCarryFreeTextAboutThePerson() {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(EventCatalog.REFERRAL_DECLINED));
        json.put("reasonCode", "she is pregnant and we have no doctor");

        assertThat(SchemaValidator.problems("setu.referral.declined.v1", json)).singleElement().asString().contains("reasonCode");
    }

    @Test
    void anIdThatIsNotAUuidAndATimeWithoutOffsetAreRejected() {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(EventCatalog.REFERRAL_SENT));
        json.put("referralId", "42").put("dueAt", "2025-03-15 09:30");

        assertThat(SchemaValidator.problems("setu.referral.sent.v1", json)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("referralId"))
                .anySatisfy(p -> assertThat(p).contains("dueAt"));
    }

    @Test
    void anAcceptedEventThatSaysTheReferralIsStillSentIsRejected() {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(EventCatalog.REFERRAL_ACCEPTED));
        json.put("status", "SENT");

        assertThat(SchemaValidator.problems("setu.referral.accepted.v1", json)).isNotEmpty();
    }

    @Test
    void aServiceCoveringADistrictMustNameTheDistrict() {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(EventCatalog.SERVICE_UPSERTED));
        ((ObjectNode) json.get("service").get("coverage").get(0)).putNull("id");

        assertThat(SchemaValidator.problems("setu.directory.service-upserted.v1", json)).isNotEmpty();
    }

    @Test
    void anUnknownCategoryIsRejectedSoThatATypoDoesNotSilentlyRouteNowhere() {
        ObjectNode json = Samples.MAPPER.valueToTree(Samples.of(EventCatalog.SCREENING_COMPLETED));
        json.putArray("needs").add("SHELTERS");

        assertThat(SchemaValidator.problems("setu.screening.completed.v1", json)).singleElement().asString().contains("needs");
    }

    @Test
    void anUnknownEventTypeHasNoSchemaToValidateAgainst() {
        assertThatThrownBy(() -> SchemaValidator.problems("setu.referral.teleported.v1", "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setu.referral.teleported.v1");
    }

    @Test
    void theProblemsOfAnEventAreAllListedAtOnce() {
        assertThatThrownBy(() -> SchemaValidator.requireValid("setu.screening.case-erased.v1", "{}"))
                .isInstanceOfSatisfying(InvalidEventException.class,
                        e -> assertThat(e.problems()).hasSize(List.of("caseId", "reason", "occurredAt").size()));
    }
}
