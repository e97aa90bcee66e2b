package org.setu.statistics.domain;

import org.setu.statistics.domain.disclosure.Derived;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * How an organization answered the referrals sent to it: each sending (a re-routed referral counts for each
 * organization tried) and its answer, accepted, declined or let expire. The acceptance rate is over the answered ones.
 */
public final class ProviderPerformance {

    private static final double MEDIAN = 0.5;
    private static final double P90 = 0.9;

    private ProviderPerformance() {
    }

    /** One sending: the answer (ACCEPTED, DECLINED, EXPIRED, or null while none came) and the seconds it took. */
    public record Answer(UUID organizationId, String answer, Long secondsToAnswer) {
    }

    /** A service's name in English and Bangla, as the directory gives it. */
    public record ServiceName(String en, String bn) {
    }

    /** An organization's figures; an empty optional is a figure withheld because it is under the threshold. */
    public record Figures(UUID organizationId, OptionalLong sent, OptionalLong accepted, OptionalLong declined,
                          OptionalLong expired, OptionalDouble acceptanceRate, OptionalLong medianSecondsToAnswer,
                          OptionalLong p90SecondsToAnswer) {
    }

    public static Figures of(UUID organization, List<Answer> answers, int threshold) {
        long accepted = count(answers, "ACCEPTED");
        long declined = count(answers, "DECLINED");
        long expired = count(answers, "EXPIRED");
        List<Long> times = answers.stream().map(Answer::secondsToAnswer).filter(Objects::nonNull).toList();
        return new Figures(organization, shown(answers.size(), threshold), shown(accepted, threshold),
                shown(declined, threshold), shown(expired, threshold),
                Derived.rate(accepted, accepted + declined + expired, threshold),
                Derived.quantile(times, MEDIAN, threshold), Derived.quantile(times, P90, threshold));
    }

    private static long count(List<Answer> answers, String answer) {
        return answers.stream().filter(a -> answer.equals(a.answer())).count();
    }

    /** A count is shown when it is 0 or at least the threshold. */
    private static OptionalLong shown(long count, int threshold) {
        return count == 0 || count >= threshold ? OptionalLong.of(count) : OptionalLong.empty();
    }
}
