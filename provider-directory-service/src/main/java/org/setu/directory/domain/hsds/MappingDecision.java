package org.setu.directory.domain.hsds;

import java.util.List;
import java.util.Optional;

/**
 * What a mapping policy decided for one field of another publisher's record: a value taken as the publisher wrote
 * it, a value Setu had to assume (and why, in words for the directory admin who reads the import report), or no
 * value (and why not).
 */
public record MappingDecision<T>(T value, List<String> assumptions, String refusal) {

    public MappingDecision {
        assumptions = List.copyOf(assumptions);
    }

    public static <T> MappingDecision<T> exact(T value) {
        return new MappingDecision<>(value, List.of(), null);
    }

    public static <T> MappingDecision<T> assumed(T value, String assumption) {
        return new MappingDecision<>(value, List.of(assumption), null);
    }

    public static <T> MappingDecision<T> assumed(T value, List<String> assumptions) {
        return new MappingDecision<>(value, assumptions, null);
    }

    public static <T> MappingDecision<T> refused(String why) {
        return new MappingDecision<>(null, List.of(), why);
    }

    public boolean mapped() {
        return refusal == null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }
}
