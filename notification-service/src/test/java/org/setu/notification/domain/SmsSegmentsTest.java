package org.setu.notification.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmsSegmentsTest {

    /** A real notice in Bangla, as the sms-bn template writes it (176 UTF-16 units with the link). */
    static final String BANGLA = "সেতু: আপনার সেবার জন্য নতুন রেফারেল। রেফারেন্স BD-7K3F-9Q2M, আশ্রয়, জরুরি, শেষ সময় ৮ ডিসেম্বর ২০২৬ ১০:০০। "
            + "http://localhost:8080/referrals/0b6f2a34-9a3e-4a51-8c1e-2f0c9d7e6a11";

    @Test
    void anEnglishMessageOf160CharactersIsOnePartAnd161AreTwo() {
        assertThat(SmsSegments.encodingOf("Setu: New referral.")).isEqualTo(SmsSegments.Encoding.GSM_7BIT);
        assertThat(SmsSegments.parts("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.parts("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.parts("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.parts("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void aCharacterOfTheExtensionTableTakesTwoSeptets() {
        assertThat(SmsSegments.units("€{}")).isEqualTo(6);
        assertThat(SmsSegments.parts("a".repeat(158) + "€")).as("160 septets").isEqualTo(1);
        assertThat(SmsSegments.parts("a".repeat(159) + "€")).as("161 septets").isEqualTo(2);
    }

    @Test
    void oneBanglaLetterMakesTheWholeMessageUcs2With70CharactersInOnePartAnd67InEachOfMore() {
        assertThat(SmsSegments.encodingOf("Setu: আশ্রয়")).isEqualTo(SmsSegments.Encoding.UCS_2);
        assertThat(SmsSegments.parts("ক".repeat(70))).isEqualTo(1);
        assertThat(SmsSegments.parts("ক".repeat(71))).isEqualTo(2);
        assertThat(SmsSegments.parts("ক".repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.parts("ক".repeat(135))).isEqualTo(3);
        assertThat(SmsSegments.parts("a".repeat(69) + "ক")).as("an English text with one Bangla letter").isEqualTo(1);
        assertThat(SmsSegments.parts("a".repeat(70) + "ক")).isEqualTo(2);
        assertThat(SmsSegments.units("😀")).as("outside the BMP: two UTF-16 units").isEqualTo(2);
    }

    @Test
    void aRealBanglaNoticeTakesThreePartsAndIsLeftAloneWhenThreeAreAllowed() {
        assertThat(SmsSegments.units(BANGLA)).isEqualTo(176);
        assertThat(SmsSegments.parts(BANGLA)).isEqualTo(3);
        assertThat(SmsSegments.fit(BANGLA, 3)).isEqualTo(BANGLA);
    }

    @Test
    void aNoticeTooLongForItsPartsIsShortenedAndKeepsItsLinkWhole() {
        String fitted = SmsSegments.fit(BANGLA, 2);
        assertThat(SmsSegments.parts(fitted)).isEqualTo(2);
        assertThat(fitted).startsWith("সেতু:").contains("…")
                .endsWith(" http://localhost:8080/referrals/0b6f2a34-9a3e-4a51-8c1e-2f0c9d7e6a11");

        String english = "Setu: " + "word ".repeat(80) + "http://localhost:8080/referrals/x";
        String shortened = SmsSegments.fit(english, 2);
        assertThat(SmsSegments.parts(shortened)).isEqualTo(2);
        assertThat(shortened).endsWith("... http://localhost:8080/referrals/x");
        assertThat(SmsSegments.encodingOf(shortened)).as("the ellipsis of GSM's alphabet keeps it 7-bit").isEqualTo(SmsSegments.Encoding.GSM_7BIT);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String fitted = SmsSegments.fit("😀".repeat(100), 1);
        assertThat(SmsSegments.parts(fitted)).isEqualTo(1);
        assertThat(fitted.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("no lone surrogate").isEmpty();
        assertThat(fitted).doesNotContain("\uFFFD");
        assertThatThrownBy(() -> SmsSegments.fit("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
