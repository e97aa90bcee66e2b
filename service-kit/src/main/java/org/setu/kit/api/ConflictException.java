package org.setu.kit.api;

/**
 * The request is well-formed but the resource is not in a state that allows it: a referral that is no
 * longer {@code SENT} cannot be accepted, an {@code If-Match} version that is not the current one loses.
 * Answered as a 409 problem that names the current status and version, so the client can reload and decide.
 * The detail is written for the caller and must hold codes only, no personal data.
 */
public class ConflictException extends RuntimeException {

    private final String currentStatus;
    private final Long currentVersion;

    public ConflictException(String detail, String currentStatus, Long currentVersion) {
        super(detail, null, false, false);   // an expected outcome: no stack trace to fill or log
        this.currentStatus = currentStatus;
        this.currentVersion = currentVersion;
    }

    /** The resource is in the wrong state for this transition. */
    public static ConflictException wrongStatus(String currentStatus, long currentVersion) {
        return new ConflictException("not allowed while the resource is " + currentStatus, currentStatus, currentVersion);
    }

    /** The client's {@code If-Match} version is not the current one: someone else changed it first. */
    public static ConflictException staleVersion(String currentStatus, long currentVersion) {
        return new ConflictException("the resource has changed; reload it and retry with version " + currentVersion,
                currentStatus, currentVersion);
    }

    public String currentStatus() {
        return currentStatus;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
