package org.setu.referral.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.setu.events.vocabulary.ServiceCategory;

import java.util.UUID;

/** A referral made by hand; without {@code serviceId} the best-ranked candidate gets it. */
public record CreateReferralRequest(@NotNull UUID caseId, @NotNull ServiceCategory category, UUID serviceId,
                                    @Size(max = 2000) String note) {
}
