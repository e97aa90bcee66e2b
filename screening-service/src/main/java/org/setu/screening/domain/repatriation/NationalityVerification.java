package org.setu.screening.domain.repatriation;

import java.time.LocalDate;

/**
 * A repatriation often waits until Bangladesh confirms that the person is its citizen (the mission abroad asks the
 * Ministry of Home Affairs, which asks the Special Branch of the police to check the address). The case shows that
 * step: where it stands, whose answer it waits on, and since when.
 */
public record NationalityVerification(Status status, Authority waitingOn, LocalDate since) {

    public enum Status { PENDING, VERIFIED, REFUSED }

    /** Who holds the step: Bangladesh's mission abroad, the ministry, the police, or the country the person is in. */
    public enum Authority { BD_MISSION, MINISTRY_OF_HOME_AFFAIRS, SPECIAL_BRANCH_POLICE, DESTINATION_AUTHORITIES, OTHER }
}
