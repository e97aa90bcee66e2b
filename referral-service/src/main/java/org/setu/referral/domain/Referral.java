package org.setu.referral.domain;

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
                       int attempt, long version, List<String> explanation, List<HistoryEntry> history,
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

    /** No service qualified: the coordinators take over from the start. */
    public static Referral escalatedAtOnce(UUID id, CaseFacts facts, ServiceCategory category, List<String> explanation,
                                           String actor, Instant at) {
        HistoryEntry first = new HistoryEntry(ReferralStatus.ESCALATED, at, actor, "NO_CANDIDATE", null, null, 1);
        return new Referral(id, facts.caseId(), facts.caseRef(), facts.agencyId(), category, facts.urgency(),
                null, null, ReferralStatus.ESCALATED, null, 1, 0, explanation, List.of(first), at, false);
    }

    public Referral approve(String actor, Instant at, String reason, String note) {
        require(Transition.APPROVE);
        return move(ReferralStatus.SENT, at, actor, reason, note, Deadlines.dueAt(urgency, at));
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
        List<String> why = new ArrayList<>(explanation);
        why.add("Urgency changed from " + urgency + " to " + to + " by an amended screening"
                + (due == null ? "." : "; the provider must now answer by " + due + "."));
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
    public Referral escalate(Instant at, List<String> why) {
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

    /** The entry that sent the current attempt, for time-to-accept. */
    public Instant sentAt() {
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry h = history.get(i);
            if (h.status() == ReferralStatus.SENT) return h.at();
        }
        return createdAt;
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
