package org.setu.directory.domain;

/** A policy's answer and the reason for it, in words a directory administrator understands. */
public record Decision(boolean allowed, String reason) {

    public static Decision allow(String reason) {
        return new Decision(true, reason);
    }

    public static Decision deny(String reason) {
        return new Decision(false, reason);
    }
}
