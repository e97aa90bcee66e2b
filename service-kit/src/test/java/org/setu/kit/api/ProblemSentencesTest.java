package org.setu.kit.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence a service writes into a problem is in the Bangla table, so that a new refusal cannot ship in English
 * only. The sentences are read where they are written: the message of a {@code ConflictException} or an
 * {@code AnswersRejected}, the message after the field of an {@code InvalidRequestException}, a subscription
 * {@code Violation}, a directory {@code FieldProblem}, a screening {@code AnswerProblem} or a {@code Problem.FieldError},
 * the title and detail of a {@code Problem.of}, and the {@code super(...)} message of each exception a service maps to a
 * problem. A sentence built from pieces is read with X for each value, which the table's patterns match. The bad-input
 * system test also asks for Bangla on every other request.
 */
class ProblemSentencesTest {

    /**
     * Where a problem's sentence begins: right after the opening of a {@code ConflictException} or an
     * {@code AnswersRejected}; after the first argument (a field, a question) of the others; after the status and type
     * of a {@code Problem.of} (its title) and after its title (its detail).
     */
    private static final List<Pattern> SENTENCE_STARTS = List.of(
            Pattern.compile("new (?:ConflictException|AnswersRejected)\\(\\s*"),
            Pattern.compile("new (?:InvalidRequestException|Violation|FieldProblem|AnswerProblem|Problem\\.FieldError)\\(\\s*[^,()]+,\\s*"),
            Pattern.compile("Problem\\.of\\(\\s*[^,()]+,\\s*[^,()]+,\\s*"),
            Pattern.compile("Problem\\.of\\(\\s*[^,()]+,\\s*[^,()]+,\\s*\"[^\"]*\",\\s*"));

    /** An exception a service turns into a problem: a mapper's parameter, its type and its name. */
    private static final Pattern MAPPED = Pattern.compile(
            "@ServerExceptionMapper(?:\\([^)]*\\))?\\s+public\\s+\\w+\\s+\\w+\\(\\s*(?:[\\w.]+\\.)?(\\w+)\\s+(\\w+)\\s*\\)[^{]*\\{");

    private static final Pattern SUPER = Pattern.compile("\\bsuper\\(\\s*");

    /**
     * Three English words in a row left in the Bangla: a catch-all pattern at the end of the table ("must be {0}")
     * took a phrase rather than a value, which reads as half a sentence in each language.
     */
    private static final Pattern ENGLISH_PROSE = Pattern.compile("\\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\\b");

    @Test
    void everySentenceAServiceWritesIntoAProblemIsInTheBanglaTable() {
        Map<Path, String> sources = sources();
        Set<String> mapped = mappedExceptions(sources.values());
        Set<String> written = new TreeSet<>();
        Set<String> untranslated = new TreeSet<>();
        sources.forEach((source, code) -> {
            for (String sentence : sentences(code, mapped)) {
                written.add(sentence);
                String bangla = ProblemTranslation.bangla().text(sentence);
                if (bangla.equals(sentence)) untranslated.add(source.getFileName() + ": " + sentence);
                else if (ENGLISH_PROSE.matcher(bangla).find()) untranslated.add(source.getFileName() + ": " + sentence + " -> " + bangla);
            }
        });
        assertThat(written).as("the scan finds the services' sentences").hasSizeGreaterThan(40);
        assertThat(untranslated).as("add each to service-kit's setu/problems_bn.txt").isEmpty();
    }

    @Test
    void aSentenceBuiltFromPiecesIsReadWithEachValueStandingForAnyText() {
        String code = "throw new ConflictException(\"the policy changed since version \" + expected\n + \"; reload it\", null, 3);";
        assertThat(sentences(code, Set.of())).containsExactly("the policy changed since version X; reload it");
    }

    @Test
    void theScanReadsFieldProblemsAnswerProblemsTheirRejectionAndAProblemsTitleAndDetail() {
        String code = """
                out.add(new FieldProblem(field + ".total", "must not be negative"));
                problems.add(new AnswerProblem(id, "is not a question of instrument " + name()));
                throw new AnswersRejected("some answers do not fit instrument " + instrument.name(), problems);
                return Problem.of(422, "answers-do-not-fit-instrument", "Unprocessable Content", e.getMessage());
                """;
        assertThat(sentences(code, Set.of())).containsExactlyInAnyOrder("must not be negative",
                "is not a question of instrument X", "some answers do not fit instrument X", "Unprocessable Content");
    }

    @Test
    void theMessageOfAnExceptionAServiceMapsToAProblemIsRead() {
        String code = """
                public class StreamPermits {
                    public static class TooManyStreams extends RuntimeException {
                        public TooManyStreams(int max) {
                            super("you already hold " + max + " live streams; close one");
                        }
                    }
                    static class Other extends RuntimeException {
                        Other() { super("not a problem"); }
                    }
                }
                class Mapper {
                    @ServerExceptionMapper
                    public Response tooManyStreams(StreamPermits.TooManyStreams e) {
                        return Problem.of(429, "too-many-streams", "Too Many Requests", e.getMessage()).toResponse();
                    }
                    @ServerExceptionMapper
                    public Response other(Other e) {
                        return Problem.of(400, "other", "Bad Request", "a fixed sentence").toResponse();
                    }
                }
                """;
        Set<String> mapped = mappedExceptions(List.of(code));
        assertThat(mapped).containsExactly("TooManyStreams");
        assertThat(sentences(code, mapped)).as("besides the problems' titles and details")
                .contains("you already hold X live streams; close one").doesNotContain("not a problem");
    }

    /** The sentences written in one source file, in the order found. */
    static List<String> sentences(String code, Set<String> mapped) {
        List<String> out = new ArrayList<>();
        for (Pattern start : SENTENCE_STARTS) {
            Matcher m = start.matcher(code);
            while (m.find()) addSentence(out, code, m.end());
        }
        for (String exception : mapped) {
            Matcher declared = Pattern.compile("\\bclass " + exception + "\\b[^{]*\\{").matcher(code);
            if (!declared.find()) continue;
            int end = closingBrace(code, declared.end());
            Matcher m = SUPER.matcher(code).region(declared.end(), end);
            while (m.find()) addSentence(out, code, m.end());
        }
        return out;
    }

    private static void addSentence(List<String> out, String code, int at) {
        String sentence = sentenceAt(code, at);
        if (sentence != null) out.add(sentence);
    }

    /** The exceptions whose own message a mapper writes into a problem, e.g. as its detail. */
    static Set<String> mappedExceptions(Collection<String> sources) {
        Set<String> out = new TreeSet<>();
        for (String code : sources) {
            Matcher m = MAPPED.matcher(code);
            while (m.find()) {
                String body = code.substring(m.end(), closingBrace(code, m.end()));
                if (body.contains(m.group(2) + ".getMessage()")) out.add(m.group(1));
            }
        }
        return out;
    }

    /** Where the block opened just before {@code i} closes; braces inside string and character literals do not count. */
    private static int closingBrace(String code, int i) {
        int depth = 1;
        while (i < code.length() && depth > 0) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c) j += code.charAt(j) == '\\' ? 2 : 1;
                i = j + 1;
                continue;
            }
            if (c == '{') depth++;
            if (c == '}') depth--;
            i++;
        }
        return Math.min(i, code.length());
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

    /** The main sources of every module, the kit's own too (tests run in the module's folder), with their text. */
    private static Map<Path, String> sources() {
        Map<Path, String> all = new TreeMap<>();
        try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            for (Path module : modules.toList()) {
                Path main = module.resolve("src/main/java");
                if (!Files.isDirectory(main)) continue;
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(p -> p.toString().endsWith(".java")).forEach(p -> all.put(p, read(p)));
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
