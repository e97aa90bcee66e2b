package org.setu.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.notification.app.DeliveryFailure;
import org.setu.notification.app.NotificationSettings;
import org.setu.notification.domain.WebhookSignature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * Webhooks: a structured-mode CloudEvent ({@code application/cloudevents+json}) posted to the subscriber, signed
 * with its secret. The timestamp is the real time of sending, because the receiver compares it with its own clock.
 */
@ApplicationScoped
public class WebhookChannel {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    @Inject
    NotificationSettings settings;

    private HttpClient client;

    HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(settings.webhook().connectTimeout())
                    .build();
        }
        return client;
    }

    public void send(String url, String secret, UUID deliveryId, String cloudEvent) throws DeliveryFailure {
        long timestamp = Instant.now().getEpochSecond();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailure("WEBHOOK_BAD_URL", true);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.webhook().timeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "Setu-Notification/1")
                .header(WebhookSignature.ID_HEADER, deliveryId.toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, cloudEvent))
                .POST(HttpRequest.BodyPublishers.ofString(cloudEvent))
                .build();
        HttpCalls.post(client(), request, "WEBHOOK");
    }
}
