package org.setu.screening.domain.reintegration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case worker's plan for a returnee's reintegration: goals in the dimensions of IOM's integrated approach
 * (economic, social, psychosocial), the referrals that serve each, and when to follow the person up.
 *
 * @param anchor the day the follow-ups count from: the return, or the first service
 */
public record ReintegrationPlan(List<Goal> goals, LocalDate anchor, List<LocalDate> followUpsDue) {

    /** The three dimensions of IOM's integrated approach, as the Reintegration Sustainability Survey names them. */
    public static final List<String> DIMENSIONS = List.of("economic", "social", "psychosocial");

    /** @param text the case worker's own words: personal, so sealed with the case's key */
    public record Goal(String dimension, String text, List<UUID> referralIds) {
        public Goal {
            referralIds = List.copyOf(referralIds);
        }
    }

    public ReintegrationPlan {
        goals = List.copyOf(goals);
        followUpsDue = followUpsDue.stream().distinct().sorted().toList();
    }
}
