package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Create, poll to the end, fetch the result, in every return type and mode. */
class TaskLifecycleTest {
    private static final byte[] RESULT = TestImages.png(8, 6);
    private static final InpaintRequest ASYNC = MockService.URL_REQUEST;

    @RegisterExtension
    final MockService service = new MockService();

    private final RecordingListener listener = new RecordingListener();

    private void answerResultDownload(MockService host) {
        host.server.enqueue(
                new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(RESULT)));
    }

    @Test
    void asyncTaskIsPolledToDoneWithEveryStateAndProgressReportedThenDownloaded() throws Exception {
        service.answerTask("t-42", TaskState.QUEUED, 0);
        service.answerTask("t-42", TaskState.PREPARING, 0);
        service.answerTask("t-42", TaskState.WAITING, 0);
        service.answerTask("t-42", TaskState.PROCESSING, 40);
        service.answerTask("t-42", TaskState.PROCESSING, 80);
        service.answer(200, MockService.done("t-42", service.url("/results/t-42.png"), ReturnType.URL));
        answerResultDownload(service);

        TaskResult result = service.client().run(ASYNC, listener, new Cancellation());

        assertArrayEquals(RESULT, result.image());
        assertEquals(TaskState.DONE, result.status().state());
        assertEquals(
                List.of(
                        TaskState.QUEUED,
                        TaskState.PREPARING,
                        TaskState.WAITING,
                        TaskState.PROCESSING,
                        TaskState.PROCESSING,
                        TaskState.DONE),
                listener.states());
        assertEquals(List.of(0, 0, 0, 40, 80, 100), listener.progress());
        assertEquals("POST", service.take().getMethod());
        for (int i = 0; i < 5; i++) {
            RecordedRequest poll = service.take();
            assertEquals("GET", poll.getMethod());
            assertEquals(MockService.TASKS_PATH + "/t-42", poll.getPath());
            assertEquals(MockService.KEY, poll.getHeader("X-API-KEY"));
        }
        assertEquals("/results/t-42.png", service.take().getPath());
    }

    @Test
    void aResultUrlOnAnotherHostIsDownloadedWithoutTheKeyAndWithAmpersandsRepaired() throws Exception {
        try (MockService storage = new MockService()) {
            storage.start();
            answerResultDownload(storage);
            String signed = storage.url("/out/r.png") + "?Expires=1638782547\\u0026Signature=abc";
            service.answer(200, MockService.done("t-1", signed, ReturnType.URL));

            TaskResult result = service.client().run(ASYNC, listener, new Cancellation());

            assertArrayEquals(RESULT, result.image());
            RecordedRequest download = storage.take();
            assertEquals("/out/r.png?Expires=1638782547&Signature=abc", download.getPath());
            assertNull(download.getHeader("X-API-KEY"));
        }
    }

    @Test
    void anAsyncCreateAnsweredWithAFinishedTaskIsTakenWithoutPolling() throws Exception {
        service.answer(200, MockService.done("t-7", Base64Codec.encode(RESULT), ReturnType.BASE64));

        TaskResult result = service.client().run(ASYNC.withReturnType(ReturnType.BASE64), listener, new Cancellation());

        assertArrayEquals(RESULT, result.image());
        assertEquals(List.of(TaskState.DONE), listener.states());
        assertEquals(1, service.server.getRequestCount());
    }

    @Test
    void base64ResultWithADataPrefixIsDecoded() throws Exception {
        service.answer(
                200, MockService.done("t-7", "data:image/png;base64," + Base64Codec.encode(RESULT), ReturnType.BASE64));

        assertArrayEquals(
                RESULT,
                service.client().run(ASYNC, listener, new Cancellation()).image());
    }

    @Test
    void returnTypeThreeTakesTheBodyAsTheImage() throws Exception {
        service.server.enqueue(
                new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(RESULT)));

        TaskResult result = service.client()
                .run(ASYNC.withSync(true).withReturnType(ReturnType.BINARY), listener, new Cancellation());

        assertArrayEquals(RESULT, result.image());
        assertEquals(List.of(TaskState.DONE), listener.states());
        List<MockService.FormPart> form = MockService.form(service.take());
        assertEquals("1", form.get(2).text());
        assertEquals("3", form.get(3).text());
    }

    @Test
    void returnTypeThreeAnsweredWithAFailedTaskInJsonIsATaskFailure() throws Exception {
        service.answerTask("t-9", TaskState.INVALID_IMAGE, 0);

        TaskFailedException failed = assertThrows(
                TaskFailedException.class,
                () -> service.client()
                        .run(ASYNC.withSync(true).withReturnType(ReturnType.BINARY), listener, new Cancellation()));

        assertEquals(TaskState.INVALID_IMAGE, failed.state());
    }

    @Test
    void aSyncCreateThatIsNotFinishedIsPolledAnyway() throws Exception {
        service.answerTask("t-3", TaskState.PROCESSING, 10);
        service.answer(200, MockService.done("t-3", Base64Codec.encode(RESULT), ReturnType.BASE64));

        TaskResult result = service.client().run(ASYNC.withSync(true), listener, new Cancellation());

        assertArrayEquals(RESULT, result.image());
        assertEquals(List.of(TaskState.PROCESSING, TaskState.DONE), listener.states());
    }

    @Test
    void whenTheServiceRefusesAsyncTheClientFallsBackToSyncAndSaysSoOnce() throws Exception {
        service.answer(400, MockService.error(400, "Asynchronous tasks are not enabled; use sync=1"));
        service.answer(200, MockService.done("t-5", Base64Codec.encode(RESULT), ReturnType.BASE64));
        service.answer(200, MockService.done("t-6", Base64Codec.encode(RESULT), ReturnType.BASE64));
        InpaintClient client = service.client();

        assertArrayEquals(
                RESULT, client.run(ASYNC, listener, new Cancellation()).image());
        assertArrayEquals(
                RESULT, client.run(ASYNC, listener, new Cancellation()).image());

        assertEquals(List.of(ClientNotice.SYNC_FALLBACK), listener.notices);
        assertEquals("0", MockService.form(service.take()).get(2).text());
        assertEquals("1", MockService.form(service.take()).get(2).text());
        assertEquals("1", MockService.form(service.take()).get(2).text(), "later tasks go sync at once");
    }

    @Test
    void aBadRequestThatIsNotAboutSyncIsNotRetried() throws Exception {
        service.answer(400, MockService.error(400, "Invalid task type"));

        BadRequestException refused = assertThrows(
                BadRequestException.class, () -> service.client().run(ASYNC, listener, new Cancellation()));

        assertEquals("Invalid task type", refused.error().message());
        assertEquals(1, service.server.getRequestCount());
        assertTrue(listener.notices.isEmpty());
    }
}
