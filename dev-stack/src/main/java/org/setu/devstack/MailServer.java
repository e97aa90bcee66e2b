package org.setu.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GreenMail as the SMTP server of development and tests: SMTP on 3025, IMAP on 3143, authentication off
 * (any mailbox can be read by logging in with its address), and its HTTP API on 8025 instead of 8080, which
 * belongs to the portal.
 */
public final class MailServer {

    public static final int SMTP_PORT = 3025;
    public static final int IMAP_PORT = 3143;
    public static final int API_PORT = 8025;

    private final StateFolder state;
    private final String name;
    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private ManagedProcess process;

    public MailServer(StateFolder state) {
        this(state, "mail", SMTP_PORT, IMAP_PORT, API_PORT);
    }

    public MailServer(StateFolder state, String name, int smtpPort, int imapPort, int apiPort) {
        this.state = state;
        this.name = name;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.apiPort = apiPort;
    }

    public boolean isRunning() {
        return Net.isListening("127.0.0.1", smtpPort);
    }

    public void start(Duration timeout) {
        String version = StateFolder.versions().getProperty("greenmail.version");
        Path jar = state.dist().resolve("greenmail-standalone-" + version + ".jar");
        List<String> cmd = List.of(KafkaBroker.java(), "-Xmx128m", "-XX:+UseSerialGC",
                "-Dgreenmail.smtp.port=" + smtpPort, "-Dgreenmail.imap.port=" + imapPort, "-Dgreenmail.auth.disabled",
                "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + apiPort, "-jar", jar.toString());
        process = ManagedProcess.start(name, cmd, Map.of(), state.data(name), state);
        process.awaitReady(() -> isRunning() && Net.isListening("127.0.0.1", imapPort), timeout);
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
            process = null;
        }
    }

    public ManagedProcess process() {
        return process;
    }
}
