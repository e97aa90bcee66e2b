package org.setu.events.screening;

/** Where a nationality verification stands: still waiting, or answered either way. */
public enum VerificationStatus { PENDING, VERIFIED, REFUSED }
