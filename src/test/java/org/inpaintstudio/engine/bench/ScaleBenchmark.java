package org.inpaintstudio.engine.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.InpaintCancelledException;
import org.inpaintstudio.work.ProgressListener;

/**
 * Times the engine on a test photo scaled (bicubic) to 1024 x 1024 with a 10 % object mask and to 4096 x 4096
 * with a 5 % one, and reports the peak heap. {@link EngineBenchmark} starts it in its own JVM with -Xmx1g, so a run
 * that finishes proves the heap target. Arguments: the photo, then "gmic" to time G'MIC on the 4096 case too.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        BufferedImage photo = ImageIO.read(new File(args[0]));
        boolean gmic = args.length > 1 && args[1].equals("gmic");
        System.out.printf(
                Locale.ROOT,
                "max heap %d MB, %d cores%n",
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        run(photo, 1024, 0.10, 3, false);
        run(photo, 4096, 0.05, 2, gmic);
    }

    private static void run(BufferedImage photo, int size, double share, int runs, boolean gmic) throws Exception {
        BufferedImage image = scaled(photo, size);
        MaskPlane mask = blob(size, share);
        int[] rgb = image.getRGB(0, 0, size, size, null, 0, size);
        for (int i = 0; i < rgb.length; i++) {
            if (mask.data()[i] != MaskPlane.KEEP) {
                rgb[i] = 0;
            }
        }
        image.setRGB(0, 0, size, size, rgb, 0, size);
        rgb = null;
        double[] seconds = new double[runs];
        long peak = 0;
        for (int r = 0; r < runs; r++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            Inpainters.create(InpaintMethod.AUTO, 42)
                    .inpaint(image, mask, ProgressListener.NONE, new CancellationToken());
            seconds[r] = (System.nanoTime() - start) / 1e9;
            peak = Math.max(peak, peakHeap());
        }
        Arrays.sort(seconds);
        System.out.printf(
                Locale.ROOT,
                "engine auto %d x %d, mask %.1f %%: median %.2f s over %d runs %s, peak heap %d MB%n",
                size,
                size,
                100.0 * mask.repairCount() / ((long) size * size),
                seconds[runs / 2],
                runs,
                Arrays.toString(seconds),
                peak >> 20);
        if (size >= 4096) {
            cancellationLatency(image, mask);
        }
        if (gmic && PeerRunner.hasGmic()) {
            File dir = new File(EngineBenchmark.OUT, "scale");
            dir.mkdirs();
            File in = new File(dir, "in" + size + ".png");
            File maskFile = new File(dir, "mask" + size + ".png");
            ImageIO.write(image, "png", in);
            boolean[] hole = new boolean[size * size];
            for (int i = 0; i < hole.length; i++) {
                hole[i] = mask.data()[i] != MaskPlane.KEEP;
            }
            ImageIO.write(EngineBenchmark.maskImage(hole, size, size), "png", maskFile);
            double g = PeerRunner.gmic("inpaint_matchpatch", in, maskFile, new File(dir, "gmic" + size + ".png"), 180);
            System.out.printf(
                    Locale.ROOT,
                    "gmic inpaint_matchpatch %d x %d: %s%n",
                    size,
                    size,
                    Double.isNaN(g)
                            ? "did not finish within 180 s"
                            : String.format(Locale.ROOT, "%.1f s (with start-up)", g));
            List<String[]> jobs = new ArrayList<>();
            jobs.add(new String[] {in.getPath(), maskFile.getPath(), new File(dir, "cv" + size).getPath()});
            PeerRunner.openCv(new File("bench/opencv_inpaint.py"), jobs, new File(dir, "jobs.txt"))
                    .forEach((file, s) -> System.out.printf(
                            Locale.ROOT,
                            "opencv %s %d x %d: %.2f s%n",
                            file.endsWith("_ns.png") ? "ns" : "telea",
                            size,
                            size,
                            s));
        }
    }

    /** Cancels runs after various delays, so every phase gets hit, and prints how long each took to stop. */
    private static void cancellationLatency(BufferedImage image, MaskPlane mask) throws InterruptedException {
        StringBuilder line = new StringBuilder("cancellation latency at 4096 x 4096 (ms after cancel):");
        for (long delay : new long[] {300, 900, 1700, 2600, 3500, 4400}) {
            CancellationToken token = new CancellationToken();
            long[] stoppedAt = new long[1];
            Thread run = new Thread(() -> {
                try {
                    Inpainters.create(InpaintMethod.AUTO, 42).inpaint(image, mask, ProgressListener.NONE, token);
                } catch (InpaintCancelledException e) {
                    stoppedAt[0] = System.nanoTime();
                }
            });
            run.start();
            Thread.sleep(delay);
            long cancelledAt = System.nanoTime();
            token.cancel();
            run.join();
            line.append(
                    stoppedAt[0] == 0
                            ? " (finished first)"
                            : String.format(Locale.ROOT, " %.0f", (stoppedAt[0] - cancelledAt) / 1e6));
        }
        System.out.println(line);
    }

    static BufferedImage scaled(BufferedImage photo, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(photo, 0, 0, size, size, null);
        g.dispose();
        return out;
    }

    /** A smooth wobbly blob off the centre whose area is the given share of the image. */
    static MaskPlane blob(int size, double share) {
        double cx = size * 0.55;
        double cy = size * 0.45;
        float[] reach = new float[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double angle = Math.atan2(y - cy, x - cx);
                double wobble = 1 + 0.18 * Math.sin(3 * angle) + 0.08 * Math.cos(5 * angle + 1);
                reach[y * size + x] = (float) (Math.hypot(x - cx, y - cy) / wobble);
            }
        }
        float[] sorted = reach.clone();
        Arrays.sort(sorted);
        float radius = sorted[(int) (share * (sorted.length - 1))];
        MaskPlane mask = new MaskPlane(size, size);
        for (int i = 0; i < reach.length; i++) {
            mask.data()[i] = reach[i] <= radius ? MaskPlane.REPAIR : MaskPlane.KEEP;
        }
        return mask;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
