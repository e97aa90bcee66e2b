package org.setu.notification.app;

/**
 * A channel could not deliver. The reason is a code ({@code WEBHOOK_5XX}, {@code SMTP_FAILED}) because it goes
 * into the log and onto the bus; what the far side said is not kept, as it could contain anything.
 */
public class DeliveryFailure extends Exception {

    private final String reason;
    private final boolean permanent;

    public DeliveryFailure(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.reason = reason;
        this.permanent = permanent;
    }

    public String reason() {
        return reason;
    }

    public boolean permanent() {
        return permanent;
    }
}
