package org.setu.events.directory;

import org.setu.events.vocabulary.ServiceCategory;

import java.util.List;
import java.util.UUID;

/**
 * The full snapshot of a directory service, the value the compacted directory topic keeps per service id.
 * Confidential shelter addresses are not part of it: routing needs coverage codes, not a street.
 *
 * @param version  grows with every change, so a read model can ignore a snapshot older than the one it has
 * @param capacity null when the service does not count its capacity
 */
public record DirectoryService(
        UUID id,
        UUID organizationId,
        long version,
        LocalizedText name,
        ServiceCategory category,
        List<Coverage> coverage,
        Eligibility eligibility,
        List<String> languages,
        Capacity capacity,
        boolean acceptingReferrals,
        ReferralContact referralContact) {

    public DirectoryService {
        coverage = List.copyOf(coverage);
        languages = List.copyOf(languages);
    }
}
