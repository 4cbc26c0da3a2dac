package org.inpaintstudio.model;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times one 512 x 512 inference of a model the size of LaMa: about 50 M parameters of 3x3 convolutions (three
 * stride-2 convolutions down to 64 x 64, a body of 512-channel convolutions there, three transposed ones back up),
 * generated now into target/ by make_test_models.py with random weights. Prints the script's parameter and FLOP
 * counts, the median of three inferences after one warm-up, the FLOP rate that implies, and one whole repair of a
 * 1600 x 1200 photo with one hole. To show that the convolutions really run (nothing folded or pruned away), the
 * same model without its body is timed too: the difference is the body's time, and its FLOP rate must be one the
 * CPU can reach. Run with
 * {@code mvn -o -Pbench test -Dtest=ModelBenchmark}; needs /usr/bin/python3 with python3-onnx.
 */
@Tag("benchmark")
class ModelBenchmark {
    private static final int RUNS = 3;
    private static final int SIDE = 512;

    @Test
    void inferenceTime() throws Exception {
        Path file = Path.of("target", "bench-models", "conv-50m-512.onnx");
        Path bodiless = Path.of("target", "bench-models", "conv-no-body-512.onnx");
        Files.createDirectories(file.getParent());
        String generated = generate(file, 20);
        long flops = flops(generated);
        long bodilessFlops = flops(generate(bodiless, 0));
        System.out.print(generated);
        int threads = InpaintModel.DEFAULT_THREADS;
        System.out.printf(
                Locale.ROOT,
                "%d cores, %d intra-op threads, model file %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                threads,
                Files.size(file) >> 20);
        long opened = System.nanoTime();
        try (InpaintModel model = InpaintModel.open(file, threads)) {
            System.out.printf(
                    Locale.ROOT,
                    "open (ONNX Runtime start and session): %.0f ms; %s%n",
                    (System.nanoTime() - opened) / 1e6,
                    model.describe());
            float[] rgb = new float[3 * SIDE * SIDE];
            float[] fill = new float[SIDE * SIDE];
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = (i * 7919 % 1000) / 1000f;
            }
            for (int y = 192; y < 320; y++) {
                Arrays.fill(fill, y * SIDE + 192, y * SIDE + 320, 1f);
            }
            double median = medianInference(model, rgb, fill);
            System.out.printf(
                    Locale.ROOT, "512 x 512 inference: median %.2f s, %.1f GFLOP/s%n", median, flops / median / 1e9);
            double withoutBody;
            try (InpaintModel small = InpaintModel.open(bodiless, threads)) {
                withoutBody = medianInference(small, rgb, fill);
            }
            System.out.printf(
                    Locale.ROOT,
                    "without the 20 body convolutions: %.2f s; the body: %.2f s for %.0f GFLOP," + " %.1f GFLOP/s%n",
                    withoutBody,
                    median - withoutBody,
                    (flops - bodilessFlops) / 1e9,
                    (flops - bodilessFlops) / (median - withoutBody) / 1e9);

            BufferedImage photo = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 1200; y++) {
                for (int x = 0; x < 1600; x++) {
                    photo.setRGB(x, y, (x * 255 / 1600) << 16 | (y * 255 / 1200) << 8 | 128);
                }
            }
            MaskPlane mask = new MaskPlane(1600, 1200);
            mask.fill(new MaskRectangle(700, 500, 160, 120), true);
            long t0 = System.nanoTime();
            new ModelInpainter(model).inpaint(photo, mask, ProgressListener.NONE, new CancellationToken());
            System.out.printf(
                    Locale.ROOT,
                    "whole repair, 1600 x 1200 photo, one 160 x 120 hole: %.2f s%n",
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The median of {@link #RUNS} inferences after one warm-up, in seconds; prints the runs. */
    private static double medianInference(InpaintModel model, float[] rgb, float[] fill) {
        double[] times = new double[RUNS];
        for (int r = -1; r < RUNS; r++) {
            long t0 = System.nanoTime();
            float[] out = model.run(rgb, fill, SIDE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (out.length != rgb.length) {
                throw new AssertionError("output of " + out.length + " values");
            }
            if (r >= 0) {
                times[r] = seconds;
            }
        }
        System.out.println("  runs (s): "
                + Arrays.toString(Arrays.stream(times)
                        .map(t -> Math.round(t * 100) / 100.0)
                        .toArray()));
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static long flops(String generated) {
        return Long.parseLong(generated
                .lines()
                .filter(l -> l.startsWith("flops "))
                .findFirst()
                .orElseThrow()
                .substring(6)
                .strip());
    }

    private static String generate(Path file, int bodyLayers) throws IOException, InterruptedException {
        Process python = new ProcessBuilder(
                        "/usr/bin/python3",
                        "src/test/python/make_test_models.py",
                        "--benchmark",
                        file.toString(),
                        "--body-layers",
                        Integer.toString(bodyLayers))
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (python.waitFor() != 0) {
            throw new IllegalStateException("make_test_models.py --benchmark failed:\n" + output);
        }
        return output;
    }
}
