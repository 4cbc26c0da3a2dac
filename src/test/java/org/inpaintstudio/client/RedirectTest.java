package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Locale;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redirects: an API call is never followed (the key would go along to another origin, a POST would become a GET),
 * every 3xx ends in a {@link RedirectedException} that names the target; a result download follows a few, giving
 * the key only to the service's own origin.
 */
class RedirectTest {
    private static final byte[] RESULT = TestImages.png(5, 5);

    @RegisterExtension
    final MockService service = new MockService();
    /** Another origin (another port): what the redirects point at. It must see no key, and no API call at all. */
    private final MockWebServer elsewhere = new MockWebServer();

    @BeforeEach
    void startElsewhere() throws IOException {
        elsewhere.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stopElsewhere() throws IOException {
        elsewhere.shutdown();
    }

    private RedirectedException redirectedRun() {
        return assertThrows(
                RedirectedException.class,
                () -> service.client().run(MockService.URL_REQUEST, TaskListener.NONE, new Cancellation()));
    }

    private void redirect(int code, String location) {
        MockResponse response = new MockResponse().setResponseCode(code);
        if (location != null) {
            response.setHeader("Location", location);
        }
        service.server.enqueue(response);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aCreateThatIsRedirectedIsNotFollowedAndNamesTheTarget(int code) throws Exception {
        String target = elsewhere.url("/api/tasks/visual/inpaint").toString();
        redirect(code, target);

        RedirectedException e = redirectedRun();

        assertEquals(code, e.httpStatus());
        String base = elsewhere.url("/").toString().replaceAll("/$", "");
        assertEquals(base, e.target(), "the service URL to set, without the API path");
        assertTrue(
                e.getMessage().contains("redirect to " + base) && e.getMessage().contains("--api-url"), e.getMessage());
        assertFalse(e.mayHaveBeenCreated());
        assertEquals(1, service.server.getRequestCount());
        assertEquals(0, elsewhere.getRequestCount(), "nothing, and so no key, went to the other origin");
    }

    @Test
    void aCreateAnswered304FailsWithAMessageAndNoTarget() throws Exception {
        redirect(304, null);

        RedirectedException e = redirectedRun();

        assertEquals(304, e.httpStatus());
        assertNull(e.target());
        assertTrue(e.getMessage().contains("HTTP 304"), e.getMessage());
        assertFalse(e.message(Locale.SIMPLIFIED_CHINESE).isBlank());
    }

    @Test
    void aSameOriginRedirectIsNotFollowedEither() throws Exception {
        redirect(307, "/v2/api/tasks/visual/inpaint");

        RedirectedException e = redirectedRun();

        assertEquals(service.url("/v2"), e.target());
        assertEquals(1, service.server.getRequestCount(), "a POST is never re-sent by a redirect");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectedStatusCheckIsNotFollowed(int code) throws Exception {
        service.answerTask("t-1", TaskState.QUEUED, 0);
        redirect(code, elsewhere.url("/api/tasks/visual/inpaint/t-1").toString());

        RedirectedException e = redirectedRun();

        assertEquals(code, e.httpStatus());
        assertEquals(0, elsewhere.getRequestCount());
    }

    @Test
    void credentialsInTheTargetAreNotShown() throws Exception {
        redirect(
                302, "http://admin:hunter2@" + elsewhere.getHostName() + ":" + elsewhere.getPort() + "/x?token=abc123");

        RedirectedException e = redirectedRun();

        assertFalse(e.getMessage().contains("hunter2") || e.getMessage().contains("abc123"), e.getMessage());
        assertTrue(e.getMessage().contains("token=***"), e.getMessage());
    }

    @Test
    void aResultDownloadFollowsARedirectToAnotherOriginWithoutTheKey() throws Exception {
        service.answer(200, MockService.done("t-1", service.url("/results/t-1.png"), ReturnType.URL));
        redirect(302, elsewhere.url("/cdn/t-1.png").toString());
        elsewhere.enqueue(new MockResponse().setBody(new okio.Buffer().write(RESULT)));

        TaskResult result = service.client().run(MockService.URL_REQUEST, TaskListener.NONE, new Cancellation());

        assertArrayEquals(RESULT, result.image());
        service.take(); // the create
        assertEquals(MockService.KEY, service.take().getHeader("X-API-KEY"), "the service's own link gets the key");
        RecordedRequest atCdn = elsewhere.takeRequest();
        assertEquals("/cdn/t-1.png", atCdn.getPath());
        assertNull(atCdn.getHeader("X-API-KEY"), "the other origin never sees the key");
    }

    @Test
    void aResultDownloadStopsAfterFiveRedirects() throws Exception {
        service.answer(200, MockService.done("t-1", elsewhere.url("/r0").toString(), ReturnType.URL));
        for (int i = 0; i <= ResultFetcher.MAX_REDIRECTS; i++) {
            elsewhere.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/r" + (i + 1)));
        }

        ServerException e = assertThrows(
                ServerException.class,
                () -> service.client().run(MockService.URL_REQUEST, TaskListener.NONE, new Cancellation()));

        assertTrue(e.getMessage().contains("redirected more than 5 times"), e.getMessage());
        assertEquals(ResultFetcher.MAX_REDIRECTS + 1, elsewhere.getRequestCount());
    }
}
