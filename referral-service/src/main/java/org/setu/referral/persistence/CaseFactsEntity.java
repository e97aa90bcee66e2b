package org.setu.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code case_facts}: the pseudonymous facts routing needs; the codes are the vocabulary's names. */
@Entity
@Table(name = "case_facts")
class CaseFactsEntity {

    @Id
    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "case_ref")
    String caseRef;

    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "screening_id")
    UUID screeningId;

    String urgency;

    @Column(name = "age_band")
    String ageBand;

    String sex;

    @Column(name = "victim_category")
    String victimCategory;

    @Column(name = "current_division")
    String currentDivision;

    @Column(name = "current_district")
    String currentDistrict;

    @Column(name = "current_upazila")
    String currentUpazila;

    @Column(name = "home_division")
    String homeDivision;

    @Column(name = "home_district")
    String homeDistrict;

    @Column(name = "home_upazila")
    String homeUpazila;

    String[] languages;

    String nationality;

    @Column(name = "consent_services")
    String[] consentServices;

    @Column(name = "share_level")
    String shareLevel;

    boolean erased;

    @Column(name = "updated_at")
    Instant updatedAt;
}
