package org.setu.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screening bodies as front-line workers and partner systems send them: varied people, places, contexts and
 * answers after the setu-core instrument. Every body describes a new person (own phone and document number),
 * so that each opens a case of its own rather than joining an earlier one through the blind index.
 */
public final class Screenings {

    /** Where the screening happens and the person's home: division and district codes of the directory's geography. */
    record Place(String division, String district) {
        String json() {
            return "{\"divisionId\":\"" + division + "\",\"districtId\":\"" + district + "\"}";
        }
    }

    static final Place DHAKA = new Place("6", "47");
    static final Place JASHORE = new Place("3", "20");
    static final Place COXS_BAZAR = new Place("1", "9");
    private static final List<Place> PLACES = List.of(DHAKA, JASHORE, COXS_BAZAR);
    private static final List<String> CONTEXTS = List.of("AIRPORT_RETURNEE", "OUTREACH", "SHELTER_INTAKE", "POLICE_RESCUE");
    private static final List<String> GIVEN = List.of("Benchara", "Loadunnesa", "Gatlingi", "Rateshree", "Latenara", "Throughma");
    private static final List<String> FAMILY = List.of("Akterbench", "Khatunload", "Begumrate", "Sultanlatency");
    /** A per-run prefix, so that the numbers of this run never meet last run's cases. */
    private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L, 90_000_000L) * 10);

    private Screenings() {
    }

    /** The intake mix: most screenings find no or a small need; some find trafficking, a few a child. */
    public static String varied() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        Place at = PLACES.get(r.nextInt(PLACES.size()));
        Place home = PLACES.get(r.nextInt(PLACES.size()));
        String context = CONTEXTS.get(r.nextInt(CONTEXTS.size()));
        int roll = r.nextInt(100);
        if (roll < 35) return body(context, at, home, adult(r), noIndicators(r), "[\"PSYCHOSOCIAL\"]");
        if (roll < 55) return body(context, at, home, adult(r), vulnerable(), "[\"PSYCHOSOCIAL\",\"MEDICAL\"]");
        if (roll < 70) return body(context, at, home, adult(r), smuggled(), "[\"LEGAL_AID\"]");
        if (roll < 90) return body(context, at, home, adult(r), traffickedAbroad(), "[\"SHELTER\",\"LEGAL_AID\",\"MEDICAL\"]");
        return body("POLICE_RESCUE", at, home, child(r), exploitedChild(), "[\"CHILD_PROTECTION\",\"SHELTER\"]");
    }

    /**
     * The closed loop: a trafficked woman returning through Dhaka who consents to shelter, or a child rescued in
     * Cox's Bazar who consents to child protection. Either way exactly one referral goes to a provider by email
     * (the sample directory's Dhaka shelter takes women; a man needing shelter there goes to the coordinators).
     */
    public static String referable() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        if (r.nextInt(4) == 0) {
            return body("POLICE_RESCUE", COXS_BAZAR, COXS_BAZAR, child(r), exploitedChild(), "[\"CHILD_PROTECTION\"]");
        }
        return body("AIRPORT_RETURNEE", DHAKA, JASHORE, woman(r), traffickedAbroad(), "[\"SHELTER\"]");
    }

    /** A screening that finds no need, made by a case worker so that manual referrals and matches can follow. */
    public static String quiet(Place at) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return body("OUTREACH", at, at, adult(r), noIndicators(r),
                "[\"PSYCHOSOCIAL\",\"SHELTER\",\"LEGAL_AID\",\"MEDICAL\",\"REINTEGRATION\"]");
    }

    private static String body(String context, Place at, Place home, String person, String answers, String services) {
        return "{\"instrument\":{\"code\":\"setu-core\",\"version\":1},\"context\":\"" + context + "\",\"location\":" + at.json()
                + ",\"person\":" + person.replace("\"HOME\"", home.json()) + ",\"answers\":" + answers
                + ",\"consent\":{\"services\":" + services + ",\"shareWithProviders\":\"BASIC\"}}";
    }

    private static String adult(ThreadLocalRandom r) {
        return person(r, r.nextBoolean() ? "FEMALE" : "MALE", LocalDate.of(1975 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }

    private static String woman(ThreadLocalRandom r) {
        return person(r, "FEMALE", LocalDate.of(1975 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }

    private static String child(ThreadLocalRandom r) {
        return person(r, "FEMALE", LocalDate.now().minusYears(13 + r.nextInt(4)).minusDays(r.nextInt(300)));
    }

    private static String person(ThreadLocalRandom r, String sex, LocalDate born) {
        long n = SERIAL.incrementAndGet();
        return "{\"givenName\":\"" + GIVEN.get(r.nextInt(GIVEN.size())) + "\",\"familyName\":\"" + FAMILY.get(r.nextInt(FAMILY.size()))
                + "\",\"sex\":\"" + sex + "\",\"dateOfBirth\":\"" + born + "\",\"nationality\":\"BD\",\"languages\":[\"bn\"],"
                + "\"phone\":\"+8801" + String.format("%09d", n % 1_000_000_000L) + "\",\"documentNumber\":\"BN" + n + "\",\"home\":\"HOME\"}";
    }

    private static String noIndicators(ThreadLocalRandom r) {
        return "{\"migration-route\":\"" + (r.nextBoolean() ? "regular" : "internal") + "\",\"months-away\":" + r.nextInt(48) + "}";
    }

    private static String vulnerable() {
        return "{\"migration-route\":\"regular\",\"vulnerability-at-destination\":[\"unknown-area\",\"economic-reasons\",\"family-situation\"]}";
    }

    private static String smuggled() {
        return "{\"migration-route\":\"irregular\",\"smuggling\":[\"paid-to-cross-irregularly\",\"crossed-without-documents\",\"boat-by-broker\"]}";
    }

    /** Deceived about the job and wages, exploited, documents taken and isolated abroad: the Palermo elements. */
    private static String traffickedAbroad() {
        return "{\"migration-route\":\"regular\",\"deception-at-recruitment\":[\"nature-of-job\",\"wages\"],"
                + "\"exploitation\":[\"excessive-hours\",\"low-or-no-salary\"],"
                + "\"coercion-at-destination\":[\"documents-confiscated\",\"isolation\"],\"immediate-needs\":[\"no-safe-place-tonight\"]}";
    }

    private static String exploitedChild() {
        return "{\"migration-route\":\"regular\",\"deception-at-recruitment\":[\"nature-of-job\",\"education\"],"
                + "\"exploitation\":[\"excessive-hours\",\"low-or-no-salary\"]}";
    }
}
