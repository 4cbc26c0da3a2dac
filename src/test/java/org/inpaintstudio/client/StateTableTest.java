package org.inpaintstudio.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TestImages;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every row of API.md's state table, met while polling. */
class StateTableTest {
    private static final InpaintRequest REQUEST = MockService.URL_REQUEST;
    private static final byte[] RESULT = TestImages.png(3, 3);

    @RegisterExtension
    final MockService service = new MockService();

    private final RecordingListener listener = new RecordingListener();

    @ParameterizedTest
    @EnumSource(
            value = TaskState.class,
            names = {"QUEUED", "PREPARING", "WAITING", "PROCESSING"})
    void aStateInProgressIsReportedAndPollingGoesOnToDone(TaskState state) throws Exception {
        service.answerTask("t-1", state, 30);
        service.answerTask("t-1", state, 60);
        service.answer(200, MockService.done("t-1", Base64Codec.encode(RESULT), ReturnType.BASE64));

        TaskResult result = service.client().run(REQUEST, listener, new Cancellation());

        assertArrayEquals(RESULT, result.image());
        assertEquals(List.of(state, state, TaskState.DONE), listener.states());
        assertEquals(List.of(30, 60, 100), listener.progress());
        assertFalse(state.isFinished());
    }

    @ParameterizedTest
    @EnumSource(
            value = TaskState.class,
            names = {
                "REPAIR_FAILED",
                "RESULT_STORAGE_FAILED",
                "IMAGE_URL_DOWNLOAD_FAILED",
                "IMAGE_URL_TOO_LARGE",
                "INVALID_IMAGE",
                "TIMED_OUT"
            })
    void aFailureStateEndsPollingWithTaskFailedCarryingTheStateAndAdvice(TaskState state) throws Exception {
        service.answerTask("t-1", TaskState.PROCESSING, 50);
        service.answerTask("t-1", state, 0);
        service.answerTask("t-1", TaskState.DONE, 100); // never asked for

        TaskFailedException e = assertThrows(
                TaskFailedException.class, () -> service.client().run(REQUEST, listener, new Cancellation()));

        assertEquals(state, e.state());
        assertEquals(List.of(TaskState.PROCESSING, state), listener.states());
        assertEquals(2, service.server.getRequestCount());
        assertTrue(e.getMessage().contains(state.meaning(Locale.ROOT)), e.getMessage());
        assertTrue(e.getMessage().contains(state.advice(Locale.ROOT)), e.getMessage());
        assertTrue(e.getMessage().contains("state " + state.code()), e.getMessage());
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains(state.meaning(Locale.SIMPLIFIED_CHINESE)));
    }
}
