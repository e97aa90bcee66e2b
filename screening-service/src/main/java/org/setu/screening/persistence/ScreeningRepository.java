package org.setu.screening.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.events.screening.AdminArea;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.events.vocabulary.Urgency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScreeningRepository {

    private static final String COLUMNS = "id, case_id, agency_id, screened_by, context, instrument_code, instrument_version, "
            + "division_id, district_id, upazila_id, home_division_id, home_district_id, home_upazila_id, sex, age_band, "
            + "nationality, languages, classification, urgency, needs, person_ct, answers_ct, revision, screened_at, amended_at";

    @Inject
    Jdbc jdbc;

    public void insert(ScreeningRow s) {
        AdminArea home = s.home() == null ? new AdminArea(null, null, null) : s.home();
        jdbc.update("INSERT INTO screening (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.caseId(), s.agencyId(), s.screenedBy(), s.context(), s.instrumentCode(), s.instrumentVersion(),
                s.location().divisionId(), s.location().districtId(), s.location().upazilaId(),
                home.divisionId(), home.districtId(), home.upazilaId(), s.sex(), s.ageBand(), s.nationality(),
                Jdbc.joined(s.languages()), s.classification(), s.urgency(), Jdbc.joined(s.needs()), s.personCiphertext(),
                s.answersCiphertext(), s.revision(), s.screenedAt(), s.amendedAt());
    }

    /** An amendment replaces the picture: person, answers and outcome, and counts the revision. */
    public void amend(ScreeningRow s) {
        AdminArea home = s.home() == null ? new AdminArea(null, null, null) : s.home();
        jdbc.update("UPDATE screening SET division_id = ?, district_id = ?, upazila_id = ?, home_division_id = ?, "
                        + "home_district_id = ?, home_upazila_id = ?, sex = ?, age_band = ?, nationality = ?, languages = ?, "
                        + "classification = ?, urgency = ?, needs = ?, person_ct = ?, answers_ct = ?, revision = ?, amended_at = ? "
                        + "WHERE id = ?",
                s.location().divisionId(), s.location().districtId(), s.location().upazilaId(), home.divisionId(),
                home.districtId(), home.upazilaId(), s.sex(), s.ageBand(), s.nationality(), Jdbc.joined(s.languages()),
                s.classification(), s.urgency(), Jdbc.joined(s.needs()), s.personCiphertext(), s.answersCiphertext(),
                s.revision(), s.amendedAt(), s.id());
    }

    /**
     * An erased case's screenings keep only what the statistics need at the grain docs/data-protection.md names
     * (division and district, sex, age band, classification, urgency, needs, context, dates): the upazilas,
     * nationality, languages, the screener's account and the (already unreadable) ciphertext go.
     */
    public void scrubErasedCase(UUID caseId) {
        jdbc.update("UPDATE screening SET upazila_id = NULL, home_upazila_id = NULL, nationality = NULL, languages = '', "
                + "screened_by = '', person_ct = '\\x'::bytea, answers_ct = '\\x'::bytea WHERE case_id = ?", caseId);
    }

    public Optional<ScreeningRow> find(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM screening WHERE id = ?", ScreeningRepository::row, id);
    }

    public Optional<ScreeningRow> lock(UUID id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM screening WHERE id = ? FOR UPDATE", ScreeningRepository::row, id);
    }

    /** Oldest first. */
    public List<ScreeningRow> ofCase(UUID caseId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM screening WHERE case_id = ? ORDER BY screened_at, id",
                ScreeningRepository::row, caseId);
    }

    static ScreeningRow row(ResultSet rs) throws SQLException {
        String homeDistrict = rs.getString("home_district_id");
        return new ScreeningRow(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getString("screened_by"),
                ScreeningContext.valueOf(rs.getString("context")), rs.getString("instrument_code"),
                rs.getInt("instrument_version"),
                new AdminArea(rs.getString("division_id"), rs.getString("district_id"), rs.getString("upazila_id")),
                homeDistrict == null ? null
                        : new AdminArea(rs.getString("home_division_id"), homeDistrict, rs.getString("home_upazila_id")),
                Sex.valueOf(rs.getString("sex")), AgeBand.valueOf(rs.getString("age_band")), rs.getString("nationality"),
                Jdbc.split(rs.getString("languages"), s -> s), Classification.valueOf(rs.getString("classification")),
                Urgency.valueOf(rs.getString("urgency")), Jdbc.split(rs.getString("needs"), ServiceCategory::valueOf),
                rs.getBytes("person_ct"), rs.getBytes("answers_ct"), rs.getInt("revision"), Jdbc.instant(rs, "screened_at"),
                Jdbc.instant(rs, "amended_at"));
    }
}
