package org.setu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of a list of durations in milliseconds. */
public final class Percentiles {

    private final List<Double> sorted;

    public Percentiles(List<Double> values) {
        this.sorted = new ArrayList<>(values);
        Collections.sort(sorted);
    }

    public int count() {
        return sorted.size();
    }

    /** The value at or below which {@code p} (0–1) of the values lie; NaN when there are none. */
    public double at(double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public double max() {
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
    }
}
