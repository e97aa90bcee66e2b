package org.setu.deploy;

import org.setu.events.EventCatalog;
import org.setu.events.EventContract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What each service's own configuration says it needs from the platform, read from its
 * {@code application.properties} (over the kit's defaults) and its {@code @Incoming}/{@code @Outgoing}/
 * {@code @Channel} declarations, never from the manifests: the tests then check the manifests against it.
 */
final class ServiceConfigs {

    static final String KIT_DEFAULTS = "service-kit/src/main/resources/META-INF/microprofile-config.properties";
    /** The kit's relay sends every outbox event to its contract's topic; the channel's own topic is never used. */
    static final String OUTBOX_CHANNEL = "setu-outbox";

    private static final Pattern CHANNEL_KEY = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(.+)");
    private static final Pattern INCOMING = Pattern.compile("@Incoming\\(\\s*\"([^\"]+)\"");
    private static final Pattern OUTGOING = Pattern.compile("@Outgoing\\(\\s*\"([^\"]+)\"");
    private static final Pattern EMITTER = Pattern.compile("@Channel\\(\\s*\"([^\"]+)\"\\s*\\)[^;]{0,200}?Emitter<");

    /** One service as its configuration describes it. */
    record Service(String module, String name, Properties config, KafkaNeeds kafka) {

        String jdbcUrl() {
            return config.getProperty("quarkus.datasource.jdbc.url", "");
        }

        /** The database of its JDBC URL, e.g. {@code setu_screening}. */
        String database() {
            String url = jdbcUrl();
            String path = url.substring(url.lastIndexOf('/') + 1);
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        int httpPort() {
            return Integer.parseInt(config.getProperty("quarkus.http.port", "8080"));
        }
    }

    /** Topics the service reads and writes, and the consumer groups it joins. */
    record KafkaNeeds(Set<String> reads, Set<String> writes, Set<String> groups) {
    }

    private ServiceConfigs() {
    }

    static List<Service> all() {
        try (Stream<Path> dirs = Files.list(Repo.ROOT)) {
            return dirs.filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.exists(d.resolve("src/main/resources/application.properties")))
                    .sorted()
                    .map(ServiceConfigs::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Service read(Path module) {
        Properties config = new Properties();
        load(config, Repo.ROOT.resolve(KIT_DEFAULTS));
        load(config, module.resolve("src/main/resources/application.properties"));
        String name = config.getProperty("quarkus.application.name", module.getFileName().toString());
        String sources = javaSources(module.resolve("src/main/java")) + javaSources(Repo.ROOT.resolve("service-kit/src/main/java"));
        return new Service(module.getFileName().toString(), name, config, kafkaNeeds(name, config, sources));
    }

    static KafkaNeeds kafkaNeeds(String service, Properties config, String javaSources) {
        Map<String, String> channels = new LinkedHashMap<>(); // channel -> incoming|outgoing
        for (String key : config.stringPropertyNames()) {
            Matcher m = CHANNEL_KEY.matcher(key);
            if (m.matches()) channels.put(m.group(2), m.group(1));
        }
        INCOMING.matcher(javaSources).results().forEach(r -> channels.putIfAbsent(r.group(1), "incoming"));
        OUTGOING.matcher(javaSources).results().forEach(r -> channels.putIfAbsent(r.group(1), "outgoing"));
        EMITTER.matcher(javaSources).results().forEach(r -> channels.putIfAbsent(r.group(1), "outgoing"));

        Set<String> reads = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        channels.forEach((channel, direction) -> {
            String prefix = "mp.messaging." + direction + "." + channel + ".";
            String connector = config.getProperty(prefix + "connector", "smallrye-kafka");
            if (!connector.equals("smallrye-kafka")) return;
            if (direction.equals("outgoing")) {
                if (channel.equals(OUTBOX_CHANNEL)) {
                    writes.addAll(ownTopics(service));
                } else {
                    writes.add(config.getProperty(prefix + "topic", channel));
                }
                return;
            }
            String topics = config.getProperty(prefix + "topics");
            if (topics != null) {
                Arrays.stream(topics.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(reads::add);
            } else {
                reads.add(config.getProperty(prefix + "topic", channel));
            }
            // Quarkus's default group.id is the application name
            groups.add(config.getProperty(prefix + "group.id", config.getProperty("kafka.group.id", service)));
            if ("dead-letter-queue".equals(config.getProperty(prefix + "failure-strategy"))) {
                writes.add(config.getProperty(prefix + "dead-letter-queue.topic", "dead-letter-topic-" + channel));
            }
        });
        return new KafkaNeeds(reads, writes, groups);
    }

    /** The topics of the event types whose source is this service (EventCatalog). */
    static Set<String> ownTopics(String service) {
        Set<String> topics = new TreeSet<>();
        for (EventContract<?> contract : EventCatalog.all()) {
            if (contract.source().equals("/" + service)) topics.add(contract.topic());
        }
        return topics;
    }

    private static void load(Properties into, Path file) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Repo.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // profile-specific values (%dev., %test.) are not what runs in a cluster
        p.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).forEach(k -> into.setProperty(k, p.getProperty(k)));
    }

    private static String javaSources(Path dir) {
        if (!Files.isDirectory(dir)) return "";
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> texts.add(Repo.read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("\n", texts);
    }
}
