package org.setu.screening.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Lists kept as comma-separated codes in one column (languages, needs, consented services). */
final class Codes {

    private Codes() {
    }

    static String joined(List<? extends Object> values) {
        return String.join(",", values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).toList());
    }

    static <T> List<T> split(String joined, Function<String, T> parse) {
        if (joined == null || joined.isBlank()) return List.of();
        return Arrays.stream(joined.split(",")).map(parse).toList();
    }
}
