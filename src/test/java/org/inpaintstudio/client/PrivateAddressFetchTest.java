package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * By default the fetcher connects only to public addresses, checked on the address of every connection: names
 * through the resolver, address literals in every spelling, redirects hop by hop. Listeners on loopback stand for
 * the server's own services: they must record no request, and a closed port must look like an open one.
 */
class PrivateAddressFetchTest {
    private static final long CAP = 64 * 1024;
    private static final byte[] BODY = {1, 2, 3};

    private final MockWebServer local = new MockWebServer();
    private UrlFetcher publicOnly;

    @BeforeEach
    void start() throws IOException {
        local.start(InetAddress.getByName("127.0.0.1"), 0);
        publicOnly = new UrlFetcher(Duration.ofSeconds(2), CAP, HostAllowList.any(), false);
    }

    @AfterEach
    void stop() throws IOException {
        publicOnly.close();
        local.shutdown();
    }

    private UrlFetchException refused(UrlFetcher fetcher, String url) {
        return assertThrows(UrlFetchException.class, () -> fetcher.fetch(url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "localhost",
                "2130706433",
                "127.1",
                "0x7f.0.0.1",
                "[::1]",
                "[::ffff:127.0.0.1]",
                "0.0.0.0",
                "[::]"
            })
    void loopbackInEverySpellingIsRefusedWithoutAConnection(String host) {
        UrlFetchException e = refused(publicOnly, "http://" + host + ":" + local.getPort() + "/a.png");

        assertEquals(UrlFetchException.FAILED, e.getMessage());
        assertFalse(e.tooLarge());
        assertEquals(0, local.getRequestCount(), "the loopback listener was reached through " + host);
    }

    @Test
    void aClosedPortAndAnOpenOneGetTheSameAnswer() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        String open =
                refused(publicOnly, "http://127.0.0.1:" + local.getPort() + "/").getMessage();
        String shut = refused(publicOnly, "http://127.0.0.1:" + closed + "/").getMessage();
        String unknown = refused(publicOnly, "http://no-such-host.invalid/").getMessage();

        assertEquals(open, shut);
        assertEquals(open, unknown);
    }

    @Test
    void aPublicNameThatRedirectsInsideIsStoppedAtTheRedirect() throws Exception {
        MockWebServer inside = new MockWebServer();
        inside.start(InetAddress.getByName("127.0.0.2"), 0);
        try {
            // 127.0.0.1 plays a public CDN, 127.0.0.2 the server's own network.
            Dns resolver = names(Map.of("cdn.test", "127.0.0.1", "inside.test", "127.0.0.2"));
            try (UrlFetcher fetcher = new UrlFetcher(
                    Duration.ofSeconds(2),
                    CAP,
                    HostAllowList.any(),
                    address -> !address.getHostAddress().equals("127.0.0.2"),
                    resolver)) {
                local.enqueue(new MockResponse()
                        .setResponseCode(302)
                        .setHeader("Location", "http://inside.test:" + inside.getPort() + "/secret"));
                local.enqueue(new MockResponse()
                        .setResponseCode(307)
                        .setHeader("Location", "http://127.0.0.2:" + inside.getPort() + "/secret"));
                local.enqueue(new MockResponse().setBody(new Buffer().write(BODY)));

                assertEquals(
                        UrlFetchException.FAILED,
                        refused(fetcher, "http://cdn.test:" + local.getPort() + "/a")
                                .getMessage());
                assertEquals(
                        UrlFetchException.FAILED,
                        refused(fetcher, "http://cdn.test:" + local.getPort() + "/b")
                                .getMessage());
                assertArrayEquals(
                        BODY,
                        fetcher.fetch("http://cdn.test:" + local.getPort() + "/c"),
                        "a public address is fetched");
                assertEquals(0, inside.getRequestCount(), "the inside listener was reached");
            }
        } finally {
            inside.shutdown();
        }
    }

    @Test
    void aHostNamedInTheAllowListMayBePrivate() throws Exception {
        local.enqueue(new MockResponse().setBody(new Buffer().write(BODY)));
        try (UrlFetcher fetcher =
                new UrlFetcher(Duration.ofSeconds(2), CAP, HostAllowList.of(List.of("localhost")), false)) {
            assertArrayEquals(BODY, fetcher.fetch("http://localhost:" + local.getPort() + "/a.png"));
            assertEquals(
                    UrlFetchException.FAILED,
                    refused(fetcher, "http://127.0.0.1:" + local.getPort() + "/a.png")
                            .getMessage());
        }
        assertEquals(1, local.getRequestCount());
    }

    @Test
    void privateAddressesMayBeAllowed() throws Exception {
        local.enqueue(new MockResponse().setBody(new Buffer().write(BODY)));
        try (UrlFetcher fetcher = new UrlFetcher(Duration.ofSeconds(2), CAP, HostAllowList.any(), true)) {
            assertArrayEquals(BODY, fetcher.fetch("http://127.0.0.1:" + local.getPort() + "/a.png"));
        }
    }

    @Test
    void theResolverDropsPrivateAddressesAndRefusesANameWithNoneLeft() throws Exception {
        FilteringDns dns = new FilteringDns(
                names(Map.of("mixed.test", "10.0.0.7,93.184.216.34", "lan.test", "192.168.1.20,fd00::1")),
                PublicAddresses::isPublic,
                HostAllowList.any());

        assertEquals(List.of(InetAddress.getByName("93.184.216.34")), dns.lookup("mixed.test"));
        assertThrows(UnknownHostException.class, () -> dns.lookup("lan.test"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "ff02::1",
                "::ffff:10.0.0.1",
                "::127.0.0.1",
                "64:ff9b::a00:1",
                "2002:c0a8:101::1"
            })
    void privateLoopbackLinkLocalUniqueLocalAndMulticastAreNotPublic(String address) throws Exception {
        assertFalse(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "93.184.216.34",
                "8.8.8.8",
                "172.32.0.1",
                "100.128.0.1",
                "2606:2800:220:1::248",
                "2002:5db8:d822::1"
            })
    void internetAddressesArePublic(String address) throws Exception {
        assertTrue(PublicAddresses.isPublic(InetAddress.getByName(address)), address);
    }

    /** A resolver that knows only these names (comma-separated addresses), as a test's DNS. */
    private static Dns names(Map<String, String> table) {
        return host -> {
            String addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            List<InetAddress> all = new java.util.ArrayList<>();
            for (String a : addresses.split(",")) {
                all.add(InetAddress.getByName(a));
            }
            return all;
        };
    }
}
