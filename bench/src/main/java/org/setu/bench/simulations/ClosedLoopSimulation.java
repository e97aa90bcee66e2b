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

/**
 * Screenings that each lead to one referral and one provider email, at a steady rate. The simulation only notes
 * when each case's screening was POSTed; the run reads when its referral was sent and its email accepted from the
 * services' own records afterwards.
 */
public class ClosedLoopSimulation extends Simulation {

    public ClosedLoopSimulation() {
        String token = Load.partnerToken();
        HttpProtocolBuilder protocol = http.baseUrl(Load.SCREENING).contentTypeHeader("application/json")
                .acceptHeader("application/json").authorizationHeader("Bearer " + token).shareConnections();
        ScenarioBuilder loop = scenario("closed loop at " + (int) Load.rate() + "/s")
                .exec(session -> session.set("postedAt", System.currentTimeMillis()))
                .exec(http("POST /screenings (referable)").post("/api/v1/screenings")
                        .body(StringBody(session -> Screenings.referable()))
                        .check(status().is(201), jsonPath("$.caseId").saveAs("caseId")))
                .exec(session -> {
                    if (session.contains("caseId")) Load.posted(session.getString("caseId"), session.getLong("postedAt"));
                    return session;
                });
        setUp(loop.injectOpen(constantUsersPerSec(Load.rate()).during(Duration.ofSeconds(Load.seconds()))))
                .protocols(protocol);
    }
}
