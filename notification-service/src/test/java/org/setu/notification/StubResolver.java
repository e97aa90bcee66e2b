package org.setu.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.setu.notification.app.HostResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The webhook host names of the tests, instead of DNS: a name a test did not stub does not resolve, so no test
 * reaches a real name. Tests point a name at loopback (allowed in the test profile) or at an address the policy
 * refuses, which is refused before any connection is opened.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class StubResolver implements HostResolver {

    private static final Map<String, List<InetAddress>> NAMES = new ConcurrentHashMap<>();

    /**
     * Points a name at literal addresses (from now on, until pointed elsewhere). Like DNS answers, each address
     * remembers the name, so a client that resolved the name again instead of using the address would fail here.
     */
    public static void point(String name, String... literals) {
        NAMES.put(name.toLowerCase(), java.util.Arrays.stream(literals).map(ip -> literal(name, ip)).toList());
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        List<InetAddress> found = NAMES.get(host.toLowerCase());
        if (found == null) throw new UnknownHostException("not stubbed");
        return found;
    }

    private static InetAddress literal(String name, String ip) {
        try {
            return InetAddress.getByAddress(name, org.setu.notification.domain.AddressRange.literal(ip).orElseThrow());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
