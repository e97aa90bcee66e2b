package org.setu.screening.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.setu.events.text.Reason;
import org.setu.screening.app.TraceCodec;
import org.setu.screening.app.TraceText;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision trace is stored as codes and rendered in the reader's language: the same screening reads in English
 * and in Bangla (with Bangla digits and the instrument's own Bangla labels), every step of every path has its message
 * in both, and a trace stored before it was structured still reads.
 */
class TraceInBothLanguagesTest {

    static final TraceText TEXT = new TraceText();
    static final String PRESUMED = "deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary; "
            + "coercion-at-destination=documents-confiscated,isolation";

    @Test
    void aPresumedVictimsTraceReadsInBanglaWithBanglaDigitsAndTheInstrumentsBanglaLabels() {
        List<String> bangla = TEXT.render(SetuCore.evaluate(30, PRESUMED).trace(), "bn");
        assertThat(bangla.get(0)).isEqualTo("বয়স ৩০: প্রাপ্তবয়স্ক।");
        assertThat(bangla).contains("উত্তর 'deception-at-recruitment' (কাজের ধরন, স্থান বা নিয়োগকর্তা সম্পর্কে প্রতারণা) থেকে "
                + "ILO-DR-01 উঠেছে: প্রতারণামূলক নিয়োগ-এর একটি শক্তিশালী নির্দেশক।");
        assertThat(bangla).anyMatch(line -> line.startsWith("ফলাফল: পাচারের শিকার বলে অনুমিত (PRESUMED_TRAFFICKING_VICTIM): "
                + "নিয়োগ (প্রতারণামূলক নিয়োগ), শোষণ ও গন্তব্যে একটি উপায় (গন্তব্যে জবরদস্তি)"));
        assertThat(bangla).contains("জরুরিতা উচ্চ (৭২ ঘণ্টা): পাচারের শিকার বলে অনুমিত ব্যক্তিকে তিন দিনের মধ্যে দেখা হয়।");
        assertThat(bangla).anyMatch(line -> line.startsWith("প্রয়োজন মনোসামাজিক সহায়তা: "));
        assertThat(String.join("\n", bangla)).as("no English sentence is left")
                .doesNotContain("Age", "Answer", "positive", "Urgency", "Needs", " and ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        a presumed victim                        | 30 | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary; coercion-at-destination=documents-confiscated,isolation
        a possible adult victim                  | 18 | deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary
        a presumed child victim                  | 12 | deception-at-recruitment=education,wages; exploitation=excessive-hours,hazardous-work
        a child with exploitation only           | 15 | exploitation=hazardous-work,low-or-no-salary,wage-manipulation
        a child with nothing found               | 17 | -
        a child of unknown age                   | -  | appears-under-18=true
        an adult of unknown age                  | -  | -
        means without an act                     | 30 | coercion-at-destination=documents-confiscated,isolation
        a single means indicator                 | 30 | coercion-at-destination=violence
        a strong exploitation indicator alone    | 30 | exploitation=excessive-hours
        exploitation shown by three mediums      | 30 | exploitation=low-or-no-salary,hazardous-work,wage-manipulation
        a smuggled migrant                       | 30 | smuggling=paid-to-cross-irregularly
        smuggled and trafficked                  | 30 | smuggling=paid-to-cross-irregularly; deception-at-recruitment=nature-of-job,wages; exploitation=excessive-hours,low-or-no-salary; coercion-at-destination=documents-confiscated,isolation
        a vulnerable household                   | 30 | vulnerability-household=household-debt,no-household-income
        a vulnerable child                       | 16 | vulnerability-household=household-debt,separated-from-family
        no safe place tonight                    | 30 | immediate-needs=no-safe-place-tonight
        smuggled with a medical emergency        | 30 | smuggling=paid-to-cross-irregularly; immediate-needs=medical-emergency
        an unaccompanied child                   | 10 | immediate-needs=unaccompanied-child
        wanting to report the crime              | 30 | wants-to-report-crime=true
        """)
    void everyStepOfEveryPathHasItsMessageInEnglishAndBangla(String sentence, Integer age, String answers) {
        List<Reason> trace = SetuCore.evaluate(age, answers).trace();
        assertThat(TEXT.missing(trace, "en")).as("codes without an English message").isEmpty();
        assertThat(TEXT.missing(trace, "bn")).as("codes without a Bangla message").isEmpty();
        assertThat(TEXT.render(trace, "bn")).allSatisfy(line -> assertThat(line).doesNotContain("{").isNotBlank());
    }

    @Test
    void someoneWhoSpeaksNeitherLanguageNeedsAnInterpreterInBothLanguages() {
        List<Reason> trace = DecisionEngine.evaluate(SetuCore.V1, SetuCore.answers(null), 30, List.of("my")).trace();
        assertThat(TEXT.render(trace, "en")).contains("Needs INTERPRETATION: the person speaks neither Bangla nor English.");
        assertThat(TEXT.render(trace, "bn")).contains("প্রয়োজন দোভাষী: ব্যক্তি বাংলা বা ইংরেজি কোনোটিই বলেন না।");
    }

    @Test
    void theEnglishAndBanglaBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("bn")).isEqualTo(keys("en"));
    }

    @Test
    void aStoredTraceReadsTheSameAfterItsJsonRoundTripAndAnOldEnglishStepStillReads() throws IOException {
        List<Reason> trace = SetuCore.evaluate(30, PRESUMED).trace();
        ObjectMapper json = new ObjectMapper();
        List<Object> stored = json.readValue(json.writeValueAsBytes(TraceCodec.encode(trace)), new TypeReference<>() { });
        List<Reason> read = TraceCodec.decode(stored);
        assertThat(TEXT.render(read, "en")).isEqualTo(TEXT.render(trace, "en"));
        assertThat(TEXT.render(read, "bn")).isEqualTo(TEXT.render(trace, "bn"));

        List<Reason> old = TraceCodec.decode(List.of("Age 30: an adult.", "Urgency HIGH (72 hours): written in 2026."));
        assertThat(TEXT.render(old, "bn")).containsExactly("Age 30: an adult.", "Urgency HIGH (72 hours): written in 2026.");
    }

    @Test
    void bnInAcceptLanguageGivesBanglaAndAnythingElseEnglish() {
        assertThat(TraceText.language("bn-BD,bn;q=0.9,en;q=0.8")).isEqualTo("bn");
        assertThat(TraceText.language("bn")).isEqualTo("bn");
        assertThat(TraceText.language("en-GB,bn;q=0.5")).isEqualTo("en");
        assertThat(TraceText.language("fr-FR")).isEqualTo("en");
        assertThat(TraceText.language("'; DROP TABLE x;--")).isEqualTo("en");
        assertThat(TraceText.language(null)).isEqualTo("en");
    }

    private static java.util.Set<Object> keys(String language) throws IOException {
        Properties p = new Properties();
        try (var in = TraceInBothLanguagesTest.class.getClassLoader().getResourceAsStream("trace/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new java.util.TreeSet<>(p.keySet());
    }
}
