package org.setu.systemtests;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The systems outside Setu that the notification service talks to: an SMS gateway and partners' webhook receivers,
 * one WireMock on loopback for the whole run, answering 200 to everything. The platform's notification service is
 * pointed at it by the environment the build gives the test JVM (system-tests/pom.xml), which the services inherit:
 * {@code SETU_NOTIFICATION_SMS_GATEWAY_URL} and a loopback range allowed for webhooks, for this run only.
 */
final class FarSystems {

    static final int PORT = 18089;
    private static WireMockServer server;

    private FarSystems() {
    }

    /** Started before the platform, so that no delivery of the run meets a closed port. */
    static synchronized void start() {
        if (server != null) return;
        server = new WireMockServer(options().bindAddress("127.0.0.1").port(PORT));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    static synchronized void stop() {
        if (server != null) server.stop();
        server = null;
    }

    static String url(String path) {
        return "http://127.0.0.1:" + PORT + path;
    }

    /** Every request received on the path, with when it arrived and its body. */
    static List<Received> received(String path) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(path))).stream().map(Received::of).toList();
    }

    record Received(Instant at, String body) {
        static Received of(LoggedRequest r) {
            return new Received(r.getLoggedDate().toInstant(), r.getBodyAsString());
        }
    }
}
