package org.setu.referral.domain;

import org.setu.events.vocabulary.ReferralStatus;

/** A move the referral's state does not allow; answered as a 409 that names the current state. */
public class IllegalTransition extends RuntimeException {

    private final ReferralStatus current;
    private final long version;

    public IllegalTransition(Transition transition, ReferralStatus current, long version) {
        super(transition.name().toLowerCase().replace('_', '-') + " is not allowed while the referral is " + current,
                null, false, false);
        this.current = current;
        this.version = version;
    }

    public ReferralStatus current() {
        return current;
    }

    public long version() {
        return version;
    }
}
