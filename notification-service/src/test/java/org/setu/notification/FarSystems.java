package org.setu.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The far systems of the notification service, inside the test JVM: a real SMTP server (GreenMail) and an HTTP
 * server (WireMock) that plays the SMS gateway and the partners' webhook receivers. Both on free ports.
 */
public class FarSystems implements QuarkusTestResourceLifecycleManager {

    public static final String COORDINATORS = "nrm-desk@coordinators.test";
    private static GreenMail mail;
    private static WireMockServer http;

    public static GreenMail mail() {
        return mail;
    }

    public static WireMockServer http() {
        return http;
    }

    public static String url(String path) {
        return "http://127.0.0.1:" + http.port() + path;
    }

    @Override
    public Map<String, String> start() {
        int smtp = freePort();
        mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        http = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(freePort()));
        http.start();
        http.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(202)));
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(smtp),
                "setu.notification.sms.gateway-url", url("/sms"),
                "setu.notification.coordinators.emails", COORDINATORS,
                "setu.notification.coordinators.language", "bn");
    }

    @Override
    public void stop() {
        if (http != null) http.stop();
        if (mail != null) mail.stop();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
