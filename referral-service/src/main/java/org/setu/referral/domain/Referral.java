package org.setu.referral.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A request that one service take one person for one category, followed until it is closed. Transitions
 * return a new referral with one more history entry; nothing is overwritten. {@code version} is the
 * optimistic-concurrency version the store compares; the domain leaves it alone.
 *
 * @param serviceId null only when no service could be found (escalated)
 * @param dueAt     when the provider must answer; null unless the referral is SENT
 */
public record Referral(UUID id, UUID caseId, String caseRef, UUID referringAgencyId, ServiceCategory category,
                       Urgency urgency, UUID serviceId, UUID organizationId, ReferralStatus status, Instant dueAt,
                       int attempt, long version, List<Reason> explanation, List<HistoryEntry> history,
                       Instant createdAt, boolean redacted) {

    public Referral {
        explanation = List.copyOf(explanation);
        history = List.copyOf(history);
    }

    /** A new referral to a chosen service: SENT at once, or PROPOSED until a case worker approves. */
    public static Referral create(UUID id, CaseFacts facts, ServiceCategory category, ServiceChoice choice,
                                  boolean sendNow, String actor, String reason, String note, Instant at) {
        ReferralStatus status = sendNow ? ReferralStatus.SENT : ReferralStatus.PROPOSED;
        Instant due = sendNow ? Deadlines.dueAt(facts.urgency(), at) : null;
        HistoryEntry first = new HistoryEntry(status, at, actor, reason, note, choice.serviceId(), 1);
        return new Referral(id, facts.caseId(), facts.caseRef(), facts.agencyId(), category, facts.urgency(),
                choice.serviceId(), choice.organizationId(), status, due, 1, 0, choice.explanation(), List.of(first), at, false);
    }

    /**
     * A new referral for a person still abroad: matched to its service now, held (ON_HOLD) until the arrival sends it.
     * No deadline runs, and the attempt opens only when it is sent.
     */
    public static Referral createHeld(UUID id, CaseFacts facts, ServiceCategory category, ServiceChoice choice,
                                      String actor, String reason, Instant at) {
        HistoryEntry first = new HistoryEntry(ReferralStatus.ON_HOLD, at, actor, reason, null, choice.serviceId(), 1);
        return new Referral(id, facts.caseId(), facts.caseRef(), facts.agencyId(), category, facts.urgency(),
                choice.serviceId(), choice.organizationId(), ReferralStatus.ON_HOLD, null, 1, 0, choice.explanation(),
                List.of(first), at, false);
    }

    /** No service qualified: the coordinators take over from the start. */
    public static Referral escalatedAtOnce(UUID id, CaseFacts facts, ServiceCategory category, List<Reason> explanation,
                                           String actor, Instant at) {
        HistoryEntry first = new HistoryEntry(ReferralStatus.ESCALATED, at, actor, "NO_CANDIDATE", null, null, 1);
        return new Referral(id, facts.caseId(), facts.caseRef(), facts.agencyId(), category, facts.urgency(),
                null, null, ReferralStatus.ESCALATED, null, 1, 0, explanation, List.of(first), at, false);
    }

    public Referral approve(String actor, Instant at, String reason, String note) {
        require(Transition.APPROVE);
        return move(ReferralStatus.SENT, at, actor, reason, note, Deadlines.dueAt(urgency, at));
    }

    /**
     * Approved, but to another candidate of the ranked preview than the one proposed. The referral was never sent,
     * so it stays on its first attempt.
     */
    public Referral approveWith(ServiceChoice other, String actor, Instant at, String reason, String note) {
        require(Transition.APPROVE);
        return sendTo(other, attempt, actor, at, reason, note);
    }

    /** A coordinator found a service for an escalated referral: it is sent there, as one more attempt. */
    public Referral referAgain(ServiceChoice found, String actor, Instant at, String reason, String note) {
        require(Transition.REFER_AGAIN);
        return sendTo(found, attempt + 1, actor, at, reason, note);
    }

    private Referral sendTo(ServiceChoice choice, int toAttempt, String actor, Instant at, String reason, String note) {
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(new HistoryEntry(ReferralStatus.SENT, at, actor, reason, note, choice.serviceId(), toAttempt));
        return new Referral(id, caseId, caseRef, referringAgencyId, category, urgency, choice.serviceId(),
                choice.organizationId(), ReferralStatus.SENT, Deadlines.dueAt(urgency, at), toAttempt, version,
                choice.explanation(), more, createdAt, redacted);
    }

    /** When the coordinators took the referral over; null unless it is ESCALATED. */
    public Instant escalatedAt() {
        if (status != ReferralStatus.ESCALATED) return null;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() == ReferralStatus.ESCALATED) return history.get(i).at();
        }
        return createdAt;
    }

    /**
     * The person is still abroad: a proposal approved now, or a referral sent before the return was planned, waits
     * with its service for the arrival. The deadline stops; the provider is not asked to answer before the person is
     * here.
     */
    public Referral hold(String actor, Instant at, String reason, String note) {
        require(Transition.HOLD);
        return move(ReferralStatus.ON_HOLD, at, actor, reason, note, null);
    }

    /** Approved while the person is abroad, to another candidate of the ranked preview: held there for the arrival. */
    public Referral holdWith(ServiceChoice other, String actor, Instant at, String reason, String note) {
        require(Transition.HOLD);
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(new HistoryEntry(ReferralStatus.ON_HOLD, at, actor, reason, note, other.serviceId(), attempt));
        return new Referral(id, caseId, caseRef, referringAgencyId, category, urgency, other.serviceId(),
                other.organizationId(), ReferralStatus.ON_HOLD, null, attempt, version, other.explanation(), more,
                createdAt, redacted);
    }

    /** The person arrived: the held referral goes to its provider, and the deadline counts from the arrival. */
    public Referral release(Instant at, String reason) {
        require(Transition.RELEASE);
        return move(ReferralStatus.SENT, at, SystemActor.NAME, reason, null, Deadlines.dueAt(urgency, at));
    }

    /**
     * The plan of a return changed its port or window while the referral waits for it: the status stays, and one
     * history entry records why, so that the provider hears of the new window.
     */
    public Referral reHold(Instant at, String reason) {
        if (redacted || status != ReferralStatus.ON_HOLD) throw new IllegalStateException("only a held referral is re-held");
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(new HistoryEntry(ReferralStatus.ON_HOLD, at, SystemActor.NAME, reason, null, serviceId, attempt));
        return new Referral(id, caseId, caseRef, referringAgencyId, category, urgency, serviceId, organizationId, status,
                null, attempt, version, explanation, more, createdAt, redacted);
    }

    public Referral accept(String actor, Instant at, String reason, String note) {
        require(Transition.ACCEPT);
        return move(ReferralStatus.ACCEPTED, at, actor, reason, note, null);
    }

    public Referral decline(String actor, Instant at, String reason, String note) {
        require(Transition.DECLINE);
        return move(ReferralStatus.DECLINED, at, actor, reason, note, null);
    }

    public Referral expire(Instant at) {
        require(Transition.EXPIRE);
        return move(ReferralStatus.EXPIRED, at, SystemActor.NAME, "NO_ANSWER_BY_DEADLINE", null, null);
    }

    public Referral start(String actor, Instant at, String reason, String note) {
        require(Transition.START);
        return move(ReferralStatus.IN_PROGRESS, at, actor, reason, note, null);
    }

    public Referral complete(String actor, Instant at, String reason, String note) {
        require(Transition.COMPLETE);
        return move(ReferralStatus.COMPLETED, at, actor, reason, note, null);
    }

    public Referral cancel(String actor, Instant at, String reason, String note) {
        require(Transition.CANCEL);
        return move(ReferralStatus.CANCELLED, at, actor, reason, note, null);
    }

    /** After a decline or an expiry: the next-best service gets it, with a new deadline and one more attempt. */
    public Referral reRoute(ServiceChoice next, Instant at) {
        require(Transition.RE_ROUTE);
        int nextAttempt = attempt + 1;
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(new HistoryEntry(ReferralStatus.SENT, at, SystemActor.NAME, "RE_ROUTED", null, next.serviceId(), nextAttempt));
        return new Referral(id, caseId, caseRef, referringAgencyId, category, urgency, next.serviceId(),
                next.organizationId(), ReferralStatus.SENT, Deadlines.dueAt(urgency, at), nextAttempt, version,
                next.explanation(), more, createdAt, redacted);
    }

    /**
     * An amended screening changed the urgency of a referral not yet accepted: the referral takes the new urgency and,
     * when SENT, a deadline moved to it ({@link Deadlines#moved}). The status stays; one history entry says why.
     */
    public Referral reDate(Urgency to, Instant at, String reason) {
        requireNotYetAccepted();
        Instant due = status == ReferralStatus.SENT ? Deadlines.moved(to, sentAt(), dueAt, at) : null;
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(new HistoryEntry(status, at, SystemActor.NAME, reason, null, serviceId, attempt));
        List<Reason> why = new ArrayList<>(explanation);
        why.add(due == null ? Reason.of("explain.urgencyChanged", Reason.term("urgency", urgency), Reason.term("urgency", to))
                : Reason.of("explain.urgencyChangedDue", Reason.term("urgency", urgency), Reason.term("urgency", to),
                Reason.value(due)));
        return new Referral(id, caseId, caseRef, referringAgencyId, category, to, serviceId, organizationId, status, due,
                attempt, version, why, more, createdAt, redacted);
    }

    /**
     * An amended screening moved the person: a referral not yet accepted goes to the best service for the new place.
     * A SENT one is sent again (one more attempt, a new deadline); a PROPOSED one still waits for approval.
     */
    public Referral reMatch(ServiceChoice next, Urgency newUrgency, Instant at, String reason) {
        requireNotYetAccepted();
        if (status == ReferralStatus.ESCALATED) throw new IllegalStateException("the coordinators hold an escalated referral");
        boolean sent = status == ReferralStatus.SENT;
        int nextAttempt = sent ? attempt + 1 : attempt;
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(new HistoryEntry(status, at, SystemActor.NAME, reason, null, next.serviceId(), nextAttempt));
        return new Referral(id, caseId, caseRef, referringAgencyId, category, newUrgency, next.serviceId(),
                next.organizationId(), status, sent ? Deadlines.dueAt(newUrgency, at) : null, nextAttempt, version,
                next.explanation(), more, createdAt, redacted);
    }

    /** No candidate is left: the NRM coordinators take over. The last service tried stays on record in the history. */
    public Referral escalate(Instant at, List<Reason> why) {
        require(Transition.ESCALATE);
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(new HistoryEntry(ReferralStatus.ESCALATED, at, SystemActor.NAME, "NO_CANDIDATE_LEFT", null, null, attempt));
        return new Referral(id, caseId, caseRef, referringAgencyId, category, urgency, null, null,
                ReferralStatus.ESCALATED, null, attempt, version, why, more, createdAt, redacted);
    }

    /**
     * The case was erased: an open referral ends (CASE_ERASED), and the reference and every note go in the same
     * step, so that the cancellation itself carries no reference.
     */
    public Referral eraseCase(String actor, Instant at) {
        Referral ended = isOpen() && !redacted ? cancel(actor, at, "CASE_ERASED", null) : this;
        return ended.redact();
    }

    /** The case was erased: the reference and every note go; codes, times and actors stay for the audit. */
    public Referral redact() {
        return new Referral(id, caseId, null, referringAgencyId, category, urgency, serviceId, organizationId, status,
                dueAt, attempt, version, explanation, history.stream().map(HistoryEntry::withoutNote).toList(),
                createdAt, true);
    }

    /** What a provider may read of a referral held for an arrival: no reference, no notes; the record keeps both. */
    public Referral asUpcomingArrival() {
        return new Referral(id, caseId, null, referringAgencyId, category, urgency, serviceId, organizationId, status,
                dueAt, attempt, version, explanation, history.stream().map(HistoryEntry::withoutNote).toList(),
                createdAt, redacted);
    }

    public boolean isOpen() {
        return Transition.OPEN.contains(status);
    }

    public Referral withVersion(long newVersion) {
        return new Referral(id, caseId, caseRef, referringAgencyId, category, urgency, serviceId, organizationId, status,
                dueAt, attempt, newVersion, explanation, history, createdAt, redacted);
    }

    public HistoryEntry last() {
        return history.get(history.size() - 1);
    }

    /** When the current attempt was sent, for its deadline and time-to-accept. */
    public Instant sentAt() {
        return sentAt(attempt);
    }

    /**
     * When an attempt was sent: its first SENT entry. A later SENT entry of the same attempt records a moved deadline
     * (an amended urgency), not a new sending, so a second change of urgency still counts from the real sending. A
     * referral held for an arrival and then released was sent again at the arrival: its time counts from there.
     */
    public Instant sentAt(int ofAttempt) {
        Instant sent = null;
        ReferralStatus previous = null;
        for (HistoryEntry h : history) {
            if (h.status() == ReferralStatus.SENT && h.attempt() == ofAttempt
                    && (sent == null || previous == ReferralStatus.ON_HOLD)) {
                sent = h.at();
            }
            previous = h.status();
        }
        return sent != null ? sent : createdAt;
    }

    private void requireNotYetAccepted() {
        if (redacted || !AmendmentPolicy.NOT_YET_ACCEPTED.contains(status)) {
            throw new IllegalStateException("an accepted or closed referral is not moved by an amendment");
        }
    }

    private void require(Transition t) {
        if (redacted) throw new IllegalTransition(t, status, version);
        if (!t.allowedFrom(status)) throw new IllegalTransition(t, status, version);
    }

    private Referral move(ReferralStatus to, Instant at, String actor, String reason, String note, Instant due) {
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(new HistoryEntry(to, at, actor, reason, note, serviceId, attempt));
        return new Referral(id, caseId, caseRef, referringAgencyId, category, urgency, serviceId, organizationId, to,
                due, attempt, version, explanation, more, createdAt, redacted);
    }
}
