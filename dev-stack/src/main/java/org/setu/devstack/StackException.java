package org.setu.devstack;

import java.nio.file.Path;

/** A component failed: the message names it and carries the end of its log. */
public class StackException extends RuntimeException {

    private final String component;

    public StackException(String component, String problem, Path log) {
        super(component + ": " + problem + (log == null ? "" : System.lineSeparator()
                + "---- last lines of " + log + " ----" + System.lineSeparator() + ManagedProcess.tail(log, 40)));
        this.component = component;
    }

    public String component() {
        return component;
    }
}
