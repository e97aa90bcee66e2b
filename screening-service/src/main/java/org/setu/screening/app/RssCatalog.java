package org.setu.screening.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.setu.screening.domain.AnswerProblem;
import org.setu.screening.domain.reintegration.ReintegrationSurvey;
import org.setu.screening.domain.reintegration.RssScore;
import org.setu.screening.domain.reintegration.RssScoring;
import org.setu.screening.domain.reintegration.WarningSigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Reintegration Sustainability Survey versions this service serves and scores, read once at start-up from YAML
 * resources with the instruments' strict mapper. A broken survey stops the service from starting.
 */
@ApplicationScoped
public class RssCatalog {

    @Inject
    ScreeningSettings settings;

    private final List<ReintegrationSurvey> surveys = new ArrayList<>();

    private WarningSigns warningSigns;

    @PostConstruct
    void load() {
        ObjectMapper yaml = InstrumentCatalog.yamlMapper();
        for (String name : settings.reintegrationSurveys()) {
            ReintegrationSurvey survey = read(yaml, "reintegration/" + name + ".yaml");
            if (find(survey.code(), survey.version()).isPresent()) throw new IllegalStateException("survey listed twice: " + name);
            surveys.add(survey);
        }
        if (surveys.isEmpty()) throw new IllegalStateException("setu.screening.reintegration-surveys lists no survey");
        warningSigns = InstrumentCatalog.readChecked(yaml, "reintegration/" + settings.warningSigns() + ".yaml",
                WarningSigns.class, WarningSigns::mistakes, "warning signs");
    }

    public static ReintegrationSurvey read(ObjectMapper yaml, String resource) {
        return InstrumentCatalog.readChecked(yaml, resource, ReintegrationSurvey.class, ReintegrationSurvey::mistakes, "survey");
    }

    /** The warning signs asked beside the survey at each follow-up. */
    public WarningSigns warningSigns() {
        return warningSigns;
    }

    /** Every version served, in the configured order (oldest first). */
    public List<ReintegrationSurvey> all() {
        return List.copyOf(surveys);
    }

    /** The version new follow-ups use: the last one configured. */
    public ReintegrationSurvey current() {
        return surveys.get(surveys.size() - 1);
    }

    public Optional<ReintegrationSurvey> find(String code, int version) {
        return surveys.stream().filter(s -> s.code().equals(code) && s.version() == version).findFirst();
    }

    /** The survey the answers were given to, when they fit it; otherwise a 422 naming each question. */
    public ReintegrationSurvey checked(String code, int version, Map<String, Object> answers) {
        ReintegrationSurvey survey = find(code, version).orElseThrow(() -> new AnswersRejected(
                "there is no reintegration survey " + code + " v" + version + "; see GET /api/v1/reintegration/surveys", List.of()));
        List<AnswerProblem> problems = survey.check(answers);
        if (!problems.isEmpty()) throw new AnswersRejected("some answers do not fit survey " + survey.name(), problems);
        return survey;
    }

    /** The scores of answers to a survey version, checked first (422 when they do not fit). */
    public RssScore score(String code, int version, Map<String, Object> answers) {
        return RssScoring.score(checked(code, version, answers), answers);
    }
}
