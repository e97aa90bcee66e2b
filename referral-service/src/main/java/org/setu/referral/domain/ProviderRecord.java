package org.setu.referral.domain;

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

    public String describe() {
        if (answered == 0) return "no referral history yet";
        String median = medianResponse == null ? "no answer timed yet"
                : "median answer in " + humanize(medianResponse);
        return accepted + " of " + answered + " referrals accepted, " + median;
    }

    static String humanize(Duration d) {
        if (d.toHours() >= 48) return d.toDays() + " days";
        if (d.toMinutes() >= 120) return d.toHours() + " h";
        return Math.max(1, d.toMinutes()) + " min";
    }
}
