package org.setu.kit.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.setu.devstack.testing.TopicReader;
import org.setu.events.Topics;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    /** Tracing switched on as an operator would; nothing listens at the collector's address, which is fine here. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:4317");
        }
    }

    @Test
    @TestSecurity(user = "screener", roles = "screener")
    void theTraceOfTheRequestThatCompletedAScreeningGoesOnInItsKafkaRecord() {
        String traceId = hex(16);
        String callerSpan = hex(8);
        UUID caseId = UUID.randomUUID();

        given().header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .when().post("/api/v1/test/screenings/" + caseId).then().statusCode(200);

        ConsumerRecord<byte[], byte[]> record = TopicReader.readUntil(Topics.SCREENING,
                        rs -> rs.stream().anyMatch(r -> caseId.toString().equals(TopicReader.key(r))), Duration.ofSeconds(30))
                .stream().filter(r -> caseId.toString().equals(TopicReader.key(r))).findFirst().orElseThrow();
        String traceparent = TopicReader.header(record, "traceparent");
        assertThat(traceparent).as("the record's trace context").startsWith("00-" + traceId + "-");
        assertThat(traceparent).as("a span of ours, not the caller's").doesNotContain(callerSpan);
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] |= 1; // never all zeros, which W3C trace context calls invalid
        return HexFormat.of().formatHex(b);
    }
}
