package org.setu.screening.domain.reintegration;

import org.setu.events.text.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a follow-up asks of the case worker next. A raised risk of trafficking or of migrating again proposes a new
 * screening, because the first one no longer describes the person's situation. A dimension whose score fell by the
 * set drop since the last follow-up that reached the person proposes new referrals in that dimension.
 */
public final class FollowUpReview {

    public static final String NEW_SCREENING = "NEW_SCREENING";
    public static final String REFERRALS = "REFERRALS";

    /** @param dimension null for a new screening */
    public record Proposal(String code, String dimension, Reason reason) {
    }

    private FollowUpReview() {
    }

    private static Reason.Value number(double v) {
        return Reason.value(String.format(Locale.ROOT, "%.2f", v));
    }

    /** @param previous the last earlier follow-up's scores that reached the person, or null for the first */
    public static List<Proposal> proposals(Set<String> risks, RssScore previous, RssScore current, double drop) {
        List<Proposal> out = new ArrayList<>();
        if (!risks.isEmpty()) {
            out.add(new Proposal(NEW_SCREENING, null, Reason.of("followUp.newScreening",
                    Reason.joined("join.comma", risks.stream().sorted().map(r -> Reason.term("risk." + r)).toList()))));
        }
        if (previous == null || current == null) return out;
        for (RssScore.DimensionScore now : current.dimensions()) {
            Double before = previous.dimension(now.dimension()).orElse(null);
            if (before == null || now.score() == null) continue;
            if (before - now.score() >= drop - 1e-9) {
                out.add(new Proposal(REFERRALS, now.dimension(), Reason.of("followUp.fell", Reason.term("dimension." + now.dimension()),
                        number(before), number(now.score()))));
            }
        }
        return out;
    }
}
