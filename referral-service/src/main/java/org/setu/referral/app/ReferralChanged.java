package org.setu.referral.app;

import org.setu.referral.domain.Referral;

/** A referral as it was committed; observed after commit by the live stream. */
public record ReferralChanged(Referral referral) {
}
