package org.setu.notification.app;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.setu.notification.domain.AddressRange;
import org.setu.notification.domain.SubscriptionRules;
import org.setu.notification.domain.WebhookAddressPolicy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Applies {@link WebhookAddressPolicy} to a webhook URL: at registration, and before every call. At send time it
 * answers the one address that was judged, and the channel connects to exactly that address, so a name that
 * resolves to something else a moment later (DNS rebinding) cannot move the call into the cluster.
 */
@ApplicationScoped
public class WebhookGuard {

    /** The host resolved to an address that webhooks may not reach; permanent, so nothing keeps knocking. */
    public static final String FORBIDDEN_ADDRESS = "WEBHOOK_FORBIDDEN_ADDRESS";
    static final String REFUSED_AT_REGISTRATION =
            "must point at a public address; loopback, private, link-local, multicast and other internal addresses are refused";
    private static final Logger LOG = Logger.getLogger(WebhookGuard.class);

    @Inject
    HostResolver resolver;

    @Inject
    NotificationSettings settings;

    private List<AddressRange> allowedPrivate;

    /** Where a call goes: the URL's parts, and the checked address to connect to instead of resolving the host again. */
    public record Vetted(URI uri, String host, int port, boolean https, InetAddress address) {
    }

    @PostConstruct
    void init() {
        allowedPrivate = settings.webhook().allowedPrivateRanges().orElse(List.of()).stream()
                .filter(r -> !r.isBlank()).map(r -> {
                    try {
                        return AddressRange.parse(r);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException("setu.notification.webhook.allowed-private-ranges: " + e.getMessage());
                    }
                }).toList();
        if (!allowedPrivate.isEmpty()) LOG.infof("webhooks may reach these private ranges: %s", allowedPrivate);
    }

    /**
     * A URL whose host is, or resolves to, an address webhooks may not reach is refused. A name that does not resolve
     * yet is accepted (a partner may register before its DNS is live): it is judged again before every call.
     */
    public Optional<SubscriptionRules.Violation> checkAtRegistration(String url) {
        Optional<URI> uri = parse(url);
        if (uri.isEmpty()) return Optional.empty();   // SubscriptionRules already names a malformed URL
        try {
            WebhookAddressPolicy.Decision d = WebhookAddressPolicy.judgeAll(resolve(host(uri.get())), allowedPrivate);
            return d.allowed() ? Optional.empty() : Optional.of(new SubscriptionRules.Violation("url", REFUSED_AT_REGISTRATION));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Resolves and judges the URL's host now; the answer holds the address to connect to. */
    public Vetted vet(String url) throws DeliveryFailure {
        URI uri = parse(url).orElseThrow(() -> new DeliveryFailure("WEBHOOK_BAD_URL", true));
        String host = host(uri);
        List<InetAddress> addresses;
        try {
            addresses = resolve(host);
        } catch (UnknownHostException e) {
            throw new DeliveryFailure("WEBHOOK_UNREACHABLE", false);
        }
        WebhookAddressPolicy.Decision d = WebhookAddressPolicy.judgeAll(addresses, allowedPrivate);
        if (!d.allowed()) {
            LOG.warnf("a webhook call was refused: its host resolves to a %s address", d.kind());
            throw new DeliveryFailure(FORBIDDEN_ADDRESS, true);
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        return new Vetted(uri, host, port, https, withoutName(addresses.get(0)));
    }

    /**
     * The address alone: an address from DNS remembers its name, and a client handed it could resolve that name
     * again. Without the name there is nothing left to resolve.
     */
    private static InetAddress withoutName(InetAddress a) {
        try {
            return InetAddress.getByAddress(a.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 4 or 16 bytes is always accepted", e);
        }
    }

    private List<InetAddress> resolve(String host) throws UnknownHostException {
        Optional<byte[]> literal = AddressRange.literal(host);
        if (literal.isPresent()) return List.of(InetAddress.getByAddress(literal.get()));
        List<InetAddress> found = resolver.resolve(host);
        if (found == null || found.isEmpty()) throw new UnknownHostException("no address");
        return found;
    }

    private static Optional<URI> parse(String url) {
        if (url == null) return Optional.empty();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) return Optional.empty();
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The host without the brackets of an IPv6 literal. */
    private static String host(URI uri) {
        String h = uri.getHost();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
