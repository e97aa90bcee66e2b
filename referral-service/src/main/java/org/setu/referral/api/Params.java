package org.setu.referral.api;

import org.setu.kit.api.NotFound;
import org.setu.kit.api.InvalidRequestException;

import java.util.UUID;

/** The path id and the {@code If-Match} header of a referral or routing policy, read by hand; query parameters are read by the kit's QueryParams. */
final class Params {

    private Params() {
    }

    /** An id in the path that is not a UUID names nothing: 404, like an id of another agency. */
    static UUID pathId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }

    /** {@code If-Match: "3"}, {@code W/"3"} or {@code 3}; the body's version when the header is absent. */
    static Long expectedVersion(String ifMatch, TransitionRequest body) {
        return expectedVersion(ifMatch, body == null ? null : body.version(), "referral");
    }

    static Long expectedVersion(String ifMatch, Long bodyVersion, String what) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("If-Match", "must be the " + what + "'s version, e.g. \"3\"");
            }
        }
        return bodyVersion;
    }
}
