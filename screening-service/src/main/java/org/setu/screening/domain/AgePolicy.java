package org.setu.screening.domain;

import org.setu.events.text.Reason;
import org.setu.events.vocabulary.AgeBand;

import java.time.LocalDate;
import java.time.Period;

/** Who counts as a child, and the age band that travels in events instead of a date of birth. */
public final class AgePolicy {

    public static final int ADULT_AGE = 18;

    private AgePolicy() {
    }

    /** Age in whole years on the day of the screening; from the date of birth if known, else the worker's estimate. */
    public static Integer ageOn(LocalDate screenedOn, LocalDate dateOfBirth, Integer estimate) {
        if (dateOfBirth != null) return Math.max(0, Period.between(dateOfBirth, screenedOn).getYears());
        return estimate;
    }

    /**
     * Under 18 is a child (Palermo Protocol art. 3(d)). When the age is not known but the person shows signs of
     * a child, they are treated as one: wrongly treating a child as an adult costs far more than the reverse.
     */
    public static Verdict child(Integer age, boolean signsOfChild) {
        if (age != null) {
            return age < ADULT_AGE
                    ? Verdict.positive(Reason.of("age.child", Reason.value(age), Reason.value(ADULT_AGE)))
                    : Verdict.negative(Reason.of("age.adult", Reason.value(age)));
        }
        return signsOfChild
                ? Verdict.positive(Reason.of("age.unknownChild"))
                : Verdict.negative(Reason.of("age.unknownAdult"));
    }

    /** A presumed child of unknown age gets the older child band, so that child services still match. */
    public static AgeBand band(Integer age, boolean child) {
        if (age != null) return AgeBand.of(age);
        return child ? AgeBand.CHILD_12_17 : AgeBand.UNKNOWN;
    }
}
