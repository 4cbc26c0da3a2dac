package org.inpaintstudio.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.CroppingBackend;
import org.inpaintstudio.backend.FillInpainter;
import org.inpaintstudio.backend.LocalBackend;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.backend.RemoteBackend;
import org.inpaintstudio.backend.TaskNotice;
import org.inpaintstudio.backend.TaskObserver;
import org.inpaintstudio.backend.TaskOutcome;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One rule for a listener that throws, for every kind of task (on the engine, crop by crop, on a service): the
 * failure is logged and ignored, the listener hears what comes after, and the task ends with its outcome. Here
 * in {@code server} because a remote task needs a service to talk to.
 */
class ThrowingListenerTest {
    private static final String BUG = "a bug in the listener";

    private final Logger backendLog = Logger.getLogger("org.inpaintstudio.backend");
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    /** Every status and notice the listener was told, each of which it answered by throwing. */
    private final List<Object> heard = new CopyOnWriteArrayList<>();

    private final TaskObserver throwing = new TaskObserver() {
        @Override
        public void accept(TaskStatus status) {
            heard.add(status);
            throw new IllegalStateException(BUG);
        }

        @Override
        public void onNotice(TaskNotice notice) {
            heard.add(notice);
            throw new IllegalStateException(BUG);
        }
    };

    private boolean toConsole;

    /** Records what the backends log, and keeps the expected stack traces off the console. */
    @BeforeEach
    void record() {
        toConsole = backendLog.getUseParentHandlers();
        backendLog.setUseParentHandlers(false);
        backendLog.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        backendLog.removeHandler(recorder);
        backendLog.setUseParentHandlers(toConsole);
    }

    private static InpaintRequest request(int width, int height) {
        return InpaintRequest.of(
                new ImageSource.File(new FileUpload(TestImages.png(width, height), "photo.png")),
                new MaskSource.Rectangles(List.of(new MaskRectangle(3, 3, 6, 5))));
    }

    private static LocalBackend engine() {
        return new LocalBackend(
                () -> new FillInpainter(0xFF0000),
                LocalBackendSettings.defaults().withWorkers(1),
                Runnable::run);
    }

    private void assertTheTaskWentOnToItsEnd(Backend backend, InpaintRequest request) throws Exception {
        TaskOutcome outcome = backend.submit(request, throwing)
                .outcome()
                .toCompletableFuture()
                .get(30, TimeUnit.SECONDS);

        assertTrue(outcome.succeeded(), outcome.message());
        assertTrue(heard.size() > 1, "the listener heard more after it first threw: " + heard);
        assertEquals(TaskState.DONE, ((TaskStatus) heard.get(heard.size() - 1)).state(), heard.toString());
        List<LogRecord> failures = logged.stream()
                .filter(r -> r.getThrown() != null && BUG.equals(r.getThrown().getMessage()))
                .toList();
        assertEquals(heard.size(), failures.size(), "each failure of the listener is logged once");
        assertTrue(failures.stream().allMatch(r -> r.getLevel() == Level.WARNING), failures.toString());
    }

    @Test
    void aTaskOnTheEngine() throws Exception {
        try (Backend backend = engine()) {
            assertTheTaskWentOnToItsEnd(backend, request(24, 20));
        }
    }

    @Test
    void aTaskCropByCrop() throws Exception {
        // 4300 px is over the service's 4096, so the photo goes as a crop around the mask
        try (Backend backend = new CroppingBackend(engine(), Runnable::run)) {
            assertTheTaskWentOnToItsEnd(backend, request(4300, 20));
        }
        assertTrue(heard.stream().anyMatch(TaskNotice.class::isInstance), "the cropping notice was told: " + heard);
    }

    @Test
    void aTaskOnAService() throws Exception {
        try (ServerHarness harness = ServerHarness.start(() -> new FillInpainter(0xFF0000));
                Backend backend = new RemoteBackend(harness.client(), Runnable::run, 1)) {
            assertTheTaskWentOnToItsEnd(backend, request(24, 20));
        }
    }
}
