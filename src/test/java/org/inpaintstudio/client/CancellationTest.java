package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cancelling stops the task at once, whether it is waiting between polls or inside a call. */
class CancellationTest {
    private static final InpaintRequest REQUEST = MockService.URL_REQUEST;

    @RegisterExtension
    final MockService service = new MockService();

    private final AtomicInteger polls = new AtomicInteger();

    /** A task that never ends; status answers after the first are delayed by {@code answerDelay}. */
    private void processForever(Duration answerDelay) {
        service.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int n = request.getMethod().equals("POST") ? 0 : polls.incrementAndGet();
                return new MockResponse()
                        .setHeader("Content-Type", "application/json")
                        .setHeadersDelay(n < 2 ? 0 : answerDelay.toMillis(), TimeUnit.MILLISECONDS)
                        .setBody(MockService.task("t-9", n == 0 ? TaskState.QUEUED : TaskState.PROCESSING, n));
            }
        });
    }

    private long cancelAfterFirstPollAndTime(InpaintClient client) throws Exception {
        Cancellation cancellation = new Cancellation();
        CountDownLatch polled = new CountDownLatch(1);
        TaskListener listener = status -> {
            if (status.state() == TaskState.PROCESSING) {
                polled.countDown();
            }
        };
        CompletableFuture<TaskResult> running = CompletableFuture.supplyAsync(() -> {
            try {
                return client.run(REQUEST, listener, cancellation);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        assertTrue(polled.await(3, TimeUnit.SECONDS), "the task never reached processing");
        Thread.sleep(30); // now between polls, or inside one
        long cancelledAt = System.nanoTime();
        cancellation.cancel();
        ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(2, TimeUnit.SECONDS));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt);
        TaskCancelledException cancelled = (TaskCancelledException) e.getCause();
        assertTrue(cancelled.getMessage().contains("t-9"), cancelled.getMessage());
        return took;
    }

    @Test
    void cancellingBetweenPollsReturnsAtOnceAndPollsNoMore() throws Exception {
        processForever(Duration.ZERO);
        InpaintClient client =
                new InpaintClient(service.config().withPolling(Duration.ofMillis(500), 1, Duration.ofMillis(500)));

        long took = cancelAfterFirstPollAndTime(client);

        assertTrue(took < 200, "took " + took + " ms to stop");
        int pollsAtCancel = polls.get();
        Thread.sleep(600);
        assertEquals(pollsAtCancel, polls.get(), "polling went on after cancel");
    }

    @Test
    void cancellingDuringASlowCallAbandonsTheCall() throws Exception {
        processForever(Duration.ofMillis(1500));
        InpaintClient client = new InpaintClient(service.config()
                .withPolling(Duration.ofMillis(1), 1, Duration.ofMillis(1))
                .withDeadline(Duration.ofSeconds(30)));
        // The first poll answers at once, the second after 1.5 s: cancel inside the second.
        long took = cancelAfterFirstPollAndTime(client);

        assertTrue(took < 200, "took " + took + " ms to stop");
    }

    @Test
    void aCancelledTaskNeverStarts() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        assertThrows(
                TaskCancelledException.class, () -> service.client().run(REQUEST, TaskListener.NONE, cancellation));
        assertEquals(0, service.server.getRequestCount());
    }

    @Test
    void theStatusOfAnEarlierTaskCanBeAskedFor() throws Exception {
        service.answerTask("t-3", TaskState.WAITING, 0);

        TaskStatus status = service.client().status("t-3", new Cancellation());

        assertEquals(TaskState.WAITING, status.state());
        assertEquals(MockService.TASKS_PATH + "/t-3", service.take().getPath());
    }
}
