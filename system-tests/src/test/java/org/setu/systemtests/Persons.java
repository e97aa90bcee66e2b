package org.setu.systemtests;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fictional people of the closed-loop scenarios and the screenings that describe them. Phone and document
 * numbers carry a per-run suffix: the local databases outlive a run, and the same numbers would join last run's
 * case (which is what the blind index is for).
 */
final class Persons {

    static final String RUN = String.format("%06d", new SecureRandom().nextInt(1_000_000));

    /** Bangladesh's geography codes (the directory's geography API). */
    static final Map<String, Object> DHAKA = Map.of("divisionId", "6", "districtId", "47");
    static final Map<String, Object> JASHORE = Map.of("divisionId", "3", "districtId", "20");
    static final Map<String, Object> COXS_BAZAR = Map.of("divisionId", "1", "districtId", "9");

    record Person(String givenName, String familyName, String sex, LocalDate dateOfBirth, String phone,
                  String documentNumber) {
    }

    /** The numbers given out: two persons with one number share a phone and a document, so the second joins the first's case. */
    private static final java.util.Set<Integer> TAKEN = new java.util.HashSet<>();

    static synchronized Person person(int n, String givenName, String familyName, String sex, LocalDate dateOfBirth) {
        if (n >= FAULT_RUN || !TAKEN.add(n)) {
            throw new IllegalStateException("person number " + n + " is taken: " + givenName + " would join another person's case");
        }
        return numbered(n, givenName, familyName, sex, dateOfBirth);
    }

    /** Numbers from here on are the fault run's, one per screening it repeats. */
    private static final int FAULT_RUN = 100;

    private static Person numbered(int n, String givenName, String familyName, String sex, LocalDate dateOfBirth) {
        return new Person(givenName, familyName, sex, dateOfBirth, "+88017" + RUN + String.format("%03d", n),
                "EB" + RUN + String.format("%03d", n));
    }

    static final Person AMINA = person(1, "Aminarah", "Begumzadi", "FEMALE", LocalDate.of(1996, 3, 10));
    static final Person RUPA = person(2, "Rupanjoli", "Akterunnesa", "FEMALE", LocalDate.of(1993, 8, 21));
    static final Person SALMA = person(3, "Salmanara", "Khatunbibi", "FEMALE", LocalDate.of(1990, 1, 5));
    static final Person NASIMA = person(4, "Nasimunnesa", "Parvinara", "FEMALE", LocalDate.of(1998, 11, 30));
    /** Sixteen on the day the tests were written, 29 November 2026, and until her birthday in 2027. */
    static final Person MIM = person(5, "Mimoshi", "Rahmankanya", "FEMALE", LocalDate.now().minusYears(16).minusDays(30));
    static final Person JOYA = person(6, "Joyashree", "Sultanunnesa", "FEMALE", LocalDate.of(1995, 6, 17));
    static final Person LIPI = person(7, "Lipikarini", "Dasgupteshwari", "FEMALE", LocalDate.of(1997, 2, 2));
    /** Screened and erased by NotificationErasureSystemTest. */
    static final Person ROSHNI = person(20, "Roshnimoyee", "Erasurunnesa", "FEMALE", LocalDate.of(1994, 4, 14));

    /** Screened by Dhaka, then by Cox's Bazar: a possible duplicate across agencies (DuplicateSystemTest). */
    static final Person HALIMA = person(8, "Halimunnesa", "Dupliqarani", "FEMALE", LocalDate.of(1994, 4, 4));
    /** Her sister, who gives the family's phone: nothing may link the two. */
    static final Person HALIMAS_SISTER = new Person("Hasinunnesa", "Dupliqarani", "FEMALE", LocalDate.of(1999, 9, 9),
            HALIMA.phone(), "EB" + RUN + "918");
    /** Screened, amended, referred and notified, then erased (PrivacyScanSystemTest's erasure scan). */
    static final Person ERASA = person(9, "Erasimunnesa", "Shredderbibi", "FEMALE", LocalDate.of(1992, 12, 12));

    /** The restore drill's people (BackupRestoreSystemTest): screened before the backup, after it, after the restore. */
    static final Person KEPTA = person(30, "Keptunnesa", "Backupbibi", "FEMALE", LocalDate.of(1991, 7, 7));
    static final Person LOSTA = person(31, "Lostunnesa", "Backupbibi", "FEMALE", LocalDate.of(1993, 3, 3));
    static final Person AFTERA = person(32, "Afterunnesa", "Backupbibi", "FEMALE", LocalDate.of(1996, 6, 6));

    /** Followed after her return through a plan, three follow-ups and closure (ReintegrationSystemTest). */
    static final Person FOLLOWA = person(62, "Followunnesa", "Reintegrabibi", "FEMALE", LocalDate.of(1995, 2, 20));
    /** The routing policy scenario's two women, one in Dhaka and one in Cox's Bazar. */
    static final Person WAITA = person(60, "Waitunnesara", "Policybibi", "FEMALE", LocalDate.of(1995, 2, 20));
    static final Person COXA = person(61, "Coxunnesara", "Policybibi", "FEMALE", LocalDate.of(1996, 3, 21));

    /** ReturnFromAbroadSystemTest's people: one lands at Dhaka airport and is met, one does not come. */
    static final Person ARRIVA = person(63, "Arrivunnesara", "Homecomingbibi", "FEMALE", LocalDate.of(1994, 8, 18));
    static final Person ABSENTA = person(64, "Absentunnesara", "Homecomingbibi", "FEMALE", LocalDate.of(1997, 4, 24));
    /** Repatriated from Kolkata through Benapole once Bangladesh has verified his nationality. */
    static final Person SEEMANTO = person(65, "Seemantorajmia", "Homecomingmiah", "MALE", LocalDate.of(1992, 9, 9));
    /** Screened by the labour wing in Riyadh, met at Dhaka airport, her case handed over to a Jashore NGO. */
    static final Person RIYADHA = person(66, "Riyadhunnesara", "Handoverbibi", "FEMALE", LocalDate.of(1993, 6, 12));

    /** NationalitySystemTest's people: an Indian man and a Bangladeshi woman going home, and two women in Ukhiya. */
    static final Person RAMESHWARAN = person(40, "Rameshwarandas", "Ghoraphiryan", "MALE", LocalDate.of(1990, 5, 5));
    static final Person FIROZA = person(41, "Firozunnesa", "Ghoraphirbibi", "FEMALE", LocalDate.of(1993, 9, 19));
    static final Person NURKAYDA = person(42, "Nurkaydabibi", "Campunnisara", "FEMALE", LocalDate.of(1997, 1, 21));
    static final Person UKHIYARA = person(43, "Ukhiyaranibibi", "Returnunnesara", "FEMALE", LocalDate.of(1994, 10, 10));

    /** AmendmentRoutingSystemTest's people: each is screened, then her screening is amended. */
    static final Person JOGFULA = person(50, "Jogfulunnesa", "Songshodhonbibi", "FEMALE", LocalDate.of(1995, 2, 12));
    static final Person BADFULA = person(51, "Badfulunnesa", "Songshodhonbibi", "FEMALE", LocalDate.of(1992, 7, 19));
    static final Person SAMMATIRA = person(52, "Sammatiranibala", "Songshodhonbibi", "FEMALE", LocalDate.of(1993, 5, 23));
    static final Person JORURIBA = person(53, "Joruribalamoni", "Songshodhonbibi", "FEMALE", LocalDate.of(1996, 8, 8));
    static final Person THIKANA = person(54, "Thikanaranibibi", "Songshodhonbibi", "FEMALE", LocalDate.of(1991, 11, 11));
    static final Person OSHWIKRITA = person(55, "Oshwikritarani", "Songshodhonbibi", "FEMALE", LocalDate.of(1994, 3, 3));
    static final Person CHOLITA = person(56, "Cholitaranibibi", "Songshodhonbibi", "FEMALE", LocalDate.of(1993, 12, 12));

    /**
     * The planned people of StatisticsSystemTest, numbered in a space of their own (phone +88018..., document ES...):
     * {@link #person} numbers stop at 99 and the fault run takes every number from 100 on, as many as its stream
     * needs, so no range of those is free. A number given twice is refused, as there.
     */
    private static final java.util.Set<Integer> PLANNED = new java.util.HashSet<>();

    static synchronized Person plannedPerson(int n, String givenName, String familyName, String sex, LocalDate dateOfBirth) {
        if (n < 0 || n > 999 || !PLANNED.add(n)) {
            throw new IllegalStateException("planned person number " + n + " is taken or out of range: " + givenName
                    + " would join another person's case");
        }
        String number = RUN + String.format("%03d", n);
        return new Person(givenName, familyName, sex, dateOfBirth, "+88018" + number, "ES" + number);
    }

    /** The fault run's people: one name, a number each (see FaultToleranceSystemTest). */
    static Person faultRunPerson(int i) {
        return numbered(FAULT_RUN + i, "Faultinara", "Restartunnesa", "FEMALE", LocalDate.of(1995, 1, 1));
    }

    /** Names are rare on purpose, so that the privacy scan's whole-word search cannot match innocent text. */
    static final List<Person> ALL = List.of(AMINA, RUPA, SALMA, NASIMA, MIM, JOYA, LIPI, ROSHNI, HALIMA, HALIMAS_SISTER,
            ERASA, KEPTA, LOSTA, AFTERA, RAMESHWARAN, FIROZA, NURKAYDA, UKHIYARA, JOGFULA, BADFULA, SAMMATIRA, JORURIBA,
            THIKANA, OSHWIKRITA, CHOLITA, FOLLOWA, WAITA, COXA, ARRIVA, ABSENTA, SEEMANTO, RIYADHA, faultRunPerson(0));

    /** Deceived about the job and wages, exploited, documents taken and isolated abroad: the Palermo elements. */
    static Map<String, Object> traffickedAbroad() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("migration-route", "regular");
        a.put("deception-at-recruitment", List.of("nature-of-job", "wages"));
        a.put("exploitation", List.of("excessive-hours", "low-or-no-salary"));
        a.put("coercion-at-destination", List.of("documents-confiscated", "isolation"));
        a.put("immediate-needs", List.of("no-safe-place-tonight"));
        return a;
    }

    /** A child deceived about the job and her schooling, then exploited: for a child, no means need be shown. */
    static Map<String, Object> exploitedChild() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("migration-route", "regular");
        a.put("deception-at-recruitment", List.of("nature-of-job", "education"));
        a.put("exploitation", List.of("excessive-hours", "low-or-no-salary"));
        return a;
    }

    static Map<String, Object> screening(Person p, String context, Map<String, Object> location, Map<String, Object> home,
                                         Map<String, Object> answers, List<String> consentedServices) {
        return screening(p, context, location, home, answers, consentedServices, "BD", List.of("bn"));
    }

    static Map<String, Object> screening(Person p, String context, Map<String, Object> location, Map<String, Object> home,
                                         Map<String, Object> answers, List<String> consentedServices, String nationality,
                                         List<String> languages) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("givenName", p.givenName());
        person.put("familyName", p.familyName());
        person.put("sex", p.sex());
        person.put("dateOfBirth", p.dateOfBirth().toString());
        person.put("nationality", nationality);
        person.put("languages", languages);
        person.put("phone", p.phone());
        person.put("documentNumber", p.documentNumber());
        person.put("home", home);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrument", Map.of("code", "setu-core", "version", 1));
        body.put("context", context);
        body.put("location", location);
        body.put("person", person);
        body.put("answers", answers);
        body.put("consent", Map.of("services", consentedServices, "shareWithProviders", "BASIC"));
        return body;
    }

    private Persons() {
    }
}
