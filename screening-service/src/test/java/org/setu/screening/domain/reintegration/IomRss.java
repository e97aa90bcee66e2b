package org.setu.screening.domain.reintegration;

import org.setu.screening.app.InstrumentCatalog;
import org.setu.screening.app.RssCatalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** The real survey, and a short way to write a follow-up's answers in a test table. */
final class IomRss {

    static final ReintegrationSurvey V1 = RssCatalog.read(InstrumentCatalog.yamlMapper(), "reintegration/iom-rss/v1.yaml");

    /** Every question answered with the option that scores 1: a person reintegrated in every respect. */
    static final String BEST = "income-source=regular; food-cut-back=never; debt-burden=no-debt; can-borrow=yes; "
            + "work-status=full-time; economic-satisfaction=very-satisfied; "
            + "housing=secure; health-care=always; children-in-school=all; identity-documents=yes; justice-access=yes; "
            + "public-support=yes; "
            + "someone-to-rely-on=several; social-activities=often; feels-part-of-community=yes; "
            + "treated-badly-for-returning=never; distress=never; feels-safe=always";

    private IomRss() {
    }

    /** {@link #BEST}, with the answers of {@code changes} ({@code "question=option; ..."}) instead. */
    static Map<String, Object> answers(String changes) {
        Map<String, Object> answers = parse(BEST);
        if (changes != null) answers.putAll(parse(changes));
        return answers;
    }

    private static Map<String, Object> parse(String spec) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String part : spec.split(";")) {
            if (part.isBlank()) continue;
            String[] kv = part.trim().split("=", 2);
            answers.put(kv[0].trim(), kv[1].trim());
        }
        return answers;
    }
}
