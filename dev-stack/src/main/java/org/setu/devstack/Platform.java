package org.setu.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import org.setu.events.Topics;

/**
 * The whole local platform: PostgreSQL, Kafka, GreenMail, Keycloak, the five services and the portal. Each piece of
 * infrastructure is reused when it already runs and started otherwise; {@link #close()} stops exactly what
 * this instance started, in reverse order. Used by {@code ./setu up} and by system-tests.
 */
public final class Platform implements AutoCloseable {

    public record Options(boolean withServices, boolean forceEmbeddedPostgres) {
        public static Options full() { return new Options(true, false); }
        public static Options infrastructureOnly() { return new Options(false, false); }
    }

    /** One line of {@code ./setu status}: what runs where, and whether this launcher started it. */
    public record Component(String name, String endpoint, String how) {
    }

    private final StateFolder state;
    private final Consumer<String> progress;
    private final List<Runnable> stops = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Component> components = Collections.synchronizedMap(new LinkedHashMap<>());
    private Postgres postgres;
    private String kafkaBootstrap;
    private String keycloakIssuer;
    private final Map<SetuService, ServiceProcess> startedServices = Collections.synchronizedMap(new java.util.EnumMap<>(SetuService.class));
    private volatile KafkaBroker startedBroker;
    private volatile MailServer startedMail;
    private volatile KeycloakServer startedKeycloak;
    private volatile ServiceProcess startedPortal;
    private volatile Supervisor supervisor;
    private final List<CompletableFuture<Void>> pending = Collections.synchronizedList(new ArrayList<>());

    private Platform(StateFolder state, Consumer<String> progress) {
        this.state = state;
        this.progress = progress;
    }

    public static Platform start(StateFolder state, Options options, Consumer<String> progress) {
        Platform p = new Platform(state, progress);
        try {
            p.startAll(options);
            return p;
        } catch (RuntimeException e) {
            p.settlePending();
            p.close();
            throw e;
        }
    }

    private void startAll(Options options) {
        postgres = timed("postgres", () -> Postgres.provide(state, options.forceEmbeddedPostgres(),
                Postgres.EMBEDDED_DEFAULT_PORT));
        if (postgres.source() == Postgres.Source.EMBEDDED) stops.add(postgres::close);
        for (SetuService s : SetuService.all()) postgres.ensureDatabase(s.database());
        components.put("postgres", new Component("postgres", postgres.host() + ":" + postgres.port(), postgres.describe()));

        CompletableFuture<Void> kafka = async(this::kafka);
        CompletableFuture<Void> mail = async(this::mail);
        CompletableFuture<Void> keycloak = async(this::keycloak);
        await(kafka);
        if (options.withServices()) {
            List<CompletableFuture<Void>> services = new ArrayList<>();
            for (SetuService s : SetuService.all()) services.add(async(() -> service(s)));
            services.add(async(this::portal));
            services.forEach(Platform::await);
        }
        await(mail);
        await(keycloak);
    }

    private void kafka() {
        String configured = System.getenv("SETU_KAFKA_BOOTSTRAP");
        if (configured != null && !configured.isBlank()) {
            kafkaBootstrap = configured;
            components.put("kafka", new Component("kafka", configured, "SETU_KAFKA_BOOTSTRAP"));
            return;
        }
        KafkaBroker broker = new KafkaBroker(state, "kafka", KafkaBroker.DEFAULT_PORT,
                KafkaBroker.DEFAULT_CONTROLLER_PORT, state.data("kafka"));
        kafkaBootstrap = broker.bootstrapServers();
        if (broker.isRunning()) {
            components.put("kafka", new Component("kafka", kafkaBootstrap, "already running"));
        } else {
            stops.add(broker::stop);
            timed("kafka", () -> {
                broker.start(Duration.ofSeconds(90));
                return null;
            });
            startedBroker = broker;
            components.put("kafka", new Component("kafka", kafkaBootstrap, "started (KRaft), pid " + broker.process().pid()));
        }
        broker.createTopics(Topics.ALL, Topics.COMPACTED, 3);
    }

    private void mail() {
        MailServer mail = new MailServer(state);
        if (mail.isRunning()) {
            components.put("mail", new Component("mail", "smtp://127.0.0.1:" + MailServer.SMTP_PORT, "already running"));
            return;
        }
        stops.add(mail::stop);
        timed("mail", () -> {
            mail.start(Duration.ofSeconds(60));
            return null;
        });
        startedMail = mail;
        components.put("mail", new Component("mail", "smtp://127.0.0.1:" + MailServer.SMTP_PORT,
                "started (GreenMail), pid " + mail.process().pid()));
    }

    private void keycloak() {
        String configured = System.getenv("SETU_KEYCLOAK_URL");
        if (configured != null && !configured.isBlank()) {
            keycloakIssuer = configured.replaceAll("/+$", "") + "/realms/" + KeycloakServer.REALM;
            components.put("keycloak", new Component("keycloak", keycloakIssuer, "SETU_KEYCLOAK_URL"));
            return;
        }
        keycloakIssuer = KeycloakServer.issuer();
        KeycloakServer kc = new KeycloakServer(state);
        if (kc.isRunning()) {
            components.put("keycloak", new Component("keycloak", keycloakIssuer, "already running"));
            return;
        }
        stops.add(kc::stop);
        timed("keycloak", () -> {
            kc.start(Duration.ofSeconds(180));
            return null;
        });
        startedKeycloak = kc;
        components.put("keycloak", new Component("keycloak", keycloakIssuer, "started (dev mode), pid " + kc.process().pid()));
    }

    private void service(SetuService s) {
        if (ServiceProcess.isReady(s)) {
            components.put(s.module(), new Component(s.module(), s.baseUrl(), "already running"));
            return;
        }
        ServiceProcess process = new ServiceProcess(state, s);
        stops.add(process::stop);
        timed(s.module(), () -> {
            process.start(serviceEnvironment(s));
            process.awaitReady(Duration.ofSeconds(120));
            return null;
        });
        components.put(s.module(), new Component(s.module(), s.baseUrl(), "started, pid " + process.process().pid()));
        startedServices.put(s, process);
    }

    /** The agency portal on 8080: it needs nothing but its jar (the browser finds Keycloak and the APIs itself). */
    private void portal() {
        if (ServiceProcess.isReady(ServiceProcess.PORTAL_PORT)) {
            components.put(ServiceProcess.PORTAL, new Component(ServiceProcess.PORTAL, ServiceProcess.portalUrl(), "already running"));
            return;
        }
        ServiceProcess process = ServiceProcess.portal(state);
        stops.add(process::stop);
        timed(ServiceProcess.PORTAL, () -> {
            process.start(portalEnvironment());
            process.awaitReady(Duration.ofSeconds(120));
            return null;
        });
        components.put(ServiceProcess.PORTAL, new Component(ServiceProcess.PORTAL, ServiceProcess.portalUrl(),
                "started, pid " + process.process().pid()));
        startedPortal = process;
    }

    /**
     * Watches what this instance started and brings back what dies or stops answering ({@link Supervisor}).
     * {@code ./setu up} and the system tests call it; components that were already running are someone else's.
     */
    public synchronized Supervisor supervise(Duration every) {
        if (supervisor != null) return supervisor;
        Supervisor s = Supervisor.standard(state, progress);
        KafkaBroker broker = startedBroker;
        if (broker != null) {
            s.watch(new Supervisor.Watched("kafka", () -> broker.process() != null && broker.process().isAlive(),
                    () -> Net.isListening("127.0.0.1", KafkaBroker.DEFAULT_PORT), broker::stop,
                    () -> broker.start(Duration.ofSeconds(90))));
        }
        MailServer mail = startedMail;
        if (mail != null) {
            s.watch(new Supervisor.Watched("mail", () -> mail.process() != null && mail.process().isAlive(),
                    mail::isRunning, mail::stop, () -> mail.start(Duration.ofSeconds(60))));
        }
        KeycloakServer kc = startedKeycloak;
        if (kc != null) {
            s.watch(new Supervisor.Watched("keycloak", () -> kc.process() != null && kc.process().isAlive(),
                    kc::isRunning, kc::stop, () -> kc.restart(Duration.ofSeconds(180))));
        }
        startedServices.forEach((svc, p) -> s.watch(watched(svc.module(), svc.port(), p, () -> serviceEnvironment(svc))));
        ServiceProcess portal = startedPortal;
        if (portal != null) s.watch(watched(ServiceProcess.PORTAL, ServiceProcess.PORTAL_PORT, portal, this::portalEnvironment));
        stops.add(s::close); // the newest stop runs first: nothing restarts while close() stops the rest
        s.startChecking(every);
        supervisor = s;
        return s;
    }

    private static Supervisor.Watched watched(String name, int port, ServiceProcess p, java.util.function.Supplier<Map<String, String>> env) {
        return new Supervisor.Watched(name, () -> p.process() != null && p.process().isAlive(),
                () -> ServiceProcess.isLive(port), p::stop, () -> {
                    p.start(env.get());
                    p.awaitReady(Duration.ofSeconds(120));
                });
    }

    /** The supervisor, once {@link #supervise} ran. */
    public Supervisor supervisor() {
        return supervisor;
    }

    /** The portal tells the browser where Keycloak is: the same server the services trust. */
    Map<String, String> portalEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        String issuer = keycloakIssuer != null ? keycloakIssuer : KeycloakServer.issuer();
        env.put("SETU_PORTAL_KEYCLOAK_URL", issuer.substring(0, issuer.indexOf("/realms/")));
        return env;
    }

    /** Whether this instance started every service and the broker, so that fault tests may kill them. */
    public boolean controlsEverything() {
        return startedBroker != null && startedPortal != null && startedServices.keySet().containsAll(SetuService.all());
    }

    /** Kills a service the hard way ({@code kill -9}: no shutdown hooks run), then starts it again and waits for health. */
    public void crashAndRestart(SetuService s) {
        ServiceProcess p = startedServices.get(s);
        if (p == null) throw new IllegalStateException(s.module() + " was not started by this platform");
        holding(s.module(), () -> {
            ProcessHandle.of(p.process().pid()).ifPresent(h -> {
                h.destroyForcibly();
                h.onExit().join();
            });
            p.start(serviceEnvironment(s));
            p.awaitReady(Duration.ofSeconds(120));
        });
    }

    /**
     * {@code kill -9} of a component this instance started (no shutdown hooks run), leaving its return to the
     * supervisor, as a crash under {@code ./setu up} would. Returns the pid that was killed.
     */
    public long kill(String component) {
        ManagedProcess p = processOf(component)
                .orElseThrow(() -> new IllegalStateException(component + " was not started by this platform"));
        ProcessHandle h = ProcessHandle.of(p.pid()).orElseThrow(() -> new IllegalStateException(component + " is not running"));
        h.destroyForcibly();
        h.onExit().join();
        return p.pid();
    }

    /** Waits until the supervisor has brought a killed component back: another process, answering again. */
    public void awaitBack(String component, long killedPid, Duration timeout) {
        java.time.Instant deadline = java.time.Instant.now().plus(timeout);
        while (java.time.Instant.now().isBefore(deadline)) {
            Optional<ManagedProcess> p = processOf(component);
            boolean back = supervisor != null && supervisor.stateOf(component).orElse(null) == Supervisor.State.UP
                    && p.isPresent() && p.get().pid() != killedPid && p.get().isAlive() && answers(component);
            if (back) return;
            ManagedProcess.sleep(250);
        }
        throw new StackException(component, "not back " + timeout.toSeconds() + " s after kill -9 (state "
                + (supervisor == null ? "unsupervised" : supervisor.stateOf(component).orElse(null)) + ")", state.log(component));
    }

    private boolean answers(String component) {
        if (component.equals("kafka")) return Net.isListening("127.0.0.1", KafkaBroker.DEFAULT_PORT);
        if (component.equals("mail")) return Net.isListening("127.0.0.1", MailServer.SMTP_PORT);
        if (component.equals("keycloak")) return new KeycloakServer(state).isRunning();
        if (component.equals(ServiceProcess.PORTAL)) return ServiceProcess.isReady(ServiceProcess.PORTAL_PORT);
        return SetuService.all().stream().filter(s -> s.module().equals(component)).anyMatch(ServiceProcess::isReady);
    }

    private Optional<ManagedProcess> processOf(String component) {
        ManagedProcess p = switch (component) {
            case "kafka" -> startedBroker == null ? null : startedBroker.process();
            case "mail" -> startedMail == null ? null : startedMail.process();
            case "keycloak" -> startedKeycloak == null ? null : startedKeycloak.process();
            case ServiceProcess.PORTAL -> startedPortal == null ? null : startedPortal.process();
            default -> startedServices.entrySet().stream().filter(e -> e.getKey().module().equals(component))
                    .map(e -> e.getValue().process()).findFirst().orElse(null);
        };
        return Optional.ofNullable(p);
    }

    /** Stops the five services, runs the work (a restore), and starts them again; the supervisor stays out of it. */
    public void whileServicesStopped(Runnable work) {
        Map<SetuService, ServiceProcess> services = new java.util.EnumMap<>(SetuService.class);
        services.putAll(startedServices);
        if (services.size() != SetuService.all().size()) throw new IllegalStateException("the services were not started by this platform");
        Supervisor s = supervisor;
        services.forEach((svc, p) -> {
            if (s != null) s.hold(svc.module(), true);
            p.stop();
        });
        try {
            work.run();
        } finally {
            services.forEach((svc, p) -> {
                p.start(serviceEnvironment(svc));
                p.awaitReady(Duration.ofSeconds(120));
                if (s != null) s.hold(svc.module(), false);
            });
        }
    }

    /** Runs a test's own stop and start of a component without the supervisor stepping in. */
    private void holding(String name, Runnable work) {
        Supervisor s = supervisor;
        if (s != null) s.hold(name, true);
        try {
            work.run();
        } finally {
            if (s != null) s.hold(name, false);
        }
    }

    /** Stops the Kafka broker and starts it again on the same log and ports. */
    public void restartKafka() {
        KafkaBroker broker = startedBroker;
        if (broker == null) throw new IllegalStateException("kafka was not started by this platform");
        holding("kafka", () -> {
            broker.stop();
            broker.start(Duration.ofSeconds(90));
        });
    }

    /** What a service needs to find the infrastructure; everything else has defaults in its application.properties. */
    Map<String, String> serviceEnvironment(SetuService s) {
        String issuer = keycloakIssuer != null ? keycloakIssuer : KeycloakServer.issuer();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(s.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", issuer);
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(MailServer.SMTP_PORT));
        switch (s) {
            case SCREENING -> {
                env.put("SETU_SCREENING_MASTER_KEY", LocalSecrets.base64Key(state, "screening-master-key"));
                env.put("SETU_SCREENING_BLIND_INDEX_KEY", LocalSecrets.base64Key(state, "screening-blind-index-key"));
                // a local platform looks for follow-ups due every half minute, so that a demo or a test sees its reminder
                env.put("SETU_SCREENING_FOLLOW_UP_REMINDERS_EVERY", "30s");
                env.put("SETU_SCREENING_MISSED_RETURNS_EVERY", "30s");
            }
            case DIRECTORY -> {
                env.put("SETU_DIRECTORY_SAMPLE_LOAD", "true");
                // the broker's log lives in the state folder, the databases may not: announce the directory again
                env.put("SETU_DIRECTORY_REPUBLISH_ON_START", "true");
            }
            case NOTIFICATION -> {
                // escalations reach the demo coordinator's mailbox in the local mail server
                env.put("SETU_NOTIFICATION_COORDINATORS_EMAILS", "coordinator@demo.setu.example.org");
                // and the desks' and providers' reminders the day before an arrival are looked for every half minute
                env.put("SETU_NOTIFICATION_ARRIVAL_REMINDERS_EVERY", "30s");
                env.put("SETU_NOTIFICATION_MASTER_KEY", LocalSecrets.base64Key(state, "notification-master-key"));
            }
            default -> { }
        }
        return env;
    }

    public Postgres postgres() { return postgres; }
    public String kafkaBootstrap() { return kafkaBootstrap; }
    public String keycloakIssuer() { return keycloakIssuer; }

    public List<Component> components() {
        synchronized (components) {
            return List.copyOf(components.values());
        }
    }

    /** Stops what this instance started, newest first. */
    @Override
    public void close() {
        List<Runnable> reversed;
        synchronized (stops) {
            reversed = new ArrayList<>(stops);
            stops.clear();
        }
        Collections.reverse(reversed);
        for (Runnable stop : reversed) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                progress.accept("  ! " + e.getMessage());
            }
        }
    }

    private <T> T timed(String name, java.util.function.Supplier<T> step) {
        long t0 = System.nanoTime();
        progress.accept("  … " + name + " starting");
        T result = step.get();
        progress.accept(String.format("  ✓ %s ready (%.1f s)", name, (System.nanoTime() - t0) / 1e9));
        return result;
    }

    private CompletableFuture<Void> async(Runnable step) {
        CompletableFuture<Void> f = CompletableFuture.runAsync(step);
        pending.add(f);
        return f;
    }

    /** After a failure, lets the other components finish starting so that close() can stop them. */
    private void settlePending() {
        List<CompletableFuture<Void>> all;
        synchronized (pending) {
            all = new ArrayList<>(pending);
        }
        all.forEach(f -> f.handle((ok, error) -> null).join());
    }

    private static void await(CompletableFuture<Void> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }
}
