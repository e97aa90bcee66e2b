package org.setu.referral.persistence;

import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.UUID;

/**
 * What a caller may see, and the filters they asked for. {@code everything} for the NRM coordinators; otherwise
 * referrals their agency made ({@code asReferrer}) and referrals sent to their organization ({@code asProvider}).
 */
public record ReferralQuery(boolean everything, UUID asReferrer, UUID asProvider, ReferralStatus status,
                            ServiceCategory category, UUID caseId, int page, int size) {
}
