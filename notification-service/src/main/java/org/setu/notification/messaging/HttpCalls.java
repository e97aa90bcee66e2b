package org.setu.notification.messaging;

import org.setu.notification.app.DeliveryFailure;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/** One HTTP call to a far system, with its answer reduced to a reason code. Redirects are never followed. */
final class HttpCalls {

    private HttpCalls() {
    }

    static void post(HttpClient client, HttpRequest request, String prefix) throws DeliveryFailure {
        int status;
        try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure(prefix + "_TIMEOUT", false);
        } catch (IOException e) {
            throw new DeliveryFailure(prefix + "_UNREACHABLE", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure(prefix + "_INTERRUPTED", false);
        }
        judge(status, prefix);
    }

    /** A 2xx is delivered; anything else is a failure whose code holds only the status class. */
    static void judge(int status, String prefix) throws DeliveryFailure {
        if (status >= 200 && status < 300) return;
        // 410 Gone says the receiver will never take it; everything else may heal (a deploy, a rotated secret)
        if (status == 410) throw new DeliveryFailure(prefix + "_GONE", true);
        throw new DeliveryFailure(prefix + "_" + (status / 100) + "XX", false);
    }
}
