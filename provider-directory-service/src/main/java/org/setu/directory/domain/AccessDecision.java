package org.setu.directory.domain;

/** What {@link DirectoryAccess} answers: allowed or denied, and why, in words a directory administrator understands. */
public record AccessDecision(boolean allowed, String reason) {

    public static AccessDecision allow(String reason) {
        return new AccessDecision(true, reason);
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason);
    }
}
