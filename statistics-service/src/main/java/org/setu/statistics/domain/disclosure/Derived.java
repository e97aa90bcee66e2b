package org.setu.statistics.domain.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Figures derived from counts, which can give a small count away as surely as the count itself: 1 of 20 is 5%, and
 * the median of three times to accept is one person's time.
 */
public final class Derived {

    private Derived() {
    }

    /**
     * {@code numerator / denominator}, shown only when neither it nor its complement can be turned back into a small
     * count: the denominator is at least the threshold, and both the numerator and {@code denominator - numerator}
     * are 0 or at least the threshold (95% of 20 would say that 1 was not accepted). Pass counts that are themselves
     * published: a rate beside a withheld denominator gives the denominator away.
     */
    public static OptionalDouble rate(long numerator, long denominator, int threshold) {
        Suppression.usable(threshold);
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a rate's numerator is a part of its denominator: " + numerator + " of " + denominator);
        }
        boolean safe = denominator >= threshold
                && zeroOrAtLeast(numerator, threshold)
                && zeroOrAtLeast(denominator - numerator, threshold);
        return safe ? OptionalDouble.of((double) numerator / denominator) : OptionalDouble.empty();
    }

    /**
     * The q-quantile by nearest rank: the smallest observation with at least {@code q * n} observations at or below
     * it, that is the {@code ceil(q * n)}-th smallest (the first for q = 0). It is always an observed value, never
     * an average of two. Shown only when there are at least threshold observations. The median is q = 0.5, the 90th
     * percentile q = 0.9.
     */
    public static OptionalLong quantile(List<Long> observations, double q, int threshold) {
        Suppression.usable(threshold);
        if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("a quantile is between 0 and 1: " + q);
        if (observations.size() < threshold) return OptionalLong.empty();
        List<Long> sorted = new ArrayList<>(observations);
        sorted.sort(null);
        // the epsilon keeps 0.9 * 10 from rounding up to the 11th of ten
        int rank = Math.max(1, (int) Math.ceil(q * sorted.size() - 1e-9));
        return OptionalLong.of(sorted.get(rank - 1));
    }

    private static boolean zeroOrAtLeast(long count, int threshold) {
        return count == 0 || count >= threshold;
    }
}
