package org.setu.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.Place;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The pseudonymous facts of each case this service was told about. Saving is one native upsert: the first agency
 * to tell of a case owns it, decided by the row's conflict clause even when two screening events race.
 */
@ApplicationScoped
public class CaseFactsRepository implements PanacheRepositoryBase<CaseFactsEntity, UUID> {

    /**
     * The first agency to tell of a case owns it here for good: a screening event of another agency about the same
     * case changes nothing (a duplicate never moves a case; docs/screening.md, "Possible duplicates").
     */
    public void save(CaseFacts f, UUID screeningId, Instant at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO case_facts (case_id, case_ref, agency_id, screening_id, urgency, age_band, sex, victim_category,
                            current_division, current_district, current_upazila, home_division, home_district, home_upazila,
                            languages, nationality, consent_services, share_level, erased, updated_at)
                        VALUES (:caseId, :caseRef, :agency, :screening, :urgency, :ageBand, :sex, :victim, :curDivision,
                            :curDistrict, :curUpazila, :homeDivision, :homeDistrict, :homeUpazila, :languages, :nationality,
                            :consent, :share, false, :at)
                        ON CONFLICT (case_id) DO UPDATE SET case_ref = EXCLUDED.case_ref,
                            screening_id = EXCLUDED.screening_id, urgency = EXCLUDED.urgency, age_band = EXCLUDED.age_band,
                            sex = EXCLUDED.sex, victim_category = EXCLUDED.victim_category,
                            current_division = EXCLUDED.current_division, current_district = EXCLUDED.current_district,
                            current_upazila = EXCLUDED.current_upazila, home_division = EXCLUDED.home_division,
                            home_district = EXCLUDED.home_district, home_upazila = EXCLUDED.home_upazila,
                            languages = EXCLUDED.languages, nationality = EXCLUDED.nationality,
                            consent_services = EXCLUDED.consent_services, share_level = EXCLUDED.share_level, updated_at = EXCLUDED.updated_at
                         WHERE NOT case_facts.erased AND case_facts.agency_id = EXCLUDED.agency_id""")
                .setParameter("caseId", f.caseId())
                .setParameter("caseRef", f.caseRef())
                .setParameter("agency", f.agencyId())
                .setParameter("screening", screeningId)
                .setParameter("urgency", f.urgency().name())
                .setParameter("ageBand", (f.ageBand() == null ? AgeBand.UNKNOWN : f.ageBand()).name())
                .setParameter("sex", (f.sex() == null ? Sex.UNKNOWN : f.sex()).name())
                .setParameter("victim", f.victimCategory() == null ? null : f.victimCategory().name())
                .setParameter("curDivision", f.currentLocation().divisionId())
                .setParameter("curDistrict", f.currentLocation().districtId())
                .setParameter("curUpazila", f.currentLocation().upazilaId())
                .setParameter("homeDivision", f.home().divisionId())
                .setParameter("homeDistrict", f.home().districtId())
                .setParameter("homeUpazila", f.home().upazilaId())
                .setParameter("languages", f.languages().toArray(String[]::new))
                .setParameter("nationality", f.nationality())
                .setParameter("consent", codes(f.consentedServices()))
                .setParameter("share", f.shareLevel())
                .setParameter("at", at)
                .executeUpdate();
    }

    /**
     * Locks the case's facts until the transaction ends, so that a referral made by hand and an event about the case's
     * return take turns: whichever comes second sees what the first committed (a referral made while the return event is
     * being applied would otherwise escape the hold, or stay held after the arrival). No row, nothing to wait for.
     */
    public void lockCase(UUID caseId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM case_facts WHERE case_id = :caseId FOR UPDATE")
                .setParameter("caseId", caseId).getResultList();
    }

    public Optional<CaseFacts> find(UUID caseId) {
        return findByIdOptional(caseId).map(e -> {
            CaseFacts facts = toDomain(e);
            // outside a transaction the session lives as long as the request: keep no entity for a later read to find
            if (!QuarkusTransaction.isActive()) getEntityManager().detach(e);
            return facts;
        });
    }

    public boolean isErased(UUID caseId) {
        // a scalar read: it leaves no entity in the session for a later native upsert to make stale
        return getEntityManager().createQuery("select c.erased from CaseFactsEntity c where c.caseId = :id", Boolean.class)
                .setParameter("id", caseId).getResultList().stream().findFirst().orElse(false);
    }

    public void updateConsent(UUID caseId, Set<ServiceCategory> services, String share, Instant at) {
        CaseFactsEntity e = findById(caseId);
        if (e == null) return;
        e.consentServices = codes(services);
        e.shareLevel = share;
        e.updatedAt = at;
    }

    /** The agency that owns the case now, after a hand-over. */
    public void changeAgency(UUID caseId, UUID agency, Instant at) {
        CaseFactsEntity e = findById(caseId);
        if (e == null) return;
        e.agencyId = agency;
        e.updatedAt = at;
    }

    /** Keeps a marker that the case was erased (so a late screening event cannot bring its facts back), drops the rest. */
    public void erase(UUID caseId, UUID agencyIdIfUnknown, Instant at) {
        CaseFactsEntity e = findById(caseId);
        if (e != null) {
            e.caseRef = null;
            e.screeningId = null;
            e.languages = new String[0];
            e.nationality = null;
            e.currentDivision = null;
            e.currentDistrict = null;
            e.currentUpazila = null;
            e.homeDivision = null;
            e.homeDistrict = null;
            e.homeUpazila = null;
            e.consentServices = new String[0];
            e.shareLevel = "NONE";
            e.ageBand = AgeBand.UNKNOWN.name();
            e.sex = Sex.UNKNOWN.name();
            e.victimCategory = null;
            e.erased = true;
            e.updatedAt = at;
        } else if (agencyIdIfUnknown != null) {
            getEntityManager().createNativeQuery("""
                            INSERT INTO case_facts (case_id, agency_id, urgency, age_band, sex, languages, consent_services,
                                share_level, erased, updated_at)
                            VALUES (:caseId, :agency, 'ROUTINE', 'UNKNOWN', 'UNKNOWN', '{}', '{}', 'NONE', true, :at)
                            ON CONFLICT DO NOTHING""")
                    .setParameter("caseId", caseId).setParameter("agency", agencyIdIfUnknown).setParameter("at", at)
                    .executeUpdate();
        }
    }

    private static String[] codes(Set<ServiceCategory> services) {
        return services.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static CaseFacts toDomain(CaseFactsEntity e) {
        return new CaseFacts(e.caseId, e.caseRef, e.agencyId, Urgency.valueOf(e.urgency), AgeBand.valueOf(e.ageBand),
                Sex.valueOf(e.sex), e.victimCategory == null ? null : VictimCategory.valueOf(e.victimCategory),
                new Place(e.currentDivision, e.currentDistrict, e.currentUpazila),
                new Place(e.homeDivision, e.homeDistrict, e.homeUpazila),
                e.languages == null ? List.of() : List.of(e.languages),
                e.consentServices == null ? Set.of()
                        : java.util.Arrays.stream(e.consentServices).map(ServiceCategory::valueOf).collect(Collectors.toSet()),
                e.shareLevel, e.nationality);
    }
}
