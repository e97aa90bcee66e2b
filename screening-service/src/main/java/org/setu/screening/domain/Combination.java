package org.setu.screening.domain;

import org.setu.events.text.Reason;

import java.util.ArrayList;
import java.util.List;

/**
 * One way for an element to be positive: at least so many strong, medium and weak indicators, where a
 * stronger indicator can stand in for a weaker one ({@code strong: 1, weak: 1} is "one strong and one more
 * of any grade"). The ILO/EC rule is a list of these, and an element is positive when any one is met.
 */
public record Combination(int strong, int medium, int weak) {

    public Combination {
        if (strong < 0 || medium < 0 || weak < 0 || strong + medium + weak == 0) {
            throw new IllegalArgumentException("a combination needs at least one indicator and no negative counts");
        }
    }

    public boolean metBy(int strongFound, int mediumFound, int weakFound) {
        if (strongFound < strong) return false;
        int spareStrong = strongFound - strong;
        int mediumShort = Math.max(0, medium - mediumFound);
        if (spareStrong < mediumShort) return false;
        int spare = (spareStrong - mediumShort) + Math.max(0, mediumFound - medium) + weakFound;
        return spare >= weak;
    }

    /** "1 strong + 1 more", "3 medium or stronger": how the rule reads in a trace. */
    public Reason.Joined describe() {
        List<Reason.Arg> parts = new ArrayList<>();
        if (strong > 0) parts.add(Reason.nested(Reason.of("rule.strong", Reason.value(strong))));
        if (medium > 0) parts.add(Reason.nested(Reason.of("rule.medium", Reason.value(medium))));
        if (weak > 0) parts.add(Reason.nested(Reason.of(parts.isEmpty() ? "rule.any" : "rule.more", Reason.value(weak))));
        return new Reason.Joined("join.plus", parts);
    }
}
