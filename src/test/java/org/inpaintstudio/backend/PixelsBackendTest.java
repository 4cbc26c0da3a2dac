package org.inpaintstudio.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** In-process backends take decoded pixels and a mask plane as they are, with the same result as from files. */
class PixelsBackendTest {
    private static final int MAGENTA = 0xFF00FF;

    private final List<InpaintRequest> sent = new CopyOnWriteArrayList<>();
    /** The threads the inner backend was called on. */
    private final List<String> senders = new CopyOnWriteArrayList<>();

    private Backend backend;

    @AfterEach
    void shutDown() {
        if (backend != null) {
            backend.close();
        }
    }

    /** A gradient with some noise, so that the real engine has texture to copy. */
    private static BufferedImage photo(int width, int height) {
        BufferedImage image = TestImages.gradient(width, height);
        Random random = new Random(5);
        for (int i = 0; i < width * height / 8; i++) {
            image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt(0x1000000));
        }
        return image;
    }

    private static TaskOutcome await(InpaintTask task) throws Exception {
        return task.outcome().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static int[] argb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static LocalBackend realEngine() {
        return new LocalBackend(
                seed -> Inpainters.create(InpaintMethod.AUTO, seed),
                Inpainters.DEFAULT_SEED,
                LocalBackendSettings.defaults().withWorkers(1),
                Runnable::run);
    }

    @Test
    void theRealEngineGivenPixelsAndAPlaneAnswersThePixelsItGivesForBmpAndPngFiles() throws Exception {
        BufferedImage photo = photo(96, 64);
        int[] before = argb(photo);
        MaskPlane mask = new MaskPlane(96, 64);
        mask.fill(new MaskRectangle(30, 20, 14, 11), true);
        mask.fill(new MaskRectangle(70, 45, 3, 12), true);
        LocalBackend local = realEngine();
        backend = local;
        assertTrue(local.takesPixels());

        TaskOutcome fromFiles = await(local.submit(
                InpaintRequest.of(
                        new ImageSource.File(new FileUpload(
                                ImageFiles.encode(photo, ImageFormat.BMP, ImageWriteOptions.DEFAULT), "photo.bmp")),
                        new MaskSource.File(new FileUpload(MaskCodec.encodePng(mask), "photo-mask.png"))),
                status -> {}));
        TaskOutcome fromPixels = await(local.submit(
                InpaintRequest.of(
                        new ImageSource.Pixels(photo, ImageFormat.PNG, "photo.png"), new MaskSource.Plane(mask)),
                status -> {}));

        assertTrue(fromFiles.succeeded(), fromFiles.message());
        assertTrue(fromPixels.succeeded(), fromPixels.message());
        int[] expected = argb(fromFiles.result().image());
        int[] actual = argb(fromPixels.result().image());
        assertEquals(expected.length, actual.length);
        int changed = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], "pixel " + i % 96 + "," + i / 96);
            changed += actual[i] != before[i] ? 1 : 0;
        }
        assertTrue(changed > 0, "the engine repaired something");
        assertEquals(ImageFormat.PNG, fromPixels.result().format(), "a PNG photo gives a PNG result");
        assertArrayEquals(before, argb(photo), "the pixels given are never changed");
    }

    @Test
    void pixelsOverTheLargestSideAndAPlaneOfAnotherSizeFailAsInvalidImages() throws Exception {
        LocalBackend local = new LocalBackend(
                () -> new FillInpainter(MAGENTA),
                LocalBackendSettings.defaults().withWorkers(1),
                Runnable::run);
        backend = local;
        int maxSide = local.settings().maxSide();
        MaskSource box = new MaskSource.Rectangles(List.of(new MaskRectangle(0, 0, 2, 2)));

        TaskOutcome wide = await(local.submit(
                InpaintRequest.of(
                        new ImageSource.Pixels(
                                new BufferedImage(maxSide + 1, 3, BufferedImage.TYPE_INT_RGB),
                                ImageFormat.PNG,
                                "wide.png"),
                        box),
                status -> {}));
        TaskOutcome misfit = await(local.submit(
                InpaintRequest.of(
                        new ImageSource.Pixels(TestImages.gradient(40, 30), ImageFormat.PNG, "photo.png"),
                        new MaskSource.Plane(new MaskPlane(30, 40))),
                status -> {}));

        assertEquals(TaskState.INVALID_IMAGE, wide.status().state());
        assertTrue(wide.message().contains((maxSide + 1) + " x 3 pixels; the limit is"), wide.message());
        assertEquals(TaskState.INVALID_IMAGE, misfit.status().state());
        assertTrue(misfit.message().contains("the mask is 30 x 40 pixels but the image is 40 x 30"), misfit.message());
    }

    /** The inner backend: records what it is sent and passes it to a real LocalBackend painting magenta. */
    private Backend recording(boolean takesPixels) {
        LocalBackend local = new LocalBackend(
                () -> new FillInpainter(MAGENTA),
                LocalBackendSettings.defaults().withWorkers(1),
                Runnable::run);
        return new Backend() {
            @Override
            public InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates) {
                sent.add(request);
                senders.add(Thread.currentThread().getName());
                return local.submit(request, updates);
            }

            @Override
            public boolean takesPixels() {
                return takesPixels;
            }

            @Override
            public void shutdown(Duration grace) {
                local.shutdown(grace);
            }
        };
    }

    private static MaskPlane twoRegions(int width, int height) {
        MaskPlane mask = new MaskPlane(width, height);
        mask.fill(new MaskRectangle(10, 10, 12, 9), true);
        mask.fill(new MaskRectangle(width - 50, height - 30, 20, 15), true);
        return mask;
    }

    private static void assertOnlyMaskedPixelsChanged(BufferedImage photo, BufferedImage result, MaskPlane mask) {
        assertEquals(photo.getWidth(), result.getWidth());
        assertEquals(photo.getHeight(), result.getHeight());
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                int expected = mask.isRepair(x, y) ? MAGENTA : photo.getRGB(x, y) & 0xFFFFFF;
                assertEquals(expected, result.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aPhotoOverTheCropLimitGoesToAnInProcessBackendAsPixelCropsAndOnlyMaskedPixelsChange() throws Exception {
        BufferedImage photo = TestImages.gradient(2000, 300);
        int[] before = argb(photo);
        MaskPlane mask = twoRegions(2000, 300);
        // a byte limit no encoded crop could meet: pixels have no bytes to limit
        backend = new CroppingBackend(recording(true), Runnable::run, new CroppingBackend.CropLimits(600, 10));
        assertTrue(backend.takesPixels());

        TaskOutcome outcome = await(backend.submit(
                InpaintRequest.of(
                        new ImageSource.Pixels(photo, ImageFormat.PNG, "wide.png"), new MaskSource.Plane(mask)),
                status -> {}));

        assertTrue(outcome.succeeded(), outcome.message());
        assertEquals(2, sent.size(), "one crop per region: " + sent);
        for (InpaintRequest crop : sent) {
            ImageSource.Pixels pixels = assertInstanceOf(ImageSource.Pixels.class, crop.image());
            MaskSource.Plane plane = assertInstanceOf(MaskSource.Plane.class, crop.mask());
            assertTrue(pixels.image().getWidth() <= 600 && pixels.image().getHeight() <= 600, pixels.toString());
            assertEquals(pixels.image().getWidth(), plane.plane().width());
            assertEquals(pixels.image().getHeight(), plane.plane().height());
        }
        assertOnlyMaskedPixelsChanged(photo, outcome.result().image(), mask);
        assertArrayEquals(before, argb(photo), "the pixels given are never changed");
    }

    @Test
    void aPhotoWithinTheSidesGoesStraightThroughAsPixelsWhateverItsSize() throws Exception {
        BufferedImage photo = TestImages.gradient(60, 50);
        MaskPlane mask = twoRegions(60, 50);
        backend = new CroppingBackend(recording(true), Runnable::run, new CroppingBackend.CropLimits(600, 10));

        TaskOutcome outcome = await(backend.submit(
                InpaintRequest.of(
                        new ImageSource.Pixels(photo, ImageFormat.PNG, "small.png"), new MaskSource.Plane(mask)),
                status -> {}));

        assertTrue(outcome.succeeded(), outcome.message());
        assertEquals(1, sent.size());
        assertInstanceOf(ImageSource.Pixels.class, sent.get(0).image());
        assertOnlyMaskedPixelsChanged(photo, outcome.result().image(), mask);
    }

    @Test
    void aBackendThatTakesNoPixelsGetsPngFilesWholeOrCropByCrop() throws Exception {
        BufferedImage photo = TestImages.gradient(2000, 300);
        MaskPlane mask = twoRegions(2000, 300);
        backend = new CroppingBackend(
                recording(false), Runnable::run, new CroppingBackend.CropLimits(600, 15L * 1024 * 1024));
        assertFalse(backend.takesPixels());

        TaskOutcome outcome = await(backend.submit(
                InpaintRequest.of(
                        new ImageSource.Pixels(photo, ImageFormat.PNG, "wide.png"), new MaskSource.Plane(mask)),
                status -> {}));

        assertTrue(outcome.succeeded(), outcome.message());
        assertEquals(2, sent.size());
        for (InpaintRequest crop : sent) {
            byte[] image = assertInstanceOf(ImageSource.File.class, crop.image())
                    .upload()
                    .bytes();
            byte[] cropMask = assertInstanceOf(MaskSource.File.class, crop.mask())
                    .upload()
                    .bytes();
            assertEquals(ImageFormat.PNG, ImageFormat.detect(image));
            assertEquals(ImageFormat.PNG, ImageFormat.detect(cropMask));
        }
        assertOnlyMaskedPixelsChanged(photo, outcome.result().image(), mask);

        sent.clear();
        BufferedImage small = TestImages.gradient(60, 50);
        MaskPlane smallMask = twoRegions(60, 50);
        TaskOutcome whole = await(backend.submit(
                InpaintRequest.of(
                        new ImageSource.Pixels(small, ImageFormat.JPEG, "small.jpg"), new MaskSource.Plane(smallMask)),
                status -> {}));
        assertTrue(whole.succeeded(), whole.message());
        ImageSource.File file =
                assertInstanceOf(ImageSource.File.class, sent.get(0).image());
        assertEquals("small.png", file.upload().fileName());
        assertArrayEquals(
                argb(small), argb(TestImages.decode(file.upload().bytes())), "the PNG holds exactly the pixels");
        MaskSource.File maskFile =
                assertInstanceOf(MaskSource.File.class, sent.get(0).mask());
        assertEquals("small-mask.png", maskFile.upload().fileName());
        assertEquals(smallMask, MaskCodec.read(maskFile.upload().bytes(), 60, 50));
        String caller = Thread.currentThread().getName();
        assertFalse(
                senders.contains(caller), "encoded on the cropping thread, not the caller's (the UI's): " + senders);
    }
}
