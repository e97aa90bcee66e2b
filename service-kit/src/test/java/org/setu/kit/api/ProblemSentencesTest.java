package org.setu.kit.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Every sentence a service writes into a problem (the message of an {@code InvalidRequestException},
 * {@code ConflictException} or a subscription {@code Violation}, written where it is thrown) is in the Bangla table, so
 * that a new refusal cannot ship in English only. A sentence built from pieces is read with X for each value, which the
 * table's patterns match. The bad-input system test also asks for Bangla on every other request.
 */
class ProblemSentencesTest {

    /** Where a problem's message begins: after {@code new ConflictException(}, or after the field of the others. */
    private static final Pattern MESSAGE_START = Pattern.compile(
            "new ConflictException\\(\\s*|new (?:InvalidRequestException|Violation)\\(\\s*[^,()]+,\\s*");

    @Test
    void everySentenceAServiceWritesIntoAProblemIsInTheBanglaTable() {
        Set<String> written = new TreeSet<>();
        Set<String> untranslated = new TreeSet<>();
        for (Path source : sources()) {
            String code = read(source);
            Matcher m = MESSAGE_START.matcher(code);
            while (m.find()) {
                String sentence = sentenceAt(code, m.end());
                if (sentence == null) continue;
                written.add(sentence);
                if (ProblemTranslation.bangla().text(sentence).equals(sentence)) {
                    untranslated.add(source.getFileName() + ": " + sentence);
                }
            }
        }
        assertThat(written).as("the scan finds the services' sentences").hasSizeGreaterThan(40);
        assertThat(untranslated).as("add each to service-kit's setu/problems_bn.txt").isEmpty();
    }

    @Test
    void aSentenceBuiltFromPiecesIsReadWithEachValueStandingForAnyText() {
        String code = "throw new ConflictException(\"the policy changed since version \" + expected\n + \"; reload it\", null, 3);";
        Matcher m = MESSAGE_START.matcher(code);
        assertThat(m.find()).isTrue();
        assertThat(sentenceAt(code, m.end())).isEqualTo("the policy changed since version X; reload it");
    }

    /**
     * The message that starts at {@code i}: string literals joined by {@code +}, each other piece written as X (which
     * a pattern's {0} matches). Null when the message is not written there (a variable, a call).
     */
    static String sentenceAt(String code, int i) {
        StringBuilder sentence = new StringBuilder();
        boolean literal = false;
        while (i < code.length()) {
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) i++;
            if (i < code.length() && code.charAt(i) == '"') {
                int end = i + 1;
                while (code.charAt(end) != '"') end += code.charAt(end) == '\\' ? 2 : 1;
                sentence.append(code, i + 1, end);
                literal = true;
                i = end + 1;
            } else {
                int depth = 0;
                int start = i;
                while (i < code.length()) {
                    char c = code.charAt(i);
                    if (c == '(') depth++;
                    if (c == ')' && depth-- == 0) break;
                    if ((c == '+' || c == ',') && depth == 0) break;
                    i++;
                }
                if (i > start && !code.substring(start, i).isBlank()) sentence.append('X');
            }
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) i++;
            if (i >= code.length() || code.charAt(i) != '+') break;
            i++;
        }
        return literal ? sentence.toString().replace("\\\"", "\"") : null;
    }

    /** The main sources of every module beside the kit (tests run in the module's folder). */
    private static Set<Path> sources() {
        Set<Path> all = new TreeSet<>();
        try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            for (Path module : modules.toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) continue;
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
