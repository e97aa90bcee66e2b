package org.setu.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.devstack.SetuService;
import org.setu.events.EventCatalog;
import org.setu.events.EventContract;
import org.setu.events.Topics;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Last of all the system tests (see junit-platform.properties), once the consumers have caught up with what the
 * others produced: the events of this run as a partner reads them, with the official CloudEvents SDK and the schemas
 * the platform serves, and the dead-letter topics, which must hold nothing this run put there. Both only read; the
 * privacy scan before them may produce events, which are then checked too. Records from earlier runs on the same
 * broker (its data folder outlives a run on a developer's machine) are left out by their timestamp.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith({RunningPlatform.class, PlatformAccess.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventContractsSystemTest {

    /** RFC 3339 section 5.6 date-time, as CloudEvents 1.0.2 requires of {@code time}. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final ObjectMapper JSON = new ObjectMapper();
    // the dataschema URIs name schemas under https://setu.example.org/schemas/...; every service serves them at that
    // path, so a partner maps the prefix to the platform it reads (the schemas' relative $refs follow)
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(EventContract.SCHEMA_BASE + "/", SetuService.REFERRAL.baseUrl() + "/")));
    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> BY_DATASCHEMA = new ConcurrentHashMap<>();

    @Test
    @Order(1)
    void noConsumerDeadLetteredAnyEventOfTheRun() {
        boolean settled = consumersCaughtUp(Duration.ofSeconds(90));
        Map<String, List<String>> dead = new TreeMap<>();
        int older = 0;
        for (String consumer : Topics.CONSUMERS) {
            for (ConsumerRecord<byte[], byte[]> r : records(Topics.deadLetter(consumer))) {
                if (r.timestamp() < RunningPlatform.RUN_STARTED.toEpochMilli()) {
                    older++;
                    continue;
                }
                dead.computeIfAbsent(r.topic(), t -> new ArrayList<>())
                        .add(header(r, "ce_type") + " (" + header(r, "dead-letter-reason") + ")");
            }
        }
        System.out.printf("[contracts] consumers caught up: %s; dead letters of this run: %s; of earlier runs: %d%n",
                settled, dead, older);
        assertThat(dead).as("events dead-lettered during the system tests, by topic").isEmpty();
    }

    @Test
    @Order(2)
    void everyEventOfTheRunDecodesWithTheCloudEventsSdkAndKeepsToTheSchemaItsDataschemaNames() {
        Map<String, Integer> perType = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String topic : List.of(Topics.SCREENING, Topics.REFERRAL, Topics.DIRECTORY, Topics.NOTIFICATION)) {
            for (ConsumerRecord<byte[], byte[]> r : records(topic)) {
                if (r.timestamp() < RunningPlatform.RUN_STARTED.toEpochMilli() || r.value() == null) continue;
                String where = r.topic() + "/" + r.partition() + "@" + r.offset();
                CloudEvent e;
                try {
                    e = KafkaMessageFactory.createReader(r).toEvent();
                } catch (RuntimeException ex) {
                    problems.add(where + ": the SDK cannot decode it: " + ex.getMessage());
                    continue;
                }
                List<String> wrong = conformance(r, e);
                wrong.forEach(w -> problems.add(where + " " + e.getType() + ": " + w));
                perType.merge(e.getType(), 1, Integer::sum);
            }
        }
        int checked = perType.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("[contracts] %d events of %d types checked with the CloudEvents SDK: %s%n", checked, perType.size(), perType);
        problems.stream().limit(20).forEach(p -> System.out.println("[contracts] " + p));
        assertThat(problems).as("events that do not keep to CloudEvents 1.0.2 or to their schema").isEmpty();
        Set<String> missing = EventCatalog.all().stream().map(c -> c.type().toString())
                .filter(t -> !perType.containsKey(t)).collect(Collectors.toCollection(TreeSet::new));
        System.out.printf("[contracts] published types no system test produced: %s%n", missing);
        assertThat(checked).as("events checked").isPositive();
        assertThat(missing).as("published types the system tests no longer produce").isSubsetOf(NOT_PRODUCED_BY_THE_SCENARIOS);
    }

    /**
     * The partner example (examples/partner-consumer, docs/partner-guide.md) run against the platform: built on the
     * CloudEvents SDK alone, it gives every referral the state the referral service itself shows.
     */
    @Test
    @Order(3)
    void thePartnerExampleReadsEachReferralsStateAsTheReferralServiceShowsIt() {
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        Map<String, org.setu.examples.partner.ReferralStates.State> states = org.setu.examples.partner.ReferralStates.read(
                PlatformAccess.platform().kafkaBootstrap(), Duration.ofSeconds(5),
                new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        List<Map<String, Object>> shown = io.restassured.RestAssured.given().auth().oauth2(Tokens.of("caseworker"))
                .get(Setu.REFERRAL + "/referrals?size=100").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> differ = new TreeMap<>();
        for (Map<String, Object> r : shown) {
            var state = states.get(String.valueOf(r.get("id")));
            String read = state == null ? "nothing" : state.status();
            if (!read.equals(r.get("status"))) differ.put(String.valueOf(r.get("id")), read + " instead of " + r.get("status"));
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        System.out.printf("[partner-example] %d referrals read, %d lines printed, %d compared with the referral service%n",
                states.size(), out.lines().count(), shown.size());
        out.lines().limit(3).forEach(l -> System.out.println("[partner-example] " + l));
        assertThat(shown).as("referrals the case worker's agency has").isNotEmpty();
        assertThat(differ).as("referrals whose state the example reads differently").isEmpty();
        assertThat(out).contains("referral " + shown.get(0).get("id") + " (");
    }

    /**
     * Published types no system test scenario causes, so that a type lost from the scenarios shows up: a failed
     * notification needs a far system that refuses every retry (the notification service's own tests). An expiry is
     * caused by StatisticsSystemTest, which moves referrals' deadlines into the past; a held referral, the return events and a
     * desk's designation and its end (port-desk-changed) by ReturnFromAbroadSystemTest.
     */
    private static final Set<String> NOT_PRODUCED_BY_THE_SCENARIOS = Set.of("setu.notification.failed.v1");

    /** What CloudEvents 1.0.2 and its Kafka binding say of each attribute, and the data against its dataschema. */
    private static List<String> conformance(ConsumerRecord<byte[], byte[]> r, CloudEvent e) {
        List<String> wrong = new ArrayList<>();
        if (!"1.0".equals(e.getSpecVersion().toString())) wrong.add("specversion " + e.getSpecVersion());
        if (e.getId() == null || e.getId().isEmpty()) wrong.add("no id");
        // the SDK parses source as a java.net.URI: a URI-reference (RFC 3986 section 4.1); it must not be empty
        if (e.getSource() == null || e.getSource().toString().isEmpty()) wrong.add("no source");
        if (e.getType() == null || EventCatalog.find(e.getType()).isEmpty()) wrong.add("a type outside the catalogue");
        String time = header(r, "ce_time");
        if (time == null || !RFC_3339.matcher(time).matches() || e.getTime() == null) wrong.add("time not RFC 3339: " + time);
        if (!"application/json".equals(e.getDataContentType())) wrong.add("datacontenttype " + e.getDataContentType());
        URI dataschema = e.getDataSchema();
        if (dataschema == null || !dataschema.isAbsolute()) {
            wrong.add("dataschema not an absolute URI: " + dataschema);
            return wrong;
        }
        if (e.getData() == null) {
            wrong.add("no data");
            return wrong;
        }
        String data = new String(e.getData().toBytes(), StandardCharsets.UTF_8);
        JsonSchema schema = BY_DATASCHEMA.computeIfAbsent(dataschema.toString(), s -> {
            JsonSchema loaded = SCHEMAS.getSchema(SchemaLocation.of(s), FORMATS);
            loaded.initializeValidators();
            return loaded;
        });
        for (ValidationMessage m : schema.validate(data, InputFormat.JSON)) wrong.add("data: " + m.getMessage());
        JsonNode title = schema.getSchemaNode().path("title");
        if (!e.getType().equals(title.asText())) wrong.add("dataschema names the schema of " + title.asText());
        return wrong;
    }

    /** Whether every service's consumer group has committed the end of every partition it reads, within {@code timeout}. */
    private static boolean consumersCaughtUp(Duration timeout) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformAccess.platform().kafkaBootstrap());
        try (Admin admin = Admin.create(p)) {
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (System.currentTimeMillis() < deadline) {
                List<String> groups = admin.listGroups().all().get().stream().map(org.apache.kafka.clients.admin.GroupListing::groupId)
                        .filter(g -> Topics.CONSUMERS.stream().anyMatch(g::startsWith)).toList();
                boolean behind = false;
                for (String group : groups) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                            .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get();
                    for (var c : committed.entrySet()) {
                        if (c.getValue() != null && c.getValue().offset() < ends.get(c.getKey()).offset()) behind = true;
                    }
                }
                if (!behind) return true;
                Thread.sleep(1000);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the broker's consumer groups", e);
        }
    }

    /** Every record of one topic, from the beginning to its current end. */
    private static List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformAccess.platform().kafkaBootstrap());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) return out;
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.currentTimeMillis() + 120_000;
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
