package org.setu.directory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.events.testing.SchemaValidator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;

/** What ./setu up gets: an empty directory at start fills itself with the sample for Bangladesh, and says so on the bus. */
@QuarkusTest
@TestProfile(SampleDirectoryAtStartTest.SampleLoad.class)
@TestSecurity(user = "caseworker", roles = "case-worker")
class SampleDirectoryAtStartTest {

    public static class SampleLoad implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("setu.directory.sample.load", "true");
        }
    }

    @Test
    void theDemoAgenciesServicesAreFoundAndEveryServiceIsAnnounced() {
        given().queryParam("organizationId", Fixtures.DHAKA_DEMO_NGO).get("/api/v1/services").then().statusCode(200)
                .body("items.category", containsInAnyOrder("PSYCHOSOCIAL", "SHELTER"))
                .body("items.referralContact.email", everyItem(equalTo("focal.point@dhaka-demo-ngo.example.org")));
        given().get("/api/v1/organizations/{id}", Fixtures.COXS_BAZAR_DEMO_NGO).then().statusCode(200)
                .body("sample", equalTo(true));
        // a returnee in Savar: the upazila's own counselling comes before Dhaka's help desk and national services
        given().queryParam("upazilaId", "365").queryParam("category", "PSYCHOSOCIAL").get("/api/v1/services").then()
                .statusCode(200).body("items[0].matchedCoverage", equalTo("UPAZILA"))
                .body("items[1].matchedCoverage", equalTo("DISTRICT"));
        int total = given().get("/api/v1/services").then().body("totalItems", greaterThan(150)).extract().path("totalItems");

        List<ConsumerRecord<byte[], byte[]>> records = DirectoryTopic.readUntil(rs -> rs.size() >= total, Duration.ofSeconds(60));
        assertThat(records).hasSizeGreaterThanOrEqualTo(total);
        assertThat(records).allSatisfy(r ->
                assertThat(SchemaValidator.problems(DirectoryTopic.header(r, "ce_type"), DirectoryTopic.value(r))).isEmpty());
    }
}
