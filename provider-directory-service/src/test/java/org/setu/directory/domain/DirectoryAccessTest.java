package org.setu.directory.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryAccessTest {

    static final UUID OWN = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501");
    static final UUID OTHER = UUID.fromString("5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e502");

    private static Actor actor(String role, boolean ofTheOrganization) {
        return new Actor(Set.of(role), Optional.of(ofTheOrganization ? OWN : OTHER));
    }

    @ParameterizedTest(name = "{0} of the organization: {1} → manage {2}, capacity {3}, confidential address {4}")
    @CsvSource({
            "directory-admin, false, true,  true,  true",
            "agency-admin,    true,  true,  true,  true",
            "agency-admin,    false, false, false, false",
            "provider-staff,  true,  false, true,  true",
            "provider-staff,  false, false, false, false",
            "case-worker,     true,  false, false, true",
            "case-worker,     false, false, false, false",
            "nrm-coordinator, false, false, false, true",
            "auditor,         false, false, false, false"})
    void whoMayDoWhatWithAnOrganizationsEntries(String role, boolean own, boolean manage, boolean capacity, boolean confidential) {
        Actor a = actor(role, own);
        assertThat(DirectoryAccess.manageEntriesOf(a, OWN).allowed()).isEqualTo(manage);
        assertThat(DirectoryAccess.updateCapacity(a, OWN).allowed()).isEqualTo(capacity);
        assertThat(DirectoryAccess.seeConfidentialAddress(a, OWN).allowed()).isEqualTo(confidential);
        assertThat(DirectoryAccess.manageEntriesOf(a, OWN).reason()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"directory-admin, true", "agency-admin, false", "nrm-coordinator, false"})
    void onlyDirectoryAdminsAddOrganizationsOrActOnTheWholeDirectory(String role, boolean allowed) {
        Actor a = actor(role, true);
        assertThat(DirectoryAccess.createOrganization(a).allowed()).isEqualTo(allowed);
        assertThat(DirectoryAccess.administerDirectory(a).allowed()).isEqualTo(allowed);
    }
}
