package org.setu.notification.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification reads the same in either language: each message template ({@code <name>-en.txt}) has its Bangla
 * twin ({@code <name>-bn.txt}) and both use the same Qute tags, so neither language drops a value or a condition.
 */
class TemplatesInBothLanguagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** A Qute tag: a value such as {n.caseRef} or a section such as {#if n.deadline}, {#else}, {/if}. */
    private static final Pattern TAG = Pattern.compile("\\{[^{}\\s][^{}]*}");

    @Test
    void everyTemplateHasItsBanglaAndEnglishTwin() throws IOException {
        Set<String> english = names("en");
        Set<String> bangla = names("bn");
        assertThat(english).as("the templates").isNotEmpty().contains("email", "email-subject", "sms");
        assertThat(bangla).as("Bangla twins of the English templates").isEqualTo(english);
    }

    @Test
    void bothLanguagesOfATemplateWriteTheSameValuesUnderTheSameConditions() throws IOException {
        for (String name : names("en")) {
            Set<String> english = tags(TEMPLATES.resolve(name + "-en.txt"));
            assertThat(english).as(name + "-en.txt has placeholders").anyMatch(t -> t.startsWith("{n."));
            assertThat(tags(TEMPLATES.resolve(name + "-bn.txt"))).as(name + "-bn.txt against " + name + "-en.txt")
                    .isEqualTo(english);
        }
    }

    @Test
    void aTagIsReadWhetherItWritesAValueOrOpensASection() {
        Matcher m = TAG.matcher("Ref {n.caseRef}{#if n.deadline}, by {n.deadline}{/if} { not a tag");
        Set<String> found = new TreeSet<>();
        while (m.find()) found.add(m.group());
        assertThat(found).containsExactlyInAnyOrder("{n.caseRef}", "{#if n.deadline}", "{n.deadline}", "{/if}");
    }

    private static Set<String> names(String language) throws IOException {
        String suffix = "-" + language + ".txt";
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            Set<String> out = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(suffix))
                    .forEach(f -> out.add(f.substring(0, f.length() - suffix.length())));
            return out;
        }
    }

    private static Set<String> tags(Path template) throws IOException {
        Matcher m = TAG.matcher(Files.readString(template, StandardCharsets.UTF_8));
        Set<String> out = new TreeSet<>();
        while (m.find()) out.add(m.group());
        return out;
    }
}
