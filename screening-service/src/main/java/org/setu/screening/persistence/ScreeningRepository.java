package org.setu.screening.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.screening.domain.abroad.Abroad;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Screenings on Hibernate ORM with Panache; the ciphertexts are stored and read back byte for byte. */
@ApplicationScoped
public class ScreeningRepository implements PanacheRepositoryBase<ScreeningEntity, UUID> {

    public void insert(ScreeningRow s) {
        ScreeningEntity e = new ScreeningEntity();
        ScreeningRow.Recorded r = s.recorded();
        e.id = s.id();
        e.caseId = s.caseId();
        e.agencyId = r.agencyId();
        e.screenedBy = r.screenedBy();
        e.context = r.context().name();
        e.instrumentCode = r.instrumentCode();
        e.instrumentVersion = r.instrumentVersion();
        e.screenedAt = r.screenedAt();
        copy(s, e);
        persist(e);
    }

    /** An amendment replaces the picture: person, answers and outcome, and counts the revision. */
    public void amend(ScreeningRow s) {
        ScreeningEntity e = findById(s.id());
        if (e == null) throw new IllegalStateException("amended screening is gone");
        copy(s, e);
    }

    private static void copy(ScreeningRow s, ScreeningEntity e) {
        ScreeningRow.Facts f = s.facts();
        AdminArea home = f.home() == null ? new AdminArea(null, null, null) : f.home();
        AdminArea where = f.location() == null ? new AdminArea(null, null, null) : f.location();
        e.divisionId = where.divisionId();
        e.districtId = where.districtId();
        e.upazilaId = where.upazilaId();
        e.country = f.abroad() == null ? null : f.abroad().country();
        e.city = f.abroad() == null ? null : f.abroad().city();
        e.countryOfExploitation = f.countryOfExploitation();
        e.homeDivisionId = home.divisionId();
        e.homeDistrictId = home.districtId();
        e.homeUpazilaId = home.upazilaId();
        e.sex = f.sex().name();
        e.ageBand = f.ageBand().name();
        e.nationality = f.nationality();
        e.languages = Codes.joined(f.languages());
        e.classification = s.conclusion().classification().name();
        e.urgency = s.conclusion().urgency().name();
        e.needs = Codes.joined(s.conclusion().needs());
        e.personCiphertext = s.ciphertexts().person();
        e.answersCiphertext = s.ciphertexts().answers();
        e.revision = s.revision();
        e.amendedAt = s.amendedAt();
    }

    /**
     * An erased case's screenings keep only what the statistics need at the grain docs/data-protection.md names
     * (division and district, sex, age band, classification, urgency, needs, context, dates): the upazilas,
     * nationality, languages, the city abroad and the country of exploitation, the screener's account and the
     * (already unreadable) ciphertext go. A screening abroad keeps its country, as one at home keeps its district.
     */
    public void scrubErasedCase(UUID caseId) {
        update("upazilaId = null, homeUpazilaId = null, nationality = null, city = null, countryOfExploitation = null, languages = '', screenedBy = '', "
                + "personCiphertext = ?1, answersCiphertext = ?1 where caseId = ?2", new byte[0], caseId);
    }

    public Optional<ScreeningRow> find(UUID id) {
        return findByIdOptional(id).map(ScreeningRepository::toRow);
    }

    public Optional<ScreeningRow> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ScreeningRepository::toRow);
    }

    /** Oldest first. */
    public List<ScreeningRow> ofCase(UUID caseId) {
        return find("caseId", Sort.by("screenedAt").and("id"), caseId).list().stream().map(ScreeningRepository::toRow).toList();
    }

    /** The screenings of several cases in one query, each case's in the order {@link #ofCase} gives them. */
    public java.util.Map<UUID, List<ScreeningRow>> ofCases(java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) return java.util.Map.of();
        return find("caseId in ?1", Sort.by("screenedAt").and("id"), caseIds).list().stream().map(ScreeningRepository::toRow)
                .collect(java.util.stream.Collectors.groupingBy(ScreeningRow::caseId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    private static ScreeningRow toRow(ScreeningEntity e) {
        return new ScreeningRow(e.id, e.caseId,
                new ScreeningRow.Recorded(e.agencyId, e.screenedBy, ScreeningContext.valueOf(e.context), e.instrumentCode,
                        e.instrumentVersion, e.screenedAt),
                new ScreeningRow.Facts(e.country == null ? new AdminArea(e.divisionId, e.districtId, e.upazilaId) : null,
                        e.country == null ? null : new Abroad(e.country, e.city),
                        e.homeDistrictId == null ? null : new AdminArea(e.homeDivisionId, e.homeDistrictId, e.homeUpazilaId),
                        Sex.valueOf(e.sex), AgeBand.valueOf(e.ageBand), e.nationality, Codes.split(e.languages, s -> s),
                        e.countryOfExploitation),
                new ScreeningRow.Conclusion(Classification.valueOf(e.classification), Urgency.valueOf(e.urgency),
                        Codes.split(e.needs, ServiceCategory::valueOf)),
                new ScreeningRow.Ciphertexts(e.personCiphertext, e.answersCiphertext), e.revision, e.amendedAt);
    }
}
