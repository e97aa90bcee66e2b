package org.setu.notification.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.notification.app.DeliveryFailure;
import org.setu.notification.app.NotificationSettings;
import org.setu.notification.app.SmsSender;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Map;

/**
 * SMS through an HTTP gateway: {@code POST <gateway-url>} with {@code {"to": "+880...", "text": "..."}} and, when
 * configured, a bearer token. Any 2xx means the gateway accepted it. A gateway with another shape gets its own
 * adapter beside this one.
 */
@ApplicationScoped
public class SmsChannel implements SmsSender {

    @Inject
    NotificationSettings settings;

    @Inject
    ObjectMapper json;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public boolean enabled() {
        return settings.sms().gatewayUrl().isPresent();
    }

    @Override
    public void send(String to, String text) throws DeliveryFailure {
        String url = settings.sms().gatewayUrl().orElseThrow(() -> new DeliveryFailure("SMS_NOT_CONFIGURED", true));
        String body;
        try {
            body = json.writeValueAsString(Map.of("to", to, "text", text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.sms().timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        settings.sms().token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpCalls.post(client, request.build(), "SMS_GATEWAY");
    }
}
