package org.setu.kit.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problem details in Bangla. The services write their problems' titles, details and field messages as English
 * sentences; {@code setu/problems_bn.txt} pairs each known sentence, or its pattern with {@code {0}} standing for any
 * text (a code, a number, a list of values), with its Bangla. A sentence it does not know stays English, which a
 * partner still understands; {@code ProblemTranslationTest} keeps the kit's own sentences known.
 */
public final class ProblemTranslation {

    private static final ProblemTranslation BANGLA = load("setu/problems_bn.txt");

    private final Map<String, String> exact;
    private final List<Map.Entry<Pattern, String>> patterns;

    private ProblemTranslation(Map<String, String> exact, List<Map.Entry<Pattern, String>> patterns) {
        this.exact = exact;
        this.patterns = patterns;
    }

    public static ProblemTranslation bangla() {
        return BANGLA;
    }

    /** The problem with its title, detail and field messages in Bangla, as far as they are known. */
    public Problem translate(Problem p) {
        List<Problem.FieldError> errors = p.errors() == null ? null
                : p.errors().stream().map(e -> new Problem.FieldError(e.field(), text(e.message()))).toList();
        return new Problem(p.type(), text(p.title()), p.status(), text(p.detail()), p.correlationId(), errors, p.extensions());
    }

    /** One sentence in Bangla, or as it was when it is not known. */
    public String text(String english) {
        if (english == null) return null;
        String known = exact.get(english);
        if (known != null) return known;
        for (Map.Entry<Pattern, String> p : patterns) {
            Matcher m = p.getKey().matcher(english);
            if (!m.matches()) continue;
            String out = p.getValue();
            for (int i = 1; i <= m.groupCount(); i++) out = out.replace("{" + (i - 1) + "}", m.group(i));
            return out;
        }
        return english;
    }

    private static ProblemTranslation load(String path) {
        Map<String, String> exact = new HashMap<>();
        List<Map.Entry<Pattern, String>> patterns = new ArrayList<>();
        try (InputStream in = ProblemTranslation.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int bar = line.indexOf(" | ");
                if (bar < 0) throw new IllegalStateException(path + ": a line without ' | ': " + line);
                String english = line.substring(0, bar).strip();
                String bangla = line.substring(bar + 3).strip();
                if (english.contains("{0}")) patterns.add(Map.entry(pattern(english), bangla));
                else exact.put(english, bangla);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProblemTranslation(Map.copyOf(exact), List.copyOf(patterns));
    }

    /** "must be between {0} and {1}" as an anchored regular expression with one group per placeholder. */
    private static Pattern pattern(String english) {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{\\d}").matcher(english);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(last, m.start()))).append("(.+?)");
            last = m.end();
        }
        regex.append(Pattern.quote(english.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
