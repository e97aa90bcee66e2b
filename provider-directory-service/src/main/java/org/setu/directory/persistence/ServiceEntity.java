package org.setu.directory.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code directory_service} with its coverage and its locations. Read through Hibernate: the two
 * collections of a page of services are fetched in one query each ({@link BatchSize}), not one per service.
 * Written by {@link ServiceRepository}'s batched native upsert, which replaces a service whole.
 */
@Entity
@Table(name = "directory_service")
class ServiceEntity {

    @Embeddable
    static class CoverageArea {
        String level;

        /** Empty for the national level. */
        @Column(name = "area_id")
        String areaId;
    }

    @Id
    UUID id;

    @Column(name = "organization_id")
    UUID organizationId;

    long version;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "name_bn")
    String nameBn;

    @Column(name = "description_en")
    String descriptionEn;

    @Column(name = "description_bn")
    String descriptionBn;

    String category;

    String[] genders;

    @Column(name = "min_age")
    Integer minAge;

    @Column(name = "max_age")
    Integer maxAge;

    @Column(name = "victim_categories")
    String[] victimCategories;

    String[] nationalities;

    String[] languages;

    @Column(name = "capacity_available")
    Integer capacityAvailable;

    @Column(name = "capacity_total")
    Integer capacityTotal;

    @Column(name = "capacity_unit")
    String capacityUnit;

    @Column(name = "accepting_referrals")
    boolean acceptingReferrals;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "contact_phone")
    String contactPhone;

    @Column(name = "contact_webhook")
    String contactWebhook;

    @Column(name = "contact_language")
    String contactLanguage;

    @Column(name = "schedule_en")
    String scheduleEn;

    @Column(name = "schedule_bn")
    String scheduleBn;

    @Column(name = "updated_at")
    Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "service_coverage", joinColumns = @JoinColumn(name = "service_id"))
    @BatchSize(size = 100)
    List<CoverageArea> coverage = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_location", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "location_id")
    @BatchSize(size = 100)
    List<UUID> locations = new ArrayList<>();
}
