package org.setu.screening.domain;

import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.Strength;

/**
 * An indicator a question raises when it is answered with {@code whenValue} (a NUMBER question may instead
 * give {@code whenAtLeast}). The grade is data, because the ILO/EC grades differ between adults and
 * children and may be corrected: an indicator marked {@code childOnly} or {@code adultOnly} counts only for
 * that variant of the list.
 */
public record Indicator(String code, Element element, Strength strength, Object whenValue, Double whenAtLeast,
                        boolean childOnly, boolean adultOnly) {

    public boolean countsFor(boolean child) {
        return child ? !adultOnly : !childOnly;
    }
}
