package org.setu.statistics.domain;

import java.util.EnumSet;
import java.util.Set;

import static org.setu.statistics.domain.Dimension.AGENCY;
import static org.setu.statistics.domain.Dimension.AGE_BAND;
import static org.setu.statistics.domain.Dimension.CATEGORY;
import static org.setu.statistics.domain.Dimension.CHANNEL;
import static org.setu.statistics.domain.Dimension.CHILD;
import static org.setu.statistics.domain.Dimension.CLASSIFICATION;
import static org.setu.statistics.domain.Dimension.CONTEXT;
import static org.setu.statistics.domain.Dimension.DISTRICT;
import static org.setu.statistics.domain.Dimension.DIVISION;
import static org.setu.statistics.domain.Dimension.NATIONALITY;
import static org.setu.statistics.domain.Dimension.OUTCOME;
import static org.setu.statistics.domain.Dimension.REASON;
import static org.setu.statistics.domain.Dimension.SEX;

/** The counts the statistics service publishes (docs/statistics.md, "Indicators"). */
public enum Indicator {
    /** people screened, by the day of their first screening */
    SCREENINGS("screenings", EnumSet.of(DIVISION, DISTRICT, AGENCY, CONTEXT, SEX, AGE_BAND, CHILD, NATIONALITY, CLASSIFICATION)),
    /** referral transitions, by the day they happened */
    REFERRALS("referrals", EnumSet.of(CATEGORY, OUTCOME, REASON, DIVISION, DISTRICT, AGENCY, CONTEXT, SEX, AGE_BAND, CHILD,
            NATIONALITY, CLASSIFICATION)),
    /** needs no service could be matched for, by the day routing gave up */
    UNMET_NEEDS("unmet-needs", EnumSet.of(CATEGORY, REASON, DIVISION, DISTRICT, AGENCY, SEX, AGE_BAND, CHILD, CLASSIFICATION)),
    /**
     * follow-ups after a return by how they went: ON_TIME, LATE (a day of the plan kept after its window), NOT_REACHED
     * (an attempt), UNSCHEDULED (a contact for no day of the plan); by the day of the contact
     */
    FOLLOW_UPS("follow-ups", EnumSet.of(OUTCOME, DIVISION, DISTRICT, AGENCY, SEX, CHILD, CLASSIFICATION)),
    /** notifications by how they ended (DELIVERED or FAILED), by the day they ended */
    NOTIFICATIONS("notifications", EnumSet.of(CHANNEL, OUTCOME));

    private final String path;
    private final Set<Dimension> dimensions;

    Indicator(String path, Set<Dimension> dimensions) {
        this.path = path;
        this.dimensions = dimensions;
    }

    public String path() {
        return path;
    }

    public boolean allows(Dimension d) {
        return dimensions.contains(d);
    }

    public Set<Dimension> dimensions() {
        return EnumSet.copyOf(dimensions);
    }

    public static Indicator ofPath(String path) {
        for (Indicator i : values()) {
            if (i.path.equals(path)) return i;
        }
        throw new IllegalArgumentException(path);
    }
}
