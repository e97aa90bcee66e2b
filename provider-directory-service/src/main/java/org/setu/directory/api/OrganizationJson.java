package org.setu.directory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.setu.directory.domain.Organization;
import org.setu.events.directory.LocalizedText;

import java.util.UUID;

public final class OrganizationJson {

    private OrganizationJson() {
    }

    /** @param sample only directory admins may set it; it marks the fictional organizations of the sample directory */
    public record Request(@NotNull @Valid TextJson.Name name, @Valid TextJson.Long description,
                          @Email @Size(max = 254) String email,
                          @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") @Size(max = 500) String website,
                          @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be an E.164 number such as +8801000000001") String phone,
                          Boolean sample) {

        Organization domain(UUID id) {
            return new Organization(id, TextJson.of(name), TextJson.of(description), email, website, phone,
                    Boolean.TRUE.equals(sample));
        }
    }

    public record View(UUID id, LocalizedText name, LocalizedText description, String email, String website, String phone,
                       boolean sample) {
        static View of(Organization o) {
            return new View(o.id(), o.name(), o.description(), o.email(), o.website(), o.phone(), o.sample());
        }
    }
}
