package org.setu.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private final String secret = WebhookSignature.newSecret();
    private final Instant now = Instant.parse("2026-03-01T00:00:00Z");
    private final Duration tolerance = Duration.ofMinutes(5);

    @Test
    void aSignatureOverTheTimestampAndTheBodyVerifies() {
        String body = "{\"id\":\"1\"}";
        String sig = WebhookSignature.sign(secret, now.getEpochSecond(), body);
        assertThat(sig).matches("v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify(secret, Long.toString(now.getEpochSecond()), sig, body, now, tolerance)).isTrue();
    }

    @Test
    void aChangedBodyAnotherSecretOrAnOldTimestampDoNotVerify() {
        String body = "{\"id\":\"1\"}";
        long ts = now.getEpochSecond();
        String sig = WebhookSignature.sign(secret, ts, body);
        assertThat(WebhookSignature.verify(secret, Long.toString(ts), sig, "{\"id\":\"2\"}", now, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), Long.toString(ts), sig, body, now, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(secret, Long.toString(ts), sig, body, now.plus(Duration.ofMinutes(6)), tolerance)).isFalse();
        assertThat(WebhookSignature.verify(secret, Long.toString(ts + 1), sig, body, now, tolerance)).as("timestamp is signed").isFalse();
    }

    @Test
    void secretsAreLongAndDifferent() {
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }
}
