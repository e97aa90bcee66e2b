package org.setu.referral.domain;

import org.setu.events.vocabulary.ReferralStatus;

import java.util.EnumSet;
import java.util.Set;

import static org.setu.events.vocabulary.ReferralStatus.ACCEPTED;
import static org.setu.events.vocabulary.ReferralStatus.CANCELLED;
import static org.setu.events.vocabulary.ReferralStatus.COMPLETED;
import static org.setu.events.vocabulary.ReferralStatus.DECLINED;
import static org.setu.events.vocabulary.ReferralStatus.ESCALATED;
import static org.setu.events.vocabulary.ReferralStatus.EXPIRED;
import static org.setu.events.vocabulary.ReferralStatus.IN_PROGRESS;
import static org.setu.events.vocabulary.ReferralStatus.ON_HOLD;
import static org.setu.events.vocabulary.ReferralStatus.PROPOSED;
import static org.setu.events.vocabulary.ReferralStatus.SENT;

/**
 * The moves of a referral, after the FHIR SDOH referral Task: where each may start and where it leads.
 * DECLINED and EXPIRED are passed through on the way to the next service (RE_ROUTE) or to the coordinators
 * (ESCALATE); ESCALATED counts as open, so that it can still be cancelled, or referred again by a coordinator to a
 * service they found (REFER_AGAIN). ON_HOLD waits for a person still abroad: it is reached from PROPOSED (approved while
 * the person is away) or SENT (a return was planned after the sending), left by RELEASE when the person arrives, and
 * may be cancelled; nobody answers it before then.
 */
public enum Transition {
    APPROVE(SENT, PROPOSED),
    ACCEPT(ACCEPTED, SENT),
    DECLINE(DECLINED, SENT),
    EXPIRE(EXPIRED, SENT),
    START(IN_PROGRESS, ACCEPTED),
    COMPLETE(COMPLETED, IN_PROGRESS),
    CANCEL(CANCELLED, PROPOSED, SENT, ACCEPTED, IN_PROGRESS, ESCALATED, ON_HOLD),
    RE_ROUTE(SENT, DECLINED, EXPIRED),
    ESCALATE(ESCALATED, DECLINED, EXPIRED),
    REFER_AGAIN(SENT, ESCALATED),
    HOLD(ON_HOLD, PROPOSED, SENT),
    RELEASE(SENT, ON_HOLD);

    /** States in which someone still owes the person something. */
    public static final Set<ReferralStatus> OPEN = EnumSet.of(PROPOSED, SENT, ACCEPTED, IN_PROGRESS, ESCALATED, ON_HOLD);

    private final ReferralStatus target;
    private final Set<ReferralStatus> from;

    Transition(ReferralStatus target, ReferralStatus first, ReferralStatus... more) {
        this.target = target;
        this.from = EnumSet.of(first, more);
    }

    public ReferralStatus target() {
        return target;
    }

    public boolean allowedFrom(ReferralStatus status) {
        return from.contains(status);
    }

    public Set<ReferralStatus> from() {
        return EnumSet.copyOf(from);
    }
}
