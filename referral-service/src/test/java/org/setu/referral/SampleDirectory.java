package org.setu.referral;

import org.setu.devstack.testing.TopicReader;
import io.quarkus.arc.Arc;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.DirectoryService;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.directory.ServiceUpserted;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.referral.persistence.DirectoryReadModel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sample directory every service test shares, published once per test JVM onto the real directory topic and
 * awaited in the read model. Geography codes are real bd-geo ids. Each scenario owns its category and place, so
 * that one test's services never answer another's question:
 * <ul>
 *   <li>CHILD_PROTECTION: Cox's Bazar (district 9) and Dhaka (47);</li>
 *   <li>SHELTER: Feni (district 2, full), Chattagram division (1, women only), national;</li>
 *   <li>REINTEGRATION: Dhaka (47) and Jashore (20);</li>
 *   <li>PSYCHOSOCIAL: Teknaf upazila (87, Bangla only) and Cox's Bazar district (Bangla and Burmese);</li>
 *   <li>MEDICAL: Cox's Bazar, and Sylhet (36, the Cox's Bazar demo NGO); DOCUMENTATION: Sylhet, two providers;</li>
 *   <li>LEGAL_AID: Rangamati (4), two providers; nothing national, so that the deadline tests can exhaust it;</li>
 *   <li>REPATRIATION: national, one service for Indian and Nepali nationals only (more room) and one for anyone.</li>
 * </ul>
 */
public final class SampleDirectory {

    public static final UUID DHAKA_NGO = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501");
    public static final UUID COX_NGO = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502");
    public static final UUID NRM = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503");

    public static final String CHATTAGRAM = "1", DHAKA_DIVISION = "6", KHULNA = "3", SYLHET_DIVISION = "5";
    public static final String COXS_BAZAR = "9", DHAKA = "47", JASHORE = "20", SYLHET = "36", FENI = "2", RANGAMATI = "4";
    public static final String UKHIYA = "83", TEKNAF = "87";

    public static final DirectoryService CP_COX = service("c0000000-0000-0000-0000-000000000001", COX_NGO,
            ServiceCategory.CHILD_PROTECTION, district(COXS_BAZAR), 0, 17, List.of(), List.of("bn"), 5);
    public static final DirectoryService CP_DHAKA = service("c0000000-0000-0000-0000-000000000002", DHAKA_NGO,
            ServiceCategory.CHILD_PROTECTION, district(DHAKA), 0, 17, List.of(), List.of("bn"), 5);
    public static final DirectoryService SHELTER_FENI_FULL = service("c0000000-0000-0000-0000-000000000003", org(3),
            ServiceCategory.SHELTER, district(FENI), null, null, List.of(), List.of("bn"), 0);
    public static final DirectoryService SHELTER_CHATTAGRAM_WOMEN = service("c0000000-0000-0000-0000-000000000004", org(4),
            ServiceCategory.SHELTER, new Coverage(CoverageLevel.DIVISION, CHATTAGRAM), 18, null, List.of(Sex.FEMALE), List.of("bn"), 3);
    public static final DirectoryService SHELTER_NATIONAL = service("c0000000-0000-0000-0000-000000000005", org(5),
            ServiceCategory.SHELTER, new Coverage(CoverageLevel.NATIONAL, null), 18, null, List.of(), List.of("bn", "en"), 20);
    public static final DirectoryService REINTEGRATION_DHAKA = service("c0000000-0000-0000-0000-000000000006", org(6),
            ServiceCategory.REINTEGRATION, district(DHAKA), 18, null, List.of(), List.of("bn"), 10);
    public static final DirectoryService REINTEGRATION_JASHORE = service("c0000000-0000-0000-0000-000000000007", org(7),
            ServiceCategory.REINTEGRATION, district(JASHORE), 18, null, List.of(), List.of("bn"), 2);
    public static final DirectoryService PSY_TEKNAF_BANGLA = service("c0000000-0000-0000-0000-000000000008", org(8),
            ServiceCategory.PSYCHOSOCIAL, new Coverage(CoverageLevel.UPAZILA, TEKNAF), null, null, List.of(), List.of("bn"), 5);
    public static final DirectoryService PSY_COX_BURMESE = service("c0000000-0000-0000-0000-000000000009", org(9),
            ServiceCategory.PSYCHOSOCIAL, district(COXS_BAZAR), null, null, List.of(), List.of("bn", "my"), 2);
    public static final DirectoryService MEDICAL_COX = service("c0000000-0000-0000-0000-000000000010", org(10),
            ServiceCategory.MEDICAL, district(COXS_BAZAR), null, null, List.of(), List.of("bn"), 5);
    public static final DirectoryService DOCUMENTATION_SYLHET_COX_NGO = service("c0000000-0000-0000-0000-000000000011", COX_NGO,
            ServiceCategory.DOCUMENTATION, district(SYLHET), null, null, List.of(), List.of("bn"), 10);
    public static final DirectoryService DOCUMENTATION_SYLHET_OTHER = service("c0000000-0000-0000-0000-000000000012", org(12),
            ServiceCategory.DOCUMENTATION, district(SYLHET), null, null, List.of(), List.of("bn"), 5);
    public static final DirectoryService LEGAL_RANGAMATI_FIRST = service("c0000000-0000-0000-0000-000000000013", org(13),
            ServiceCategory.LEGAL_AID, district(RANGAMATI), null, null, List.of(), List.of("bn"), 9);
    public static final DirectoryService LEGAL_RANGAMATI_SECOND = service("c0000000-0000-0000-0000-000000000014", org(14),
            ServiceCategory.LEGAL_AID, district(RANGAMATI), null, null, List.of(), List.of("bn"), 3);
    public static final DirectoryService MEDICAL_SYLHET_COX_NGO = service("c0000000-0000-0000-0000-000000000015", COX_NGO,
            ServiceCategory.MEDICAL, district(SYLHET), null, null, List.of(), List.of("bn"), 4);
    public static final DirectoryService REPATRIATION_FOREIGNERS = forNationals(service("c0000000-0000-0000-0000-000000000016",
            org(16), ServiceCategory.REPATRIATION, new Coverage(CoverageLevel.NATIONAL, null), null, null, List.of(),
            List.of("bn", "en", "hi"), 5), "IN", "NP");
    public static final DirectoryService REPATRIATION_ANYONE = service("c0000000-0000-0000-0000-000000000017", org(17),
            ServiceCategory.REPATRIATION, new Coverage(CoverageLevel.NATIONAL, null), null, null, List.of(), List.of("bn", "en"), 1);

    public static final List<DirectoryService> ALL = List.of(CP_COX, CP_DHAKA, SHELTER_FENI_FULL, SHELTER_CHATTAGRAM_WOMEN,
            SHELTER_NATIONAL, REINTEGRATION_DHAKA, REINTEGRATION_JASHORE, PSY_TEKNAF_BANGLA, PSY_COX_BURMESE, MEDICAL_COX,
            DOCUMENTATION_SYLHET_COX_NGO, DOCUMENTATION_SYLHET_OTHER, LEGAL_RANGAMATI_FIRST, LEGAL_RANGAMATI_SECOND,
            MEDICAL_SYLHET_COX_NGO, REPATRIATION_FOREIGNERS, REPATRIATION_ANYONE);

    private static boolean published;

    private SampleDirectory() {
    }

    /** Publishes the sample directory on setu.directory.v1 (once) and waits until the read model holds all of it. */
    public static synchronized void ensure() {
        DirectoryReadModel readModel = Arc.container().instance(DirectoryReadModel.class).get();
        if (!published) {
            for (DirectoryService s : ALL) KafkaTopics.publish(new ServiceUpserted(s, Instant.now()));
            published = true;
        }
        TopicReader.await(() -> ALL.stream().allMatch(s -> readModel.versionOf(s.id()).isPresent()), Duration.ofSeconds(60));
    }

    public static DirectoryService service(String id, UUID org, ServiceCategory category, Coverage coverage, Integer minAge,
                                           Integer maxAge, List<Sex> genders, List<String> languages, int free) {
        return new DirectoryService(UUID.fromString(id), org, 1, new LocalizedText(category + " " + id.substring(id.length() - 2), null),
                category, List.of(coverage), new Eligibility(genders, minAge, maxAge, List.of(), List.of()), languages,
                new Capacity(free, Math.max(free, 10), category == ServiceCategory.SHELTER ? CapacityUnit.BEDS : CapacityUnit.SLOTS),
                true, new ReferralContact("focal@example.org", null, null, "bn"));
    }

    /** The same service, for the nationals of the given countries only (ISO 3166-1 alpha-2). */
    static DirectoryService forNationals(DirectoryService s, String... nationalities) {
        Eligibility e = s.eligibility();
        return new DirectoryService(s.id(), s.organizationId(), s.version(), s.name(), s.category(), s.coverage(),
                new Eligibility(e.genders(), e.minAge(), e.maxAge(), e.victimCategories(), List.of(nationalities)),
                s.languages(), s.capacity(), s.acceptingReferrals(), s.referralContact());
    }

    public static DirectoryService withVersion(DirectoryService s, long version, int free, boolean accepting) {
        return new DirectoryService(s.id(), s.organizationId(), version, s.name(), s.category(), s.coverage(), s.eligibility(),
                s.languages(), new Capacity(free, s.capacity().total(), s.capacity().unit()), accepting, s.referralContact());
    }

    static Coverage district(String id) {
        return new Coverage(CoverageLevel.DISTRICT, id);
    }

    static UUID org(int n) {
        return UUID.fromString(String.format("0a000000-0000-0000-0000-%012d", n));
    }
}
