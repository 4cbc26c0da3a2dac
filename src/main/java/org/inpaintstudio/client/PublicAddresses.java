package org.inpaintstudio.client;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Tells the addresses of the public internet from those of this machine and its networks, so that a server does
 * not fetch image_url from its own loopback, the LAN, a cloud metadata address or a multicast group on behalf of a
 * client. IPv4 embedded in IPv6 (compatible, NAT64, 6to4) is judged by the IPv4 inside; Java already turns
 * {@code ::ffff:a.b.c.d} into IPv4.
 */
final class PublicAddresses {
    private PublicAddresses() {}

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        return address instanceof Inet4Address ? isPublicV4(b, 0) : isPublicV6(b);
    }

    private static boolean isPublicV4(byte[] b, int at) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        return !(first == 0 // "this network"
                || first == 10
                || first == 127
                || first == 100 && (second & 0xc0) == 64 // 100.64.0.0/10, carrier-grade NAT
                || first == 169 && second == 254 // link-local, cloud metadata
                || first == 172 && (second & 0xf0) == 16
                || first == 192 && second == 168
                || first == 192 && second == 0 && (b[at + 2] & 0xff) == 0 // 192.0.0.0/24, protocol assignments
                || first == 198 && (second == 18 || second == 19) // benchmarking
                || first >= 224); // multicast, reserved, broadcast
    }

    private static boolean isPublicV6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return false; // fc00::/7, unique local
        }
        if (zeros(b, 0, 12)
                || b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zeros(b, 4, 12)) {
            return isPublicV4(b, 12); // ::a.b.c.d and 64:ff9b::a.b.c.d
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return isPublicV4(b, 2); // 6to4
        }
        return true;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
