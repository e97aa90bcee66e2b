package org.setu.screening.api;

import org.setu.events.vocabulary.Element;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.screening.app.PracticeService;
import org.setu.screening.app.TraceText;
import org.setu.screening.app.Views;
import org.setu.screening.domain.ElementFinding;
import org.setu.screening.domain.PracticeCase;
import org.setu.screening.domain.PracticeComparison;
import org.setu.screening.domain.PracticeProgress;
import org.setu.screening.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the practice API answers, its texts in the reader's language (docs/screening.md, "Practice"). */
public final class PracticeViews {

    private PracticeViews() {
    }

    public record Summary(String id, String title, List<String> covers, String href) {
        static Summary of(PracticeCase c, String language) {
            return new Summary(c.id(), in(c.title(), language), c.covers(), "/api/v1/practice/cases/" + c.id());
        }
    }

    /** The story as the screener hears it, and the instrument to answer; the expert's answers come with the result. */
    public record CaseView(String id, String title, String story, Views.InstrumentRef instrument, Integer age,
                           List<String> languages) {
        static CaseView of(PracticeCase c, String language) {
            return new CaseView(c.id(), in(c.title(), language), in(c.story(), language),
                    new Views.InstrumentRef(c.instrument().code(), c.instrument().version()), c.person().age(),
                    c.person().languages());
        }
    }

    public record ElementView(Element element, ElementFinding.Status expected, ElementFinding.Status given, boolean agrees) {
    }

    /** A question: the expert's answer and why, the screener's, and the indicators that changed between them. */
    public record QuestionView(String questionId, Object expertAnswer, Object yourAnswer, boolean agrees,
                               List<String> missedIndicators, List<String> overReadIndicators, String note) {
    }

    public record Result(String caseId, UUID attemptId, Instant attemptedAt, boolean agrees, boolean classificationAgrees, boolean urgencyAgrees,
                         Views.OutcomeView expected, Views.OutcomeView yours, List<ElementView> elements,
                         Set<ServiceCategory> missedNeeds, Set<ServiceCategory> extraNeeds, List<QuestionView> questions) {

        static Result of(PracticeCase c, PracticeService.Attempted attempted, TraceText text, String language) {
            PracticeComparison p = attempted.comparison();
            List<QuestionView> questions = new ArrayList<>();
            Map<String, PracticeComparison.QuestionDifference> differences = new HashMap<>();
            p.differences().forEach(d -> differences.put(d.questionId(), d));
            // every question the expert answered, with its teaching note; then those only the screener answered
            c.answers().forEach((q, expert) -> {
                var d = differences.remove(q);
                questions.add(d == null ? new QuestionView(q, expert, expert, true, List.of(), List.of(), note(c, q, language))
                        : new QuestionView(q, expert, d.givenAnswer(), false, d.missedIndicators(), d.overReadIndicators(),
                        note(c, q, language)));
            });
            differences.values().forEach(d -> questions.add(new QuestionView(d.questionId(), null, d.givenAnswer(), false,
                    d.missedIndicators(), d.overReadIndicators(), null)));
            return new Result(c.id(), attempted.id(), attempted.at(), p.agrees(), p.classificationAgrees(), p.urgencyAgrees(),
                    outcome(p.expected(), text, language), outcome(p.given(), text, language),
                    p.elements().stream().map(e -> new ElementView(e.element(), e.expected(), e.given(), e.agrees())).toList(),
                    p.missedNeeds(), p.extraNeeds(), questions);
        }

        private static Views.OutcomeView outcome(org.setu.screening.domain.ScreeningOutcome o, TraceText text, String language) {
            return Views.OutcomeView.of(o.classification(), o.urgency(), o.needs(), o.trace(), text, language);
        }

        private static String note(PracticeCase c, String question, String language) {
            Text t = c.notes().get(question);
            return t == null ? null : in(t, language);
        }
    }

    /** An assignment, and for each of its cases whether the screener has attempted it since. */
    public record AssignmentView(UUID id, String screener, List<AssignedCaseView> cases, LocalDate dueOn, String assignedBy,
                                 Instant assignedAt) {
        static AssignmentView of(PracticeService.Assigned a, String language) {
            var x = a.assignment();
            return new AssignmentView(x.id(), x.screener(), a.cases().stream().map(c -> new AssignedCaseView(c.practiceCase().id(),
                    in(c.practiceCase().title(), language), c.done(), c.lastAgrees())).toList(), x.dueOn(), x.assignedBy(),
                    x.assignedAt());
        }
    }

    public record AssignedCaseView(String id, String title, boolean done, Boolean lastAgrees) {
    }

    /** Agreement with the experts' readings: in all, per aspect, per case and per month (Asia/Dhaka). */
    public record ProgressView(String screener, int attempts, int agreed, List<AspectView> aspects, List<CaseProgressView> cases,
                               List<MonthView> months) {
        static ProgressView of(PracticeProgress p, PracticeService practice, TraceText text, String language) {
            return new ProgressView(p.screener(), p.overall().attempts(), p.overall().agreed(),
                    p.aspects().stream().map(a -> new AspectView(a.aspect(), text.word(aspectKey(a.aspect()), language),
                            a.tally().attempts(), a.tally().agreed())).toList(),
                    p.cases().stream().map(c -> new CaseProgressView(c.caseId(), title(practice, c.caseId(), language),
                            c.tally().attempts(), c.tally().agreed(), c.lastAttemptAt(), c.lastAgrees())).toList(),
                    p.months().stream().map(m -> new MonthView(m.month().toString(), m.tally().attempts(), m.tally().agreed())).toList());
        }

        private static String aspectKey(String aspect) {
            return aspect.startsWith(PracticeProgress.ELEMENT) ? aspect : "aspect." + aspect;
        }

        private static String title(PracticeService practice, String caseId, String language) {
            return practice.find(caseId).map(c -> in(c.title(), language)).orElse(caseId);
        }
    }

    public record AspectView(String aspect, String label, int attempts, int agreed) {
    }

    public record CaseProgressView(String caseId, String title, int attempts, int agreed, Instant lastAttemptAt, boolean lastAgrees) {
    }

    public record MonthView(String month, int attempts, int agreed) {
    }

    public record AgencyProgressView(ProgressView cohort, List<ProgressView> screeners) {
    }

    static String in(Text t, String language) {
        return "bn".equals(language) && t.bn() != null ? t.bn() : t.en();
    }
}
