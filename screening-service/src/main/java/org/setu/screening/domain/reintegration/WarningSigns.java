package org.setu.screening.domain.reintegration;

import org.setu.screening.domain.AnswerProblem;
import org.setu.screening.domain.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The warning signs asked at a follow-up, kept as data: each a yes/no question that, answered yes, raises a risk.
 * A sign not asked, or answered "unknown", raises nothing: the case worker asks what fits the conversation.
 */
public record WarningSigns(String code, int version, List<ReintegrationSurvey.Source> sources, List<Sign> signs) {

    public static final Set<String> RISKS = Set.of("RE_MIGRATION_RISK", "TRAFFICKING_RISK");
    public static final List<String> ANSWERS = List.of("yes", "no", "unknown");

    public record Sign(String id, String raises, String basis, Text label) {
    }

    public WarningSigns {
        sources = sources == null ? List.of() : List.copyOf(sources);
        signs = signs == null ? List.of() : List.copyOf(signs);
    }

    /** The risks the answers raise, in a stable order. Answers are checked first ({@link #check}). */
    public Set<String> raised(Map<String, Object> answers) {
        Set<String> risks = new TreeSet<>();
        for (Sign s : signs) if ("yes".equals(answers.get(s.id()))) risks.add(s.raises());
        return risks;
    }

    public List<AnswerProblem> check(Map<String, Object> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        signs.forEach(s -> known.add(s.id()));
        for (Map.Entry<String, Object> a : answers.entrySet()) {
            if (!known.contains(a.getKey())) problems.add(new AnswerProblem(a.getKey(), "is not a warning sign of " + code + " v" + version));
            else if (!ANSWERS.contains(a.getValue())) problems.add(new AnswerProblem(a.getKey(), "must be one of " + ANSWERS));
        }
        return problems;
    }

    /** What makes the file unusable: a sign without a known risk, a label or a basis among the sources. */
    public List<String> mistakes() {
        List<String> out = new ArrayList<>();
        if (code == null || version < 1) out.add("code and version are required");
        Set<String> ids = new HashSet<>();
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        for (Sign s : signs) {
            if (!ids.add(s.id())) out.add("sign " + s.id() + " is listed twice");
            if (!RISKS.contains(s.raises())) out.add("sign " + s.id() + " raises an unknown risk " + s.raises());
            if (s.label() == null || s.label().en() == null || s.label().bn() == null) out.add("sign " + s.id() + " needs an English and a Bangla label");
            if (!sourceIds.contains(s.basis())) out.add("sign " + s.id() + " rests on an unknown source " + s.basis());
        }
        if (signs.isEmpty()) out.add("no signs");
        return out;
    }
}
