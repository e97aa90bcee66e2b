package org.setu.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.setu.events.notification.Channel;
import org.setu.events.notification.RecipientKind;
import org.setu.notification.app.Delivery;
import org.setu.notification.domain.DeliveryStatus;
import org.setu.notification.domain.Recipient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One delivery of the log. {@code recipient} is who it is for ({@code service:<id>}, {@code subscription:<id>},
 * {@code mailto:...}, {@code tel:...}); {@code address} where it last went, for a webhook its host only.
 * {@code attemptLog} only on a single read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationView(UUID id, String sourceEventId, String sourceEventType, UUID referralId,
                               RecipientKind recipientKind, Channel channel, String recipient, String address,
                               String language, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                               String lastReason, Instant createdAt, Instant deliveredAt, List<Attempt> attemptLog) {

    public record Attempt(int number, Instant at, String outcome, String reason, int durationMs, Instant nextAttemptAt) {
    }

    public record Page(List<NotificationView> items, int page, int size, long totalItems) {
    }

    static NotificationView of(Delivery d, List<Delivery.Attempt> attempts) {
        Recipient to = d.recipient();
        return new NotificationView(d.id(), d.source().id(), d.source().type(), d.referralId(), to.kind(), to.channel(),
                to.ref(), shownAddress(to.channel(), d.address()), to.language(), d.state().status(), d.state().attempts(),
                d.state().nextAttemptAt(), d.state().lastReason(), d.createdAt(), d.deliveredAt(),
                attempts == null ? null : attempts.stream()
                        .map(a -> new Attempt(a.number(), a.at(), a.outcome(), a.reason(), a.durationMs(), a.nextAttemptAt()))
                        .toList());
    }

    /**
     * A webhook URL's path and query often carry the receiver's own token ({@code /hook/8f2c...?key=...}), and the
     * delivery log is read by case workers, provider staff and coordinators of other agencies: they see the host at
     * most. The whole URL stays with the subscription, which only its own agency's admins read.
     */
    static String shownAddress(Channel channel, String address) {
        if (channel != Channel.WEBHOOK || address == null) return address;
        try {
            return java.net.URI.create(address).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
