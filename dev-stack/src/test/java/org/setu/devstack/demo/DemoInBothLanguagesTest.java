package org.setu.devstack.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.setu.events.vocabulary.Classification;
import org.setu.events.vocabulary.ReferralStatus;
import org.setu.events.vocabulary.ServiceCategory;
import org.setu.events.vocabulary.Urgency;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./setu demo --bn} tells the same story in Bangla: every line has both languages, and each fills in. */
class DemoInBothLanguagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLineOfTheStoryExistsInEnglishAndBangla() {
        Demo demo = new Demo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "en");
        assertThat(demo.texts().keysOnlyIn("en", "bn")).as("in English only").isEmpty();
        assertThat(demo.texts().keysOnlyIn("bn", "en")).as("in Bangla only").isEmpty();
    }

    @Test
    void theStoryIsToldInBanglaWhenAskedAndInEnglishOtherwise() {
        Demo bangla = new Demo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "bn");
        Demo english = new Demo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "fr");
        assertThat(bangla.say("outcome", "BD-7K3F-9Q2M", bangla.label("classification", "PRESUMED_TRAFFICKING_VICTIM"),
                bangla.label("urgency", "IMMEDIATE"), bangla.categories(JSON.createArrayNode().add("SHELTER").add("MEDICAL"))))
                .isEqualTo("   কেস BD-7K3F-9Q2M: পাচারের শিকার বলে অনুমিত, জরুরিতা তাৎক্ষণিক, প্রয়োজন আশ্রয়, চিকিৎসা");
        assertThat(english.label("status", "IN_PROGRESS")).isEqualTo("in progress");
        assertThat(bangla.say("step3")).startsWith("৩. আশ্রয়কেন্দ্রের কর্মী");
        assertThat(english.say("done", "BD-7K3F-9Q2M", "id-1")).isEqualTo("Done. Look at case BD-7K3F-9Q2M (id id-1):");
    }

    @Test
    void everyClassificationUrgencyStatusAndCategoryHasWordsInBothLanguages() {
        Demo demo = new Demo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "en");
        Map<String, Enum<?>[]> vocabulary = Map.of("classification", Classification.values(), "urgency", Urgency.values(),
                "status", ReferralStatus.values(), "category", ServiceCategory.values());
        vocabulary.forEach((kind, values) -> {
            for (Enum<?> v : values) {
                String key = kind + "." + v.name();
                assertThat(demo.texts().has(key, "en")).as(key + " in English").isTrue();
                assertThat(demo.texts().has(key, "bn")).as(key + " in Bangla").isTrue();
                assertThat(demo.texts().text(key, "bn")).as(key).isNotEqualTo(demo.texts().text(key, "en"));
            }
        });
    }

    @Test
    void aTimeIsToldInDhakaTimeWithBanglaMonthsAndDigitsForABanglaReader() {
        Demo bangla = new Demo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "bn");
        Demo english = new Demo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "en");
        assertThat(bangla.time("2026-03-01T18:30:00Z")).isEqualTo("ঢাকার সময় ২ মার্চ ২০২৬, ০০:৩০");
        assertThat(english.time("2026-03-01T18:30:00.123456Z")).isEqualTo("2 March 2026, 00:30 Dhaka time");
        assertThat(english.time("")).isEqualTo("no deadline");
        assertThat(english.time("soon")).as("not a time: shown as it came").isEqualTo("soon");
    }

    @Test
    void aCodeTheBundleDoesNotKnowIsShownAsItCame() {
        Demo bangla = new Demo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "bn");
        assertThat(bangla.label("status", "PAUSED")).isEqualTo("PAUSED");
    }
}
