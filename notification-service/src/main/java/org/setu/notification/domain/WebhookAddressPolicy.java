package org.setu.notification.domain;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Where a webhook may be sent: only to the public internet. A subscriber names a URL, and whoever may register one
 * could otherwise make the service call its own cluster, the database, the cloud's metadata address (which hands out
 * credentials) or the machine itself (server-side request forgery). So every address a webhook's host resolves to
 * is judged here, at registration and again right before each call, and the call goes to the address judged.
 * <p>
 * An operator may allow named private ranges (an on-premises partner in 10.20.0.0/16, say); nothing else opens them.
 */
public final class WebhookAddressPolicy {

    /** A verdict on one address: allowed, or refused with the kind of address it is (a code, for logs and tests). */
    public record Decision(boolean allowed, String kind) {
        static Decision allow() {
            return new Decision(true, "public");
        }

        static Decision refuse(String kind) {
            return new Decision(false, kind);
        }
    }

    private record Refused(AddressRange range, String kind) {
    }

    private static final List<Refused> REFUSED = List.of(
            refused("0.0.0.0/8", "unspecified"),          // 0.0.0.0 reaches the machine itself on Linux
            refused("127.0.0.0/8", "loopback"),
            refused("10.0.0.0/8", "private"),
            refused("172.16.0.0/12", "private"),
            refused("192.168.0.0/16", "private"),
            refused("100.64.0.0/10", "shared (CGNAT)"),
            refused("169.254.0.0/16", "link-local"),      // 169.254.169.254 is the cloud metadata address
            refused("192.0.0.0/24", "reserved"),
            refused("198.18.0.0/15", "reserved"),
            refused("224.0.0.0/4", "multicast"),
            refused("240.0.0.0/4", "reserved"),           // 255.255.255.255 (broadcast) among them
            refused("::/128", "unspecified"),
            refused("::1/128", "loopback"),
            refused("fe80::/10", "link-local"),
            refused("fec0::/10", "site-local"),
            refused("fc00::/7", "unique-local"),
            refused("ff00::/8", "multicast"));

    /** IPv6 forms that carry an IPv4 address inside them; the IPv4 address is what a connection would reach. */
    private static final AddressRange COMPATIBLE = AddressRange.parse("::/96");
    private static final AddressRange NAT64 = AddressRange.parse("64:ff9b::/96");
    private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");

    private WebhookAddressPolicy() {
    }

    /** A public address is allowed; an internal one only when an allowed range names it. */
    public static Decision judge(InetAddress address, List<AddressRange> allowedPrivate) {
        return judge(address.getAddress(), allowedPrivate);
    }

    public static Decision judge(byte[] address, List<AddressRange> allowedPrivate) {
        for (AddressRange allowed : allowedPrivate) if (allowed.contains(address)) return Decision.allow();
        byte[] inner = embeddedIpv4(address);
        if (inner != null) return judge(inner, allowedPrivate);
        for (Refused r : REFUSED) if (r.range().contains(address)) return Decision.refuse(r.kind());
        return Decision.allow();
    }

    /**
     * A host is refused when any of its addresses is: a name that resolves to a public and a private address could
     * otherwise be connected to either.
     */
    public static Decision judgeAll(List<InetAddress> addresses, List<AddressRange> allowedPrivate) {
        if (addresses.isEmpty()) return Decision.refuse("unresolved");
        for (InetAddress a : addresses) {
            Decision d = judge(a, allowedPrivate);
            if (!d.allowed()) return d;
        }
        return Decision.allow();
    }

    private static byte[] embeddedIpv4(byte[] a) {
        if (a.length != 16) return null;
        if (isMapped(a) || NAT64.contains(a)) return Arrays.copyOfRange(a, 12, 16);
        // ::/96 holds :: and ::1 as well, which the refused list names; other addresses in it embed IPv4
        if (COMPATIBLE.contains(a) && !(a[12] == 0 && a[13] == 0 && a[14] == 0 && (a[15] == 0 || a[15] == 1))) {
            return Arrays.copyOfRange(a, 12, 16);
        }
        if (SIX_TO_FOUR.contains(a)) return Arrays.copyOfRange(a, 2, 6);
        return null;
    }

    /** ::ffff:a.b.c.d, by its bytes: the JDK reads that text as a plain IPv4 address, so no range can be parsed for it. */
    private static boolean isMapped(byte[] a) {
        for (int i = 0; i < 10; i++) if (a[i] != 0) return false;
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    private static Refused refused(String cidr, String kind) {
        return new Refused(AddressRange.parse(cidr), kind);
    }
}
