package org.setu.notification.domain;

/** What one attempt to deliver came to. Reasons are codes such as {@code WEBHOOK_5XX}, never a message from afar. */
public sealed interface AttemptOutcome permits AttemptOutcome.Delivered, AttemptOutcome.Failed, AttemptOutcome.Skipped {

    String reason();

    record Delivered(String reason) implements AttemptOutcome {
    }

    /** @param permanent retrying would not help (the address is gone, the request is refused as malformed) */
    record Failed(String reason, boolean permanent) implements AttemptOutcome {
    }

    /** Nowhere to deliver, which is not a failure: the service has no SMS phone, the subscription was removed. */
    record Skipped(String reason) implements AttemptOutcome {
    }

    static AttemptOutcome delivered() {
        return new Delivered("DELIVERED");
    }
}
