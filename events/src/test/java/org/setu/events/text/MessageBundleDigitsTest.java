package org.setu.events.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** In Bangla a plain number reads in Bangla digits, a score's decimal point kept; codes and versions stay as written. */
class MessageBundleDigitsTest {

    @ParameterizedTest(name = "{0} in {1} reads {2}")
    @CsvSource(delimiter = '|', textBlock = """
        30         | bn | ৩০
        0.58       | bn | ০.৫৮
        0.58       | en | 0.58
        SETU-DR-01 | bn | SETU-DR-01
        P3D        | bn | P3D
        1.2.3      | bn | 1.2.3
        .5         | bn | .5
        5.         | bn | 5.
        -1         | bn | -1
        """)
    void aPlainNumberReadsInBanglaDigitsAndAnythingElseAsWritten(String value, String language, String expected) {
        assertThat(MessageBundle.digits(value, language)).isEqualTo(expected);
    }
}
