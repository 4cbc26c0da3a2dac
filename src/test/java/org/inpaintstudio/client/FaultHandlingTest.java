package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rate limits, retries, broken connections, bad answers, slow bodies and expired links. */
class FaultHandlingTest {
    private static final InpaintRequest REQUEST = MockService.URL_REQUEST;
    private static final byte[] RESULT = TestImages.png(5, 5);
    private static final String DONE = MockService.done("t-1", Base64Codec.encode(RESULT), ReturnType.BASE64);

    @RegisterExtension
    final MockService service = new MockService();

    private final RecordingListener listener = new RecordingListener();

    private TaskResult run() throws Exception {
        return service.client().run(REQUEST, listener, new Cancellation());
    }

    @Test
    void a429IsWaitedOutAndTheCreateSentAgain() throws Exception {
        service.answer(429, MockService.error(429, "QPS limit"));
        service.answer(200, DONE);

        assertArrayEquals(RESULT, run().image());
        assertEquals(2, service.server.getRequestCount());
        assertEquals(List.of(ClientNotice.RATE_LIMITED), listener.notices);
    }

    /** Answers a 429 with {@code retryAfter}, then success; returns how long the task took in ms. */
    private long msToGetPast429(String retryAfter) throws Exception {
        service.server.enqueue(new MockResponse()
                .setResponseCode(429)
                .setHeader("Retry-After", retryAfter)
                .setBody(MockService.error(429, "slow down")));
        service.answer(200, DONE);
        long start = System.nanoTime();
        run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void retryAfterInSecondsIsHonoured() throws Exception {
        long waited = msToGetPast429("1");

        assertTrue(waited >= 950 && waited < 2500, "waited " + waited + " ms for Retry-After: 1");
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() throws Exception {
        long waited = msToGetPast429(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2).withNano(0)));

        assertTrue(waited >= 900 && waited < 3000, "waited " + waited + " ms for a date 1-2 s ahead");
    }

    @Test
    void aStatusCheckThatFailsWith500IsRetried() throws Exception {
        service.answerTask("t-1", TaskState.QUEUED, 0);
        service.answer(500, MockService.error(500, "oops"));
        service.answer(503, "Service Unavailable");
        service.answer(200, DONE);

        assertArrayEquals(RESULT, run().image());
        assertEquals(4, service.server.getRequestCount());
        assertEquals(
                List.of(ClientNotice.RETRYING, ClientNotice.RATE_LIMITED), listener.notices, "a 503 is a slow-down");
        assertEquals(List.of(TaskState.QUEUED, TaskState.DONE), listener.states());
    }

    @Test
    void aStatusCheckThatKeepsFailingEndsAsAServerErrorAfterTheRetries() throws Exception {
        service.answerTask("t-1", TaskState.QUEUED, 0);
        for (int i = 0; i < 4; i++) {
            service.answer(502, "Bad Gateway");
        }

        ServerException e = assertThrows(ServerException.class, this::run);

        assertEquals(502, e.httpStatus());
        assertFalse(e.mayHaveBeenCreated());
        assertEquals(5, service.server.getRequestCount());
    }

    @Test
    void aCreateWhoseConnectionDropsAfterSendingIsNotResentAndMayHaveBeenCreated() throws Exception {
        service.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        service.answer(200, DONE);

        NetworkException e = assertThrows(NetworkException.class, this::run);

        assertTrue(e.mayHaveBeenCreated());
        assertTrue(e.getMessage().contains("may have been created"), e.getMessage());
        assertEquals(1, service.server.getRequestCount());
    }

    @Test
    void aStatusCheckWhoseConnectionDropsMidBodyIsRetried() throws Exception {
        service.answerTask("t-1", TaskState.QUEUED, 0);
        service.server.enqueue(
                new MockResponse().setBody(DONE).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        service.answer(200, DONE);

        assertArrayEquals(RESULT, run().image());
        assertEquals(3, service.server.getRequestCount());
    }

    @Test
    void anUnreachableServiceIsANetworkErrorNamingIt() throws Exception {
        String url = service.url("/");
        service.close();
        ClientConfig config = ClientConfig.defaults(url, ApiKey.of(MockService.KEY))
                .withRequestsPerSecond(1000)
                .withRetries(1, Duration.ofMillis(5), Duration.ofMillis(5));

        NetworkException e = assertThrows(
                NetworkException.class, () -> new InpaintClient(config).run(REQUEST, listener, new Cancellation()));

        assertFalse(e.mayHaveBeenCreated(), "a connection that never opened sent nothing");
        assertTrue(e.getMessage().contains(url), e.getMessage());
        assertTrue(e.getMessage().contains("Check the service URL"), e.getMessage());
    }

    @Test
    void malformedJsonIsAnUnreadableAnswer() throws Exception {
        service.answer(200, "{\"status\":200,\"data\":{\"state\":");

        ServerException e = assertThrows(ServerException.class, this::run);

        assertEquals(0, e.httpStatus());
        assertTrue(e.mayHaveBeenCreated(), "the create got a 200: the task may exist");
        assertTrue(e.getMessage().contains("not the inpainting API"), e.getMessage());
    }

    @Test
    void anUnknownStateCodeIsAnUnreadableAnswerNamingIt() throws Exception {
        service.answer(200, "{\"status\":200,\"message\":\"success\",\"data\":{\"state\":-4,\"task_id\":\"x\"}}");

        ServerException e = assertThrows(ServerException.class, this::run);

        assertTrue(e.getMessage().contains("state -4"), e.getMessage());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        service.answer(
                200,
                "{\"status\":200,\"message\":\"success\",\"request_id\":\"r\",\"data\":{\"state\":1,"
                        + "\"progress\":100,\"task_id\":\"t\",\"image\":\"" + Base64Codec.encode(RESULT)
                        + "\",\"extra\":[1]}}");

        assertArrayEquals(RESULT, run().image());
    }

    @Test
    void aSlowBodyPastTheDeadlineEndsTheTaskByTheDeadline() throws Exception {
        service.answerTask("t-1", TaskState.QUEUED, 0);
        service.server.enqueue(
                new MockResponse().setBody(DONE + " ".repeat(2000)).throttleBody(16, 50, TimeUnit.MILLISECONDS));
        InpaintClient client = new InpaintClient(service.config().withDeadline(Duration.ofMillis(600)));

        long start = System.nanoTime();
        DeadlineExceededException e =
                assertThrows(DeadlineExceededException.class, () -> client.run(REQUEST, listener, new Cancellation()));

        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(took >= 550 && took < 1100, "took " + took + " ms for a 600 ms deadline");
        assertTrue(e.getMessage().contains("t-1"), e.getMessage());
    }

    @Test
    void anExpiredResultUrlSaysSoAndHowToGetItBack() throws Exception {
        service.answer(200, MockService.done("t-1", service.url("/out/r.png?Expires=1"), ReturnType.URL));
        service.server.enqueue(new MockResponse()
                .setResponseCode(403)
                .setBody("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"));

        ResultExpiredException e = assertThrows(ResultExpiredException.class, this::run);

        assertEquals(403, e.httpStatus());
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        assertTrue(e.getMessage().contains("run the task again"), e.getMessage());
        assertEquals(2, service.server.getRequestCount(), "a 403 is final: no retry");
    }

    @Test
    void aResultDownloadWithBytesIsReturnedAsIs() throws Exception {
        service.answer(200, MockService.done("t-1", service.url("/out/r.png"), ReturnType.URL));
        service.server.enqueue(new MockResponse().setBody(new Buffer().write(RESULT)));

        assertArrayEquals(RESULT, run().image());
    }
}
