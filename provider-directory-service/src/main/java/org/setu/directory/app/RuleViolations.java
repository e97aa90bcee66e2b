package org.setu.directory.app;

import org.setu.directory.domain.FieldProblem;

import java.util.List;

/** A directory entry breaks rules of the directory (unknown codes, impossible capacity): a 400 naming each field. */
public class RuleViolations extends RuntimeException {

    private final List<FieldProblem> problems;

    public RuleViolations(List<FieldProblem> problems) {
        super("directory rules broken", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) throw new RuleViolations(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
