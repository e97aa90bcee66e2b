package org.setu.notification.app;

import org.setu.notification.domain.SubscriptionRules;

import java.util.List;

/** A subscription request that breaks {@link SubscriptionRules}; the API answers it as a 400 problem listing each field. */
public class InvalidSubscription extends RuntimeException {

    private final List<SubscriptionRules.Violation> violations;

    public InvalidSubscription(List<SubscriptionRules.Violation> violations) {
        super("invalid subscription", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<SubscriptionRules.Violation> violations() {
        return violations;
    }
}
