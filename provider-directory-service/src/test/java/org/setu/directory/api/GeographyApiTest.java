package org.setu.directory.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@TestSecurity(user = "caseworker", roles = "case-worker")
class GeographyApiTest {

    @Test
    void theEightDivisionsAndSixtyFourDistrictsAreServedWithEnglishAndBanglaNames() {
        given().get("/api/v1/geography/divisions").then().statusCode(200)
                .body("totalItems", equalTo(8))
                .body("items.find { it.id == '6' }.name.en", equalTo("Dhaka"))
                .body("items.find { it.id == '6' }.name.bn", equalTo("ঢাকা"));
        given().get("/api/v1/geography/districts").then().statusCode(200)
                .body("totalItems", equalTo(64))
                .body("items.find { it.id == '9' }.name.bn", equalTo("কক্সবাজার"));
    }

    @Test
    void upazilasAndUnionsAreListedUnderTheirParent() {
        given().queryParam("divisionId", "6").get("/api/v1/geography/districts").then().statusCode(200)
                .body("items.divisionId", everyItem(equalTo("6")))
                .body("items.id", hasItem("47"));
        given().queryParam("districtId", "47").get("/api/v1/geography/upazilas").then().statusCode(200)
                .body("items.name.en", hasItem("Savar"))
                .body("items.districtId", everyItem(equalTo("47")))
                .body("items.divisionId", everyItem(equalTo("6")));
        given().get("/api/v1/geography/upazilas").then().statusCode(200).body("totalItems", equalTo(494));
        given().get("/api/v1/geography/unions").then().statusCode(200).body("totalItems", equalTo(4540));
        given().queryParam("upazilaId", "1").queryParam("size", 3).get("/api/v1/geography/unions").then().statusCode(200)
                .body("items", hasSize(3)).body("items.upazilaId", everyItem(equalTo("1")));
    }

    @Test
    void anUnknownParentCodeIsAProblemNamingTheParameter() {
        given().queryParam("divisionId", "99").get("/api/v1/geography/districts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("divisionId"));
    }

    @Test
    void theTaxonomyHasTheThirteenSetuCategoriesInBothLanguages() {
        given().get("/api/v1/taxonomy").then().statusCode(200)
                .body("items", hasSize(13))
                .body("items.find { it.code == 'SHELTER' }.label.bn", equalTo("আশ্রয়"))
                .body("items.find { it.code == 'LAW_ENFORCEMENT' }.label.en", equalTo("Law enforcement"));
    }
}
