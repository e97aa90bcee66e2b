package org.setu.examples.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A partner's consumer of Setu's referral events: it reads {@code setu.referral.v1} with the CloudEvents SDK's Kafka
 * deserializer, keeps only the types it knows ({@code setu.referral.<transition>.v<N>}), and prints each referral's
 * state as it changes. Run it against a local platform ({@code ./setu up}):
 * <pre>
 * java -cp 'examples/partner-consumer/target/classes:…' org.setu.examples.partner.ReferralStates 127.0.0.1:9092
 * </pre>
 * It reads from the beginning with a group of its own and stops when nothing new came for ten seconds.
 */
public final class ReferralStates {

    public static final String TOPIC = "setu.referral.v1";
    private static final Pattern REFERRAL_TYPE = Pattern.compile("setu\\.referral\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The latest state the stream gave a referral. */
    public record State(String referralId, String caseRef, String category, String status, String type) {
    }

    private ReferralStates() {
    }

    public static void main(String[] args) {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        Map<String, State> states = read(bootstrap, Duration.ofSeconds(10), System.out);
        System.out.printf("%d referrals%n", states.size());
    }

    /**
     * Reads the topic from its beginning until nothing new arrives for {@code idle}, printing one line per event.
     *
     * @return the latest state of every referral, by referral id
     */
    public static Map<String, State> read(String bootstrap, Duration idle, PrintStream out) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "partner-example-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, State> states = new TreeMap<>();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long quietSince = System.currentTimeMillis();
            while (System.currentTimeMillis() - quietSince < idle.toMillis()) {
                ConsumerRecords<String, CloudEvent> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) quietSince = System.currentTimeMillis();
                for (ConsumerRecord<String, CloudEvent> r : records) {
                    State s = apply(r.value());
                    if (s == null) {
                        out.printf("skipped %s: not a referral event this consumer knows%n", r.value().getType());
                        continue;
                    }
                    states.put(s.referralId(), s);
                    out.printf("referral %s (%s, case %s) is %s [%s]%n", s.referralId(), s.category(),
                            s.caseRef() == null ? "erased" : s.caseRef(), s.status(), s.type());
                }
            }
        }
        return states;
    }

    /** The state an event gives its referral, or null for a type this consumer does not know. */
    static State apply(CloudEvent event) {
        if (!REFERRAL_TYPE.matcher(event.getType()).matches() || event.getData() == null) return null;
        JsonNode data;
        try {
            data = JSON.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("event " + event.getId() + " carries no JSON data", e);
        }
        // fields a consumer does not know are ignored; a caseRef may be absent (the case was erased)
        return new State(data.path("referralId").asText(), data.path("caseRef").isTextual() ? data.get("caseRef").asText() : null,
                data.path("category").asText(), data.path("status").asText(), event.getType());
    }
}
