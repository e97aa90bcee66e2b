package org.setu.screening.domain;

import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.Strength;

import java.util.List;
import java.util.Optional;

/**
 * How far the evidence for one element goes: {@code POSITIVE} when the instrument's rule is met,
 * {@code SIGNS} when indicators were raised but not enough, {@code NONE} when nothing was raised.
 */
public record ElementFinding(Element element, Status status, List<RaisedIndicator> indicators, String reason) {

    public enum Status { POSITIVE, SIGNS, NONE }

    public ElementFinding {
        indicators = List.copyOf(indicators);
    }

    /** Applies the instrument's rule for this element to the indicators raised for it. */
    public static ElementFinding evaluate(Element element, List<RaisedIndicator> raised, List<Combination> rule) {
        if (raised.isEmpty()) return new ElementFinding(element, Status.NONE, raised, "");
        int strong = count(raised, Strength.STRONG), medium = count(raised, Strength.MEDIUM), weak = count(raised, Strength.WEAK);
        String found = strong + " strong, " + medium + " medium and " + weak + " weak indicator" + (raised.size() == 1 ? "" : "s");
        Optional<Combination> met = rule.stream().filter(c -> c.metBy(strong, medium, weak)).findFirst();
        String name = Words.capitalised(Words.of(element));
        return met.map(c -> new ElementFinding(element, Status.POSITIVE, raised,
                        name + " is positive: " + found + " meet the rule '" + c.describe() + "'."))
                .orElseGet(() -> new ElementFinding(element, Status.SIGNS, raised,
                        name + " shows signs but is not positive: " + found + " meet none of the rules ("
                                + String.join("; ", rule.stream().map(Combination::describe).toList()) + ")."));
    }

    private static int count(List<RaisedIndicator> raised, Strength strength) {
        return (int) raised.stream().filter(r -> r.indicator().strength() == strength).count();
    }

    public boolean positive() {
        return status == Status.POSITIVE;
    }

    public boolean hasStrongIndicator() {
        return indicators.stream().anyMatch(r -> r.indicator().strength() == Strength.STRONG);
    }
}
