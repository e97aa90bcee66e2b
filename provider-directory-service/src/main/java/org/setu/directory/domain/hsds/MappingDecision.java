package org.setu.directory.domain.hsds;

import org.setu.events.text.Reason;

import java.util.List;
import java.util.Optional;

/**
 * What a mapping policy decided for one field of another publisher's record: a value taken as the publisher wrote
 * it, a value Setu had to assume (and why, in words for the directory admin who reads the import report), or no
 * value (and why not). The why is a {@link Reason}, rendered in the admin's language by the import report.
 */
public record MappingDecision<T>(T value, List<Reason> assumptions, Reason refusal) {

    public MappingDecision {
        assumptions = List.copyOf(assumptions);
    }

    public static <T> MappingDecision<T> exact(T value) {
        return new MappingDecision<>(value, List.of(), null);
    }

    public static <T> MappingDecision<T> assumed(T value, Reason assumption) {
        return new MappingDecision<>(value, List.of(assumption), null);
    }

    public static <T> MappingDecision<T> assumed(T value, List<Reason> assumptions) {
        return new MappingDecision<>(value, assumptions, null);
    }

    public static <T> MappingDecision<T> refused(Reason why) {
        return new MappingDecision<>(null, List.of(), why);
    }

    /**
     * What the publisher wrote (a phone number, an id, a service area's name), quoted in the report as written in
     * either language: a plain {@link Reason#value} would write an all-digit one such as 01711000000 in Bangla digits.
     */
    public static Reason.Label asWritten(Object written) {
        String s = String.valueOf(written);
        return new Reason.Label(s, s);
    }

    public boolean mapped() {
        return refusal == null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }
}
