package org.setu.screening.domain.repatriation;

/** Who holds a nationality verification: Bangladesh's mission abroad, the ministry, the police, or the country the person is in. */
public enum VerificationAuthority { BD_MISSION, MINISTRY_OF_HOME_AFFAIRS, SPECIAL_BRANCH_POLICE, DESTINATION_AUTHORITIES, OTHER }
