package org.setu.events;

import java.util.List;
import java.util.Set;

/** The platform's Kafka topics (docs/events.md). One place, so that services, dev-stack and deploy agree. */
public final class Topics {

    public static final String SCREENING = "setu.screening.v1";
    public static final String REFERRAL = "setu.referral.v1";
    /** Compacted: the key is the service id and the value its full snapshot, so a new reader rebuilds from it. */
    public static final String DIRECTORY = "setu.directory.v1";
    public static final String NOTIFICATION = "setu.notification.v1";

    /** Consumers that own a dead-letter topic. */
    public static final List<String> CONSUMERS = List.of("screening-service", "referral-service", "notification-service",
            "statistics-service");

    public static final List<String> ALL = List.of(SCREENING, REFERRAL, DIRECTORY, NOTIFICATION,
            deadLetter("screening-service"), deadLetter("referral-service"), deadLetter("notification-service"),
            deadLetter("statistics-service"));

    public static final Set<String> COMPACTED = Set.of(DIRECTORY);

    private Topics() {
    }

    /** {@code setu.<consumer>.dlq}: where a consumer puts what it cannot process, with the reason. */
    public static String deadLetter(String consumer) {
        if (!consumer.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("consumer names are lower-case words joined by '-': " + consumer);
        }
        return "setu." + consumer + ".dlq";
    }
}
