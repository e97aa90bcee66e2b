package org.setu.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code agency_routing_policy}: the urgencies and categories whose referrals wait for approval, as codes. */
@Entity
@Table(name = "agency_routing_policy")
class AgencyPolicyEntity {

    @Id
    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "approve_first_urgencies")
    String[] approveFirstUrgencies;

    @Column(name = "approve_first_categories")
    String[] approveFirstCategories;

    long version;

    @Column(name = "updated_at")
    Instant updatedAt;
}
