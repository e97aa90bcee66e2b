package org.setu.directory.domain.sample;

import org.setu.directory.domain.Location;
import org.setu.directory.domain.Organization;
import org.setu.directory.domain.ProviderService;
import org.setu.directory.domain.Taxonomy;
import org.setu.directory.domain.geo.AdminUnit;
import org.setu.directory.domain.geo.GeoLevel;
import org.setu.directory.domain.geo.Geography;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.VictimCategory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fictional directory for Bangladesh, for demonstrations and local development. Every organization is marked as a
 * sample and named so; no contact detail is real (example.org addresses, +8801000000xxx numbers). It covers all 64
 * districts and all 13 categories: a hospital outreach service in each district town and one more service per
 * district, shelters for women, men and children in each division, national legal aid, programmes that serve only
 * some nationalities, and the realm's demo agencies with their fixed ids, so that the demo users find their own
 * organization's services.
 */
public final class SampleDirectory {

    public static final UUID DHAKA_DEMO_NGO = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501");
    public static final UUID COXS_BAZAR_DEMO_NGO = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502");
    public static final UUID NRM_SECRETARIAT = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503");
    /** An agency abroad (issue #19): the labour wing of a mission, which screens returnees before they fly home. */
    public static final UUID RIYADH_LABOUR_WING = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e504");
    /** A home-district agency that takes over returnees' cases and traces their families. */
    public static final UUID JASHORE_DEMO_NGO = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e505");

    static final String DHAKA_DISTRICT = "47";
    static final String COXS_BAZAR_DISTRICT = "9";
    static final String UKHIYA_UPAZILA = "83";
    static final String JASHORE_DISTRICT = "20";

    /** The categories that take turns as each district's second service, so that every category is present. */
    private static final List<ServiceCategory> DISTRICT_ROTATION = List.of(
            ServiceCategory.PSYCHOSOCIAL, ServiceCategory.FAMILY_TRACING, ServiceCategory.REINTEGRATION,
            ServiceCategory.DOCUMENTATION, ServiceCategory.INTERPRETATION, ServiceCategory.FINANCIAL_ASSISTANCE,
            ServiceCategory.EDUCATION, ServiceCategory.LAW_ENFORCEMENT, ServiceCategory.CHILD_PROTECTION,
            ServiceCategory.LEGAL_AID);

    private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    private final Geography geo;
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<ProviderService> services = new ArrayList<>();
    private int phones;

    private SampleDirectory(Geography geo) {
        this.geo = geo;
    }

    public static DirectoryContent build(Geography geo) {
        SampleDirectory s = new SampleDirectory(geo);
        s.demoAgencies();
        s.nationalLegalAid();
        s.divisionShelters();
        s.districtServices();
        s.nationalityProgrammes();
        return new DirectoryContent(List.copyOf(s.organizations), List.copyOf(s.locations), List.copyOf(s.services));
    }

    private void demoAgencies() {
        org(DHAKA_DEMO_NGO, "Dhaka Demo NGO (sample)", "ঢাকা ডেমো এনজিও (নমুনা)", "dhaka-demo-ngo");
        UUID desk = location(DHAKA_DEMO_NGO, "Airport returnee help desk (sample)", "বিমানবন্দর প্রত্যাগত সহায়তা ডেস্ক (নমুনা)",
                DHAKA_DISTRICT, null, false, "Arrival hall, demo terminal", "Dhaka");
        UUID shelter = location(DHAKA_DEMO_NGO, "Dhaka safe home (sample)", "ঢাকা নিরাপদ আবাস (নমুনা)",
                DHAKA_DISTRICT, null, true, "House 0, Sample Road", "Dhaka");
        String focal = "focal.point@dhaka-demo-ngo.example.org";
        service(DHAKA_DEMO_NGO, "Airport returnee help desk", "বিমানবন্দর প্রত্যাগত সহায়তা ডেস্ক", ServiceCategory.PSYCHOSOCIAL,
                List.of(new Coverage(CoverageLevel.DISTRICT, DHAKA_DISTRICT)), anyone(), List.of("bn", "en", "ar"),
                null, true, focal, "bn", List.of(desk));
        service(DHAKA_DEMO_NGO, "Dhaka safe home for women", "নারীদের জন্য ঢাকা নিরাপদ আবাস", ServiceCategory.SHELTER,
                List.of(new Coverage(CoverageLevel.DIVISION, "6")), women(), List.of("bn", "en"),
                new Capacity(12, 20, CapacityUnit.BEDS), true, focal, "bn", List.of(shelter));

        org(COXS_BAZAR_DEMO_NGO, "Cox's Bazar Demo NGO (sample)", "কক্সবাজার ডেমো এনজিও (নমুনা)", "coxsbazar-demo-ngo");
        UUID centre = location(COXS_BAZAR_DEMO_NGO, "Cox's Bazar child protection centre (sample)",
                "কক্সবাজার শিশু সুরক্ষা কেন্দ্র (নমুনা)", COXS_BAZAR_DISTRICT, null, false, "Sample Lane 2", "Cox's Bazar");
        UUID home = location(COXS_BAZAR_DEMO_NGO, "Cox's Bazar children's shelter (sample)", "কক্সবাজার শিশু আশ্রয় (নমুনা)",
                COXS_BAZAR_DISTRICT, null, true, "House 0, Sample Beach Road", "Cox's Bazar");
        String coxFocal = "focal.point@coxsbazar-demo-ngo.example.org";
        service(COXS_BAZAR_DEMO_NGO, "Child protection case management", "শিশু সুরক্ষা কেস ব্যবস্থাপনা", ServiceCategory.CHILD_PROTECTION,
                List.of(new Coverage(CoverageLevel.DISTRICT, COXS_BAZAR_DISTRICT)), children(), List.of("bn", "en", "my"),
                null, true, coxFocal, "bn", List.of(centre));
        service(COXS_BAZAR_DEMO_NGO, "Cox's Bazar children's shelter", "কক্সবাজার শিশু আশ্রয়", ServiceCategory.SHELTER,
                List.of(new Coverage(CoverageLevel.DISTRICT, COXS_BAZAR_DISTRICT)), children(), List.of("bn", "my"),
                new Capacity(3, 10, CapacityUnit.BEDS), true, coxFocal, "bn", List.of(home));

        // the labour wing works abroad: it is an agency of the directory, with no service of its own in Bangladesh
        org(RIYADH_LABOUR_WING, "Labour Wing, Bangladesh Embassy Riyadh (sample)", "শ্রম উইং, বাংলাদেশ দূতাবাস রিয়াদ (নমুনা)",
                "riyadh-labour-wing");
        org(JASHORE_DEMO_NGO, "Jashore Demo NGO (sample)", "যশোর ডেমো এনজিও (নমুনা)", "jashore-demo-ngo");
        UUID jashoreOffice = location(JASHORE_DEMO_NGO, "Jashore returnee centre (sample)", "যশোর প্রত্যাগত কেন্দ্র (নমুনা)",
                JASHORE_DISTRICT, null, false, "Sample Road 3", "Jashore");
        service(JASHORE_DEMO_NGO, "Family tracing for returnees", "প্রত্যাগতদের পরিবার খোঁজা", ServiceCategory.FAMILY_TRACING,
                List.of(new Coverage(CoverageLevel.DISTRICT, JASHORE_DISTRICT)), anyone(), List.of("bn", "en"),
                null, true, "focal.point@jashore-demo-ngo.example.org", "bn", List.of(jashoreOffice));

        org(NRM_SECRETARIAT, "NRM Secretariat (sample)", "এনআরএম সচিবালয় (নমুনা)", "nrm-secretariat");
        service(NRM_SECRETARIAT, "Repatriation coordination", "প্রত্যাবাসন সমন্বয়", ServiceCategory.REPATRIATION,
                List.of(new Coverage(CoverageLevel.NATIONAL, null)), anyone(), List.of("bn", "en"),
                null, true, "focal.point@nrm-secretariat.example.org", "en", List.of());
    }

    private void nationalLegalAid() {
        UUID org = sampleId("org/legal-aid");
        org(org, "Sample National Legal Aid Network", "নমুনা জাতীয় আইনি সহায়তা নেটওয়ার্ক", "legal-aid-network");
        service(org, "Legal aid for survivors of trafficking", "পাচারের শিকারদের জন্য আইনি সহায়তা", ServiceCategory.LEGAL_AID,
                List.of(new Coverage(CoverageLevel.NATIONAL, null)), anyone(), List.of("bn", "en"),
                new Capacity(40, 60, CapacityUnit.SLOTS), true, "referrals@legal-aid-network.example.org", "bn", List.of());
    }

    /** A shelter trust per division, in the division's first district: for women, for men and for children. */
    private void divisionShelters() {
        int n = 0;
        for (AdminUnit division : geo.list(GeoLevel.DIVISION, null)) {
            AdminUnit district = geo.list(GeoLevel.DISTRICT, division.id()).get(0);
            String slug = slug(division.nameEn()) + "-shelter-trust";
            UUID org = sampleId("org/" + slug);
            org(org, "Sample " + division.nameEn() + " Shelter Trust", "নমুনা " + division.nameBn() + " আশ্রয় ট্রাস্ট", slug);
            UUID home = location(org, division.nameEn() + " shelter (sample)", division.nameBn() + " আশ্রয় (নমুনা)",
                    district.id(), district, true, "House 0, Sample Road", district.nameEn());
            List<Coverage> cov = List.of(new Coverage(CoverageLevel.DIVISION, division.id()));
            String email = "referrals@" + slug + ".example.org";
            service(org, division.nameEn() + " shelter for women", division.nameBn() + " নারী আশ্রয়", ServiceCategory.SHELTER,
                    cov, women(), List.of("bn", "en"), new Capacity(n % 3 == 0 ? 0 : 6, 15, CapacityUnit.BEDS), true, email, "bn", List.of(home));
            service(org, division.nameEn() + " shelter for men", division.nameBn() + " পুরুষ আশ্রয়", ServiceCategory.SHELTER,
                    cov, men(), List.of("bn"), new Capacity(4, 10, CapacityUnit.BEDS), n % 4 != 1, email, "bn", List.of(home));
            service(org, division.nameEn() + " shelter for children", division.nameBn() + " শিশু আশ্রয়", ServiceCategory.SHELTER,
                    cov, children(), List.of("bn"), new Capacity(n % 2 == 0 ? 2 : 5, 8, CapacityUnit.BEDS), true, email, "bn", List.of(home));
            n++;
        }
    }

    /** Each district town: hospital outreach (medical), and one more category in turn. */
    private void districtServices() {
        int n = 0;
        for (AdminUnit district : geo.districtsByName()) {
            String slug = slug(district.nameEn()) + "-protection-network";
            UUID org = sampleId("org/" + slug);
            org(org, "Sample " + district.nameEn() + " Protection Network", "নমুনা " + district.nameBn() + " সুরক্ষা নেটওয়ার্ক", slug);
            UUID office = location(org, district.nameEn() + " district town office (sample)",
                    district.nameBn() + " জেলা শহর কার্যালয় (নমুনা)", district.id(), district, false, "Sample Hospital Road", district.nameEn());
            List<Coverage> cov = List.of(new Coverage(CoverageLevel.DISTRICT, district.id()));
            String email = "referrals@" + slug + ".example.org";
            service(org, district.nameEn() + " district hospital outreach", district.nameBn() + " জেলা হাসপাতাল সেবা",
                    ServiceCategory.MEDICAL, cov, anyone(), n % 3 == 0 ? List.of("bn", "en") : List.of("bn"),
                    new Capacity(n % 5 == 0 ? 0 : 3 + n % 7, 10, CapacityUnit.SLOTS), n % 7 != 3, email, "bn", List.of(office));
            ServiceCategory second = DISTRICT_ROTATION.get(n % DISTRICT_ROTATION.size());
            Taxonomy.Term term = Taxonomy.of(second);
            List<String> langs = second == ServiceCategory.INTERPRETATION ? List.of("bn", "en", "ar", "hi", "ms") : List.of("bn");
            Eligibility who = second == ServiceCategory.CHILD_PROTECTION || second == ServiceCategory.EDUCATION ? children() : anyone();
            service(org, district.nameEn() + " " + term.label().en().toLowerCase(Locale.ROOT),
                    district.nameBn() + " " + term.label().bn(), second, cov, who, langs, null, n % 9 != 4, email,
                    n % 2 == 0 ? "bn" : "en", List.of(office));
            n++;
        }
        // a few upazila services, so that the closest coverage wins in searches and routing
        for (String upazila : List.of("365", "366", "367")) {
            AdminUnit u = geo.find(GeoLevel.UPAZILA, upazila).orElseThrow();
            String slug = slug(u.nameEn()) + "-community-counselling";
            UUID org = sampleId("org/" + slug);
            org(org, "Sample " + u.nameEn() + " Community Counselling", "নমুনা " + u.nameBn() + " কমিউনিটি কাউন্সেলিং", slug);
            service(org, u.nameEn() + " community counselling", u.nameBn() + " কমিউনিটি কাউন্সেলিং", ServiceCategory.PSYCHOSOCIAL,
                    List.of(new Coverage(CoverageLevel.UPAZILA, upazila)), anyone(), List.of("bn"),
                    new Capacity(5, 5, CapacityUnit.SLOTS), true, "referrals@" + slug + ".example.org", "bn", List.of());
        }
    }

    /**
     * Programmes mandated for some nationalities only, as in Cox's Bazar, where Rohingya refugees in the Ukhiya camps
     * and Bangladeshi returnees are served by different programmes, and a return programme for foreign nationals
     * going home. Each has free capacity, so it outranks an open service of the same coverage for the people it
     * serves.
     */
    private void nationalityProgrammes() {
        UUID camp = sampleId("org/ukhiya-camp-programme");
        org(camp, "Sample Ukhiya Camp Protection Programme", "নমুনা উখিয়া ক্যাম্প সুরক্ষা কর্মসূচি", "ukhiya-camp-programme");
        service(camp, "Camp psychosocial support for Rohingya refugees", "রোহিঙ্গা শরণার্থীদের জন্য ক্যাম্পে মনোসামাজিক সহায়তা",
                ServiceCategory.PSYCHOSOCIAL, List.of(new Coverage(CoverageLevel.UPAZILA, UKHIYA_UPAZILA)),
                nationals("MM"), List.of("bn", "my"), new Capacity(8, 10, CapacityUnit.SLOTS), true,
                "referrals@ukhiya-camp-programme.example.org", "en", List.of());

        UUID returnees = sampleId("org/coxs-bazar-returnee-programme");
        org(returnees, "Sample Cox's Bazar Returnee Programme", "নমুনা কক্সবাজার প্রত্যাগত কর্মসূচি", "coxs-bazar-returnee-programme");
        service(returnees, "Returnee psychosocial support for Bangladeshis", "বাংলাদেশি প্রত্যাগতদের জন্য মনোসামাজিক সহায়তা",
                ServiceCategory.PSYCHOSOCIAL, List.of(new Coverage(CoverageLevel.DISTRICT, COXS_BAZAR_DISTRICT)),
                nationals("BD"), List.of("bn"), new Capacity(5, 10, CapacityUnit.SLOTS), true,
                "referrals@coxs-bazar-returnee-programme.example.org", "bn", List.of());

        UUID safeReturn = sampleId("org/safe-return-programme");
        org(safeReturn, "Sample Safe Return Programme", "নমুনা নিরাপদ প্রত্যাবর্তন কর্মসূচি", "safe-return-programme");
        service(safeReturn, "Safe return home for foreign nationals", "বিদেশি নাগরিকদের নিরাপদে দেশে ফেরা",
                ServiceCategory.REPATRIATION, List.of(new Coverage(CoverageLevel.NATIONAL, null)),
                nationals("IN", "LK", "NP", "PK"), List.of("bn", "en", "hi", "ne"), new Capacity(6, 10, CapacityUnit.SLOTS),
                true, "referrals@safe-return-programme.example.org", "en", List.of());
    }

    private void org(UUID id, String en, String bn, String slug) {
        organizations.add(new Organization(id, new LocalizedText(en, bn),
                new LocalizedText("A fictional organization of Setu's sample directory; not a real provider.",
                        "সেতুর নমুনা ডিরেক্টরির একটি কাল্পনিক প্রতিষ্ঠান; প্রকৃত সেবাদাতা নয়।"),
                "info@" + slug + ".example.org", "https://" + slug + ".example.org", nextPhone(), true));
    }

    private UUID location(UUID org, String en, String bn, String districtId, AdminUnit district, boolean confidential,
                          String line, String city) {
        AdminUnit d = district != null ? district : geo.find(GeoLevel.DISTRICT, districtId).orElseThrow();
        UUID id = sampleId("location/" + org + "/" + en);
        locations.add(new Location(id, org, new LocalizedText(en, bn), new Location.Address(line, city, null),
                new Location.Area(d.parentId(), d.id(), null, null), d.latitude(), d.longitude(), confidential));
        return id;
    }

    private void service(UUID org, String en, String bn, ServiceCategory category, List<Coverage> coverage,
                         Eligibility eligibility, List<String> languages, Capacity capacity, boolean accepting,
                         String email, String contactLanguage, List<UUID> at) {
        UUID id = sampleId("service/" + org + "/" + en);
        services.add(new ProviderService(id, org, 1, new LocalizedText(en + " (sample)", bn + " (নমুনা)"),
                new LocalizedText(Taxonomy.of(category).description().en() + ", offered by a fictional sample organization.",
                        Taxonomy.of(category).description().bn() + ", একটি কাল্পনিক নমুনা প্রতিষ্ঠানের সেবা।"),
                category, coverage, eligibility, languages, capacity, accepting,
                new ReferralContact(email, nextPhone(), null, contactLanguage),
                new LocalizedText("Sunday to Thursday, 9:00 to 17:00", "রবিবার থেকে বৃহস্পতিবার, ৯টা থেকে ৫টা"), at, AS_OF));
    }

    private String nextPhone() {
        return String.format("+8801000000%03d", ++phones % 1000);
    }

    static Eligibility anyone() {
        return new Eligibility(List.of(), null, null, List.of(), List.of());
    }

    static Eligibility women() {
        return new Eligibility(List.of(Sex.FEMALE), 18, null,
                List.of(VictimCategory.TRAFFICKING_VICTIM, VictimCategory.VULNERABLE_MIGRANT), List.of());
    }

    /** Anyone of these nationalities (ISO 3166-1 alpha-2). */
    static Eligibility nationals(String... codes) {
        return new Eligibility(List.of(), null, null, List.of(), List.of(codes));
    }

    static Eligibility men() {
        return new Eligibility(List.of(Sex.MALE), 18, null, List.of(), List.of());
    }

    static Eligibility children() {
        return new Eligibility(List.of(), 0, 17, List.of(), List.of());
    }

    static UUID sampleId(String key) {
        return UUID.nameUUIDFromBytes(("setu-sample/" + key).getBytes(StandardCharsets.UTF_8));
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
