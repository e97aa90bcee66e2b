package org.setu.systemtests;

import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setu.devstack.SetuService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After every other system test has run (only the read-only {@link EventContractsSystemTest} comes later): no demo person's name, phone number, document number or address is
 * readable in any Kafka topic or any table of the four databases, and every read of personal data the tests
 * made left its record in the screening service's audit trail.
 */
@Order(Integer.MAX_VALUE - 1)
@ExtendWith({RunningPlatform.class, PlatformAccess.class})
class PrivacyScanSystemTest {

    private static final List<String> SECRETS = DemoPersons.secretList();
    private static final List<java.util.regex.Pattern> NAMES = SECRETS.stream().filter(DemoPersons::isName)
            .map(n -> java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(n) + "(?![\\p{L}])")).toList();
    private static final List<String> OTHERS = SECRETS.stream().filter(s -> !DemoPersons.isName(s))
            .map(s -> s.toLowerCase(Locale.ROOT)).toList();

    @Test
    void noDemoPersonsNameNumberOrAddressIsReadableInAnyTopicOrTable() {
        Map<String, Integer> hits = new TreeMap<>();
        long[] scanned = new long[4];   // topic records, topic values, table rows, table values
        // a control: the id of a case the tests made is no secret and must be found, in a topic and in a table,
        // or the scan is not looking where the data is
        String control = Fixtures.shared().id("dhakaCase");
        long[] controlSeen = new long[2];

        for (Map.Entry<String, List<String>> record : kafkaRecords().entrySet()) {
            scanned[0]++;
            for (String value : record.getValue()) {
                scanned[1]++;
                if (value.contains(control)) controlSeen[0]++;
                look(value, "topic " + record.getKey(), hits);
            }
        }
        Databases.dump(row -> {
            scanned[2]++;
            for (String value : row.values()) {
                scanned[3]++;
                if (value.contains(control)) controlSeen[1]++;
                look(value, "table " + row.table(), hits);
            }
        });

        System.out.printf("[privacy] looked for %d values (%d demo persons and %d scenario persons) in %d Kafka records (%d keys, headers and"
                        + " payloads) and %d table rows (%d column values): %d hits%n", SECRETS.size(), DemoPersons.ALL.size(), Persons.ALL.size(),
                scanned[0], scanned[1], scanned[2], scanned[3], hits.values().stream().mapToInt(Integer::intValue).sum());
        hits.forEach((where, n) -> System.out.println("[privacy] HIT " + where + ": " + n));
        System.out.printf("[privacy] control: a test case's id found in %d topic values and %d column values%n",
                controlSeen[0], controlSeen[1]);
        assertThat(controlSeen[0]).as("the control value found in the topics").isPositive();
        assertThat(controlSeen[1]).as("the control value found in the tables").isPositive();
        assertThat(scanned[0]).as("Kafka records scanned").isPositive();
        assertThat(scanned[2]).as("table rows scanned").isPositive();
        assertThat(hits).as("demo persons' data in plaintext, by place and value").isEmpty();
    }

    @Test
    void everyReadOfPersonalDataByTheTestsHasARecordInTheScreeningAuditTrail() {
        Set<PersonalDataReads.Read> reads = new LinkedHashSet<>(PersonalDataReads.all());
        List<PersonalDataReads.Read> missing = new ArrayList<>();
        for (PersonalDataReads.Read read : reads) {
            Http.Answer a = Http.call("GET", SetuService.SCREENING.baseUrl() + "/api/v1/audit?resourceType=" + read.resourceType()
                            + "&resourceId=" + read.resourceId() + "&actor=" + URLEncoder.encode(read.actor(), StandardCharsets.UTF_8)
                            + "&limit=200").token(Tokens.of("auditor")).send();
            Fixtures.require(a, 200, "the audit trail");
            List<String> actions = JsonPath.from(a.body()).getList("items.action");
            if (!actions.contains("READ")) missing.add(read);
        }
        System.out.printf("[privacy] %d distinct reads of personal data by the tests, %d without an audit record%n",
                reads.size(), missing.size());
        assertThat(reads).as("reads of personal data made by the system tests").isNotEmpty();
        assertThat(missing).as("reads of personal data without an audit record").isEmpty();
    }

    /**
     * A routing policy holds no personal data, but who changed how an agency's referrals are routed must be accountable:
     * each change leaves a record in the referral service's trail, with ids and codes only.
     */
    @Test
    void aChangeOfARoutingPolicyHasARecordInTheReferralAuditTrailWithIdsAndCodesOnly() {
        String policy = Setu.REFERRAL + "/routing-policies/" + Fixtures.DHAKA_NGO;
        Http.Answer now = Http.call("GET", policy).token(Tokens.of("agencyadmin")).send();
        Fixtures.require(now, 200, "the Dhaka NGO's routing policy");
        JsonPath current = JsonPath.from(now.body());
        Http.Answer changed = Http.call("PUT", policy).token(Tokens.of("agencyadmin"))
                .header("If-Match", "\"" + current.getLong("version") + "\"").json(Bodies.routingPolicy()).send();
        Fixtures.require(changed, 200, "a change of the routing policy that changes nothing");

        Http.Answer trail = Http.call("GET", Setu.REFERRAL + "/audit?resourceType=routing-policy&resourceId=" + Fixtures.DHAKA_NGO
                + "&actor=agencyadmin&limit=200").token(Tokens.of("auditor")).send();
        Fixtures.require(trail, 200, "the referral service's audit trail");
        List<Map<String, Object>> items = JsonPath.from(trail.body()).getList("items");
        assertThat(items).as("audit records of the routing policy's changes by agencyadmin").isNotEmpty();
        assertThat(items.get(0)).containsEntry("action", "CHANGE").containsEntry("purpose", "ROUTING_ADMINISTRATION")
                .containsEntry("resourceId", Fixtures.DHAKA_NGO);
    }

    /**
     * Where an erased case's id may stay, as docs/data-protection.md ("What an erasure leaves") lists them:
     * "database:table". Its reference stays nowhere in a database.
     */
    static final Set<String> ERASED_CASE_TOMBSTONES = Set.of(
            "setu_screening:screening_case", "setu_screening:screening", "setu_screening:case_agency", "setu_screening:case_hand_over",
            "setu_screening:kit_audit_trail", "setu_screening:kit_outbox",
            "setu_referral:case_facts", "setu_referral:referral", "setu_referral:kit_audit_trail", "setu_referral:kit_outbox",
            "setu_notification:erased_case");

    @Test
    void anErasedCaseThatWentThroughEveryStepLeavesOnlyItsDocumentedTombstones() {
        String caseworker = Tokens.of("caseworker");
        // the screening agency hears of its referrals by webhook and SMS too, so that every channel held the case
        String hookPath = "/hooks/erasure-scan-" + java.util.UUID.randomUUID();
        String phone = "+8801711" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
        List<String> subscriptions = List.of(
                subscribe("{\"channel\":\"WEBHOOK\",\"url\":\"" + FarSystems.url(hookPath) + "\"," + EVENTS_HEARD + "}"),
                subscribe("{\"channel\":\"SMS\",\"phone\":\"" + phone + "\"," + EVENTS_HEARD + "}"));
        try {
            eraseACaseThatWentThroughEveryStepAndSearchEverything(caseworker, hookPath, phone);
        } finally {
            subscriptions.forEach(id -> io.restassured.RestAssured.given().auth().oauth2(Tokens.of("agencyadmin"))
                    .delete(Setu.NOTIFICATION + "/subscriptions/" + id));
        }
    }

    private static final String EVENTS_HEARD =
            "\"eventTypes\":[\"setu.referral.sent.v1\",\"setu.referral.cancelled.v2\"],\"language\":\"en\",\"active\":true";

    private static String subscribe(String body) {
        return io.restassured.RestAssured.given().auth().oauth2(Tokens.of("agencyadmin")).contentType("application/json")
                .body(body).post(Setu.NOTIFICATION + "/subscriptions").then().statusCode(201).extract().path("id");
    }

    /** The requests the SMS gateway and the agency's webhook receiver got that concern this case. */
    private static List<FarSystems.Received> farDeliveries(String hookPath, String phone) {
        List<FarSystems.Received> all = new ArrayList<>(FarSystems.received(hookPath));
        FarSystems.received("/sms").stream().filter(r -> r.body().contains(phone)).forEach(all::add);
        return all;
    }

    private void eraseACaseThatWentThroughEveryStepAndSearchEverything(String caseworker, String hookPath, String phone) {
        Map<String, Object> body = Persons.screening(Persons.ERASA, "AIRPORT_RETURNEE", Persons.DHAKA, Persons.JASHORE,
                Persons.traffickedAbroad(), List.of("SHELTER", "MEDICAL"));
        JsonPath screened = Setu.screen(caseworker, body, "erasure-scan-" + java.util.UUID.randomUUID());
        String caseId = screened.getString("caseId");
        String ref = screened.getString("caseRef");
        io.restassured.RestAssured.given().auth().oauth2(caseworker).contentType("application/json")
                .body(Map.of("answers", Persons.traffickedAbroad())).post(Setu.SCREENING + "/screenings/" + screened.getString("id")
                        + "/amendments").then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(caseworker).contentType("application/json").body(Bodies.plan())
                .put(Setu.SCREENING + "/cases/" + caseId + "/plan").then().statusCode(201);
        io.restassured.RestAssured.given().auth().oauth2(caseworker).contentType("application/json").body(Bodies.followUpAttempt())
                .post(Setu.SCREENING + "/cases/" + caseId + "/follow-ups").then().statusCode(201);
        Setu.awaitReferral(caseworker, caseId, "SHELTER", r -> "SENT".equals(r.get("status")));
        Setu.await(() -> Mailbox.messagesMentioning(ClosedLoopSystemTest.DHAKA_FOCAL_POINT, ref), Duration.ofSeconds(30),
                "the focal point's email about " + ref);
        Setu.await(() -> FarSystems.received(hookPath).isEmpty() ? null : Boolean.TRUE, Duration.ofSeconds(60),
                "the agency's webhook about the referral");
        Setu.await(() -> FarSystems.received("/sms").stream().anyMatch(r -> r.body().contains(phone)) ? Boolean.TRUE : null,
                Duration.ofSeconds(60), "the agency's SMS about the referral");

        java.time.Instant erasedAt = java.time.Instant.now();
        io.restassured.RestAssured.given().auth().oauth2(caseworker).delete(Setu.SCREENING + "/cases/" + caseId).then().statusCode(204);
        Setu.await(() -> Setu.referralsOfCaseSoFar(caseworker, caseId).stream().allMatch(r -> r.get("caseRef") == null)
                ? Boolean.TRUE : null, Duration.ofSeconds(30), "the erased case's referrals redacted");
        Databases.settledRowCounts(30_000);

        Map<String, Integer> idHits = new TreeMap<>();
        List<String> refHits = new ArrayList<>();
        Databases.dump(row -> {
            String[] parts = row.table().split("\\.");
            String place = parts[0] + ":" + parts[parts.length - 1];
            for (int i = 0; i < row.values().size(); i++) {
                String value = row.values().get(i);
                if (value.contains(ref)) refHits.add(place + "." + row.columns().get(i));
                if (value.contains(caseId) && !ERASED_CASE_TOMBSTONES.contains(place)) {
                    idHits.merge(place + "." + row.columns().get(i), 1, Integer::sum);
                }
            }
        });
        List<String> laterRecordsWithRef = new ArrayList<>();
        long[] earlierWithRef = new long[1];
        for (Map.Entry<String, List<String>> record : kafkaRecords().entrySet()) {
            if (record.getValue().stream().noneMatch(v -> v.contains(ref))) continue;
            String time = record.getValue().stream().filter(v -> v.startsWith("ce_time=")).findFirst().orElse("ce_time=")
                    .substring("ce_time=".length());
            if (!time.isEmpty() && java.time.OffsetDateTime.parse(time).toInstant().isBefore(erasedAt)) earlierWithRef[0]++;
            else laterRecordsWithRef.add(record.getKey());
        }
        System.out.printf("[erasure] case %s: reference in %d table values, id outside the tombstones in %s; "
                + "%d topic records from before the erasure carry the reference, %d after it%n",
                caseId, refHits.size(), idHits, earlierWithRef[0], laterRecordsWithRef.size());
        assertThat(earlierWithRef[0]).as("the control: the case's events before its erasure, still on the topics").isPositive();
        assertThat(refHits).as("the erased case's reference in any table").isEmpty();
        assertThat(idHits).as("the erased case's id outside its documented tombstones").isEmpty();
        assertThat(laterRecordsWithRef).as("records published after the erasure that carry its reference").isEmpty();
        Setu.sleep(3000); // a delivery of the cancellation would have left by now (the worker runs every second)
        List<FarSystems.Received> since = farDeliveries(hookPath, phone).stream().filter(r -> r.at().isAfter(erasedAt)).toList();
        System.out.printf("[erasure] webhook and SMS: %d deliveries before the erasure, %d after it%n",
                farDeliveries(hookPath, phone).size() - since.size(), since.size());
        assertThat(since).as("webhooks and SMS sent after the erasure that name the case")
                .noneMatch(r -> r.body().contains(ref) || r.body().contains(caseId));
    }

    private static void look(String value, String where, Map<String, Integer> hits) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String secret : OTHERS) {
            if (lower.contains(secret)) hits.merge(where + " contains \"" + secret + "\"", 1, Integer::sum);
        }
        for (java.util.regex.Pattern name : NAMES) {
            if (name.matcher(value).find()) hits.merge(where + " contains the name " + name.pattern(), 1, Integer::sum);
        }
    }

    /** Every record of every topic from the beginning: "topic/partition@offset" → key, header values, payload. */
    private static Map<String, List<String>> kafkaRecords() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformAccess.platform().kafkaBootstrap());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        Map<String, List<String>> out = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Map.Entry<String, List<PartitionInfo>> t : consumer.listTopics(Duration.ofSeconds(30)).entrySet()) {
                for (PartitionInfo info : t.getValue()) partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.currentTimeMillis() + 120_000;
            while (!reachedEnd(consumer, end) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    List<String> values = new ArrayList<>();
                    if (r.key() != null) values.add(new String(r.key(), StandardCharsets.UTF_8));
                    for (Header h : r.headers()) {
                        if (h.value() != null) values.add(h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8));
                    }
                    if (r.value() != null) values.add(new String(r.value(), StandardCharsets.UTF_8));
                    out.put(r.topic() + "/" + r.partition() + "@" + r.offset(), values);
                }
            }
            assertThat(reachedEnd(consumer, end)).as("read every topic to its end").isTrue();
        }
        return out;
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
