package org.setu.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every fictional person the system tests screen, in one place, so that the privacy scan knows exactly which
 * names, phone numbers and document numbers must never show up in plaintext in a topic or a table.
 * <p>
 * Scenarios add their persons here rather than inventing them inline: a person missing from this list is a
 * person the scan cannot look for. The names are rare on purpose (a common word would match innocent text) and
 * the numbers are outside the sample directory's {@code +8801000000xxx} range.
 */
public final class DemoPersons {

    /** A fictional person; {@code sex} and {@code dateOfBirth} as the screening API takes them. */
    public record Person(String givenName, String familyName, String sex, String dateOfBirth, String phone,
                         String documentNumber, String address) {

        /** The person as the {@code person} member of a screening request (docs/api.md), without home area. */
        public String json() {
            return "{\"givenName\":\"" + givenName + "\",\"familyName\":\"" + familyName + "\",\"sex\":\"" + sex + "\","
                    + "\"dateOfBirth\":\"" + dateOfBirth + "\",\"nationality\":\"BD\",\"languages\":[\"bn\"],"
                    + "\"phone\":\"" + phone + "\",\"documentNumber\":\"" + documentNumber + "\","
                    + "\"address\":\"" + address + "\","
                    + "\"home\":{\"divisionId\":\"6\",\"districtId\":\"47\"}}";
        }

        /** The same person with another document number (and so a case of their own: no duplicate match). */
        public Person withDocumentSuffix(String suffix) {
            return new Person(givenName, familyName, sex, dateOfBirth, phone, documentNumber + "-" + suffix, address);
        }
    }

    /**
     * A per-run part of every phone and document number: the local databases outlive a run, and the same numbers
     * would join last run's case (which is what the blind index is for).
     */
    static final String RUN = String.format("%06d", new java.security.SecureRandom().nextInt(1_000_000));

    private static String phone(int n) {
        return "+88019" + RUN + String.format("%03d", n);
    }

    private static String document(String prefix, int n) {
        return prefix + RUN + String.format("%03d", n);
    }

    /** Adult returnee at Dhaka airport (the first scenario's person). */
    public static final Person SHIRIN = new Person("Shirinara", "Moktadirun", "FEMALE", "1998-03-14", phone(1),
            document("EB", 1), "Flat 3B, Moktadir Villa, Mirpur");
    /** Screened by the Dhaka agency for the access matrix. */
    public static final Person TAHMINA = new Person("Tahminaz", "Quaderunnessa", "FEMALE", "1995-07-21", phone(2),
            document("EC", 2), "Holding 41, Quaderun Lane, Savar");
    /** Screened by the Cox's Bazar agency for the access matrix. */
    public static final Person ROKSANA = new Person("Roksanur", "Belayetunnisa", "FEMALE", "1990-11-02", phone(3),
            document("ED", 3), "Ward 7, Belayet Para, Teknaf");
    /** Created and changed by the access matrix's write cells. */
    public static final Person MOSLEMA = new Person("Moslemara", "Jubayerkhanam", "FEMALE", "2000-01-30", phone(4),
            document("EF", 4), "House 5, Jubayer Road, Keraniganj");
    /** A man, for scenarios that need one. */
    public static final Person HABIBUL = new Person("Habiburzan", "Talukdarmiah", "MALE", "1987-05-09", phone(5),
            document("EG", 5), "Village Talukdarpur, Dhamrai");
    /** A 16-year-old girl, for the child scenario (born 16 years before 2026-06). */
    public static final Person NUSRAT = new Person("Nusratjahan", "Amiruddinkanya", "FEMALE", "2010-02-11", phone(6),
            document("BC", 6), "Block C, Amiruddin Camp, Ukhia");
    /** The partner system's person. */
    public static final Person FERDOUSI = new Person("Ferdousira", "Shamsunnahar", "FEMALE", "1993-09-17", phone(7),
            document("EH", 7), "Road 9, Shamsun Bagh, Tongi");

    public static final List<Person> ALL = List.of(SHIRIN, TAHMINA, ROKSANA, MOSLEMA, HABIBUL, NUSRAT, FERDOUSI);

    private DemoPersons() {
    }

    /**
     * What must not appear: each name (as a whole word), the phone as written and as digits (with and without the
     * country code), the document number and the street address, of these persons and of the closed-loop
     * scenarios' {@link Persons}.
     */
    public static Set<String> secrets() {
        Set<String> out = new LinkedHashSet<>();
        for (Person p : ALL) {
            addPerson(out, p.givenName(), p.familyName(), p.phone(), p.documentNumber());
            out.add(p.address());
        }
        for (Persons.Person p : Persons.ALL) {
            addPerson(out, p.givenName(), p.familyName(), p.phone(), p.documentNumber());
        }
        return out;
    }

    private static void addPerson(Set<String> out, String givenName, String familyName, String phone, String document) {
        out.add(givenName);
        out.add(familyName);
        out.add(phone);
        String digits = phone.replaceAll("[^0-9]", "");
        out.add(digits);
        out.add(digits.substring(2));    // 01..., the local form
        out.add(document);
    }

    /** Names are words (matched whole and case-sensitive); numbers and addresses match anywhere, in any case. */
    static boolean isName(String secret) {
        return secret.matches("\\p{L}+");
    }

    static List<String> secretList() {
        return new ArrayList<>(secrets());
    }
}
