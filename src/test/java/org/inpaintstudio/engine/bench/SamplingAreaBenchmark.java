package org.inpaintstudio.engine.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.inpaintstudio.bench.BenchData;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.image.DistanceTransform;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.TwoHalves;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What an "exclude these areas" sampling area does to real fills: a ring of the photo around each object hole is
 * tinted magenta (its texture kept in the brightness, in a colour no photo has), then the hole is filled with and
 * without that ring excluded. Printed per photo: the share of filled pixels that came out magenta (copied from the
 * ring), the fill's time, and the perceptual figures of the fill against the untinted photo. The ring starts 12
 * pixels from the hole, so the fill's border blend never reaches it. The engine's colour distance shuns such a ring
 * even when it may copy from it, so these rows show what the constraint costs; {@link #halvesFollowTheSamplingArea}
 * shows that it holds.
 *
 * <p>Run: {@code mvn -o -q -Pbench test -Dtest=SamplingAreaBenchmark [-Dbench.data=../shared/testdata]}; fills go
 * to {@code target/bench/sampling/}.
 */
@Tag("benchmark")
class SamplingAreaBenchmark {
    private static final int GAP = 12;
    private static final int WIDTH = 48;

    @Test
    void excludedBandIsNeverCopied() throws Exception {
        Path folder = BenchData.folder();
        File out = new File("target/bench/sampling");
        out.mkdirs();
        System.out.println("test data: " + folder);
        System.out.printf("%-10s %-8s %9s %8s %9s %6s%n", "photo", "area", "magenta%", "time s", "spectral", "seam");
        List<Path> masks;
        try (Stream<Path> files = Files.list(folder.resolve("masks"))) {
            masks = files.filter(p -> p.getFileName().toString().endsWith("_object.png"))
                    .sorted()
                    .toList();
        }
        for (Path maskFile : masks) {
            String name = maskFile.getFileName().toString().replace("_object.png", "");
            BufferedImage photo = ImageIO.read(folder.resolve(name + ".png").toFile());
            int w = photo.getWidth();
            int h = photo.getHeight();
            MaskPlane hole = MaskCodec.read(Files.readAllBytes(maskFile), w, h);
            MaskPlane ring = ring(hole);
            BufferedImage painted = tinted(photo, ring);
            MaskPlane allowed = new MaskPlane(w, h);
            for (int i = 0; i < allowed.data().length; i++) {
                allowed.data()[i] = ring.data()[i] == MaskPlane.REPAIR ? MaskPlane.KEEP : MaskPlane.REPAIR;
            }
            for (MaskPlane area : new MaskPlane[] {null, allowed}) {
                long start = System.nanoTime();
                BufferedImage filled = Inpainters.create(InpaintMethod.AUTO, Inpainters.DEFAULT_SEED)
                        .inpaint(painted, hole, area, ProgressListener.NONE, new CancellationToken());
                double seconds = (System.nanoTime() - start) / 1e9;
                String label = area == null ? "none" : "exclude";
                ImageIO.write(filled, "png", new File(out, name + "-" + label + ".png"));
                PerceptualScores scores = scores(photo, filled, hole);
                System.out.printf(
                        "%-10s %-8s %9.2f %8.2f %9.2f %6.2f%n",
                        name, label, 100.0 * magentaShare(filled, hole), seconds, scores.spectral(), scores.seam());
            }
        }
    }

    /**
     * A photo whose halves differ (reddish and bluish noise) with a round hole on the line between them: the share
     * of red in the fill with no sampling area, sampling only from the blue half, and only from the red half.
     */
    @Test
    void halvesFollowTheSamplingArea() {
        int w = 480;
        int h = 320;
        BufferedImage photo = TwoHalves.of(w, h, 5);
        MaskPlane hole = new MaskPlane(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                hole.set(x, y, (x - w / 2) * (x - w / 2) + (y - h / 2) * (y - h / 2) <= 50 * 50);
            }
        }
        System.out.printf("%-18s %6s %8s%n", "halves 480 x 320", "red%", "time s");
        String[] labels = {"no sampling area", "only blue half", "only red half"};
        MaskPlane[] areas = {null, columns(w, h, w / 2, w), columns(w, h, 0, w / 2)};
        for (int i = 0; i < areas.length; i++) {
            long start = System.nanoTime();
            BufferedImage filled = Inpainters.create(InpaintMethod.AUTO, Inpainters.DEFAULT_SEED)
                    .inpaint(photo, hole, areas[i], ProgressListener.NONE, new CancellationToken());
            double seconds = (System.nanoTime() - start) / 1e9;
            long inside = 0;
            long red = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (hole.isRepair(x, y)) {
                        inside++;
                        red += TwoHalves.isRed(filled.getRGB(x, y)) ? 1 : 0;
                    }
                }
            }
            System.out.printf("%-18s %6.1f %8.2f%n", labels[i], 100.0 * red / inside, seconds);
        }
    }

    private static MaskPlane columns(int w, int h, int from, int to) {
        MaskPlane area = new MaskPlane(w, h);
        area.fill(new MaskRectangle(from, 0, to - from, h), true);
        return area;
    }

    /** The pixels between {@link #GAP} and {@link #GAP} + {@link #WIDTH} from the hole. */
    private static MaskPlane ring(MaskPlane hole) {
        boolean[] outside = new boolean[hole.data().length];
        for (int i = 0; i < outside.length; i++) {
            outside[i] = hole.data()[i] == MaskPlane.KEEP;
        }
        float[] squared = DistanceTransform.squaredDistanceToOutside(outside, hole.width(), hole.height());
        MaskPlane ring = new MaskPlane(hole.width(), hole.height());
        for (int i = 0; i < squared.length; i++) {
            if (squared[i] > GAP * GAP && squared[i] <= (GAP + WIDTH) * (GAP + WIDTH)) {
                ring.data()[i] = MaskPlane.REPAIR;
            }
        }
        return ring;
    }

    /** The photo with the ring magenta: red and blue from its brightness, green nearly gone. */
    private static BufferedImage tinted(BufferedImage photo, MaskPlane ring) {
        BufferedImage copy = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(photo, 0, 0, null);
        for (int y = 0; y < ring.height(); y++) {
            for (int x = 0; x < ring.width(); x++) {
                if (ring.isRepair(x, y)) {
                    int c = photo.getRGB(x, y);
                    int luma = (((c >> 16) & 0xff) * 3 + ((c >> 8) & 0xff) * 6 + (c & 0xff)) / 10;
                    int bright = Math.min(255, 190 + luma / 4);
                    copy.setRGB(x, y, bright << 16 | (luma / 4) << 8 | bright);
                }
            }
        }
        return copy;
    }

    /** Filled pixels near magenta: strong red and blue, little green. */
    private static double magentaShare(BufferedImage filled, MaskPlane hole) {
        long inside = 0;
        long magenta = 0;
        for (int y = 0; y < hole.height(); y++) {
            for (int x = 0; x < hole.width(); x++) {
                if (hole.isRepair(x, y)) {
                    inside++;
                    int c = filled.getRGB(x, y);
                    int r = (c >> 16) & 0xff;
                    int g = (c >> 8) & 0xff;
                    int b = c & 0xff;
                    if (r > 180 && b > 180 && g < 110) {
                        magenta++;
                    }
                }
            }
        }
        return inside == 0 ? 0 : (double) magenta / inside;
    }

    private static PerceptualScores scores(BufferedImage photo, BufferedImage filled, MaskPlane hole) {
        int w = photo.getWidth();
        int h = photo.getHeight();
        boolean[] inHole = new boolean[w * h];
        for (int i = 0; i < inHole.length; i++) {
            inHole[i] = hole.data()[i] == MaskPlane.REPAIR;
        }
        return PerceptualScores.of(
                photo.getRGB(0, 0, w, h, null, 0, w), filled.getRGB(0, 0, w, h, null, 0, w), inHole, w, h);
    }
}
