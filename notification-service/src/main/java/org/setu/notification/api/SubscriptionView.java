package org.setu.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.setu.events.notification.Channel;
import org.setu.notification.app.Subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the API shows it. {@code secret} appears only in the answer to a creation or a rotation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, UUID agencyId, Channel channel, String url, String email, String phone,
                               List<String> eventTypes, String language, boolean active, long version,
                               Instant createdAt, Instant updatedAt, String secret) {

    static SubscriptionView of(Subscription r, boolean withSecret) {
        return new SubscriptionView(r.id(), r.agencyId(), r.channel(),
                r.channel() == Channel.WEBHOOK ? r.address() : null,
                r.channel() == Channel.EMAIL ? r.address() : null,
                r.channel() == Channel.SMS ? r.address() : null,
                r.eventTypes(), r.language(), r.active(), r.version(), r.createdAt(), r.updatedAt(),
                withSecret ? r.secret() : null);
    }

    public record Page(List<SubscriptionView> items, int page, int size, long totalItems) {
    }
}
