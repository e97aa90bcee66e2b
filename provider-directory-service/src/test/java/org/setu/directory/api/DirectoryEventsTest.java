package org.setu.directory.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.directory.DirectoryTopic;
import org.setu.events.testing.SchemaValidator;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.setu.directory.Fixtures.NRM_SECRETARIAT;

@QuarkusTest
@TestSecurity(user = "diradmin", roles = "directory-admin")
@OidcSecurity(claims = @Claim(key = "agency_id", value = NRM_SECRETARIAT))
class DirectoryEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyChangeOfAServiceIsPublishedKeyedByTheServiceWithPayloadsThatKeepToTheirSchemas() throws Exception {
        String org = given().contentType("application/json").body(Map.of("name", Map.of("en", "Events NGO")))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        String id = given().contentType("application/json").body(ServiceRequests.shelter(org))
                .post("/api/v1/services").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(Map.of("available", 0, "total", 12, "unit", "BEDS"))
                .put("/api/v1/services/{id}/capacity", id).then().statusCode(200);
        Map<String, Object> changed = ServiceRequests.shelter(org);
        changed.put("acceptingReferrals", false);
        given().contentType("application/json").body(changed).put("/api/v1/services/{id}", id).then().statusCode(200);
        given().delete("/api/v1/services/{id}", id).then().statusCode(204);

        UUID serviceId = UUID.fromString(id);
        List<ConsumerRecord<byte[], byte[]>> ours = DirectoryTopic.of(DirectoryTopic.readUntil(
                rs -> DirectoryTopic.of(rs, serviceId).size() >= 4, Duration.ofSeconds(30)), serviceId);

        assertThat(ours).extracting(r -> DirectoryTopic.header(r, "ce_type")).containsExactly(
                "setu.directory.service-upserted.v1", "setu.directory.capacity-changed.v1",
                "setu.directory.service-upserted.v1", "setu.directory.service-removed.v1");
        for (ConsumerRecord<byte[], byte[]> r : ours) {
            assertThat(SchemaValidator.problems(DirectoryTopic.header(r, "ce_type"), DirectoryTopic.value(r))).isEmpty();
            assertThat(DirectoryTopic.header(r, "ce_subject")).isEqualTo(id);
            assertThat(DirectoryTopic.header(r, "ce_source")).isEqualTo("/provider-directory-service");
        }
        JsonNode created = JSON.readTree(DirectoryTopic.value(ours.get(0)));
        assertThat(created.at("/service/version").asLong()).isEqualTo(1);
        assertThat(created.at("/service/coverage/0/level").asText()).isEqualTo("DISTRICT");
        assertThat(created.at("/service/referralContact/email").asText()).isEqualTo("focal.point@dhaka-demo-ngo.example.org");
        JsonNode capacity = JSON.readTree(DirectoryTopic.value(ours.get(1)));
        assertThat(capacity.at("/previousCapacity/available").asInt()).isEqualTo(4);
        assertThat(capacity.at("/service/capacity/available").asInt()).isZero();
        assertThat(capacity.at("/service/version").asLong()).isEqualTo(2);
        JsonNode updated = JSON.readTree(DirectoryTopic.value(ours.get(2)));
        assertThat(updated.at("/service/acceptingReferrals").asBoolean()).isFalse();
        assertThat(updated.at("/service/version").asLong()).isEqualTo(3);
        assertThat(JSON.readTree(DirectoryTopic.value(ours.get(3))).at("/organizationId").asText()).isEqualTo(org);
    }

    @Test
    void republishingRecordsTheSnapshotOfEveryServiceAgain() {
        String org = given().contentType("application/json").body(Map.of("name", Map.of("en", "Republish NGO")))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id");
        UUID serviceId = UUID.fromString(given().contentType("application/json").body(ServiceRequests.shelter(org))
                .post("/api/v1/services").then().statusCode(201).extract().path("id"));
        long total = ((Number) given().get("/api/v1/services").then().extract().path("totalItems")).longValue();

        long republished = ((Number) given().post("/api/v1/admin/republish").then().statusCode(202)
                .extract().path("services")).longValue();

        assertThat(republished).isGreaterThanOrEqualTo(total);
        List<ConsumerRecord<byte[], byte[]>> ours = DirectoryTopic.of(DirectoryTopic.readUntil(
                rs -> DirectoryTopic.of(rs, serviceId).size() >= 2, Duration.ofSeconds(30)), serviceId);
        assertThat(ours).hasSize(2).allSatisfy(r -> {
            assertThat(DirectoryTopic.header(r, "ce_type")).isEqualTo("setu.directory.service-upserted.v1");
            assertThat(SchemaValidator.problems("setu.directory.service-upserted.v1", DirectoryTopic.value(r))).isEmpty();
        });
    }
}
