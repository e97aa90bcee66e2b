package org.setu.statistics.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setu.events.notification.Channel;
import org.setu.events.screening.ScreeningContext;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Sex;
import org.setu.statistics.domain.StepKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's words: whole in both languages, the portal's Bangla terms, districts by name. */
class ReportLabelsTest {

    static final ReportLabels EN = ReportLabels.in("en");
    static final ReportLabels BN = ReportLabels.in("bn");

    @Test
    void everyLabelIsInBothLanguages() {
        assertThat(ReportLabels.TEXT.keysOnlyIn("en", "bn")).isEmpty();
        assertThat(ReportLabels.TEXT.keysOnlyIn("bn", "en")).isEmpty();
    }

    @Test
    void everyCodeTheTablesCanHoldHasALabel() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(Classification.values()).forEach(c -> keys.add("classification." + c));
        Arrays.stream(ServiceCategory.values()).forEach(c -> keys.add("category." + c));
        Arrays.stream(StepKind.values()).filter(k -> k != StepKind.CREATED).forEach(k -> keys.add("outcome." + k));
        Arrays.stream(Channel.values()).forEach(c -> keys.add("channel." + c));
        Arrays.stream(ScreeningContext.values()).forEach(c -> keys.add("context." + c));
        Arrays.stream(Sex.values()).forEach(c -> keys.add("sex." + c));
        keys.addAll(List.of("child.CHILD", "child.ADULT", "child.UNKNOWN", "outcome.DELIVERED", "outcome.FAILED",
                "classification.UNKNOWN", "district.UNKNOWN"));
        assertThat(keys).allMatch(k -> ReportLabels.TEXT.has(k, "en") && ReportLabels.TEXT.has(k, "bn"));
        for (int m = 1; m <= 12; m++) assertThat(ReportLabels.TEXT.has("month." + m, "bn")).isTrue();
    }

    /** The report and the portal say the same thing in Bangla: the portal's bn.ts is where the terms were agreed. */
    @Test
    void theBanglaTermsAreThePortals() throws IOException {
        Path bn = Path.of("../portal/web/src/locales/bn.ts");
        String portal = Files.readString(bn, StandardCharsets.UTF_8);
        Map<String, String> shared = new LinkedHashMap<>();
        for (String group : List.of("category", "classification", "context", "sex")) {
            portalTerms(portal, group).forEach((code, term) -> shared.put(group + "." + code, term));
        }
        Map<String, String> status = portalTerms(portal, "status");
        for (StepKind k : StepKind.values()) {
            if (status.containsKey(k.name())) shared.put("outcome." + k, status.get(k.name()));
        }
        shared.put("outcome.STARTED", status.get("IN_PROGRESS"));
        assertThat(shared).hasSizeGreaterThan(30);
        shared.forEach((key, term) -> assertThat(BN.text(key)).as(key).isEqualTo(term));
    }

    /** The {@code group: { CODE: 'term', ... }} of the portal's locale file. */
    static Map<String, String> portalTerms(String ts, String group) {
        Matcher block = Pattern.compile("\\n  " + group + ": \\{(.*?)}", Pattern.DOTALL).matcher(ts);
        assertThat(block.find()).as("bn.ts has " + group).isTrue();
        Map<String, String> out = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("([A-Z_]+): '([^']*)'").matcher(block.group(1));
        while (entry.find()) out.put(entry.group(1), entry.group(2));
        return out;
    }

    @ParameterizedTest
    @CsvSource({
            "district, 47, Dhaka, ঢাকা",
            "district, 26, Magura, মাগুরা",
            "division, 6, Dhaka, ঢাকা",
            "district, 99, 99, 99",
            "district, UNKNOWN, Not known, জানা নেই",
            "category, LEGAL_AID, Legal aid, আইনি সহায়তা",
            "outcome, NEW_KIND, NEW_KIND, NEW_KIND"})
    void aCodeIsNamedInTheLanguageAndOneNotFoundShowsAsTheCode(String dimension, String code, String english, String bangla) {
        assertThat(EN.code(dimension, code)).isEqualTo(english);
        assertThat(BN.code(dimension, code)).isEqualTo(bangla);
    }

    @Test
    void banglaDigitsReplaceEveryLatinDigitInBanglaOnly() {
        assertThat(BN.digits("<5")).isEqualTo("<৫");
        assertThat(BN.digits("87.5%")).isEqualTo("৮৭.৫%");
        assertThat(EN.digits("<5")).isEqualTo("<5");
        assertThat(BN.month(YearMonth.of(2026, 11))).isEqualTo("নভেম্বর ২০২৬");
        assertThat(EN.month(YearMonth.of(2026, 11))).isEqualTo("November 2026");
    }
}
