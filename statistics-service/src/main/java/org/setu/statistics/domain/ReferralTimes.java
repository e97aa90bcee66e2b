package org.setu.statistics.domain;

import org.setu.statistics.domain.disclosure.Derived;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How the referrals sent in a period fared: how many, the share completed, and the median and 90th percentile time
 * from the first sending to acceptance and to completion. Each figure is shown only where it cannot give one person's
 * referral away ({@link Derived}).
 */
public final class ReferralTimes {

    /** The breakdowns the times allow: the referral's category and the case's place, agency and profile. */
    public static final Set<Dimension> BREAKDOWNS = EnumSet.of(Dimension.CATEGORY, Dimension.DIVISION, Dimension.DISTRICT,
            Dimension.AGENCY, Dimension.SEX, Dimension.CHILD, Dimension.CLASSIFICATION);

    private static final double MEDIAN = 0.5;
    private static final double P90 = 0.9;

    private ReferralTimes() {
    }

    /**
     * One referral: seconds from its first sending to its acceptance and to its completion, null while it has not
     * come that far.
     */
    public record Timing(String period, List<String> keys, Long secondsToAccept, Long secondsToComplete) {
    }

    /** The figures of one group of referrals; an empty optional is a figure withheld. */
    public record Group(String period, List<String> keys, OptionalLong referrals, OptionalLong completed,
                        OptionalDouble shareCompleted, OptionalLong medianSecondsToAccept, OptionalLong p90SecondsToAccept,
                        OptionalLong medianSecondsToComplete, OptionalLong p90SecondsToComplete) {
    }

    /** The figures of timings that share one period and breakdown. */
    public static Group of(String period, List<String> keys, List<Timing> timings, int threshold) {
        long referrals = timings.size();
        List<Long> toAccept = timings.stream().map(Timing::secondsToAccept).filter(Objects::nonNull).toList();
        List<Long> toComplete = timings.stream().map(Timing::secondsToComplete).filter(Objects::nonNull).toList();
        long completed = toComplete.size();
        OptionalDouble share = Derived.rate(completed, referrals, threshold);
        // the completed count is shown where its share is: the share and the count say the same thing
        OptionalLong shownCompleted = share.isPresent() ? OptionalLong.of(completed) : OptionalLong.empty();
        OptionalLong shownReferrals = referrals >= threshold ? OptionalLong.of(referrals) : OptionalLong.empty();
        return new Group(period, keys, shownReferrals, shownCompleted, share,
                Derived.quantile(toAccept, MEDIAN, threshold), Derived.quantile(toAccept, P90, threshold),
                Derived.quantile(toComplete, MEDIAN, threshold), Derived.quantile(toComplete, P90, threshold));
    }
}
