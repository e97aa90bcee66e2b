package org.setu.screening.domain;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The short reference of a case, read over the phone: {@code BD-7K3F-9Q2M}. Its alphabet leaves out the
 * characters people confuse when reading or hearing them (0/O, 1/I/L, U/V is kept apart by dropping U), and
 * its last character is a Luhn mod 30 check character, so a mistyped reference is refused instead of
 * finding another case.
 */
public final class CaseReference {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final String PREFIX = "BD";
    private static final int N = ALPHABET.length();

    private CaseReference() {
    }

    public static String next(RandomGenerator random) {
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < 7; i++) payload.append(ALPHABET.charAt(random.nextInt(N)));
        String body = payload.toString() + check(payload);
        return PREFIX + "-" + body.substring(0, 4) + "-" + body.substring(4);
    }

    /** The canonical form of what someone typed or heard (case, spaces and dashes do not matter), if it is valid. */
    public static Optional<String> parse(String typed) {
        if (typed == null) return Optional.empty();
        String s = typed.toUpperCase().replaceAll("[\\s-]", "");
        if (!s.startsWith(PREFIX) || s.length() != PREFIX.length() + 8) return Optional.empty();
        String body = s.substring(PREFIX.length());
        for (char c : body.toCharArray()) if (ALPHABET.indexOf(c) < 0) return Optional.empty();
        if (check(body.substring(0, 7)) != body.charAt(7)) return Optional.empty();
        return Optional.of(PREFIX + "-" + body.substring(0, 4) + "-" + body.substring(4));
    }

    /** Luhn mod N: catches every single wrong character and most swaps of neighbours. */
    static char check(CharSequence payload) {
        int factor = 2, sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return ALPHABET.charAt((N - sum % N) % N);
    }
}
