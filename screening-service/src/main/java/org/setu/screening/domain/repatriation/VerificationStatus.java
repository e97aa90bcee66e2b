package org.setu.screening.domain.repatriation;

/** Where a nationality verification stands: still waiting, or answered either way. */
public enum VerificationStatus { PENDING, VERIFIED, REFUSED }
