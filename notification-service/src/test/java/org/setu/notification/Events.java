package org.setu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.referral.ReferralAccepted;
import org.setu.events.referral.ReferralEscalated;
import org.setu.events.referral.ReferralSent;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Produces the directory's and the referral service's events onto the real topics, as those services would. */
public final class Events {

    private static KafkaProducer<String, String> producer;

    private Events() {
    }

    /** Sends an event record as a binary-mode CloudEvent; @return its CloudEvent id */
    public static String publish(ObjectMapper json, Object event) {
        return publish(json, event, UUID.randomUUID().toString());
    }

    /** The same event again (same id), as the outbox relay's at-least-once delivery may do. */
    public static String publish(ObjectMapper json, Object event, String ceId) {
        try {
            send(json, event, ceId).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.getClass().getSimpleName(), e);
        }
        return ceId;
    }

    /** Sends without waiting for the broker's acknowledgement, for load; {@link #flush()} waits for all. */
    public static java.util.concurrent.Future<?> send(ObjectMapper json, Object event, String ceId) {
        return send(json, event, ceId, EventCatalog.forPayload(event).dataschema());
    }

    /** Sends with the given {@code ce_dataschema}, e.g. the path form events carried before it became an absolute URI. */
    public static java.util.concurrent.Future<?> send(ObjectMapper json, Object event, String ceId, String dataschema) {
        EventContract<?> contract = EventCatalog.forPayload(event);
        try {
            ProducerRecord<String, String> r = new ProducerRecord<>(contract.topic(), contract.partitionKey(event),
                    json.writeValueAsString(event));
            header(r, "ce_specversion", "1.0");
            header(r, "ce_id", ceId);
            header(r, "ce_type", contract.type().toString());
            header(r, "ce_source", contract.source());
            header(r, "ce_subject", contract.subject(event));
            header(r, "ce_time", Instant.now().toString());
            header(r, "ce_dataschema", dataschema);
            header(r, "content-type", "application/json");
            return producer().send(r);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not publish " + contract.type(), e);
        }
    }

    public static void flush() {
        producer().flush();
    }

    public static void publishRaw(String topic, String key, String ceId, String type, String value) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, value);
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", ceId);
        header(r, "ce_type", type);
        header(r, "ce_source", "/referral-service");
        try {
            producer().send(r).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ServiceUpserted service(UUID serviceId, UUID organizationId, String email, String phone, String language) {
        return new ServiceUpserted(new DirectoryService(serviceId, organizationId, 1,
                new LocalizedText("Test shelter", "পরীক্ষামূলক আশ্রয়"), ServiceCategory.SHELTER, List.of(),
                new Eligibility(List.of(), null, null, List.of(), List.of()), List.of(language), null, true,
                new ReferralContact(email, phone, null, language)), Instant.now());
    }

    public static String caseRef() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder b = new StringBuilder("BD-");
        for (int i = 0; i < 9; i++) {
            if (i == 4) {
                b.append('-');
                continue;
            }
            b.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return b.toString();
    }

    public static ReferralSent sent(UUID referralId, UUID caseId, String caseRef, UUID serviceId, UUID organizationId,
                                    UUID referringAgencyId) {
        return new ReferralSent(referralId, caseId, caseRef, ServiceCategory.SHELTER, serviceId, organizationId,
                referringAgencyId, ReferralStatus.SENT, Urgency.IMMEDIATE, Instant.now().plus(24, ChronoUnit.HOURS), 1,
                "ROUTED", Instant.now());
    }

    public static ReferralAccepted accepted(UUID referralId, UUID serviceId, UUID organizationId, UUID referringAgencyId) {
        return new ReferralAccepted(referralId, UUID.randomUUID(), caseRef(), ServiceCategory.MEDICAL, serviceId,
                organizationId, referringAgencyId, ReferralStatus.ACCEPTED, Urgency.HIGH, null, 1, "ACCEPTED", Instant.now());
    }

    public static ReferralEscalated escalated(UUID referralId, String caseRef, UUID referringAgencyId) {
        return new ReferralEscalated(referralId, UUID.randomUUID(), caseRef, ServiceCategory.LEGAL_AID, null, null,
                referringAgencyId, ReferralStatus.ESCALATED, Urgency.ROUTINE, null, 3, "NO_CANDIDATE_LEFT", Instant.now());
    }

    public static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("not within " + timeout + ": " + what);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
