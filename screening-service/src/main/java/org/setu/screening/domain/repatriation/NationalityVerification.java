package org.setu.screening.domain.repatriation;

import org.setu.events.screening.VerificationStatus;
import java.time.LocalDate;

/**
 * A repatriation often waits until Bangladesh confirms that the person is its citizen (the mission abroad asks the
 * Ministry of Home Affairs, which asks the Special Branch of the police to check the address). The case shows that
 * step: where it stands, whose answer it waits on, and since when.
 */
public record NationalityVerification(VerificationStatus status, VerificationAuthority waitingOn, LocalDate since) {
}
