package org.setu.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the run hands the simulation it is about to start: Gatling builds the simulation in this JVM, so plain
 * static settings reach it. Tokens are fetched once before the load, never per request.
 */
public final class Load {

    public static final String SCREENING = "http://127.0.0.1:8081";
    public static final String REFERRAL = "http://127.0.0.1:8082";
    public static final String DIRECTORY = "http://127.0.0.1:8083";

    /** Users (or screenings) per second of an open-model run. */
    static volatile double rate;
    /** How long the load lasts. */
    static volatile int seconds;
    /** Concurrent clients of a closed-model run. */
    static volatile int clients = 8;
    static volatile String partnerToken;
    static volatile String caseworkerToken;
    static volatile String coordinatorToken;
    /** Cases the directory and transition runs work on (made before the load). */
    static volatile List<String> cases = List.of();
    /** The closed loop: case id → the epoch millisecond its screening was POSTed. */
    static final Map<String, Long> POSTED = new ConcurrentHashMap<>();

    private Load() {
    }

    public static double rate() { return rate; }
    public static int seconds() { return seconds; }
    public static int clients() { return clients; }
    public static String partnerToken() { return partnerToken; }
    public static String caseworkerToken() { return caseworkerToken; }
    public static String coordinatorToken() { return coordinatorToken; }
    public static List<String> cases() { return cases; }

    public static void posted(String caseId, long atMillis) {
        POSTED.put(caseId, atMillis);
    }
}
