package org.setu.screening.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.ClosureReason;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.screening.ShareLevel;
import org.setu.events.text.Reason;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.screening.TravelMode;
import org.setu.events.screening.VerificationStatus;
import org.setu.screening.domain.abroad.Abroad;
import org.setu.screening.domain.repatriation.ReturnStatus;
import org.setu.screening.persistence.CaseRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the API answers when cases and screenings are read. */
public final class Views {

    private Views() {
    }

    public record InstrumentRef(String code, int version) {
    }

    /**
     * An outcome as the API shows it: {@code trace} in the reader's language, {@code traceCodes} the same steps as
     * codes with their arguments ({@link TraceCodec}), for a partner system that renders them itself.
     */
    public record OutcomeView(Classification classification, Urgency urgency, List<ServiceCategory> needs, List<String> trace,
                              List<Object> traceCodes) {

        public static OutcomeView of(Classification c, Urgency u, List<ServiceCategory> needs, List<Reason> trace,
                                     TraceText text, String language) {
            return new OutcomeView(c, u, needs, text.render(trace, language), TraceCodec.encode(trace));
        }
    }

    public record PersonView(String givenName, String familyName, LocalDate dateOfBirth, Integer ageEstimate, AgeBand ageBand,
                             Sex sex, String nationality, List<String> languages, String phone, String documentNumber,
                             String address, AdminArea home, String notes) {
    }

    /**
     * A screening as its agency reads it: {@code location} is an area of Bangladesh, or for a screening abroad a
     * country and a city with the area's ids null; {@code countryOfExploitation} is null when not recorded.
     */
    public record ScreeningView(UUID id, UUID caseId, String caseRef, UUID agencyId, ScreeningContext context,
                                InstrumentRef instrument, PlaceView location, Instant screenedAt, Instant amendedAt,
                                int revision, PersonView person, Map<String, Object> answers, OutcomeView outcome,
                                String countryOfExploitation) {
    }

    /** Where a screening took place: the area's ids in Bangladesh, the country and city abroad. */
    public record PlaceView(String divisionId, String districtId, String upazilaId, String country, String city) {

        public static PlaceView of(AdminArea area, Abroad abroad) {
            return abroad != null ? new PlaceView(null, null, null, abroad.country(), abroad.city())
                    : new PlaceView(area.divisionId(), area.districtId(), area.upazilaId(), null, null);
        }
    }

    public record ScreeningSummary(UUID id, UUID agencyId, ScreeningContext context, Instant screenedAt, int revision,
                                   Classification classification, Urgency urgency, List<ServiceCategory> needs) {
    }

    /**
     * What the person agreed to, as the case holds it: the services and the share level (which the events carry too)
     * and the answer to the cross-border question, which stays in this service (null where it was never asked).
     */
    public record ConsentView(List<ServiceCategory> services, ShareLevel shareWithProviders, Boolean crossBorder) {

        public static ConsentView of(CaseRow kase) {
            return new ConsentView(kase.consentServices(), kase.consentShare(), kase.consentCrossBorder());
        }
    }

    public record CaseView(UUID id, String ref, String status, Instant openedAt, Instant closedAt,
                           ClosureReason closureReason, ConsentView consent,
                           PersonView person, List<ScreeningSummary> screenings, long version,
                           PlannedReturnSummary plannedReturn) {
    }

    /**
     * The clear part of a case's planned return, shown with the case (null when none is planned); the transport
     * reference only comes with {@code GET /cases/{id}/planned-return}.
     */
    public record PlannedReturnSummary(String portOfEntry, LocalDate expectedFrom, LocalDate expectedTo, TravelMode mode,
                                       VerificationStatus verification, ReturnStatus status) {
    }

    public record CaseSummary(UUID id, String ref, String status, Instant openedAt, Instant closedAt,
                              ClosureReason closureReason, Classification classification, Urgency urgency,
                              List<ServiceCategory> needs) {
    }

    public record Page<T>(List<T> items, int page, int size, long totalItems) {

        /** A short list answered whole, as one page (its size at least the default 20 that paged lists use). */
        public static <T> Page<T> whole(List<T> items) {
            return new Page<>(items, 0, Math.max(20, items.size()), items.size());
        }
    }

    /** Only the fields the person's consent allows are present; the others are left out of the JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SharedPerson(String givenName, String familyName, LocalDate dateOfBirth, Integer age, Sex sex,
                               List<String> languages, String phone, String nationality, String documentNumber,
                               String address, AdminArea home, String notes) {
    }

    public record SharedView(UUID caseId, String caseRef, ShareLevel shareWithProviders, Urgency urgency,
                             List<ServiceCategory> needs, SharedPerson person) {
    }

    /** A pair of cases of different agencies that may be one person, as NRM coordinators review it. */
    public record PossibleDuplicateView(UUID id, CaseSide newer, CaseSide matched, List<String> matchedOn, String status,
                                        Instant foundAt, Instant decidedAt) {
    }

    public record CaseSide(UUID caseId, String caseRef, UUID agencyId) {
    }

    /** Another agency's case confirmed as the same person: what that case's consent lets this agency read. */
    public record LinkedCaseView(UUID caseId, String caseRef, UUID agencyId, ShareLevel share, SharedPerson person) {
    }
}
