package org.setu.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudEvents {@code type} of the platform: {@code setu.<area>.<event>.v<N>}, e.g.
 * {@code setu.referral.accepted.v1}. A change that is not an added optional field is a new version,
 * published beside the old one until consumers have moved.
 */
public record EventType(String area, String event, int version) {

    private static final Pattern WORD = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern TYPE = Pattern.compile("setu\\.([a-z]+(?:-[a-z]+)*)\\.([a-z]+(?:-[a-z]+)*)\\.v([1-9][0-9]*)");

    public EventType {
        if (area == null || !WORD.matcher(area).matches()) throw new IllegalArgumentException("bad area: " + area);
        if (event == null || !WORD.matcher(event).matches()) throw new IllegalArgumentException("bad event: " + event);
        if (version < 1) throw new IllegalArgumentException("versions start at 1: " + version);
    }

    public static EventType parse(String type) {
        Matcher m = TYPE.matcher(type == null ? "" : type);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Setu event type (setu.<area>.<event>.v<N>): " + type);
        }
        return new EventType(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    /** The topic that carries this area's events, e.g. {@code setu.referral.v1}. */
    public String topic() {
        return "setu." + area + ".v1";
    }

    /** The CloudEvents {@code source} of the service that owns the area. */
    public String source() {
        return switch (area) {
            case "screening" -> "/screening-service";
            case "referral" -> "/referral-service";
            case "directory" -> "/provider-directory-service";
            case "notification" -> "/notification-service";
            default -> throw new IllegalStateException("no service owns area " + area);
        };
    }

    @Override
    public String toString() {
        return "setu." + area + "." + event + ".v" + version;
    }
}
