package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UrlFetcherTest {
    private static final long CAP = 64 * 1024;

    private final MockWebServer web = new MockWebServer();
    private UrlFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        web.start();
        fetcher = new UrlFetcher(Duration.ofMillis(800), CAP, HostAllowList.any(), true);
    }

    @AfterEach
    void stop() throws IOException {
        fetcher.close();
        web.shutdown();
    }

    @Test
    void returnsTheBodyBytes() throws Exception {
        byte[] body = {1, 2, 3, 4, 5};
        web.enqueue(new MockResponse().setBody(new Buffer().write(body)));
        assertArrayEquals(body, fetcher.fetch(web.url("/a.png").toString()));
    }

    @Test
    void aConnectionTheServerClosedAfterItsAnswerIsNotReused() throws Exception {
        web.enqueue(new MockResponse().setBody("first").setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
        web.enqueue(new MockResponse().setBody("second"));
        assertEquals("first", new String(fetcher.fetch(web.url("/1").toString())));
        assertEquals("second", new String(fetcher.fetch(web.url("/2").toString())));
    }

    @Test
    void notFoundIsAFailureNamingTheStatusButNotTheQuery() {
        web.enqueue(new MockResponse().setResponseCode(404));
        UrlFetchException e = assertThrows(
                UrlFetchException.class,
                () -> fetcher.fetch(web.url("/a.png?Signature=secret").toString()));
        assertFalse(e.tooLarge());
        assertTrue(e.detail().contains("404"), e.detail());
        assertFalse(e.getMessage().contains("secret") || e.detail().contains("secret"), e.detail());
    }

    @Test
    void declaredLengthOverTheCapIsTooLarge() {
        web.enqueue(new MockResponse().setBody(new Buffer().write(new byte[(int) CAP + 1])));
        assertTrue(assertThrows(
                        UrlFetchException.class,
                        () -> fetcher.fetch(web.url("/big").toString()))
                .tooLarge());
    }

    @Test
    void chunkedBodyOverTheCapIsTooLargeWithoutReadingItAll() {
        web.enqueue(new MockResponse().setChunkedBody(new Buffer().write(new byte[(int) CAP * 4]), 4096));
        assertTrue(assertThrows(
                        UrlFetchException.class,
                        () -> fetcher.fetch(web.url("/big").toString()))
                .tooLarge());
    }

    @Test
    void bodyExactlyAtTheCapIsAccepted() throws Exception {
        web.enqueue(new MockResponse().setBody(new Buffer().write(new byte[(int) CAP])));
        assertEquals(CAP, fetcher.fetch(web.url("/edge").toString()).length);
    }

    @Test
    void slowServerTimesOutAsAFailure() {
        web.enqueue(
                new MockResponse().setBody(new Buffer().write(new byte[1000])).throttleBody(100, 1, TimeUnit.SECONDS));
        long start = System.nanoTime();
        UrlFetchException e = assertThrows(
                UrlFetchException.class, () -> fetcher.fetch(web.url("/slow").toString()));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertFalse(e.tooLarge());
        assertTrue(e.detail().contains("longer than"), e.detail());
        assertTrue(tookMs < 3000, "gave up after " + tookMs + " ms");
    }

    @Test
    void followsARedirect() throws Exception {
        web.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/moved.png"));
        web.enqueue(new MockResponse().setBody("image"));
        assertEquals("image", new String(fetcher.fetch(web.url("/a.png").toString())));
        web.takeRequest();
        assertEquals("/moved.png", web.takeRequest().getPath());
    }

    @Test
    void redirectLoopStopsAfterTheLimit() {
        for (int i = 0; i <= UrlFetcher.MAX_REDIRECTS + 2; i++) {
            web.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/loop"));
        }
        UrlFetchException e = assertThrows(
                UrlFetchException.class, () -> fetcher.fetch(web.url("/loop").toString()));
        assertTrue(e.detail().contains("redirects"), e.detail());
        assertEquals(UrlFetcher.MAX_REDIRECTS + 1, web.getRequestCount());
    }

    @Test
    void allowListRefusesOtherHostsAlsoAfterARedirect() throws Exception {
        try (UrlFetcher strict =
                new UrlFetcher(Duration.ofSeconds(1), CAP, HostAllowList.of(List.of("localhost")), true)) {
            web.enqueue(new MockResponse()
                    .setResponseCode(302)
                    .setHeader("Location", "http://127.0.0.1:" + web.getPort() + "/x"));
            UrlFetchException e = assertThrows(
                    UrlFetchException.class, () -> strict.fetch("http://localhost:" + web.getPort() + "/a"));
            assertTrue(e.detail().contains("127.0.0.1"), e.detail());
            assertEquals(1, web.getRequestCount());
        }
    }

    @Test
    void allowListMatchesExactHostsAndWildcards() {
        HostAllowList list = HostAllowList.of(List.of("images.example.com", " *.cdn.example.org "));
        assertTrue(list.allows("IMAGES.example.com"));
        assertTrue(list.allows("a.b.cdn.example.org"));
        assertFalse(list.allows("cdn.example.org.evil.com"));
        assertFalse(list.allows("example.com"));
        assertTrue(HostAllowList.any().allows("10.0.0.1"));
    }
}
