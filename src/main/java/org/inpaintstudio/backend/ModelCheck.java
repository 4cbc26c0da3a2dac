package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.model.InpaintModel;
import org.inpaintstudio.model.ModelInpainter;
import org.inpaintstudio.model.ModelSignature;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;

/**
 * The settings' look at a model file: what it is (name, type, input size), and Test, one inference on a small
 * photo, timed. Blocks; call it off the UI thread.
 */
public final class ModelCheck {
    /** The Test photo's side, and the hole in its middle. */
    static final int TEST_SIDE = 128;

    static final MaskRectangle TEST_HOLE = new MaskRectangle(48, 48, 32, 32);

    /**
     * @param fileName the file's name
     * @param style the family of exports it matches, e.g. {@code LaMa style}
     * @param type the pixel type of its inputs, {@code float32} or {@code uint8}
     * @param side its input side, 0 when it takes any size
     */
    public record Description(String fileName, String style, String type, int side, long fileBytes) {}

    /** What Test found: the model ran in {@code millis} and gave {@code result} for {@link #testPhoto()}. */
    public record TestRun(Description model, long millis, BufferedImage result) {}

    private ModelCheck() {}

    /** @throws TaskProblem of kind BAD_MODEL when the file cannot be used, naming what was found and expected */
    public static Description describe(Path file) {
        try (InpaintModel model = Backends.open(file)) {
            return description(model);
        }
    }

    /**
     * Opens the model and runs it once on {@link #testPhoto()} with a square hole in its middle.
     *
     * @throws TaskProblem of kind BAD_MODEL when the file cannot be used
     */
    public static TestRun test(Path file) {
        try (InpaintModel model = Backends.open(file)) {
            MaskPlane mask = new MaskPlane(TEST_SIDE, TEST_SIDE);
            mask.fill(TEST_HOLE, true);
            long start = System.nanoTime();
            BufferedImage result = new ModelInpainter(model)
                    .inpaint(testPhoto(), mask, ProgressListener.NONE, new CancellationToken());
            return new TestRun(description(model), (System.nanoTime() - start) / 1_000_000, result);
        }
    }

    /** Stripes of three colours, so a fill from the surroundings is told from a flat one. */
    public static BufferedImage testPhoto() {
        BufferedImage photo = new BufferedImage(TEST_SIDE, TEST_SIDE, BufferedImage.TYPE_INT_RGB);
        int[] colours = {0x3C6E47, 0xD9C27E, 0x5A8FC2};
        for (int y = 0; y < TEST_SIDE; y++) {
            for (int x = 0; x < TEST_SIDE; x++) {
                photo.setRGB(x, y, colours[(y / 16) % colours.length]);
            }
        }
        return photo;
    }

    private static Description description(InpaintModel model) {
        ModelSignature signature = model.signature();
        return new Description(
                model.file().getFileName().toString(),
                signature.encoding().style(),
                signature.encoding().type(),
                signature.side(),
                model.fileBytes());
    }
}
