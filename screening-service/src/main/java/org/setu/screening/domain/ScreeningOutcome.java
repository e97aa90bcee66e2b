package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.AgeBand;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.util.List;

/** What a screening concluded: classification, urgency, needs, and the trace that explains them. */
public record ScreeningOutcome(Classification classification, Urgency urgency, List<ServiceCategory> needs,
                               List<Reason> trace, boolean child, AgeBand ageBand, List<ElementFinding> elements) {

    public ScreeningOutcome {
        needs = List.copyOf(needs);
        trace = List.copyOf(trace);
        elements = List.copyOf(elements);
    }
}
