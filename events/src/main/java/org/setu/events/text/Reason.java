package org.setu.events.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A sentence a service writes for people, in no language: a message code and its arguments. Services keep it as it
 * is (the screening's decision trace, a referral's explanation) and render it in the reader's language, English or
 * Bangla, from their message bundles, so that what was decided today reads in either language tomorrow. It never
 * travels in an event: events carry codes, not sentences.
 */
public record Reason(String code, List<Arg> args) {

    public Reason {
        args = List.copyOf(args);
    }

    /** What a message's placeholder holds. */
    public sealed interface Arg permits Value, Term, Label, Nested, Joined {
    }

    /** Shown as it is in every language (a plain number in the reader's digits): a count, a code, a service's name. */
    public record Value(String value) implements Arg {
    }

    /** A word of the bundle's vocabulary, translated: {@code category.SHELTER}, {@code element.EXPLOITATION}. */
    public record Term(String key) implements Arg {
    }

    /** A text that carries its own English and Bangla, such as an instrument's answer label. */
    public record Label(String en, String bn) implements Arg {
    }

    /** A reason inside another: "Needs SHELTER: {why there}." */
    public record Nested(Reason reason) implements Arg {
    }

    /** Several arguments joined by the language's word for it: {@code join.and}, {@code join.comma}. */
    public record Joined(String joiner, List<Arg> items) implements Arg {
        public Joined {
            items = List.copyOf(items);
        }
    }

    public static Reason of(String code, Arg... args) {
        return new Reason(code, Arrays.asList(args));
    }

    public static Value value(Object v) {
        return new Value(String.valueOf(v));
    }

    public static Term term(String key) {
        return new Term(key);
    }

    /** A word of the vocabulary; a value not known (null) is the word {@code <prefix>.UNKNOWN}. */
    public static Term term(String prefix, Enum<?> e) {
        return new Term(prefix + "." + (e == null ? "UNKNOWN" : e.name()));
    }

    public static Nested nested(Reason r) {
        return new Nested(r);
    }

    public static Joined joined(String joiner, List<? extends Arg> items) {
        return new Joined(joiner, List.copyOf(items));
    }

    public static Joined and(List<? extends Arg> items) {
        return joined("join.and", items);
    }

    /** Codes, sorted, as one list: "IN, NP" in English. */
    public static Joined listOf(Collection<String> codes) {
        return joined("join.comma", codes.stream().sorted().map(Reason::value).toList());
    }

    /** Words of the vocabulary, in their declared order, as one list: "FEMALE, MALE" in English. */
    public static <E extends Enum<E>> Joined termsOf(String prefix, Collection<E> values) {
        return joined("join.comma", values.stream().sorted().map(e -> term(prefix, e)).toList());
    }

    /** Whether this reason is the given message, for a policy that looks at what another one said. */
    public boolean is(String messageCode) {
        return code.equals(messageCode);
    }
}
