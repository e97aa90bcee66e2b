package org.setu.screening.domain.reintegration;

import org.setu.events.text.Reason;
import org.setu.screening.domain.Verdict;

import java.util.List;

/**
 * When a case may be closed as lost contact: after a set number of attempts in a row that did not reach the person.
 * A single reached follow-up starts the count again, because it shows the person can still be found.
 */
public final class ContactPolicy {

    private ContactPolicy() {
    }

    /** @param reachedInOrder whether each follow-up attempt reached the person, oldest first */
    public static Verdict lostContact(List<Boolean> reachedInOrder, int attemptsNeeded) {
        int unanswered = 0;
        for (int i = reachedInOrder.size() - 1; i >= 0 && !reachedInOrder.get(i); i--) unanswered++;
        Reason because = Reason.of("contact.unanswered", Reason.value(unanswered), Reason.value(attemptsNeeded));
        return unanswered >= attemptsNeeded ? Verdict.positive(because) : Verdict.negative(because);
    }
}
