package org.setu.referral.bench;

import org.setu.devstack.testing.TopicReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.setu.events.Topics;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.screening.ScreeningCompleted;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;
import org.setu.referral.KafkaTopics;
import org.setu.referral.Screenings;
import org.setu.referral.app.MatchingService;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.Geography;
import org.setu.referral.domain.Place;
import org.setu.referral.persistence.DirectoryReadModel;
import org.setu.referral.persistence.GeographyLoader;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Match latency over 100,000 directory services, and the time from a published screening.completed to the
 * referral.sent on the referral topic. Runs only with {@code -Dsetu.bench=referral}; it asserts no timing, it prints
 * the figures and writes them to {@code target/referral-bench.txt}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "setu.bench", matches = "referral")
class ReferralBench {

    static final int SERVICES = 100_000;
    static final int MATCHES = 2_000;
    static final int SCREENINGS = 300;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    MatchingService matching;

    @Inject
    DirectoryReadModel readModel;

    final Random random = new Random(42);
    final List<String[]> upazilas = new ArrayList<>();   // upazila, district, division
    final Geography geography = GeographyLoader.load();

    @Test
    void measureMatchingAndScreeningToSent() throws Exception {
        loadUpazilas();
        long loadStart = System.nanoTime();
        loadDirectory();
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
        long services = readModel.countAvailable();

        // ---- match latency: the app's matching (read-model query, providers' record, rules and ranking)
        for (int i = 0; i < 200; i++) match();   // warm-up
        long[] matchNanos = new long[MATCHES];
        long candidates = 0;
        for (int i = 0; i < MATCHES; i++) {
            long t = System.nanoTime();
            candidates += match();
            matchNanos[i] = System.nanoTime() - t;
        }

        // ---- screening.completed published → referral.sent read from the referral topic
        Map<String, Long> publishedAt = new ConcurrentHashMap<>();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> readSent(publishedAt, sentAt), "bench-reader");
        reader.start();
        Thread.sleep(2000);
        for (int i = 0; i < SCREENINGS; i++) {
            ScreeningCompleted s = screening();
            publishedAt.put(s.caseId().toString(), System.nanoTime());
            KafkaTopics.publish(s);
            Thread.sleep(20);
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (sentAt.size() < SCREENINGS && System.currentTimeMillis() < deadline) Thread.sleep(100);
        reader.interrupt();
        long[] e2e = sentAt.entrySet().stream().mapToLong(e -> e.getValue() - publishedAt.get(e.getKey())).toArray();

        String report = String.format("""
                referral-service benchmark (%s, %d cores)
                directory read model: %,d services (loaded in %,d ms)
                match latency over %,d matches: p50 %.2f ms, p99 %.2f ms, mean %.2f ms (mean %.1f services examined per match)
                screening.completed -> referral.sent over %d screenings (one every 20 ms): p50 %.1f ms, p99 %.1f ms (%d sent)
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), services, loadMs, MATCHES,
                pct(matchNanos, 50), pct(matchNanos, 99), mean(matchNanos), candidates / (double) MATCHES,
                SCREENINGS, pct(e2e, 50), pct(e2e, 99), e2e.length);
        System.out.println(report);
        Files.writeString(Path.of("target", "referral-bench.txt"), report);
    }

    private int match() {
        String[] u = upazilas.get(random.nextInt(upazilas.size()));
        ServiceCategory category = ServiceCategory.values()[random.nextInt(ServiceCategory.values().length)];
        Place here = new Place(u[2], u[1], u[0]);
        CaseFacts facts = new CaseFacts(UUID.randomUUID(), "BD-BNCH-0000", UUID.randomUUID(), Urgency.HIGH, AgeBand.ADULT_25_39,
                Sex.FEMALE, VictimCategory.TRAFFICKING_VICTIM, here, here, List.of("bn"), Set.of(category), "BASIC", "BD");
        var result = matching.match(facts, category, Set.of());
        return result.ranked().size() + result.rejected().size();
    }

    private ScreeningCompleted screening() {
        String[] u = upazilas.get(random.nextInt(upazilas.size()));
        // shelter for a child: every place has national and division shelters in the generated directory
        return Screenings.completed(UUID.randomUUID(), Urgency.IMMEDIATE, AgeBand.CHILD_12_17, Sex.FEMALE,
                Screenings.area(u[2], u[1], u[0]), null, List.of("bn"), List.of(ServiceCategory.SHELTER),
                List.of(ServiceCategory.SHELTER));
    }

    private void readSent(Map<String, Long> publishedAt, Map<String, Long> sentAt) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicReader.bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.REFERRAL));
            while (!Thread.currentThread().isInterrupted()) {
                for (var r : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    String key = TopicReader.key(r);
                    if ("setu.referral.sent.v1".equals(TopicReader.header(r, "ce_type")) && publishedAt.containsKey(key)) {
                        sentAt.putIfAbsent(key, now);
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * 100,000 services over the real geography: every category; coverage 3 % national, 12 % division, 45 % district,
     * 40 % upazila; free capacity 0-9; 95 % accepting; some with age or gender limits; Bangla, some English or Burmese.
     * Plus one national and one division shelter per division that take everyone, for the end-to-end part.
     */
    private void loadDirectory() throws Exception {
        List<DirectoryService> batch = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            batch.add(randomService(i));
            if (batch.size() == 2000) {
                insert(batch);
                batch.clear();
            }
        }
        for (String division : List.of("1", "2", "3", "4", "5", "6", "7", "8")) {
            batch.add(service(ServiceCategory.SHELTER, new Coverage(CoverageLevel.DIVISION, division), null, null, List.of(), 1000));
        }
        batch.add(service(ServiceCategory.SHELTER, new Coverage(CoverageLevel.NATIONAL, null), null, null, List.of(), 1000));
        insert(batch);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE directory_service");
        }
    }

    private DirectoryService randomService(int i) {
        ServiceCategory category = ServiceCategory.values()[i % ServiceCategory.values().length];
        String[] u = upazilas.get(random.nextInt(upazilas.size()));
        int roll = random.nextInt(100);
        Coverage coverage = roll < 3 ? new Coverage(CoverageLevel.NATIONAL, null)
                : roll < 15 ? new Coverage(CoverageLevel.DIVISION, u[2])
                : roll < 60 ? new Coverage(CoverageLevel.DISTRICT, u[1])
                : new Coverage(CoverageLevel.UPAZILA, u[0]);
        Integer min = random.nextInt(5) == 0 ? 18 : null;
        Integer max = random.nextInt(8) == 0 ? 17 : null;
        if (min != null && max != null) max = null;
        List<Sex> genders = random.nextInt(6) == 0 ? List.of(Sex.FEMALE) : List.of();
        DirectoryService s = service(category, coverage, min, max, genders, random.nextInt(10));
        List<String> languages = random.nextInt(10) == 0 ? List.of("bn", "en") : random.nextInt(20) == 0 ? List.of("bn", "my") : List.of("bn");
        return new DirectoryService(s.id(), s.organizationId(), 1, s.name(), s.category(), s.coverage(), s.eligibility(),
                languages, s.capacity(), random.nextInt(20) != 0, s.referralContact());
    }

    private DirectoryService service(ServiceCategory category, Coverage coverage, Integer min, Integer max, List<Sex> genders, int free) {
        return new DirectoryService(UUID.randomUUID(), UUID.randomUUID(), 1, new LocalizedText("bench " + category, null), category,
                List.of(coverage), new Eligibility(genders, min, max, List.of(), List.of()), List.of("bn"),
                new Capacity(free, Math.max(10, free), CapacityUnit.SLOTS), true, new ReferralContact("focal@example.org", null, null, "bn"));
    }

    private void insert(List<DirectoryService> services) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO directory_service (id, organization_id, version, category, coverage_keys, removed, snapshot, updated_at)
                VALUES (?, ?, ?, ?, ?, false, ?::jsonb, now())""")) {
            for (DirectoryService d : services) {
                s.setObject(1, d.id());
                s.setObject(2, d.organizationId());
                s.setLong(3, d.version());
                s.setString(4, d.category().name());
                s.setArray(5, c.createArrayOf("text", DirectoryReadModel.coverageKeys(d).toArray()));
                s.setString(6, json.writeValueAsString(d));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void loadUpazilas() throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("geo/upazilas.csv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                String[] cols = line.split(",", 3);
                String upazila = cols[0].replace("\"", "");
                String district = cols[1].replace("\"", "");
                upazilas.add(new String[]{upazila, district, geography.divisionOfDistrict(district).orElse("1")});
            }
        }
    }

    private static double pct(long[] nanos, int p) {
        if (nanos.length == 0) return Double.NaN;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(Double.NaN) / 1e6;
    }
}
