package org.setu.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.setu.directory.app.SearchHit;
import org.setu.directory.domain.ProviderService;
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
import org.setu.kit.api.EmailAddress;
import org.setu.kit.api.HttpUrl;
import org.setu.events.WebAddresses;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A directory service as docs/directory.md describes it. */
public final class ServiceJson {

    private ServiceJson() {
    }

    public record CoverageJson(@NotNull CoverageLevel level,
                               @Pattern(regexp = LocationJson.GEO_CODE, message = LocationJson.GEO_MESSAGE) String id) {
    }

    /** Empty lists mean anyone; a missing age means no limit. Ages are inclusive at both ends. */
    public record EligibilityJson(List<@NotNull Sex> genders, @Min(0) @Max(130) Integer minAge, @Min(0) @Max(130) Integer maxAge,
                                  List<@NotNull VictimCategory> victimCategories,
                                  List<@NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as BD") String> nationalities) {

        Eligibility domain() {
            return new Eligibility(distinct(genders), minAge, maxAge, distinct(victimCategories), distinct(nationalities));
        }
    }

    public record CapacityJson(@NotNull @Min(0) Integer available, @NotNull @Min(0) Integer total, @NotNull CapacityUnit unit) {
        Capacity domain() {
            return new Capacity(available, total, unit);
        }
    }

    public record ReferralContactJson(@NotBlank @EmailAddress @Size(max = 254) String email,
                                      @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be an E.164 number such as +8801000000001") String phone,
                                      @HttpUrl @Size(max = 500) String webhookUrl,
                                      @NotNull @Pattern(regexp = "^(bn|en)$", message = "must be bn or en") String language) {
        ReferralContact domain() {
            return new ReferralContact(OrganizationJson.ascii(email, WebAddresses::email), TextJson.blankToNull(phone),
                    OrganizationJson.ascii(TextJson.blankToNull(webhookUrl), WebAddresses::httpUrl), language);
        }
    }

    public record Request(@NotNull UUID organizationId, @NotNull @Valid TextJson.Name name, @Valid TextJson.Long description,
                          @NotNull ServiceCategory category,
                          @NotEmpty List<@NotNull @Valid CoverageJson> coverage,
                          @Valid EligibilityJson eligibility,
                          List<@NotNull @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 code such as bn") String> languages,
                          @Valid CapacityJson capacity,
                          @NotNull Boolean acceptingReferrals,
                          @NotNull @Valid ReferralContactJson referralContact,
                          @Valid TextJson.Long schedule,
                          List<@NotNull UUID> locationIds) {

        ProviderService domain(UUID id) {
            Eligibility e = eligibility == null ? new Eligibility(List.of(), null, null, List.of(), List.of()) : eligibility.domain();
            return new ProviderService(id, organizationId, 0, TextJson.of(name), TextJson.of(description), category,
                    coverage.stream().map(c -> new Coverage(c.level(), TextJson.blankToNull(c.id()))).toList(), e,
                    distinct(languages), capacity == null ? null : capacity.domain(), acceptingReferrals,
                    referralContact.domain(), TextJson.of(schedule), distinct(locationIds), null);
        }
    }

    /** @param matchedCoverage for a search by place: the level through which the service covers it */
    public record View(UUID id, UUID organizationId, long version, LocalizedText name, LocalizedText description,
                       ServiceCategory category, List<Coverage> coverage, Eligibility eligibility, List<String> languages,
                       Capacity capacity, boolean acceptingReferrals, ReferralContact referralContact,
                       LocalizedText schedule, List<UUID> locationIds, Instant updatedAt,
                       @JsonInclude(JsonInclude.Include.NON_NULL) CoverageLevel matchedCoverage) {

        static View of(ProviderService s) {
            return of(s, null);
        }

        static View of(SearchHit h) {
            return of(h.service(), h.matchedCoverage());
        }

        private static View of(ProviderService s, CoverageLevel matched) {
            return new View(s.id(), s.organizationId(), s.version(), s.name(), s.description(), s.category(), s.coverage(),
                    s.eligibility(), s.languages(), s.capacity(), s.acceptingReferrals(), s.referralContact(), s.schedule(),
                    s.locationIds(), s.updatedAt(), matched);
        }
    }

    static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
