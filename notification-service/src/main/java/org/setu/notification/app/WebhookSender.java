package org.setu.notification.app;

import java.util.UUID;

/** Posts a signed structured-mode CloudEvent to a subscriber's webhook; the adapter lives in {@code messaging}. */
public interface WebhookSender {

    void send(String url, String secret, UUID deliveryId, String cloudEvent) throws DeliveryFailure;
}
