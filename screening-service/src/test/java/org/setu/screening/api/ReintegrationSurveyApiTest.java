package org.setu.screening.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.setu.screening.app.AnswersRejected;
import org.setu.screening.app.RssCatalog;
import org.setu.screening.domain.AnswerProblem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.setu.screening.Requests.DHAKA_NGO;

/** The Reintegration Sustainability Survey is served like the instruments, and the catalogue scores a follow-up's answers. */
@QuarkusTest
class ReintegrationSurveyApiTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    RssCatalog catalog;

    @Test
    @TestSecurity(user = "caseworker", roles = "case-worker")
    @OidcSecurity(claims = @Claim(key = "agency_id", value = DHAKA_NGO))
    void aCaseWorkerReadsTheSurveyWithItsOptionScoresBanglaLabelsAndTheSourceOfEveryWeight() {
        given().when().get("/api/v1/reintegration/surveys").then().statusCode(200)
                .body("items[0].code", equalTo("iom-rss"))
                .body("items[0].current", equalTo(true))
                .body("items[0].interimWeights", equalTo(true))
                .body("items[0].href", equalTo("/api/v1/reintegration/surveys/iom-rss/versions/1"));
        given().when().get("/api/v1/reintegration/surveys/iom-rss/versions/1").then().statusCode(200)
                .body("version", equalTo(1))
                .body("title.bn", equalTo("পুনঃএকীকরণ টেকসইতা জরিপ"))
                .body("dimensions.code", equalTo(List.of("economic", "social", "psychosocial")))
                .body("dimensions[0].weight.source", equalTo("not found"))
                .body("dimensions[0].indicators[2].questions.id", hasItems("debt-burden", "can-borrow"))
                .body("dimensions[0].indicators[2].questions[0].options.find { it.value == 'manageable' }.score", equalTo(0.5f))
                .body("dimensions[0].indicators[2].questions[0].wording", equalTo("not verified"))
                .body("sources.id", hasItems("iom-handbook-2-2-5", "iom-measure-2017"));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "nrm-coordinator")
    void anUnknownCodeOrVersionIsA404Problem() {
        given().when().get("/api/v1/reintegration/surveys/iom-rss/versions/9").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/reintegration/surveys/no-such-survey/versions/1").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/reintegration/surveys/iom-rss/versions/one").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theCatalogueScoresAFollowUpsAnswersToTheCurrentSurveyAndRefusesAnswersThatDoNotFit() {
        assertThat(catalog.current().name()).isEqualTo("iom-rss v1");
        Map<String, Object> answers = new HashMap<>();
        catalog.current().questions().forEach(q -> answers.put(q.id(), q.options().get(0).value()));
        var score = catalog.score("iom-rss", 1, answers);
        assertThat(score.composite()).isEqualTo(1.0);
        assertThat(score.interimWeights()).isTrue();

        answers.put("housing", "a-palace");
        assertThatThrownBy(() -> catalog.score("iom-rss", 1, answers)).isInstanceOf(AnswersRejected.class)
                .satisfies(e -> assertThat(((AnswersRejected) e).problems()).extracting(AnswerProblem::questionId).containsExactly("housing"));
        assertThatThrownBy(() -> catalog.score("iom-rss", 2, answers)).isInstanceOf(AnswersRejected.class)
                .hasMessage("there is no reintegration survey iom-rss v2; see GET /api/v1/reintegration/surveys");
    }
}
