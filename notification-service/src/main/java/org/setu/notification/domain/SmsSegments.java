package org.setu.notification.domain;

/**
 * How many parts a text message takes, after 3GPP TS 23.038 and 23.040: a text entirely in the GSM 7-bit default
 * alphabet (with its extension table, whose characters take two septets) fits 160 septets in one part and 153 in each
 * part of a long message; any other character, Bangla among them, makes the whole message UCS-2, which fits 70 UTF-16
 * units in one part and 67 in each part of a long one. Gateways bill per part and some refuse long messages, so
 * notifications are kept within a set number of parts.
 */
public final class SmsSegments {

    /** The GSM 7-bit default alphabet (TS 23.038, 6.2.1): one septet each. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Its extension table (6.2.1.1): an escape and the character, two septets each. */
    private static final String EXTENSION = "^{}\\[~]|€\f";
    private static final String ELLIPSIS_GSM = "...";
    private static final String ELLIPSIS_UCS2 = "…";

    public enum Encoding { GSM_7BIT, UCS_2 }

    private SmsSegments() {
    }

    public static Encoding encodingOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) return Encoding.UCS_2;
        }
        return Encoding.GSM_7BIT;
    }

    /** The length that counts: septets for GSM 7-bit, UTF-16 units for UCS-2. */
    public static int units(String text) {
        if (encodingOf(text) == Encoding.UCS_2) return text.length();
        int septets = 0;
        for (int i = 0; i < text.length(); i++) septets += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        return septets;
    }

    public static int parts(String text) {
        if (text.isEmpty()) return 1;
        Encoding e = encodingOf(text);
        int units = units(text);
        int single = e == Encoding.UCS_2 ? 70 : 160;
        int each = e == Encoding.UCS_2 ? 67 : 153;
        return units <= single ? 1 : (units + each - 1) / each;
    }

    /** The most units a message of this encoding may have in the given number of parts. */
    static int capacity(Encoding e, int parts) {
        if (parts <= 1) return e == Encoding.UCS_2 ? 70 : 160;
        return parts * (e == Encoding.UCS_2 ? 67 : 153);
    }

    /**
     * The text shortened to fit {@code maxParts}, cut at a space where one is near and marked with an ellipsis. A
     * trailing link is kept whole, because it is how the reader acts on the message.
     */
    public static String fit(String text, int maxParts) {
        if (maxParts < 1) throw new IllegalArgumentException("a message has at least one part");
        if (parts(text) <= maxParts) return text;
        int space = text.lastIndexOf(' ');
        String link = space > 0 && text.startsWith("http", space + 1) ? text.substring(space) : "";
        String head = text.substring(0, text.length() - link.length());
        Encoding e = encodingOf(text);
        String ellipsis = e == Encoding.UCS_2 ? ELLIPSIS_UCS2 : ELLIPSIS_GSM;
        int budget = capacity(e, maxParts) - units(link) - units(ellipsis);
        if (budget <= 0) return cut(text, capacity(e, maxParts), e);
        return cut(head, budget, e).stripTrailing() + ellipsis + link;
    }

    /** The longest start of the text within the budget, never splitting a surrogate pair, at a space when one is near. */
    private static String cut(String text, int budget, Encoding e) {
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = e == Encoding.UCS_2 ? Character.charCount(cp) : (EXTENSION.indexOf(cp) >= 0 ? 2 : 1);
            if (used + size > budget) break;
            used += size;
            end += Character.charCount(cp);
        }
        int space = text.lastIndexOf(' ', end);
        return space > end * 3 / 4 ? text.substring(0, space) : text.substring(0, end);
    }
}
