package org.setu.kit.outbox;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Sends an outbox event through the {@code setu-outbox} channel (Kafka connector: idempotent producer,
 * {@code acks=all}) as a binary-mode CloudEvent: the data is the record value, the attributes are
 * {@code ce_*} headers, and the key is the event's partition key. With tracing on, the record continues the
 * trace of the request that recorded the event ({@code traceparent} header).
 */
@ApplicationScoped
public class KafkaOutboxPublisher implements OutboxRelay.Publisher {

    public static final String CHANNEL = "setu-outbox";

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    Emitter<String> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Override
    public CompletableFuture<Void> publish(OutboxEvent e) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(e.eventId().toString())
                .withType(e.type())
                .withSource(URI.create("/" + service))
                .withSubject(e.subject())
                .withTimestamp(e.createdAt().toZonedDateTime())
                .withDataSchema(URI.create(e.dataschema()))
                .withDataContentType("application/json")
                .withExtension("partitionkey", e.partitionKey())
                .build();
        Message<String> message = Message.of(e.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withTopic(e.topic()).withKey(e.partitionKey()).build())
                .addMetadata(cloudEvent)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        io.opentelemetry.context.Context recordedIn = TraceParent.of(e.traceparent());
        if (recordedIn != null) message = message.addMetadata(TracingMetadata.with(recordedIn, recordedIn));
        try {
            emitter.send(message);
        } catch (RuntimeException overflowOrClosed) {
            acked.completeExceptionally(overflowOrClosed);
        }
        return acked;
    }
}
