package org.setu.bench.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.setu.bench.Load;
import org.setu.bench.Screenings;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/** Partner systems sending screenings at one steady rate (the run steps the rate up from one simulation to the next). */
public class IntakeSimulation extends Simulation {

    public IntakeSimulation() {
        String token = Load.partnerToken();
        HttpProtocolBuilder protocol = http.baseUrl(Load.SCREENING).contentTypeHeader("application/json")
                .acceptHeader("application/json").authorizationHeader("Bearer " + token).shareConnections();
        ScenarioBuilder intake = scenario("intake at " + (int) Load.rate() + "/s").exec(http("POST /screenings")
                .post("/api/v1/screenings").body(StringBody(session -> Screenings.varied()))
                .check(status().is(201), jsonPath("$.caseId").exists()));
        setUp(intake.injectOpen(constantUsersPerSec(Load.rate()).during(Duration.ofSeconds(Load.seconds()))))
                .protocols(protocol);
    }
}
