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
    private ManagedProcess process;

    public MailServer(StateFolder state) {
        this.state = state;
    }

    public boolean isRunning() {
        return Net.isListening("127.0.0.1", SMTP_PORT);
    }

    public void start(Duration timeout) {
        String version = StateFolder.versions().getProperty("greenmail.version");
        Path jar = state.dist().resolve("greenmail-standalone-" + version + ".jar");
        List<String> cmd = List.of(KafkaBroker.java(), "-Xmx128m", "-XX:+UseSerialGC",
                "-Dgreenmail.setup.test.smtp", "-Dgreenmail.setup.test.imap", "-Dgreenmail.auth.disabled",
                "-Dgreenmail.hostname=127.0.0.1", "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + API_PORT, "-jar", jar.toString());
        process = ManagedProcess.start("mail", cmd, Map.of(), state.data("mail"), state);
        process.awaitReady(() -> isRunning() && Net.isListening("127.0.0.1", IMAP_PORT), timeout);
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
