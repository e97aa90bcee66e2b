package org.setu.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.directory.app.DirectoryWriteService;
import org.setu.directory.domain.Actor;
import org.setu.directory.domain.Location;
import org.setu.directory.domain.Organization;
import org.setu.directory.domain.ProviderService;
import org.setu.events.directory.Capacity;
import org.setu.events.directory.CapacityUnit;
import org.setu.events.directory.Coverage;
import org.setu.events.directory.CoverageLevel;
import org.setu.events.directory.Eligibility;
import org.setu.events.directory.LocalizedText;
import org.setu.events.directory.ReferralContact;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Directory entries made directly through the use cases, as a directory admin, for tests to act on. */
@ApplicationScoped
public class Fixtures {

    public static final String DHAKA_DEMO_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501";
    public static final String COXS_BAZAR_DEMO_NGO = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502";
    public static final String NRM_SECRETARIAT = "5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e503";
    public static final Actor ADMIN = new Actor(Set.of(Actor.DIRECTORY_ADMIN), Optional.of(UUID.fromString(NRM_SECRETARIAT)));

    @Inject
    DirectoryWriteService writes;

    public UUID organization(String name) {
        return organization(UUID.randomUUID(), name);
    }

    /** An organization with a given id (a demo agency's, so that its staff act for it); reused when it exists. */
    public UUID organization(UUID id, String name) {
        try {
            writes.updateOrganization(ADMIN, id, org(id, name));
        } catch (org.setu.kit.api.NotFound absent) {
            writes.createOrganization(ADMIN, org(id, name));
        }
        return id;
    }

    private static Organization org(UUID id, String name) {
        return new Organization(id, new LocalizedText(name, null), null, "info@test.example.org", null, null, false);
    }

    public UUID location(UUID org, String districtId, boolean confidential) {
        return writes.createLocation(ADMIN, new Location(UUID.randomUUID(), org, new LocalizedText("Test location", "পরীক্ষা"),
                new Location.Address("House 1, Test Road", "Dhaka", "1000"),
                new Location.Area(null, districtId, null, null), 23.7, 90.4, confidential)).id();
    }

    public Builder service(UUID org) {
        return new Builder(org);
    }

    public final class Builder {
        private final UUID org;
        private String en = "Test service";
        private String bn = "পরীক্ষা সেবা";
        private ServiceCategory category = ServiceCategory.SHELTER;
        private List<Coverage> coverage = List.of(new Coverage(CoverageLevel.NATIONAL, null));
        private Eligibility eligibility = new Eligibility(List.of(), null, null, List.of(), List.of());
        private List<String> languages = List.of("bn");
        private Capacity capacity = new Capacity(5, 10, CapacityUnit.BEDS);
        private boolean accepting = true;
        private List<UUID> locations = List.of();

        Builder(UUID org) {
            this.org = org;
        }

        public Builder named(String en, String bn) {
            this.en = en;
            this.bn = bn;
            return this;
        }

        public Builder category(ServiceCategory c) {
            this.category = c;
            return this;
        }

        public Builder covering(CoverageLevel level, String id) {
            this.coverage = List.of(new Coverage(level, id));
            return this;
        }

        public Builder eligibility(Eligibility e) {
            this.eligibility = e;
            return this;
        }

        public Builder languages(String... codes) {
            this.languages = List.of(codes);
            return this;
        }

        public Builder capacity(Capacity c) {
            this.capacity = c;
            return this;
        }

        public Builder accepting(boolean a) {
            this.accepting = a;
            return this;
        }

        public Builder at(UUID... locationIds) {
            this.locations = List.of(locationIds);
            return this;
        }

        public ProviderService create() {
            return writes.createService(ADMIN, new ProviderService(UUID.randomUUID(), org, 0, new LocalizedText(en, bn), null,
                    category, coverage, eligibility, languages, capacity, accepting,
                    new ReferralContact("focal@test.example.org", "+8801000000999", null, "bn"), null, locations, null));
        }
    }
}
