package org.setu.notification.messaging;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.notification.app.DeliveryFailure;
import org.setu.notification.app.NotificationSettings;
import org.setu.notification.app.WebhookGuard;
import org.setu.notification.app.WebhookSender;
import org.setu.notification.domain.WebhookSignature;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Webhooks: a structured-mode CloudEvent ({@code application/cloudevents+json}) posted to the subscriber, signed
 * with its secret. The timestamp is the real time of sending, because the receiver compares it with its own clock.
 * <p>
 * The host is resolved and judged by {@link WebhookGuard} right before the call, and the connection goes to the
 * address it judged: the request names the host (Host header, TLS SNI and certificate check) but is never resolved
 * again. Vert.x's client allows that ({@code RequestOptions.server}); the JDK's does not. Redirects are not followed,
 * connections are not kept, and the receiver's answer is reduced to its status.
 */
@ApplicationScoped
public class WebhookChannel implements WebhookSender {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    @Inject
    NotificationSettings settings;

    @Inject
    WebhookGuard guard;

    @Inject
    Vertx vertx;

    private volatile HttpClient client;

    HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) settings.webhook().connectTimeout().toMillis())
                            .setKeepAlive(false)
                            .setForceSni(true)
                            .setVerifyHost(true));
                }
            }
        }
        return client;
    }

    @Override
    public void send(String url, String secret, UUID deliveryId, String cloudEvent) throws DeliveryFailure {
        WebhookGuard.Vetted to = guard.vet(url);
        long timestamp = Instant.now().getEpochSecond();
        String path = to.uri().getRawPath() == null || to.uri().getRawPath().isEmpty() ? "/" : to.uri().getRawPath();
        if (to.uri().getRawQuery() != null) path += "?" + to.uri().getRawQuery();
        long timeout = settings.webhook().timeout().toMillis();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(to.host())
                .setPort(to.port())
                .setSsl(to.https())
                .setURI(path)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(to.address(), to.port())))
                .setFollowRedirects(false)
                .setTimeout(timeout)
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("User-Agent", "Setu-Notification/1")
                .putHeader(WebhookSignature.ID_HEADER, deliveryId.toString())
                .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, cloudEvent));
        int status;
        try {
            status = client().request(request)
                    .compose(r -> r.send(Buffer.buffer(cloudEvent)))
                    .map(response -> {
                        int code = response.statusCode();
                        // the body is not read: what the far side says could be anything, and it is not kept
                        response.request().connection().close();
                        return code;
                    })
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout + settings.webhook().connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DeliveryFailure("WEBHOOK_TIMEOUT", false);
        } catch (ExecutionException e) {
            throw new DeliveryFailure(isTimeout(e.getCause()) ? "WEBHOOK_TIMEOUT" : "WEBHOOK_UNREACHABLE", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("WEBHOOK_INTERRUPTED", false);
        }
        HttpCalls.judge(status, "WEBHOOK");
    }

    private static boolean isTimeout(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            // Vert.x and Netty name their timeouts so (NoStackTraceTimeoutException, ConnectTimeoutException)
            if (c instanceof TimeoutException || c.getClass().getSimpleName().contains("Timeout")) return true;
        }
        return false;
    }

    @PreDestroy
    void close() {
        if (client != null) client.close();
    }
}
