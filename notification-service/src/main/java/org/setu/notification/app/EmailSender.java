package org.setu.notification.app;

/** Sends an email; the adapter lives in {@code messaging}. "Delivered" means the mail server accepted it. */
public interface EmailSender {

    void send(String to, String subject, String text) throws DeliveryFailure;
}
