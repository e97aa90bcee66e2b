package org.setu.screening.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.Consent;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.screening.app.NewScreening;
import org.setu.screening.app.PersonInput;
import org.setu.screening.domain.PersonDetails;
import org.setu.screening.domain.abroad.Abroad;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/screenings} (docs/screening.md). Answers are checked against the instrument, and the place
 * against where the agency works (an area of Bangladesh, or a country and city abroad), not here.
 */
public record ScreeningRequest(@NotNull @Valid InstrumentRef instrument,
                               @NotNull ScreeningContext context,
                               @NotNull @Valid Place location,
                               @NotNull @Valid Person person,
                               Map<String, Object> answers,
                               @NotNull @Valid ConsentRequest consent,
                               @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String countryOfExploitation) {

    static final String GEO = "[A-Za-z0-9-]{1,32}";
    static final String COUNTRY = "[A-Z]{2}";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as SA";
    /** A city's name, in any script: no digits, so that it cannot turn into a street address. */
    static final String CITY = "[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*";
    static final String CITY_MESSAGE = "must be a city's name: letters, with spaces, hyphens, apostrophes or dots";

    /**
     * Where the screening took place: an area of Bangladesh ({@code districtId} at least), or, for an agency abroad, a
     * country other than {@code BD} and a city.
     */
    public record Place(@Pattern(regexp = GEO) String divisionId, @Pattern(regexp = GEO) String districtId,
                        @Pattern(regexp = GEO) String upazilaId,
                        @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String country,
                        @Size(max = 80) @Pattern(regexp = CITY, message = CITY_MESSAGE) String city) {

        AdminArea toArea() {
            return divisionId == null && districtId == null && upazilaId == null ? null
                    : new AdminArea(divisionId, districtId, upazilaId);
        }

        Abroad toAbroad() {
            return country == null && city == null ? null : new Abroad(country, city == null ? null : city.strip());
        }
    }

    public record InstrumentRef(@NotBlank @Size(max = 64) String code, @NotNull @Min(1) Integer version) {
    }

    public record Area(@Pattern(regexp = GEO) String divisionId, @NotBlank @Pattern(regexp = GEO) String districtId,
                       @Pattern(regexp = GEO) String upazilaId) {

        AdminArea toArea() {
            return new AdminArea(divisionId, districtId, upazilaId);
        }
    }

    public record Person(@Size(max = 100) String givenName, @Size(max = 100) String familyName, @NotNull Sex sex,
                         @Past LocalDate dateOfBirth, @Min(0) @Max(130) Integer ageEstimate,
                         @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as BD") String nationality,
                         @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code such as bn") String> languages,
                         @Pattern(regexp = "\\+?[0-9 ()-]{6,24}", message = "must be a phone number such as +8801711000000") String phone,
                         @Size(max = 64) String documentNumber,
                         @Size(max = 500) String address,
                         @Valid Area home,
                         @Size(max = 4000) String notes) {

        PersonInput toInput() {
            return new PersonInput(new PersonDetails(givenName, familyName, dateOfBirth, ageEstimate, phone, documentNumber,
                    address, notes), sex, nationality, languages, home == null ? null : home.toArea());
        }
    }

    /**
     * @param crossBorder may the case go to an agency in another country (the instrument's cross-border question):
     *                    asked of a person screened abroad, where it must be answered; elsewhere it may be left out
     */
    public record ConsentRequest(@NotNull @Size(max = 13) List<@NotNull ServiceCategory> services,
                                 @NotNull ShareLevel shareWithProviders, Boolean crossBorder) {

        Consent toConsent() {
            return new Consent(services.stream().distinct().toList(), shareWithProviders);
        }
    }

    NewScreening toCommand() {
        return new NewScreening(instrument.code(), instrument.version(), context, location.toArea(), person.toInput(),
                answers == null ? Map.of() : new LinkedHashMap<>(answers), consent.toConsent(), location.toAbroad(),
                countryOfExploitation, consent.crossBorder());
    }
}
