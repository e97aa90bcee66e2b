package org.setu.notification.domain;

import java.util.List;

/** The NRM coordinators' addresses, set in configuration: they are few, and they must not depend on the directory. */
public record Coordinators(List<String> emails, List<String> phones, String language) {

    public Coordinators {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }
}
