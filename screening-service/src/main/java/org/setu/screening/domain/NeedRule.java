package org.setu.screening.domain;

import org.setu.events.vocabulary.ServiceCategory;

/** A service category that a question adds to the needs when it is answered with {@code whenValue}. */
public record NeedRule(ServiceCategory category, Object whenValue) {
}
