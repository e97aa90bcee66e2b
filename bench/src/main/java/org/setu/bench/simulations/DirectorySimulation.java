package org.setu.bench.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.setu.bench.Load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Case workers looking for services over the generated directory of 100,000: searches in the directory (place,
 * category and eligibility filters, or a word) and match previews in the referral service (the ranked candidates
 * for a case, with why), from a fixed number of concurrent clients.
 */
public class DirectorySimulation extends Simulation {

    private static final List<String> CATEGORIES = List.of("SHELTER", "MEDICAL", "PSYCHOSOCIAL", "LEGAL_AID",
            "CHILD_PROTECTION", "FAMILY_TRACING", "REINTEGRATION", "DOCUMENTATION");
    /** Districts with their divisions (codes of the directory's geography). */
    private static final List<String[]> DISTRICTS = List.of(new String[] {"6", "47"}, new String[] {"3", "20"},
            new String[] {"1", "9"}, new String[] {"1", "1"}, new String[] {"2", "30"}, new String[] {"4", "40"});

    public DirectorySimulation() {
        String token = Load.caseworkerToken();
        List<String> cases = Load.cases();
        HttpProtocolBuilder protocol = http.acceptHeader("application/json").authorizationHeader("Bearer " + token);
        ScenarioBuilder search = scenario("directory: search and match").during(Duration.ofSeconds(Load.seconds())).on(
                randomSwitch().on(
                        percent(30).then(http("search: district + category").get(session -> Load.DIRECTORY
                                + "/api/v1/services?districtId=" + district()[1] + "&category=" + category()).check(status().is(200))),
                        percent(20).then(http("search: routing filters").get(session -> Load.DIRECTORY
                                + "/api/v1/services?districtId=" + district()[1] + "&category=" + category()
                                + "&age=" + ThreadLocalRandom.current().nextInt(10, 60) + "&gender=FEMALE"
                                + "&acceptingReferrals=true&hasCapacity=true").check(status().is(200))),
                        percent(10).then(http("search: word").get(session -> Load.DIRECTORY
                                + "/api/v1/services?q=service+" + ThreadLocalRandom.current().nextInt(1000)).check(status().is(200))),
                        percent(40).then(http("match").get(session -> Load.REFERRAL + "/api/v1/matches?caseId="
                                + cases.get(ThreadLocalRandom.current().nextInt(cases.size())) + "&category=" + category())
                                .check(status().is(200)))));
        setUp(search.injectClosed(constantConcurrentUsers(Load.clients()).during(Duration.ofSeconds(Load.seconds()))))
                .protocols(protocol);
    }

    private static String category() {
        return CATEGORIES.get(ThreadLocalRandom.current().nextInt(CATEGORIES.size()));
    }

    private static String[] district() {
        return DISTRICTS.get(ThreadLocalRandom.current().nextInt(DISTRICTS.size()));
    }
}
