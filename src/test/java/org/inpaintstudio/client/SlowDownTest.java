package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Slow down" answers (429, and 503 of a status check) are waited out until the task's deadline, not a fixed
 * number of times; the deadline's message counts them; and the clients of one service in a process share its rate.
 */
class SlowDownTest {
    private static final InpaintRequest REQUEST = MockService.URL_REQUEST.withReturnType(ReturnType.BASE64);
    private static final byte[] RESULT = TestImages.png(5, 5);
    private static final String DONE = MockService.done("t-1", Base64Codec.encode(RESULT), ReturnType.BASE64);

    @RegisterExtension
    final MockService service = new MockService();

    private final RecordingListener listener = new RecordingListener();

    private MockResponse slowDown() {
        return new MockResponse()
                .setResponseCode(429)
                .setHeader("Content-Type", "application/json")
                .setBody(MockService.error(429, "QPS limit"));
    }

    @Test
    void moreSlowDownsThanTheRetryCountAreWaitedOutAndTheTaskFinishes() throws Exception {
        for (int i = 0; i < 8; i++) {
            service.server.enqueue(slowDown());
        }
        service.answer(200, DONE);

        TaskResult result = service.client().run(REQUEST, listener, new Cancellation());

        assertArrayEquals(RESULT, result.image());
        assertEquals(9, service.server.getRequestCount(), "eight refusals (the retry count is 3) and the create");
        assertEquals(Collections.nCopies(8, ClientNotice.RATE_LIMITED), listener.notices);
    }

    @Test
    void slowDownsWithoutEndStopAtTheDeadlineWithAMessageThatCountsThem() throws Exception {
        service.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return slowDown();
            }
        });
        InpaintClient client = new InpaintClient(service.config().withDeadline(Duration.ofMillis(800)));

        DeadlineExceededException e =
                assertThrows(DeadlineExceededException.class, () -> client.run(REQUEST, listener, new Cancellation()));

        int answered = service.server.getRequestCount();
        assertTrue(answered > 4, "more tries than the retry count of 3: " + answered);
        // The deadline may cut the last request off before its answer is read.
        assertTrue(e.slowDowns() == answered || e.slowDowns() == answered - 1, e.slowDowns() + " of " + answered);
        assertTrue(e.getMessage().contains("asked to slow down " + e.slowDowns() + " times"), e.getMessage());
        String chinese = e.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.contains(e.slowDowns() + " 次要求放缓请求"), chinese);
    }

    @Test
    void aRetryAfterPastTheDeadlineEndsTheTaskAtOnceInsteadOfWaitingInVain() throws Exception {
        service.server.enqueue(slowDown().setHeader("Retry-After", "60"));
        long start = System.nanoTime();

        DeadlineExceededException e = assertThrows(
                DeadlineExceededException.class, () -> service.client().run(REQUEST, listener, new Cancellation()));

        assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos(), "the 5 s deadline was not waited");
        assertEquals(1, service.server.getRequestCount());
        assertTrue(e.getMessage().contains("asked to slow down once"), e.getMessage());
    }

    @Test
    void a503OfAStatusCheckIsASlowDownWaitedOutBeyondTheRetryCount() throws Exception {
        service.answerTask("t-1", TaskState.QUEUED, 0);
        for (int i = 0; i < 5; i++) {
            service.answer(503, "Service Unavailable");
        }
        service.answer(200, DONE);

        assertArrayEquals(
                RESULT,
                service.client().run(REQUEST, listener, new Cancellation()).image());

        assertEquals(7, service.server.getRequestCount());
        assertEquals(Collections.nCopies(5, ClientNotice.RATE_LIMITED), listener.notices);
    }

    @Test
    void a503OfACreateStaysAServerErrorThatMayHaveCreatedTheTask() throws Exception {
        service.answer(503, MockService.error(503, "overloaded"));

        ServerException e =
                assertThrows(ServerException.class, () -> service.client().run(REQUEST, listener, new Cancellation()));

        assertTrue(e.mayHaveBeenCreated());
        assertEquals(1, service.server.getRequestCount(), "a create that may have been accepted is never resent");
    }

    @Test
    void clientsOfOneServiceKeyAndRateShareOneLimiterAndOthersDoNot() {
        String url = service.url("/");
        RateLimiter shared = SharedRateLimits.forService(url, ApiKey.of("key-one"), 2);

        assertSame(shared, SharedRateLimits.forService(url, ApiKey.of("key-one"), 2));
        assertNotSame(shared, SharedRateLimits.forService(url, ApiKey.of("key-two"), 2));
        assertNotSame(shared, SharedRateLimits.forService(url, ApiKey.of("key-one"), 3));
        assertNotSame(shared, SharedRateLimits.forService(url + "other/", ApiKey.of("key-one"), 2));
    }

    @Test
    void twoClientsOfOneServiceTogetherKeepToTheRate() throws Exception {
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        service.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrivals.add(System.nanoTime());
                return new MockResponse()
                        .setHeader("Content-Type", "application/json")
                        .setBody(DONE);
            }
        });
        ClientConfig tenPerSecond = service.config().withRequestsPerSecond(10);
        List<InpaintClient> clients = List.of(new InpaintClient(tenPerSecond), new InpaintClient(tenPerSecond));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TaskResult>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                InpaintClient client = clients.get(i % 2);
                runs.add(pool.submit(() -> client.run(REQUEST.withSync(true), TaskListener.NONE, new Cancellation())));
            }
            for (Future<TaskResult> run : runs) {
                assertArrayEquals(RESULT, run.get().image());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> sorted = arrivals.stream().sorted().toList();
        assertEquals(8, sorted.size());
        for (int i = 1; i < sorted.size(); i++) {
            long gapMs = (sorted.get(i) - sorted.get(i - 1)) / 1_000_000;
            // 100 ms apart when sent; loopback may shift one arrival a little, two limiters would send at once.
            assertTrue(gapMs >= 50, "requests " + (i - 1) + " and " + i + " arrived " + gapMs + " ms apart");
        }
    }
}
