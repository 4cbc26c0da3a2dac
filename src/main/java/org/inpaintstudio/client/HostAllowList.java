package org.inpaintstudio.client;

import java.util.List;
import java.util.Locale;

/**
 * The hosts a server may fetch image_url and mask_url from. Empty means any host. An entry is an exact host name
 * or address ({@code images.example.com}, {@code 10.0.0.5}) or a wildcard for sub-domains ({@code *.example.com}).
 */
public final class HostAllowList {
    private static final HostAllowList ANY = new HostAllowList(List.of());

    private final List<String> entries;

    private HostAllowList(List<String> entries) {
        this.entries = entries;
    }

    public static HostAllowList any() {
        return ANY;
    }

    public static HostAllowList of(List<String> hosts) {
        return new HostAllowList(hosts.stream()
                .map(String::trim)
                .filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT))
                .toList());
    }

    public boolean allowsAny() {
        return entries.isEmpty();
    }

    public boolean allows(String host) {
        if (entries.isEmpty()) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String entry : entries) {
            if (entry.startsWith("*.") ? h.endsWith(entry.substring(1)) : h.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    /** True when an entry of a non-empty list names {@code host}: the operator vouches for it, whatever its address. */
    public boolean names(String host) {
        return !entries.isEmpty() && allows(host);
    }

    @Override
    public String toString() {
        return entries.isEmpty() ? "any host" : String.join(",", entries);
    }
}
