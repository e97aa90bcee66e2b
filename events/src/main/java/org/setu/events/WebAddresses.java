package org.setu.events;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Web addresses and email addresses as typed by people, parsed with the JDK's URI and IDN parsers and answered in
 * the ASCII form that every consumer can read: an internationalised domain such as {@code ঢাকা.বাংলা} becomes its
 * {@code xn--} form, because HSDS's {@code format: uri}, mail servers and HTTP clients all expect ASCII. What no
 * parser accepts is answered with nothing, and the caller names the field.
 */
public final class WebAddresses {

    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    private WebAddresses() {
    }

    /** An absolute http(s) URL with a host and without credentials, in ASCII, the host in lower case. */
    public static Optional<String> httpUrl(String raw) {
        if (raw == null || raw.isEmpty() || raw.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.empty();
        }
        try {
            URI typed = new URI(raw);
            String scheme = typed.getScheme() == null ? "" : typed.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
            String authority = typed.getRawAuthority();
            if (authority == null || typed.getRawUserInfo() != null || authority.contains("@")) return Optional.empty();
            Optional<String> asciiAuthority = asciiAuthority(authority);
            if (asciiAuthority.isEmpty()) return Optional.empty();
            String rest = raw.substring(raw.indexOf(authority, scheme.length()) + authority.length());
            // toASCIIString percent-encodes what is left outside ASCII in the path, query or fragment
            URI ascii = new URI(new URI(scheme + "://" + asciiAuthority.get() + rest).toASCIIString());
            return ascii.getHost() == null ? Optional.empty() : Optional.of(ascii.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A mailbox {@code local@domain}: the local part a dot-atom of ASCII characters (a non-ASCII local part needs
     * SMTPUTF8, which neither HSDS's {@code format: email} nor every mail server takes), the domain converted to ASCII.
     */
    public static Optional<String> email(String raw) {
        if (raw == null || raw.length() > 254) return Optional.empty();
        int at = raw.lastIndexOf('@');
        if (at <= 0 || at == raw.length() - 1) return Optional.empty();
        String local = raw.substring(0, at);
        if (!isDotAtom(local) || local.length() > 64) return Optional.empty();
        return asciiDomain(raw.substring(at + 1))
                .filter(d -> d.contains("."))
                .map(d -> local + "@" + d);
    }

    /** Host and optional port; an IPv6 literal passes through for URI to judge. */
    private static Optional<String> asciiAuthority(String authority) {
        if (authority.startsWith("[")) return Optional.of(authority.toLowerCase(Locale.ROOT));
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon);
        if (colon >= 0 && (port.length() == 1 || !port.substring(1).chars().allMatch(c -> c >= '0' && c <= '9'))) {
            return Optional.empty();
        }
        return asciiDomain(host).map(h -> h + port);
    }

    /** IDN with the STD3 rules: letters, digits and hyphens in labels of at most 63 characters, none empty. */
    private static Optional<String> asciiDomain(String domain) {
        if (domain.isEmpty() || domain.startsWith(".") || domain.contains("..")) return Optional.empty();
        try {
            String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            String bare = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
            if (bare.isEmpty() || bare.length() > 253) return Optional.empty();
            for (String label : bare.split("\\.", -1)) if (label.isEmpty()) return Optional.empty();
            return Optional.of(ascii);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isDotAtom(String local) {
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) return false;
        return local.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || ATEXT_SPECIALS.indexOf(c) >= 0));
    }
}
