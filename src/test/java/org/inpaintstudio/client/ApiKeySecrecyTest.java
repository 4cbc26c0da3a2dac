package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import okhttp3.mockwebserver.MockResponse;
import org.inpaintstudio.api.InpaintRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** The key goes in the X-API-KEY header and nowhere else: not in messages, toString or stack traces. */
class ApiKeySecrecyTest {
    private static final InpaintRequest REQUEST = MockService.URL_REQUEST;

    @RegisterExtension
    final MockService service = new MockService();

    private static void assertKeyNowhereIn(ClientException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        for (String text :
                List.of(e.getMessage(), e.toString(), e.message(Locale.SIMPLIFIED_CHINESE), trace.toString())) {
            assertFalse(text.contains(MockService.KEY), "the key leaked into: " + text);
        }
    }

    private ClientException failure(Executable run) {
        return assertThrows(ClientException.class, run);
    }

    @Test
    void aRefusalThatEchoesTheKeyIsScrubbed() throws Exception {
        service.answer(401, MockService.error(401, "invalid X-API-KEY " + MockService.KEY));

        ClientException e = failure(() -> service.client().run(REQUEST, TaskListener.NONE, new Cancellation()));

        assertKeyNowhereIn(e);
        assertTrue(e.getMessage().contains("invalid X-API-KEY [api key]"), e.getMessage());
        assertEquals(MockService.KEY, service.take().getHeader("X-API-KEY"), "the header still carries it");
    }

    @Test
    void anUnreadableAnswerThatEchoesTheKeyIsScrubbed() throws Exception {
        service.answer(200, "{\"status\":200,\"data\":" + MockService.KEY + "}");

        assertKeyNowhereIn(failure(() -> service.client().run(REQUEST, TaskListener.NONE, new Cancellation())));
    }

    @Test
    void aServerErrorPageThatEchoesTheKeyIsScrubbed() throws Exception {
        service.server.enqueue(new MockResponse()
                .setResponseCode(500)
                .setBody("<html>headers: X-API-KEY=" + MockService.KEY + "</html>"));

        assertKeyNowhereIn(failure(() -> service.client().run(REQUEST, TaskListener.NONE, new Cancellation())));
    }

    @Test
    void aNetworkFailureDoesNotMentionTheKey() throws Exception {
        ClientConfig config = service.config().withRetries(0, java.time.Duration.ZERO, java.time.Duration.ZERO);
        service.close();

        assertKeyNowhereIn(
                failure(() -> new InpaintClient(config).run(REQUEST, TaskListener.NONE, new Cancellation())));
    }

    @Test
    void toStringsHideTheKey() {
        ClientConfig config = service.config();

        for (Object shown : List.of(config, config.apiKey(), service.client())) {
            assertFalse(shown.toString().contains(MockService.KEY), shown.toString());
        }
        assertEquals("ApiKey[set]", config.apiKey().toString());
        assertEquals("ApiKey[none]", ApiKey.of("  ").toString());
    }
}
