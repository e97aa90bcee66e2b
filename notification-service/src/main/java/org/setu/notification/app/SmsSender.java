package org.setu.notification.app;

/** Sends a text message through the configured gateway; the adapter lives in {@code messaging}. */
public interface SmsSender {

    /** False when no gateway is configured: SMS deliveries are then skipped, not failed. */
    boolean enabled();

    void send(String to, String text) throws DeliveryFailure;
}
