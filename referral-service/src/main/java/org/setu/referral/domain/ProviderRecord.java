package org.setu.referral.domain;

import org.setu.events.text.Reason;

import java.time.Duration;

/**
 * How a provider (organization) answered the referrals it received: how many it answered or let expire, how many
 * it accepted, and its median time to answer.
 *
 * @param medianResponse null when it never answered yet
 */
public record ProviderRecord(int answered, int accepted, Duration medianResponse) {

    public static final ProviderRecord NONE = new ProviderRecord(0, 0, null);

    /**
     * Acceptances counted with one imagined acceptance and one imagined refusal (Laplace), so that a provider
     * without history starts at 50 %: neither ahead of a reliable one nor behind an unreliable one.
     */
    public double acceptanceRate() {
        return (accepted + 1.0) / (answered + 2.0);
    }

    public Reason describe() {
        if (answered == 0) return Reason.of("record.none");
        Reason median = medianResponse == null ? Reason.of("record.notTimed")
                : Reason.of("record.median", Reason.nested(humanize(medianResponse)));
        return Reason.of("record.accepted", Reason.value(accepted), Reason.value(answered), Reason.nested(median));
    }

    static Reason humanize(Duration d) {
        if (d.toHours() >= 48) return Reason.of("duration.days", Reason.value(d.toDays()));
        if (d.toMinutes() >= 120) return Reason.of("duration.hours", Reason.value(d.toHours()));
        return Reason.of("duration.minutes", Reason.value(Math.max(1, d.toMinutes())));
    }
}
