package org.setu.events.testing;

import java.util.List;

/** A payload that does not keep to its event type's schema; the message lists every problem. */
public class InvalidEventException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidEventException(String type, List<String> problems) {
        super(type + " does not keep to its schema: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
