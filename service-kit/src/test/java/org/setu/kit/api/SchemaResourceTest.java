package org.setu.kit.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;

import java.net.URI;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A partner fetches the schema an event's dataschema names from the running service, without a token. */
@QuarkusTest
class SchemaResourceTest {

    static Stream<EventContract<?>> everyTypeStillRead() {
        return Stream.concat(EventCatalog.all().stream(), EventCatalog.stillRead().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTypeStillRead")
    void theSchemaOfEveryEventIsServedAtThePathOfItsDataschema(EventContract<?> contract) {
        given().when().get(URI.create(contract.dataschema()).getPath())
                .then().statusCode(200).contentType("application/schema+json")
                .body("title", equalTo(contract.type().toString()));
    }

    @Test
    void theSharedVocabularyTheSchemasReferToIsServedBesideThem() {
        given().when().get("/schemas/common/types.v1.json").then().statusCode(200).body("$defs.uuid.format", equalTo("uuid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/schemas/referral/unknown.v1.json", "/schemas/referral/accepted.v1.txt", "/schemas/Referral/accepted.v1.json",
            "/schemas/referral/..%2F..%2Fapplication.properties", "/schemas/x/application.properties"})
    void anythingElseUnderSchemasIsNotFound(String path) {
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(404);
    }
}
