package org.setu.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setu.events.Topics;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    @Test
    void aBrokerFromMavenCentralJarsStartsWithThePlatformsTopicsCarriesARecordAndStopsCleanly(@TempDir Path data)
            throws Exception {
        int port = Net.freePort();
        KafkaBroker broker = new KafkaBroker(StateFolder.locate(), "kafka-devstack-test", port, Net.freePort(), data);
        try {
            broker.start(Duration.ofSeconds(90));
            broker.createTopics(Topics.ALL, Topics.COMPACTED, 3);
            broker.createTopics(Topics.ALL, Topics.COMPACTED, 3); // again: nothing to do, no error

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).containsAll(Topics.ALL);
                ConfigResource directory = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DIRECTORY);
                Config config = admin.describeConfigs(List.of(directory)).all().get(10, TimeUnit.SECONDS).get(directory);
                assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            }

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.SCREENING, "case-1", "{}")).get(10, TimeUnit.SECONDS);
            }
            assertThat(readAll(broker.bootstrapServers(), Topics.SCREENING)).extracting(ConsumerRecord::key)
                    .containsExactly("case-1");
        } finally {
            broker.stop();
        }
        assertThat(Net.isListening("127.0.0.1", port)).isFalse();
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "devstack-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            while (records.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
