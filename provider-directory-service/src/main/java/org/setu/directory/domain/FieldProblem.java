package org.setu.directory.domain;

/** One field of a directory entry that breaks a rule: its JSON path and what is wrong, never the value. */
public record FieldProblem(String field, String message) {
}
