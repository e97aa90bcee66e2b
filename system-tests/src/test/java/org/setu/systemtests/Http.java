package org.setu.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw HTTP as a careless or hostile client sends it: any method, any bytes, any content type. RestAssured would
 * tidy a request up (charsets, JSON encoding), which is exactly what the bad-input run must not do.
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** One answer: status, content type and body (the first 64 KiB of an endless stream). */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** A request, built fluently. */
    static final class Call {
        final String method;
        final String url;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;

        Call(String method, String url) {
            this.method = method;
            this.url = url;
        }

        Call token(String token) {
            if (token != null) headers.put("Authorization", "Bearer " + token);
            return this;
        }

        Call header(String name, String value) {
            if (value != null) headers.put(name, value);
            return this;
        }

        Call json(String json) {
            return body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        Call body(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            this.body = bytes;
            return this;
        }

        Answer send() {
            return Http.send(this);
        }
    }

    static Call call(String method, String url) {
        return new Call(method, url);
    }

    /**
     * Sends once more when the first try got no answer at all: after a 413 the server closes the connection, and the
     * client may already have picked that closing connection for the next request ("header parser received no
     * bytes"). A request that got no bytes was not answered, so sending it again judges the same request.
     */
    static Answer send(Call c) {
        try {
            return sendOnce(c);
        } catch (IllegalStateException noAnswer) {
            if (!(noAnswer.getCause() instanceof IOException)) throw noAnswer;
            return sendOnce(c);
        }
    }

    private static Answer sendOnce(Call c) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.url)).timeout(Duration.ofSeconds(60));
        c.headers.forEach(b::header);
        b.method(c.method, c.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body));
        try {
            HttpResponse<InputStream> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = r.body()) {
                // an event stream never ends: its headers and first bytes are enough to judge it
                boolean stream = r.headers().firstValue("content-type").orElse("").startsWith("text/event-stream");
                body = stream ? "" : new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse(null), body, headers);
        } catch (IOException e) {
            throw new IllegalStateException(c.method + " " + c.url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
