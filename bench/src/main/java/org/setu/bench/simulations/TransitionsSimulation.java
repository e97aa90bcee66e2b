package org.setu.bench.simulations;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.setu.bench.Load;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The referral lifecycle by hand, from a fixed number of concurrent clients, each on a case of its own: a case
 * worker makes a referral, then the provider side accepts it, starts and completes it (each step with If-Match on
 * the version just read). A completed referral leaves the case free for the next one.
 */
public class TransitionsSimulation extends Simulation {

    public TransitionsSimulation() {
        String caseworker = "Bearer " + Load.caseworkerToken();
        String coordinator = "Bearer " + Load.coordinatorToken();
        HttpProtocolBuilder protocol = http.baseUrl(Load.REFERRAL).contentTypeHeader("application/json")
                .acceptHeader("application/json");
        ChainBuilder lifecycle = http("create (manual referral)").post("/api/v1/referrals").header("Authorization", caseworker)
                .body(StringBody("{\"caseId\":\"#{caseId}\",\"category\":\"PSYCHOSOCIAL\",\"note\":\"bench\"}"))
                .check(status().is(201), jsonPath("$.id").saveAs("id"), jsonPath("$.version").saveAs("version"))
                .toChainBuilder();
        lifecycle = lifecycle.exec(step("accept", coordinator)).exec(step("start", coordinator)).exec(step("complete", coordinator));
        Iterable<Map<String, Object>> feed = () -> Stream.iterate(0, i -> i + 1).limit(Load.cases().size())
                .map(i -> Map.<String, Object>of("caseId", Load.cases().get(i))).iterator();
        ScenarioBuilder s = scenario("referral transitions").feed(feed.iterator())
                .during(Duration.ofSeconds(Load.seconds())).on(exitBlockOnFail().on(lifecycle));
        setUp(s.injectOpen(atOnceUsers(Math.min(Load.clients(), Load.cases().size())))).protocols(protocol);
    }

    private static ChainBuilder step(String transition, String authorization) {
        // acting for the provider: the coordinators may move any referral, whichever service routing picked
        return http(transition).post("/api/v1/referrals/#{id}/" + transition).header("Authorization", authorization)
                .header("If-Match", "#{version}").body(StringBody("{\"note\":\"bench\"}"))
                .check(status().is(200), jsonPath("$.version").saveAs("version")).toChainBuilder();
    }
}
