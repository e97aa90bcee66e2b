package org.setu.directory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.setu.directory.domain.Organization;
import org.setu.events.WebAddresses;
import org.setu.events.directory.LocalizedText;
import org.setu.kit.api.EmailAddress;
import org.setu.kit.api.HttpUrl;

import java.util.UUID;

public final class OrganizationJson {

    private OrganizationJson() {
    }

    /** @param sample only directory admins may set it; it marks the fictional organizations of the sample directory */
    public record Request(@NotNull @Valid TextJson.Name name, @Valid TextJson.Long description,
                          @EmailAddress @Size(max = 254) String email,
                          @HttpUrl @Size(max = 500) String website,
                          @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be an E.164 number such as +8801000000001") String phone,
                          Boolean sample) {

        Organization domain(UUID id) {
            // an internationalised domain is kept in its ASCII form: the HSDS export and every client can read it
            return new Organization(id, TextJson.of(name), TextJson.of(description), ascii(TextJson.blankToNull(email), WebAddresses::email),
                    ascii(TextJson.blankToNull(website), WebAddresses::httpUrl), phone,
                    Boolean.TRUE.equals(sample));
        }
    }

    /** Validation has already accepted the value; a null stays null. */
    static String ascii(String value, java.util.function.Function<String, java.util.Optional<String>> parser) {
        return value == null ? null : parser.apply(value).orElseThrow();
    }

    public record View(UUID id, LocalizedText name, LocalizedText description, String email, String website, String phone,
                       boolean sample) {
        static View of(Organization o) {
            return new View(o.id(), o.name(), o.description(), o.email(), o.website(), o.phone(), o.sample());
        }
    }
}
