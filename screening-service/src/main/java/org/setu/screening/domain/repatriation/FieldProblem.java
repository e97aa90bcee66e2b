package org.setu.screening.domain.repatriation;

/** A field of a planned return that breaks a rule, and the rule in words; never the value. */
public record FieldProblem(String field, String message) {
}
