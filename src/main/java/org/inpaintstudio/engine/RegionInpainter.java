package org.inpaintstudio.engine;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.PixelBox;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;

/**
 * The offline engine: splits the mask into connected regions, plans a crop job for each group of them (fast
 * marching for thin damage, patch completion for wider holes) and writes only the filled mask pixels into a copy of
 * the input raster, so everything else comes back bit-exact in the input's colour model.
 */
final class RegionInpainter implements Inpainter {
    /** Fast marching costs far less a pixel than patch completion; this keeps the progress bar even. */
    private static final double TELEA_WEIGHT = 0.1;

    private final InpaintMethod method;
    private final long seed;
    private final EngineOptions options;

    RegionInpainter(InpaintMethod method, long seed, EngineOptions options) {
        this.method = method;
        this.seed = seed;
        this.options = options;
    }

    @Override
    public BufferedImage inpaint(
            BufferedImage image,
            MaskPlane mask,
            MaskPlane sourceArea,
            ProgressListener progress,
            CancellationToken cancel) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        CancellationToken token = cancel == null ? new CancellationToken() : cancel;
        if (mask.width() != image.getWidth() || mask.height() != image.getHeight()) {
            throw new IllegalArgumentException("the mask is " + mask.width() + " x " + mask.height()
                    + " but the image is " + image.getWidth() + " x " + image.getHeight()
                    + ": use a mask of the image's size");
        }
        if (sourceArea != null
                && (sourceArea.width() != image.getWidth() || sourceArea.height() != image.getHeight())) {
            throw new IllegalArgumentException("the sampling area is " + sourceArea.width() + " x "
                    + sourceArea.height() + " but the image is " + image.getWidth() + " x " + image.getHeight()
                    + ": use a sampling area of the image's size");
        }
        token.throwIfCancelled();
        BufferedImage result = copyOf(image);
        MaskRegions regions = MaskRegions.label(mask);
        long[] pixels = regions.pixelCounts();
        List<CropJob> jobs =
                new RegionPlanner(method, options).plan(regions, image.getWidth(), image.getHeight(), pixels);
        double total = 0;
        for (CropJob job : jobs) {
            total += weight(job);
        }
        ProgressTracker tracker = new ProgressTracker(listener, token, total);
        ImageBands bands = new ImageBands(result);
        WorkerPool pool = WorkerPool.of(options.effectiveThreads());
        boolean[] done = new boolean[regions.count() + 1];
        for (CropJob job : jobs) {
            tracker.startJob(weight(job));
            run(job, regions, sourceArea, done, bands, result, pool, tracker);
            for (int label : job.labels()) {
                done[label] = true;
            }
        }
        tracker.finish();
        return result;
    }

    private void run(
            CropJob job,
            MaskRegions regions,
            MaskPlane sourceArea,
            boolean[] done,
            ImageBands bands,
            BufferedImage result,
            WorkerPool pool,
            ProgressTracker tracker) {
        PixelBox box = job.box();
        int w = box.width();
        int h = box.height();
        float[][] planes = bands.read(result, box);
        tracker.cancel().throwIfCancelled();
        byte[] hole = new byte[w * h];
        boolean[] write = new boolean[w * h];
        byte[] forbidden = sourceArea == null ? null : new byte[w * h];
        int first = job.labels()[0];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int label = regions.labelAt(box.x0() + x, box.y0() + y);
                if (forbidden != null && !sourceArea.isRepair(box.x0() + x, box.y0() + y)) {
                    forbidden[y * w + x] = 1;
                }
                if (label != 0 && !done[label]) {
                    hole[y * w + x] = 1;
                    write[y * w + x] = isMember(job, label);
                }
            }
        }
        tracker.cancel().throwIfCancelled();
        if (job.telea()) {
            TeleaFill.fill(planes, hole, w, h, options.teleaRadius(), tracker);
        } else {
            new PatchFill(options, pool)
                    .fill(planes, hole, forbidden, box, bands.colourBands(), PatchCompletion.mix(seed, first), tracker);
        }
        bands.write(result, box, planes, write);
    }

    private static boolean isMember(CropJob job, int label) {
        return Arrays.binarySearch(job.labels(), label) >= 0;
    }

    private static double weight(CropJob job) {
        return job.pixels() * (job.telea() ? TELEA_WEIGHT : 1.0);
    }

    /** A copy of the image with its own raster, same colour model, alpha premultiplication and properties. */
    static BufferedImage copyOf(BufferedImage image) {
        WritableRaster raster = image.copyData(null);
        Hashtable<String, Object> properties = new Hashtable<>();
        String[] names = image.getPropertyNames();
        if (names != null) {
            for (String name : names) {
                properties.put(name, image.getProperty(name));
            }
        }
        return new BufferedImage(image.getColorModel(), raster, image.isAlphaPremultiplied(), properties);
    }
}
