package org.setu.directory.domain.sample;

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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Makes a large fictional directory from a seed, the same one for the same seed: for benchmarks (100,000
 * services) and load tests. Coverage is mostly district and upazila, some division and a few national; about a
 * tenth of the services are full and a tenth not accepting referrals, as in a busy real directory.
 */
public final class DirectoryGenerator {

    private static final int SERVICES_PER_ORGANIZATION = 50;
    private static final List<String> LANGUAGES = List.of("bn", "en", "ar", "hi", "ms", "my");
    private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    private DirectoryGenerator() {
    }

    public static DirectoryContent generate(Geography geo, long seed, int services) {
        Random r = new Random(seed);
        List<AdminUnit> divisions = geo.list(GeoLevel.DIVISION, null);
        List<AdminUnit> districts = geo.list(GeoLevel.DISTRICT, null);
        List<AdminUnit> upazilas = geo.list(GeoLevel.UPAZILA, null);
        ServiceCategory[] categories = ServiceCategory.values();
        List<Organization> orgs = new ArrayList<>();
        List<ProviderService> out = new ArrayList<>(services);
        UUID org = null;
        for (int i = 0; i < services; i++) {
            if (i % SERVICES_PER_ORGANIZATION == 0) {
                org = new UUID(seed, 0x5e70_0000_0000L + orgs.size());
                orgs.add(new Organization(org, new LocalizedText("Generated organization " + orgs.size(), "উৎপন্ন প্রতিষ্ঠান " + orgs.size()),
                        null, "info-" + orgs.size() + "@generated.example.org", null, null, true));
            }
            ServiceCategory category = categories[r.nextInt(categories.length)];
            int roll = r.nextInt(100);
            Coverage coverage = roll < 2 ? new Coverage(CoverageLevel.NATIONAL, null)
                    : roll < 10 ? new Coverage(CoverageLevel.DIVISION, divisions.get(r.nextInt(divisions.size())).id())
                    : roll < 70 ? new Coverage(CoverageLevel.DISTRICT, districts.get(r.nextInt(districts.size())).id())
                    : new Coverage(CoverageLevel.UPAZILA, upazilas.get(r.nextInt(upazilas.size())).id());
            Eligibility who = switch (r.nextInt(5)) {
                case 0 -> new Eligibility(List.of(Sex.FEMALE), 18, null, List.of(), List.of());
                case 1 -> new Eligibility(List.of(Sex.MALE), 18, null, List.of(), List.of());
                case 2 -> new Eligibility(List.of(), 0, 17, List.of(), List.of());
                case 3 -> new Eligibility(List.of(), null, null, List.of(VictimCategory.TRAFFICKING_VICTIM), List.of());
                default -> new Eligibility(List.of(), null, null, List.of(), List.of());
            };
            List<String> langs = r.nextInt(4) == 0 ? List.of("bn", LANGUAGES.get(1 + r.nextInt(LANGUAGES.size() - 1))) : List.of("bn");
            int total = 5 + r.nextInt(30);
            Capacity capacity = r.nextInt(3) == 0 ? null
                    : new Capacity(r.nextInt(10) == 0 ? 0 : r.nextInt(total + 1), total, category == ServiceCategory.SHELTER ? CapacityUnit.BEDS : CapacityUnit.SLOTS);
            Taxonomy.Term term = Taxonomy.of(category);
            UUID id = new UUID(seed, i);
            out.add(new ProviderService(id, org, 1,
                    new LocalizedText(term.label().en() + " service " + i + " (generated)", term.label().bn() + " সেবা " + i),
                    new LocalizedText(term.description().en() + " in a generated directory.", term.description().bn()),
                    category, List.of(coverage), who, langs, capacity, r.nextInt(10) != 0,
                    new ReferralContact("service-" + i + "@generated.example.org", null, null, "bn"),
                    null, List.of(), AS_OF));
        }
        return new DirectoryContent(orgs, List.of(), out);
    }
}
