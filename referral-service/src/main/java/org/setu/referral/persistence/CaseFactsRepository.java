package org.setu.referral.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;
import org.setu.events.vocabulary.VictimCategory;
import org.setu.referral.domain.CaseFacts;
import org.setu.referral.domain.Place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The pseudonymous facts of each case this service was told about. */
@ApplicationScoped
public class CaseFactsRepository {

    @Inject
    Sql sql;

    /**
     * The first agency to tell of a case owns it here for good: a screening event of another agency about the same
     * case changes nothing (a duplicate never moves a case; docs/screening.md, "Possible duplicates").
     */
    public void save(CaseFacts f, UUID screeningId, Instant at) {
        sql.update("""
                INSERT INTO case_facts (case_id, case_ref, agency_id, screening_id, urgency, age_band, sex, victim_category,
                    current_division, current_district, current_upazila, home_division, home_district, home_upazila,
                    languages, consent_services, share_level, erased, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)
                ON CONFLICT (case_id) DO UPDATE SET case_ref = EXCLUDED.case_ref,
                    screening_id = EXCLUDED.screening_id, urgency = EXCLUDED.urgency, age_band = EXCLUDED.age_band,
                    sex = EXCLUDED.sex, victim_category = EXCLUDED.victim_category,
                    current_division = EXCLUDED.current_division, current_district = EXCLUDED.current_district,
                    current_upazila = EXCLUDED.current_upazila, home_division = EXCLUDED.home_division,
                    home_district = EXCLUDED.home_district, home_upazila = EXCLUDED.home_upazila,
                    languages = EXCLUDED.languages, consent_services = EXCLUDED.consent_services,
                    share_level = EXCLUDED.share_level, updated_at = EXCLUDED.updated_at
                 WHERE NOT case_facts.erased AND case_facts.agency_id = EXCLUDED.agency_id""", s -> {
            s.setObject(1, f.caseId());
            s.setString(2, f.caseRef());
            s.setObject(3, f.agencyId());
            s.setObject(4, screeningId);
            s.setString(5, f.urgency().name());
            s.setString(6, (f.ageBand() == null ? AgeBand.UNKNOWN : f.ageBand()).name());
            s.setString(7, (f.sex() == null ? Sex.UNKNOWN : f.sex()).name());
            s.setString(8, f.victimCategory() == null ? null : f.victimCategory().name());
            s.setString(9, f.currentLocation().divisionId());
            s.setString(10, f.currentLocation().districtId());
            s.setString(11, f.currentLocation().upazilaId());
            s.setString(12, f.home().divisionId());
            s.setString(13, f.home().districtId());
            s.setString(14, f.home().upazilaId());
            s.setArray(15, Sql.texts(s, f.languages()));
            s.setArray(16, Sql.texts(s, f.consentedServices().stream().map(Enum::name).sorted().toList()));
            s.setString(17, f.shareLevel());
            s.setTimestamp(18, Sql.ts(at));
        });
    }

    public Optional<CaseFacts> find(UUID caseId) {
        return sql.one("SELECT * FROM case_facts WHERE case_id = ?", s -> s.setObject(1, caseId), CaseFactsRepository::map);
    }

    public boolean isErased(UUID caseId) {
        return sql.one("SELECT erased FROM case_facts WHERE case_id = ?", s -> s.setObject(1, caseId), rs -> rs.getBoolean(1))
                .orElse(false);
    }

    public void updateConsent(UUID caseId, Set<ServiceCategory> services, String share, Instant at) {
        sql.update("UPDATE case_facts SET consent_services = ?, share_level = ?, updated_at = ? WHERE case_id = ?", s -> {
            s.setArray(1, Sql.texts(s, services.stream().map(Enum::name).sorted().toList()));
            s.setString(2, share);
            s.setTimestamp(3, Sql.ts(at));
            s.setObject(4, caseId);
        });
    }

    /** Keeps a marker that the case was erased (so a late screening event cannot bring its facts back), drops the rest. */
    public void erase(UUID caseId, UUID agencyIdIfUnknown, Instant at) {
        int changed = sql.update("""
                UPDATE case_facts SET case_ref = NULL, screening_id = NULL, languages = '{}', current_division = NULL,
                    current_district = NULL, current_upazila = NULL, home_division = NULL, home_district = NULL,
                    home_upazila = NULL, consent_services = '{}', share_level = 'NONE', age_band = 'UNKNOWN',
                    sex = 'UNKNOWN', victim_category = NULL, erased = true, updated_at = ? WHERE case_id = ?""", s -> {
            s.setTimestamp(1, Sql.ts(at));
            s.setObject(2, caseId);
        });
        if (changed == 0 && agencyIdIfUnknown != null) {
            sql.update("""
                    INSERT INTO case_facts (case_id, agency_id, urgency, age_band, sex, languages, consent_services, share_level, erased, updated_at)
                    VALUES (?, ?, 'ROUTINE', 'UNKNOWN', 'UNKNOWN', '{}', '{}', 'NONE', true, ?) ON CONFLICT DO NOTHING""", s -> {
                s.setObject(1, caseId);
                s.setObject(2, agencyIdIfUnknown);
                s.setTimestamp(3, Sql.ts(at));
            });
        }
    }

    static CaseFacts map(ResultSet rs) throws SQLException {
        String victim = rs.getString("victim_category");
        return new CaseFacts(Sql.uuid(rs, "case_id"), rs.getString("case_ref"), Sql.uuid(rs, "agency_id"),
                Urgency.valueOf(rs.getString("urgency")), AgeBand.valueOf(rs.getString("age_band")),
                Sex.valueOf(rs.getString("sex")), victim == null ? null : VictimCategory.valueOf(victim),
                new Place(rs.getString("current_division"), rs.getString("current_district"), rs.getString("current_upazila")),
                new Place(rs.getString("home_division"), rs.getString("home_district"), rs.getString("home_upazila")),
                Sql.texts(rs, "languages"),
                Sql.texts(rs, "consent_services").stream().map(ServiceCategory::valueOf).collect(Collectors.toSet()),
                rs.getString("share_level"));
    }
}
