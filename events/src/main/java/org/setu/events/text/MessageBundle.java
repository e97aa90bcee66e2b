package org.setu.events.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The texts Setu writes for people, in English and Bangla: {@code <base>_en.properties} and {@code <base>_bn.properties}
 * on the classpath, with {@code {0}}, {@code {1}} standing for a {@link Reason}'s arguments. A key missing in Bangla
 * falls back to English, and one missing in both shows as the key; each bundle's own test keeps both languages whole.
 */
public final class MessageBundle {

    private final Map<String, Properties> bundles;

    private MessageBundle(Map<String, Properties> bundles) {
        this.bundles = bundles;
    }

    public static MessageBundle load(String base) {
        return new MessageBundle(Map.of("en", read(base + "_en.properties"), "bn", read(base + "_bn.properties")));
    }

    /** The message for {@code key} with its placeholders filled by {@code arg}, in {@code language}. */
    public String format(String key, String language, int argCount, IntFunction<String> arg) {
        String message = text(key, language);
        StringBuilder out = new StringBuilder(message.length() + 32);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            int close = c == '{' ? message.indexOf('}', i) : -1;
            if (close > i + 1 && message.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(message.substring(i + 1, close));
                out.append(n < argCount ? arg.apply(n) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text of {@code key} in {@code language}, else in English, else the key itself. */
    public String text(String key, String language) {
        String t = bundle(language).getProperty(key);
        return t != null ? t : bundles.get("en").getProperty(key, key);
    }

    public boolean has(String key, String language) {
        return bundle(language).containsKey(key);
    }

    /** The keys one language has and another lacks: none when the bundles are whole. */
    public Set<String> keysOnlyIn(String language, String other) {
        Set<String> only = new TreeSet<>();
        bundle(language).stringPropertyNames().forEach(k -> {
            if (!bundle(other).containsKey(k)) only.add(k);
        });
        return only;
    }

    /**
     * A plain number (whole, or with one decimal point such as a score of 0.58) in Bangla digits when the language is
     * Bangla; codes such as SETU-DR-01 or P3D, and versions such as 1.2.3, stay as they are.
     */
    public static String digits(String value, String language) {
        if (!"bn".equals(language) || !PLAIN_NUMBER.matcher(value).matches()) return value;
        StringBuilder s = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) s.append(ch == '.' ? ch : (char) ('০' + (ch - '0')));
        return s.toString();
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private Properties bundle(String language) {
        return bundles.getOrDefault(language, bundles.get("en"));
    }

    private static Properties read(String path) {
        try (InputStream in = MessageBundle.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
