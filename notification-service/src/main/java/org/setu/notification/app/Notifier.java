package org.setu.notification.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.setu.events.notification.RecipientKind;
import org.setu.events.referral.ReferralEvent;
import org.setu.events.screening.FollowUpReminder;
import org.setu.notification.domain.ArrivalFacts;
import org.setu.notification.domain.ArrivalPolicy;
import org.setu.notification.domain.Coordinators;
import org.setu.notification.domain.DeliveryState;
import org.setu.notification.domain.DirectoryContact;
import org.setu.notification.domain.ErasurePolicy;
import org.setu.notification.domain.FollowUpFacts;
import org.setu.notification.domain.HandOverFacts;
import org.setu.notification.domain.HandOverPolicy;
import org.setu.notification.domain.Recipient;
import org.setu.notification.domain.RecipientPolicy;
import org.setu.notification.domain.ReferralFacts;
import org.setu.notification.domain.ReferralNotice;
import org.setu.notification.domain.SourceEvent;
import org.setu.notification.persistence.ContactRepository;
import org.setu.notification.persistence.DeliveryRepository;
import org.setu.notification.persistence.DeliveryRow;
import org.setu.notification.persistence.DeliveryRow.Agencies;
import org.setu.notification.persistence.SubscriptionRepository;
import org.setu.notification.persistence.SubscriptionRow;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a referral event or a follow-up reminder into deliveries: one per recipient and channel the policy names,
 * recorded in the consumer's transaction (with the inbox entry), due at once. The worker sends them after the commit.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);
    private static final String ERASED = ErasurePolicy.REASON;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    ContactRepository contacts;

    @Inject
    NotificationSettings settings;

    @Inject
    DeliveryWorker worker;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * The kit's event reader read the event once; its deliveries keep what it says as typed facts, so composing a
     * message later parses nothing. @return how many new deliveries were recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onReferralEvent(SourceEvent source, ReferralEvent event) {
        ReferralFacts facts = ReferralFacts.of(event);
        SourceEvent about = timed(source, facts.occurredAt());
        ReferralNotice notice = ReferralNotice.of(about.type(), facts);
        List<Recipient> recipients = RecipientPolicy.recipients(notice, audience(notice));
        Instant now = clock.instant();
        boolean erased = ErasurePolicy.caseIsGone(facts.reasonCode(), deliveries.isErased(facts.caseId()));
        if (erased && facts.caseId() != null) forget(facts.caseId(), now);
        int recorded = record(recipients, erased, r -> erased ? purged(about, facts, r, now)
                : DeliveryRow.planned(about, facts, Agencies.of(facts), r, DeliveryState.first(worker.policy(), now), now));
        LOG.debugf("event %s (%s) for referral %s: %d recipients, %d new deliveries%s", about.id(), about.type(),
                facts.referralId(), recipients.size(), recorded, erased ? ", none sent: the case was erased" : "");
        return recorded;
    }

    /**
     * A follow-up due soon or overdue goes to the agency that follows the case (see {@link RecipientPolicy}). A reminder
     * of a case already erased is counted, holds nothing of the case and is never sent, like a referral event's.
     * @return how many new deliveries were recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onFollowUpReminder(SourceEvent source, FollowUpReminder event) {
        FollowUpFacts facts = FollowUpFacts.of(event);
        SourceEvent about = timed(source, facts.occurredAt());
        List<SubscriptionRow> subs = subscriptions.activeOf(List.of(facts.agencyId()));
        var audience = new RecipientPolicy.Audience(subs.stream().map(SubscriptionRow::toChannel).toList(),
                contacts.ofOrganization(facts.agencyId()), coordinators(), settings.sms().gatewayUrl().isPresent(),
                settings.defaultLanguage());
        List<Recipient> recipients = RecipientPolicy.recipients(facts, audience);
        Instant now = clock.instant();
        boolean erased = ErasurePolicy.caseIsGone(null, deliveries.isErased(facts.caseId()));
        int recorded = record(recipients, erased, r -> erased
                ? DeliveryRow.reminding(withoutSubject(about), null, Agencies.of(facts), r,
                        DeliveryState.skipped(worker.policy(), ERASED), now)
                : DeliveryRow.reminding(about, facts, Agencies.of(facts), r, DeliveryState.first(worker.policy(), now), now));
        LOG.debugf("event %s (%s) for case %s: %d recipients, %d new deliveries%s", about.id(), about.type(),
                facts.caseId(), recipients.size(), recorded, erased ? ", none sent: the case was erased" : "");
        return recorded;
    }

    /**
     * A notice about a planned return: one delivery per recipient the {@link ArrivalPolicy} named, each with the facts
     * its reader may read (the case's reference only for the owning agency and the coordinators) and the agency whose
     * log shows it. A return event of an erased case never gets here. @return how many new deliveries were recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onArrivalNotice(SourceEvent source, ArrivalFacts facts, List<ArrivalPolicy.Told> told) {
        SourceEvent about = timed(source, facts.occurredAt());
        Instant now = clock.instant();
        int recorded = record(told, false, t -> {
            ArrivalFacts read = facts.toldTo(t.recipient().kind());
            if (t.held() != null) read = read.forReferral(t.held().referralId(), t.held().category());
            return DeliveryRow.arriving(about, read, new Agencies(t.agency(), facts.ownerAgency()), t.recipient(),
                    DeliveryState.first(worker.policy(), now), now);
        });
        LOG.debugf("event %s (%s) for case %s: %s notice, %d recipients, %d new deliveries", about.id(), about.type(),
                facts.caseId(), facts.notice(), told.size(), recorded);
        return recorded;
    }

    /**
     * A notice about a hand-over: one delivery per recipient the {@link HandOverPolicy} named, each with the facts its
     * reader may read (the case's reference only for the agency that proposed the hand-over), shown in the log of the
     * agency told and of the agency that proposed it. An event of an erased case never gets here.
     * @return how many new deliveries were recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onHandOverNotice(SourceEvent source, HandOverFacts facts, List<ArrivalPolicy.Told> told) {
        SourceEvent about = timed(source, facts.occurredAt());
        Instant now = clock.instant();
        int recorded = record(told, false, t -> DeliveryRow.handingOver(about, facts.toldTo(t.recipient().kind()),
                new Agencies(t.agency(), facts.fromAgency()), t.recipient(), DeliveryState.first(worker.policy(), now), now));
        LOG.debugf("event %s (%s) for case %s: hand-over %s notice, %d recipients, %d new deliveries", about.id(), about.type(),
                facts.caseId(), facts.notice(), told.size(), recorded);
        return recorded;
    }

    /** The event's time, or when it happened if the envelope had none. */
    private static SourceEvent timed(SourceEvent source, Instant occurredAt) {
        return source.time() == null ? new SourceEvent(source.id(), source.type(), source.subject(), occurredAt) : source;
    }

    /**
     * Records one delivery per recipient, once per (event, recipient, channel), and wakes the worker after the commit
     * unless nothing is to be sent. @return how many were new
     */
    private <T> int record(List<T> recipients, boolean erased, Function<T, DeliveryRow> row) {
        int recorded = 0;
        for (T r : recipients) {
            if (deliveries.insertIfAbsent(row.apply(r))) recorded++;
        }
        if (recorded > 0 && !erased) wakeWorkerAfterCommit();
        return recorded;
    }

    /**
     * An event about a case that was already erased (a cancellation that followed the erasure, a late redelivery):
     * its deliveries are counted but hold nothing of the case (no facts, no subject), and none is sent, since every
     * notice names the case. The agencies stay, so that each still sees its count.
     */
    private DeliveryRow purged(SourceEvent source, ReferralFacts facts, Recipient r, Instant now) {
        return DeliveryRow.planned(withoutSubject(source), null, Agencies.of(facts), r,
                DeliveryState.skipped(worker.policy(), ERASED), now);
    }

    /** The event without its subject, which is the case id. */
    private static SourceEvent withoutSubject(SourceEvent source) {
        return new SourceEvent(source.id(), source.type(), null, source.time());
    }

    /** Forgets what the deliveries of an erased case hold of it, and remembers the case's id so later events find it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int onCaseErased(UUID caseId, Instant at) {
        return forget(caseId, at == null ? clock.instant() : at);
    }

    private int forget(UUID caseId, Instant erasedAt) {
        deliveries.rememberErased(caseId, erasedAt);
        int purged = deliveries.purgeCase(caseId, clock.instant());
        if (purged > 0) LOG.infof("case %s erased: %d deliveries purged", caseId, purged);
        return purged;
    }

    /** Records a test delivery for a subscription, due at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID ping(SubscriptionRow s) {
        Instant now = clock.instant();
        SourceEvent ping = new SourceEvent(UUID.randomUUID().toString(), SourceEvent.PING_TYPE, s.id().toString(), now);
        Recipient to = new Recipient(RecipientKind.SUBSCRIBER, s.channel(), Recipient.subscription(s.id()), s.language(),
                "the agency asked for a test message through its subscription");
        DeliveryRow row = DeliveryRow.planned(ping, null, new Agencies(s.agencyId(), null), to,
                DeliveryState.first(worker.policy(), now), now);
        deliveries.insertIfAbsent(row);
        wakeWorkerAfterCommit();
        return row.id();
    }

    private RecipientPolicy.Audience audience(ReferralNotice n) {
        List<SubscriptionRow> subs = subscriptions.activeOf(Arrays.asList(n.organizationId(), n.referringAgencyId()));
        List<DirectoryContact> referringAgencyServices = ReferralNotice.REFERRING_AGENCY_KINDS.contains(n.kind())
                && n.referringAgencyId() != null ? contacts.ofOrganization(n.referringAgencyId()) : List.of();
        return new RecipientPolicy.Audience(subs.stream().map(SubscriptionRow::toChannel).toList(), referringAgencyServices,
                coordinators(), settings.sms().gatewayUrl().isPresent(), settings.defaultLanguage());
    }

    Coordinators coordinators() {
        var c = settings.coordinators();
        return new Coordinators(c.emails(), c.phones().orElse(List.of()), c.language());
    }

    /** New deliveries are sent as soon as they are visible, not at the next tick: latency matters for an urgent referral. */
    private void wakeWorkerAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) worker.wake();
            }
        });
    }

}
