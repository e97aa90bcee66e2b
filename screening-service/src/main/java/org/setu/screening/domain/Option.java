package org.setu.screening.domain;

/** One choice of a SINGLE_CHOICE or MULTI_CHOICE question (or a consent share level). */
public record Option(String value, Text label) {
}
