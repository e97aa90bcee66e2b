package org.setu.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A single-node Kafka broker in KRaft mode, run in its own JVM from the jars that the build copied into the
 * state folder (dev-stack/kafka-broker). The platform's topics are created once it answers.
 */
public final class KafkaBroker {

    /**
     * The broker's JVM when {@code SETU_KAFKA_JAVA_OPTS} is not set. Unlike the services it keeps the optimising
     * compiler: with the client compiler only, intake under load did worse in the one comparison made
     * (docs/benchmarks.md).
     */
    static final String JAVA_OPTS = "-Xms128m -Xmx512m -XX:+UseG1GC";

    public static final int DEFAULT_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    private final StateFolder state;
    private final String name;
    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private ManagedProcess process;

    public KafkaBroker(StateFolder state, String name, int port, int controllerPort, Path dataDir) {
        this.state = state;
        this.name = name;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public boolean isRunning() {
        return Net.isListening("127.0.0.1", port);
    }

    public void start(Duration timeout) {
        Path lib = lib(state);
        try {
            Files.createDirectories(dataDir);
            Path config = dataDir.resolve("server.properties");
            Files.writeString(config, serverProperties());
            Path log4j = dataDir.resolve("log4j2.properties");
            Files.writeString(log4j, LOG4J);
            if (!Files.exists(dataDir.resolve("logs/meta.properties"))) {
                format(lib, config);
            }
            List<String> cmd = new java.util.ArrayList<>(List.of(java()));
            cmd.addAll(List.of(StateFolder.firstNonBlank(System.getenv("SETU_KAFKA_JAVA_OPTS"), JAVA_OPTS).trim().split("\\s+")));
            cmd.addAll(List.of("-Dlog4j2.configurationFile=" + log4j, "-cp", lib + "/*", "kafka.Kafka", config.toString()));
            process = ManagedProcess.start(name, cmd, Map.of(), dataDir, state);
            process.awaitReady(this::answersAdminRequests, timeout);
        } catch (IOException e) {
            throw new StackException(name, e.getMessage(), state.log(name));
        }
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
            process = null;
        }
    }

    public ManagedProcess process() {
        return process;
    }

    /** Creates missing topics: {@code compacted} ones keep only the latest record per key. */
    public void createTopics(List<String> topics, Set<String> compacted, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(20, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : topics) {
                if (existing.contains(topic)) continue;
                NewTopic t = new NewTopic(topic, partitions, (short) 1);
                if (compacted.contains(topic)) t.configs(Map.of("cleanup.policy", "compact"));
                missing.add(t);
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) throw e;
                }
            }
        } catch (Exception e) {
            throw new StackException(name, "cannot create topics: " + e.getMessage(), state.log(name));
        }
    }

    private boolean answersAdminRequests() {
        if (!isRunning()) return false;
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return Admin.create(p);
    }

    private void format(Path lib, Path config) throws IOException {
        String clusterId = runTool(lib, "kafka.tools.StorageTool", "random-uuid").trim();
        runTool(lib, "kafka.tools.StorageTool", "format", "--standalone", "-t", clusterId, "-c", config.toString());
    }

    private String runTool(Path lib, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx256m", "-cp", lib + "/*", mainClass));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new StackException(name, mainClass + " failed: " + out, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(name, "interrupted", null);
        }
        // the tools log a line or two before their answer; the answer is the last line
        List<String> lines = out.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("logs"),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    /** The broker's classpath, copied into the state folder by the dev-stack/kafka-broker module. */
    static Path lib(StateFolder state) {
        String version = StateFolder.versions().getProperty("kafka.version");
        Path lib = state.dist().resolve("kafka-" + version).resolve("lib");
        try (var jars = Files.list(lib)) {
            if (jars.noneMatch(j -> j.getFileName().toString().startsWith("kafka_2.13"))) throw new IOException("empty");
        } catch (IOException | UncheckedIOException e) {
            throw new StackException("kafka", "the broker's jars are missing from " + lib
                    + "; build first: ./mvnw -DskipTests package", null);
        }
        return lib;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static final String LOG4J = String.join("\n",
            "status = warn",
            "appender.console.type = Console",
            "appender.console.name = STDOUT",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = warn",
            "rootLogger.appenderRef.stdout.ref = STDOUT",
            "logger.raft.name = kafka.server.KafkaRaftServer",
            "logger.raft.level = info",
            "");
}
