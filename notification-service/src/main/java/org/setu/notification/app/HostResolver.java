package org.setu.notification.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a webhook's host name into the addresses to judge and connect to. The system's DNS in production; tests put
 * a stub in its place, so that no test depends on, or sends anything to, a real name.
 */
public interface HostResolver {

    /** @throws UnknownHostException when the name does not resolve (now) */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
