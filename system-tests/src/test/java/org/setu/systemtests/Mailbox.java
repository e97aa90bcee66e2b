package org.setu.systemtests;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The local mail server's mailboxes, read over IMAP as a mail client would (authentication is off there: the
 * address is the user name and the password), with subjects and bodies decoded.
 */
final class Mailbox {

    /** One received message, decoded. */
    record Mail(String subject, String body) {
        boolean mentions(String text) {
            return subject.contains(text) || body.contains(text);
        }
    }

    private Mailbox() {
    }

    static List<Mail> messages(String address) {
        Properties p = new Properties();
        p.put("mail.imap.host", "127.0.0.1");
        p.put("mail.imap.port", "3143");
        p.put("mail.imap.connectiontimeout", "5000");
        p.put("mail.imap.timeout", "10000");
        try {
            Store store = Session.getInstance(p).getStore("imap");
            store.connect(address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    mails.add(new Mail(m.getSubject() == null ? "" : m.getSubject(), text(m.getContent())));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address + ": " + e.getMessage(), e);
        }
    }

    static List<Mail> messagesMentioning(String address, String text) {
        return messages(address).stream().filter(m -> m.mentions(text)).toList();
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String s) return s;
        if (content instanceof Multipart mp) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) sb.append(text(mp.getBodyPart(i).getContent())).append('\n');
            return sb.toString();
        }
        return String.valueOf(content);
    }
}
