package org.inpaintstudio.ui.inpaint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.backend.BackendBusyException;
import org.inpaintstudio.backend.TaskNotice;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.inpaint.InpaintViewModel.Phase;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The Inpaint view model with a backend driven by hand and work on the calling thread. */
class InpaintViewModelTest {
    private static final int W = 40;
    private static final int H = 30;

    private final ScriptedBackend backend = new ScriptedBackend();
    private final AtomicLong nanos = new AtomicLong();
    private final InpaintSettings settings = new InpaintSettings();
    private InpaintViewModel model;
    private BufferedImage photo;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // results are converted for the screen
    }

    @BeforeEach
    void create() {
        Messages.use(Locale.ENGLISH);
        model = new InpaintViewModel(
                () -> backend, settings, BackgroundWork.using(Runnable::run, Runnable::run), nanos::get);
        photo = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                photo.setRGB(x, y, x * 6 << 16 | y * 8 << 8);
            }
        }
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    private InpaintInput strokes() {
        MaskPlane strokes = new MaskPlane(W, H);
        strokes.fill(new MaskRectangle(5, 5, 10, 4), true);
        return new InpaintInput(new EditorDocument("p.png", Path.of("p.png"), photo, null, "k"), strokes, List.of());
    }

    @Test
    void aPhotoOverTheServicesSidesIsSentForTheBackendToCropButAFullMaskIsRefused() {
        BufferedImage wide = new BufferedImage(4200, 8, BufferedImage.TYPE_INT_RGB);
        MaskPlane strokes = new MaskPlane(4200, 8);
        strokes.fill(new MaskRectangle(4100, 2, 20, 3), true);
        EditorDocument doc = new EditorDocument("wide.png", Path.of("wide.png"), wide, null, "w");

        model.submit(new InpaintInput(doc, strokes, List.of()));
        assertEquals(1, backend.requests.size(), "no violation: the backend crops it");
        assertEquals(
                4200,
                ((ImageSource.Pixels) backend.requests.get(0).image()).image().getWidth());
        backend.last().fail(TaskState.REPAIR_FAILED, "x");

        MaskPlane everything = new MaskPlane(W, H);
        everything.fill(new MaskRectangle(0, 0, W, H), true);
        model.submit(new InpaintInput(strokes().document(), everything, List.of()));
        assertEquals(1, backend.requests.size(), "a mask of the whole photo is never sent");
        assertEquals(Phase.FAILED, model.phaseProperty().get());
    }

    @Test
    void statesShowAsALineWithProgressAndElapsedTime() {
        model.submit(strokes());
        assertTrue(model.running().get());
        assertEquals(
                "Sending the image and mask \u00b7 0.0 s",
                model.stateTextProperty().get());
        ScriptedBackend.Task task = backend.last();
        nanos.set(400_000_000L);
        task.status(TaskState.QUEUED, 0);
        assertEquals("Queued \u00b7 0.4 s", model.stateTextProperty().get());
        task.status(TaskState.PREPARING, 0);
        assertEquals(-1, model.progressProperty().get());
        nanos.set(2_300_000_000L);
        task.status(TaskState.PROCESSING, 42);
        assertEquals("Processing 42 % \u00b7 2.3 s", model.stateTextProperty().get());
        assertEquals(0.42, model.progressProperty().get(), 1e-9);
        nanos.set(2_350_000_000L);
        task.status(TaskState.PROCESSING, 57);
        assertEquals(0.42, model.progressProperty().get(), 1e-9, "progress within a state waits for the tick");
        nanos.set(3_000_000_000L);
        model.tick();
        assertEquals("Processing 57 % \u00b7 3.0 s", model.stateTextProperty().get());
        assertEquals(0.57, model.progressProperty().get(), 1e-9);
    }

    @Test
    void strokesTravelAsAMaskPlaneWithThePixelsAndRectanglesAloneAsRectangles() throws Exception {
        settings.syncProperty().set(true);
        settings.returnTypeProperty().set(ReturnType.BASE64);
        InpaintInput input = strokes();
        model.submit(input);
        var sent = backend.requests.get(0);
        assertTrue(sent.sync());
        assertEquals(ReturnType.BASE64, sent.returnType());
        assertEquals(input.union(), ((MaskSource.Plane) sent.mask()).plane());
        ImageSource.Pixels pixels = (ImageSource.Pixels) sent.image();
        assertSame(input.document().source(), pixels.image(), "the document's pixels, not an encoded copy");
        assertEquals(ImageFormat.PNG, pixels.format());
        assertEquals(input.document().name(), pixels.name());
        byte[] wire = ((ImageSource.File) sent.asFiles().image()).upload().bytes();
        assertEquals(ImageFormat.PNG, ImageFormat.detect(wire));
        BufferedImage image = ImageFiles.read(wire, org.inpaintstudio.image.ImageLimits.EDITOR)
                .image();
        assertEquals(photo.getRGB(7, 7), image.getRGB(7, 7));
        backend.last().fail(TaskState.REPAIR_FAILED, "x");

        List<MaskRectangle> rectangles = List.of(new MaskRectangle(1, 2, 3, 4));
        model.submit(new InpaintInput(input.document(), new MaskPlane(W, H), rectangles));
        assertEquals(
                new MaskSource.Rectangles(rectangles), backend.requests.get(1).mask());
    }

    @Test
    void successKeepsOnlyTheMaskedPixelsOfTheAnswer() {
        InpaintInput input = strokes();
        model.submit(input);
        BufferedImage answer = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB); // black everywhere
        nanos.set(1_500_000_000L);
        backend.last().succeed(ImageFiles.encode(answer, ImageFormat.PNG, ImageWriteOptions.DEFAULT));
        assertEquals(Phase.SUCCEEDED, model.phaseProperty().get());
        assertEquals(
                "Done in 1.5 s. Drag the divider to compare; hold C to see the original.",
                model.stateTextProperty().get());
        BufferedImage result = model.resultProperty().get().image();
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int expected = input.union().isRepair(x, y) ? 0 : photo.getRGB(x, y) & 0xFFFFFF;
                assertEquals(expected, result.getRGB(x, y) & 0xFFFFFF, x + "," + y);
            }
        }
        assertEquals(input.document(), model.resultProperty().get().source());
    }

    @Test
    void failureStatesSayWhatToDo() {
        model.submit(strokes());
        backend.last().fail(TaskState.INVALID_IMAGE, "corrupt");
        assertEquals(Phase.FAILED, model.phaseProperty().get());
        assertEquals(
                "The service says the image is damaged or in an unsupported format (state -7). Open it in an "
                        + "image editor, save it again as PNG or JPEG, and open that. Your mask and rectangles are kept.",
                model.messageProperty().get());
        assertEquals("corrupt", model.detailProperty().get());
        assertFalse(model.running().get());

        model.submit(strokes());
        backend.last().fail(TaskState.TIMED_OUT, "slow");
        assertTrue(
                model.messageProperty()
                        .get()
                        .startsWith("Processing took longer than 30 s and was stopped "
                                + "(state -8). Try a smaller region"),
                model.messageProperty().get());
    }

    @Test
    void messagesComeInChineseToo() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        model.submit(strokes());
        backend.last().fail(TaskState.TIMED_OUT, "slow");
        assertEquals(
                "处理超过 30 秒被中止（状态 -8）。请缩小修复区域：一次只涂抹一个物体。 您的蒙版和矩形都已保留。",
                model.messageProperty().get());
    }

    @Test
    void aRefusedSubmitAndABrokenRequestEndWithAMessage() {
        backend.refuseWith = new BackendBusyException(16);
        model.submit(strokes());
        assertEquals(
                "The engine is busy with other tasks. Try again in a moment. Your mask and rectangles are kept.",
                model.messageProperty().get());
        backend.refuseWith = null;

        List<MaskRectangle> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(new MaskRectangle(i % 30, 0, 2, 2));
        }
        model.submit(new InpaintInput(strokes().document(), new MaskPlane(W, H), tooMany));
        assertEquals(
                "Nothing was sent: rectangles: there are 51 rectangles; the service accepts at most 50. Merge "
                        + "some, or paint a mask instead. Your mask and rectangles are kept.",
                model.messageProperty().get());
        assertTrue(backend.requests.isEmpty());
    }

    @Test
    void cancelStopsTheTaskAndIgnoresWhatItSaysAfterwards() {
        model.submit(strokes());
        ScriptedBackend.Task task = backend.last();
        task.status(TaskState.PROCESSING, 10);
        model.cancel();
        assertTrue(task.cancelled);
        assertEquals(Phase.CANCELLED, model.phaseProperty().get());
        assertEquals(
                "Cancelled. Your mask and rectangles are kept.",
                model.messageProperty().get());
        task.status(TaskState.PROCESSING, 60);
        assertEquals("", model.stateTextProperty().get());
        assertNull(model.resultProperty().get());
    }

    @Test
    void noticesAreToldWhileTheTaskRunsAndStayAfterSuccess() {
        model.submit(strokes());
        backend.last().notice(TaskNotice.regionsCropped(3));
        assertTrue(
                model.messageProperty().get().contains("sent as 3 crops around the masked areas"),
                model.messageProperty().get());
        backend.last().notice(TaskNotice.of(TaskNotice.Kind.RATE_LIMITED));
        backend.last().succeed(ImageFiles.encode(photo, ImageFormat.PNG, ImageWriteOptions.DEFAULT));
        assertEquals(
                "The service asked us to slow down (HTTP 429), so we waited and retried.",
                model.messageProperty().get());
        assertArrayEquals(
                new int[] {photo.getRGB(0, 0)},
                new int[] {model.resultProperty().get().image().getRGB(0, 0)});
    }
}
