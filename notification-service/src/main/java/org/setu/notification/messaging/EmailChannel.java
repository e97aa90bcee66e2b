package org.setu.notification.messaging;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.notification.app.DeliveryFailure;
import org.setu.notification.app.EmailSender;

/** Email through quarkus-mailer over SMTP. "Delivered" means the mail server accepted the message. */
@ApplicationScoped
public class EmailChannel implements EmailSender {

    @Inject
    Mailer mailer;

    @Override
    public void send(String to, String subject, String text) throws DeliveryFailure {
        try {
            mailer.send(Mail.withText(to, subject, text));
        } catch (RuntimeException e) {
            // the server's answer is not kept: it may quote the address or the message
            throw new DeliveryFailure("SMTP_FAILED", false);
        }
    }
}
