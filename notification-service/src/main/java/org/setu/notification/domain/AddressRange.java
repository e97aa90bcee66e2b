package org.setu.notification.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/** A CIDR block such as {@code 10.0.0.0/8} or {@code fc00::/7}, for IPv4 or IPv6. Parsing never asks DNS. */
public final class AddressRange {

    // an IPv4 literal is four numbers, an IPv6 one has a colon: neither is ever looked up as a name
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final byte[] network;
    private final int prefix;
    private final String text;

    private AddressRange(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /** @throws IllegalArgumentException when the text is not an address, a slash and a prefix length that fits it */
    public static AddressRange parse(String cidr) {
        String t = cidr == null ? "" : cidr.trim();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        byte[] bytes = bytes(address);
        if (bytes == null) throw new IllegalArgumentException("not an IP address range (CIDR): " + cidr);
        int bits = bytes.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(t.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address range (CIDR): " + cidr);
        }
        if (prefix < 0 || prefix > bits) throw new IllegalArgumentException("not an IP address range (CIDR): " + cidr);
        return new AddressRange(bytes, prefix, t);
    }

    /** The bytes of an IP literal ({@code 10.0.0.1}, {@code ::1}); empty for anything else, which is a name. */
    public static java.util.Optional<byte[]> literal(String host) {
        if (host == null || !(IPV4.matcher(host).matches() || IPV6.matcher(host).matches())) return java.util.Optional.empty();
        return java.util.Optional.ofNullable(bytes(host));
    }

    /** Parsed by hand for IPv4, so that a malformed literal such as 999.1.1.1 is never sent to DNS as a name. */
    private static byte[] bytes(String literal) {
        if (IPV4.matcher(literal).matches()) {
            String[] parts = literal.split("\\.");
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                int n = Integer.parseInt(parts[i]);
                if (n > 255) return null;
                out[i] = (byte) n;
            }
            return out;
        }
        if (!IPV6.matcher(literal).matches()) return null;
        try {
            return InetAddress.getByName(literal).getAddress();   // with a colon, the JDK parses or refuses; it never asks DNS
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Whether the address is inside; an IPv4 range never contains an IPv6 address and the other way round. */
    public boolean contains(byte[] address) {
        if (address.length != network.length) return false;
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) if (address[i] != network[i]) return false;
        int rest = prefix % 8;
        if (rest == 0) return true;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[whole] & mask) == (network[whole] & mask);
    }

    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressRange r && r.prefix == prefix && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return text;
    }
}
