package org.setu.screening.domain;

import org.setu.events.vocabulary.Element;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How often a screener's (or a cohort's) readings agreed with the experts': in all, per aspect of the outcome
 * (classification, urgency, needs, each element of the definition), per practice case, and per month.
 *
 * @param screener the user name, or null for a cohort
 */
public record PracticeProgress(String screener, Tally overall, List<AspectTally> aspects, List<CaseTally> cases,
                               List<MonthTally> months) {

    public static final String CLASSIFICATION = "classification";
    public static final String URGENCY = "urgency";
    public static final String NEEDS = "needs";
    public static final String ELEMENT = "element.";

    public record Tally(int attempts, int agreed) {
        Tally plus(boolean agrees) {
            return new Tally(attempts + 1, agreed + (agrees ? 1 : 0));
        }
    }

    public record AspectTally(String aspect, Tally tally) {
    }

    public record CaseTally(String caseId, Tally tally, Instant lastAttemptAt, boolean lastAgrees) {
    }

    public record MonthTally(YearMonth month, Tally tally) {
    }

    public PracticeProgress {
        aspects = List.copyOf(aspects);
        cases = List.copyOf(cases);
        months = List.copyOf(months);
    }

    /** @param zone where the months begin and end: the agencies' own (Asia/Dhaka) */
    public static PracticeProgress of(String screener, List<PracticeRecord> records, ZoneId zone) {
        List<PracticeRecord> inOrder = records.stream().sorted(Comparator.comparing(PracticeRecord::attemptedAt)).toList();
        return new PracticeProgress(screener, tally(inOrder, r -> true, PracticeRecord::agrees), aspects(inOrder),
                cases(inOrder), months(inOrder, zone));
    }

    private static List<AspectTally> aspects(List<PracticeRecord> records) {
        List<AspectTally> out = new ArrayList<>();
        out.add(new AspectTally(CLASSIFICATION, tally(records, r -> true, PracticeRecord::classificationAgrees)));
        out.add(new AspectTally(URGENCY, tally(records, r -> true, PracticeRecord::urgencyAgrees)));
        out.add(new AspectTally(NEEDS, tally(records, r -> true, PracticeRecord::needsAgree)));
        for (Element e : Element.values()) {
            // an element counts only where the attempt's comparison judged it
            Tally t = tally(records, r -> r.elementsAgreed().contains(e) || r.elementsDiffering().contains(e),
                    r -> r.elementsAgreed().contains(e));
            if (t.attempts() > 0) out.add(new AspectTally(ELEMENT + e.name(), t));
        }
        return out;
    }

    private static List<CaseTally> cases(List<PracticeRecord> records) {
        Map<String, List<PracticeRecord>> byCase = new TreeMap<>();
        records.forEach(r -> byCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
        List<CaseTally> out = new ArrayList<>();
        byCase.forEach((id, rs) -> {
            PracticeRecord last = rs.get(rs.size() - 1);
            out.add(new CaseTally(id, tally(rs, r -> true, PracticeRecord::agrees), last.attemptedAt(), last.agrees()));
        });
        return out;
    }

    private static List<MonthTally> months(List<PracticeRecord> records, ZoneId zone) {
        Map<YearMonth, Tally> byMonth = new LinkedHashMap<>();
        records.forEach(r -> byMonth.merge(YearMonth.from(r.attemptedAt().atZone(zone)), new Tally(1, r.agrees() ? 1 : 0),
                (a, b) -> new Tally(a.attempts() + b.attempts(), a.agreed() + b.agreed())));
        return byMonth.entrySet().stream().map(e -> new MonthTally(e.getKey(), e.getValue())).toList();
    }

    private static Tally tally(List<PracticeRecord> records, Predicate<PracticeRecord> counts, Predicate<PracticeRecord> agrees) {
        Tally t = new Tally(0, 0);
        for (PracticeRecord r : records) {
            if (counts.test(r)) t = t.plus(agrees.test(r));
        }
        return t;
    }
}
