package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.Strength;

import java.util.List;
import java.util.Optional;

/**
 * How far the evidence for one element goes: {@code POSITIVE} when the instrument's rule is met,
 * {@code SIGNS} when indicators were raised but not enough, {@code NONE} when nothing was raised.
 */
public record ElementFinding(Element element, Status status, List<RaisedIndicator> indicators, Reason reason) {

    public enum Status { POSITIVE, SIGNS, NONE }

    public ElementFinding {
        indicators = List.copyOf(indicators);
    }

    /** Applies the instrument's rule for this element to the indicators raised for it. */
    public static ElementFinding evaluate(Element element, List<RaisedIndicator> raised, List<Combination> rule) {
        if (raised.isEmpty()) return new ElementFinding(element, Status.NONE, raised, null);
        int strong = count(raised, Strength.STRONG), medium = count(raised, Strength.MEDIUM), weak = count(raised, Strength.WEAK);
        Reason found = Reason.of(raised.size() == 1 ? "counts.one" : "counts.many", Reason.value(strong), Reason.value(medium),
                Reason.value(weak));
        Optional<Combination> met = rule.stream().filter(c -> c.metBy(strong, medium, weak)).findFirst();
        return met.map(c -> new ElementFinding(element, Status.POSITIVE, raised,
                        Reason.of("element.positive", Words.of(element), Reason.nested(found), c.describe())))
                .orElseGet(() -> new ElementFinding(element, Status.SIGNS, raised,
                        Reason.of("element.signs", Words.of(element), Reason.nested(found),
                                new Reason.Joined("join.semicolon", rule.stream().map(Combination::describe).map(Reason.Arg.class::cast).toList()))));
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
