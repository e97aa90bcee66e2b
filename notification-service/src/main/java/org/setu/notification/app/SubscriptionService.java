package org.setu.notification.app;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.setu.kit.api.NotFound;
import org.setu.events.notification.Channel;
import org.setu.events.WebAddresses;
import org.setu.kit.audit.AuditTrail;
import org.setu.kit.security.Caller;
import org.setu.notification.domain.Language;
import org.setu.notification.domain.SubscriptionRules;
import org.setu.notification.domain.WebhookSignature;
import org.setu.notification.persistence.SubscriptionRepository;
import org.setu.notification.persistence.SubscriptionRow;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agency's subscriptions, managed by its own agency-admins: another agency's subscription does not exist for
 * them (404). A webhook gets a fresh secret on creation and on rotation; the secret is shown only then.
 */
@ApplicationScoped
public class SubscriptionService {

    static final String RESOURCE = "subscription";
    static final String PURPOSE = "CHANNEL_ADMINISTRATION";

    @Inject
    SubscriptionRepository repository;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    NotificationSettings settings;

    @Inject
    WebhookGuard guard;

    /** What a caller asks a subscription to be. */
    public record Draft(Channel channel, String url, String email, String phone, List<String> eventTypes,
                        String language, Boolean active) {
    }

    public List<Subscription> list(Caller caller) {
        return caller.agencyId().map(repository::ofAgency).orElse(List.of()).stream().map(Subscription::of).toList();
    }

    public Subscription find(Caller caller, UUID id) {
        return Subscription.of(owned(caller, id));
    }

    private SubscriptionRow owned(Caller caller, UUID id) {
        return repository.find(id).filter(s -> caller.actsFor(s.agencyId())).orElseThrow(NotFound::new);
    }

    @Transactional
    public Subscription create(Caller caller, Draft draft) {
        UUID agency = caller.agencyId().orElseThrow(() -> new ForbiddenException("no agency"));
        check(draft);
        Instant now = clock.instant();
        SubscriptionRow row = new SubscriptionRow(UUID.randomUUID(), agency, draft.channel(), address(draft),
                language(draft), draft.eventTypes().stream().distinct().toList(),
                draft.channel() == Channel.WEBHOOK ? WebhookSignature.newSecret() : null,
                draft.active() == null || draft.active(), 1, now, now);
        repository.insert(row);
        audit.record(AuditTrail.CREATE, RESOURCE, row.id().toString(), PURPOSE);
        return Subscription.of(row);
    }

    /** A replaced subscription, and whether it got a new secret (it became a webhook), which is then shown once. */
    public record Replaced(Subscription subscription, boolean secretIssued) {
    }

    @Transactional
    public Replaced replace(Caller caller, UUID id, Draft draft) {
        SubscriptionRow current = owned(caller, id);
        check(draft);
        String secret = draft.channel() == Channel.WEBHOOK
                ? (current.secret() != null ? current.secret() : WebhookSignature.newSecret()) : null;
        SubscriptionRow row = new SubscriptionRow(id, current.agencyId(), draft.channel(), address(draft), language(draft),
                draft.eventTypes().stream().distinct().toList(), secret, draft.active() == null || draft.active(),
                current.version() + 1, current.createdAt(), clock.instant());
        repository.update(row);
        audit.record(AuditTrail.CHANGE, RESOURCE, id.toString(), PURPOSE);
        return new Replaced(Subscription.of(row), secret != null && current.secret() == null);
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        owned(caller, id);
        repository.delete(id);
        audit.record(AuditTrail.ERASE, RESOURCE, id.toString(), PURPOSE);
    }

    /** A new secret replaces the old one at once; calls already on their way were signed with the old one. */
    @Transactional
    public Subscription rotateSecret(Caller caller, UUID id) {
        SubscriptionRow current = owned(caller, id);
        if (current.channel() != Channel.WEBHOOK) {
            throw new InvalidSubscription(List.of(new SubscriptionRules.Violation("channel", "only a WEBHOOK subscription has a secret")));
        }
        SubscriptionRow row = new SubscriptionRow(id, current.agencyId(), current.channel(), current.address(),
                current.language(), current.eventTypes(), WebhookSignature.newSecret(), current.active(),
                current.version() + 1, current.createdAt(), clock.instant());
        repository.update(row);
        audit.record(AuditTrail.CHANGE, RESOURCE, id.toString(), PURPOSE);
        return Subscription.of(row);
    }

    /** @return the id of the test delivery, to follow in the delivery log */
    @Transactional
    public UUID ping(Caller caller, UUID id) {
        return notifier.ping(owned(caller, id));
    }

    private void check(Draft d) {
        List<SubscriptionRules.Violation> violations = new java.util.ArrayList<>(SubscriptionRules.check(d.channel(), d.url(),
                d.email(), d.phone(), d.eventTypes(), d.language()));
        boolean urlOk = violations.stream().noneMatch(v -> v.field().equals("url"));
        if (d.channel() == Channel.WEBHOOK && urlOk) guard.checkAtRegistration(address(d)).ifPresent(v -> violations.add(0, v));
        if (!violations.isEmpty()) throw new InvalidSubscription(violations);
    }

    private static String address(Draft d) {
        return switch (d.channel()) {
            // stored as checked: an internationalised domain in its ASCII form, the one the guard judged
            case WEBHOOK -> WebAddresses.httpUrl(d.url()).orElseThrow();
            case EMAIL -> WebAddresses.email(d.email()).orElseThrow().toLowerCase(java.util.Locale.ROOT);
            case SMS -> d.phone();
        };
    }

    private String language(Draft d) {
        return Language.pick(d.language(), settings.defaultLanguage());
    }
}
