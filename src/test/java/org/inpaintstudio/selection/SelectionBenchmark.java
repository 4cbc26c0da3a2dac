package org.inpaintstudio.selection;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times select object and the magic wand at 1 and 24 megapixels: the coffee cup pasted on the bricks, scaled
 * (bicubic) to 1224 x 816 and 6000 x 4000, the rectangle around the cup with a 2 % margin. Prints the median of
 * five runs after two warm-ups, and the IoU with the pasted shape at grow 0. Run with
 * {@code mvn -Pbench test -Dtest=SelectionBenchmark}.
 */
@Tag("benchmark")
class SelectionBenchmark {
    private static final int RUNS = 5;

    @Test
    void selectTimes() {
        System.out.printf(
                Locale.ROOT,
                "%d cores, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Composites.Scene small = Composites.paste("coffee", "brick");
        for (int[] size : new int[][] {{1224, 816}, {6000, 4000}}) {
            Composites.Scene scene = scaled(small, size[0], size[1]);
            int margin = size[0] / 50;
            MaskRectangle rect = scene.dragged(margin);
            double[] object = new double[RUNS];
            double[] wandFlood = new double[RUNS];
            double[] wandGlobal = new double[RUNS];
            MaskPlane result = null;
            int wx = rect.x() + rect.width() / 2;
            int wy = rect.y() + rect.height() / 2;
            for (int r = -2; r < RUNS; r++) {
                long t0 = System.nanoTime();
                result = ObjectSelector.select(
                        scene.image(), rect, null, 0, new CancellationToken(), ProgressListener.NONE);
                long t1 = System.nanoTime();
                MagicWand.select(scene.image(), wx, wy, MagicWand.DEFAULT_TOLERANCE, true, new CancellationToken());
                long t2 = System.nanoTime();
                MagicWand.select(scene.image(), wx, wy, MagicWand.DEFAULT_TOLERANCE, false, new CancellationToken());
                long t3 = System.nanoTime();
                if (r >= 0) {
                    object[r] = (t1 - t0) / 1e6;
                    wandFlood[r] = (t2 - t1) / 1e6;
                    wandGlobal[r] = (t3 - t2) / 1e6;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d x %d (%.1f MP), rectangle %d x %d: select object %.0f ms (worst %.0f), IoU %.3f;"
                            + " wand contiguous %.0f ms, global %.0f ms%n",
                    size[0],
                    size[1],
                    size[0] * (double) size[1] / 1e6,
                    rect.width(),
                    rect.height(),
                    median(object),
                    max(object),
                    Composites.iou(result, scene.truth()),
                    median(wandFlood),
                    median(wandGlobal));
        }
    }

    private static Composites.Scene scaled(Composites.Scene scene, int w, int h) {
        RgbImage source = scene.image();
        BufferedImage in = new BufferedImage(source.width(), source.height(), BufferedImage.TYPE_INT_RGB);
        in.setRGB(0, 0, source.width(), source.height(), source.pixels(), 0, source.width());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        MaskPlane truth = new MaskPlane(w, h);
        for (int y = 0; y < h; y++) {
            int sy = (int) ((y + 0.5) * source.height() / h);
            for (int x = 0; x < w; x++) {
                truth.set(x, y, scene.truth().isRepair((int) ((x + 0.5) * source.width() / w), sy));
            }
        }
        MaskRectangle b = scene.bounds();
        double fx = (double) w / source.width();
        double fy = (double) h / source.height();
        return new Composites.Scene(
                RgbImage.of(out),
                truth,
                new MaskRectangle((int) (b.x() * fx), (int) (b.y() * fy), (int) Math.ceil(b.width() * fx), (int)
                        Math.ceil(b.height() * fy)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
