package org.setu.devstack;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MailServerTest {

    @Test
    void mailSentOverSmtpCanBeReadOverImapByLoggingInWithTheAddress() throws IOException {
        int smtp = Net.freePort();
        int imap = Net.freePort();
        MailServer mail = new MailServer(StateFolder.locate(), "mail-devstack-test", smtp, imap, Net.freePort());
        try {
            mail.start(Duration.ofSeconds(60));
            send(smtp, "focal.point@shelter.example.org", "Setu referral BD-7K3F-9Q2M");

            assertThat(messagesInInbox(imap, "focal.point@shelter.example.org")).isEqualTo(1);
        } finally {
            mail.stop();
        }
        assertThat(Net.isListening("127.0.0.1", smtp)).isFalse();
    }

    private static void send(int port, String to, String subject) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port); Conversation c = new Conversation(s)) {
            c.expect("220");
            c.say("HELO setu.test").expect("250");
            c.say("MAIL FROM:<noreply@setu.example.org>").expect("250");
            c.say("RCPT TO:<" + to + ">").expect("250");
            c.say("DATA").expect("354");
            c.say("Subject: " + subject + "\r\n\r\nA referral awaits your answer.\r\n.").expect("250");
            c.say("QUIT");
        }
    }

    private static int messagesInInbox(int port, String address) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port); Conversation c = new Conversation(s)) {
            c.expect("* OK");
            c.say("a1 LOGIN " + address + " " + address).expectTagged("a1 OK");
            String exists = c.say("a2 SELECT INBOX").lineContaining(" EXISTS", "a2 OK");
            c.say("a3 LOGOUT");
            return Integer.parseInt(exists.replaceAll("\\D+", ""));
        }
    }

    /** A line-based protocol conversation, enough for SMTP and IMAP in a test. */
    private static final class Conversation implements AutoCloseable {
        private final BufferedReader in;
        private final PrintWriter out;

        Conversation(Socket s) throws IOException {
            s.setSoTimeout(10_000);
            in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.US_ASCII);
        }

        Conversation say(String line) {
            out.print(line + "\r\n");
            out.flush();
            return this;
        }

        void expect(String prefix) throws IOException {
            String line = in.readLine();
            // SMTP multi-line answers repeat the code with a dash
            while (line != null && line.startsWith(prefix + "-")) line = in.readLine();
            assertThat(line).startsWith(prefix);
        }

        void expectTagged(String tagged) throws IOException {
            String line;
            while ((line = in.readLine()) != null && !line.startsWith(tagged.substring(0, 3))) { /* untagged */ }
            assertThat(line).startsWith(tagged);
        }

        String lineContaining(String needle, String end) throws IOException {
            String found = null;
            String line;
            while ((line = in.readLine()) != null && !line.startsWith(end)) {
                if (line.contains(needle)) found = line;
            }
            assertThat(found).as("IMAP answer with" + needle).isNotNull();
            return found;
        }

        @Override
        public void close() throws IOException {
            in.close();
            out.close();
        }
    }
}
