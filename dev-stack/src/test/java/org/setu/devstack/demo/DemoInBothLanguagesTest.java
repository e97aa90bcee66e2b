package org.setu.devstack.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./setu demo --bn} tells the same story in Bangla: every line has both languages, and each fills in. */
class DemoInBothLanguagesTest {

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
        assertThat(bangla.say("outcome", "BD-7K3F-9Q2M", "PRESUMED_TRAFFICKING_VICTIM", "IMMEDIATE", "[SHELTER]"))
                .isEqualTo("   কেস BD-7K3F-9Q2M: PRESUMED_TRAFFICKING_VICTIM, জরুরিতা IMMEDIATE, প্রয়োজন [SHELTER]");
        assertThat(bangla.say("step3")).startsWith("৩. আশ্রয়কেন্দ্রের কর্মী");
        assertThat(english.say("done", "BD-7K3F-9Q2M", "id-1")).isEqualTo("Done. Look at case BD-7K3F-9Q2M (id id-1):");
    }
}
