package org.inpaintstudio.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Predicate;
import okhttp3.Dns;

/**
 * The resolver of the URL fetcher: every connection, redirects included, goes to an address that passed here, so a
 * public name that resolves to 127.0.0.1 (or is rebound to it between two lookups) is refused. A host the operator
 * named in the allow-list is trusted with whatever it resolves to.
 */
final class FilteringDns implements Dns {
    private final Dns resolver;
    private final Predicate<InetAddress> reachable;
    private final HostAllowList allowList;

    FilteringDns(Dns resolver, Predicate<InetAddress> reachable, HostAllowList allowList) {
        this.resolver = resolver;
        this.reachable = reachable;
        this.allowList = allowList;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> all = resolver.lookup(host);
        if (allowList.names(host)) {
            return all;
        }
        List<InetAddress> allowed = all.stream().filter(reachable).toList();
        if (allowed.isEmpty()) {
            throw new UnknownHostException(host + " resolves to no address that may be fetched");
        }
        return allowed;
    }
}
