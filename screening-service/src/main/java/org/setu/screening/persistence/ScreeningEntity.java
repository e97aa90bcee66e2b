package org.setu.screening.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code screening}: pseudonymous facts in clear, the person and the answers as ciphertext (bytea). */
@Entity
@Table(name = "screening")
class ScreeningEntity {

    @Id
    UUID id;

    @Column(name = "case_id", updatable = false)
    UUID caseId;

    @Column(name = "agency_id", updatable = false)
    UUID agencyId;

    @Column(name = "screened_by")
    String screenedBy;

    @Column(updatable = false)
    String context;

    @Column(name = "instrument_code", updatable = false)
    String instrumentCode;

    @Column(name = "instrument_version", updatable = false)
    int instrumentVersion;

    @Column(name = "division_id")
    String divisionId;

    @Column(name = "district_id")
    String districtId;

    @Column(name = "upazila_id")
    String upazilaId;

    /** A screening abroad: its country and city instead of an area (V10). */
    String country;

    String city;

    @Column(name = "country_of_exploitation")
    String countryOfExploitation;

    @Column(name = "home_division_id")
    String homeDivisionId;

    @Column(name = "home_district_id")
    String homeDistrictId;

    @Column(name = "home_upazila_id")
    String homeUpazilaId;

    String sex;

    @Column(name = "age_band")
    String ageBand;

    String nationality;

    /** Comma-separated. */
    String languages;

    String classification;

    String urgency;

    /** Service category codes, comma-separated. */
    String needs;

    @Column(name = "person_ct")
    byte[] personCiphertext;

    @Column(name = "answers_ct")
    byte[] answersCiphertext;

    int revision;

    @Column(name = "screened_at", updatable = false)
    Instant screenedAt;

    @Column(name = "amended_at")
    Instant amendedAt;
}
