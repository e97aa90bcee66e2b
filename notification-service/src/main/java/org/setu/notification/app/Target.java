package org.setu.notification.app;

/**
 * Where a delivery goes now, looked up when it is sent: an address, the reader's language, and for a webhook the
 * subscription's current secret. {@code skip} says there is nowhere to send, with its reason code.
 */
record Target(String address, String language, String secret, String endpoint, String skip, String fail) {

    static Target to(String address, String language, String secret, String endpoint) {
        return new Target(address, language, secret, endpoint, null, null);
    }

    static Target skip(String reason) {
        return new Target(null, null, null, null, reason, null);
    }

    static Target fail(String reason) {
        return new Target(null, null, null, null, null, reason);
    }
}
