package org.setu.kit.api;

/**
 * The resource does not exist, or the caller may not know that it exists (another agency's case is answered
 * exactly like a missing one). Thrown by application services, which know nothing of HTTP; answered as the same
 * 404 problem a missing path gets. Carries no detail: what was looked for must not leak into the answer.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("not found", null, false, false);   // an expected outcome: no stack trace to fill or log
    }
}
