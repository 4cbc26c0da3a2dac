package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Test;

/** A regular scene (tiles 24 x 16 px with mortar) has its period as dominant offsets, and the fill continues it. */
class DominantOffsetsTest {
    private static final int W = 192;
    private static final int H = 144;
    private static final int TILE_W = 24;
    private static final int TILE_H = 16;

    /** Tiles alternating between two tones with their joints, and fine noise. */
    private static BufferedImage tiles(long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean joint = x % TILE_W < 2 || y % TILE_H < 2;
                boolean dark = ((x / TILE_W) + (y / TILE_H)) % 2 == 0;
                int v = joint ? 230 : dark ? 70 : 140;
                v += random.nextInt(9) - 4;
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return image;
    }

    @Test
    void theTilePeriodIsAmongTheStrongestOffsets() {
        BufferedImage image = tiles(1);
        float[][] bands = new float[3][W * H];
        for (int i = 0; i < W * H; i++) {
            int c = image.getRGB(i % W, i / W);
            bands[0][i] = (c >> 16) & 0xff;
            bands[1][i] = (c >> 8) & 0xff;
            bands[2][i] = c & 0xff;
        }
        byte[] hole = new byte[W * H];
        for (int y = 50; y < 90; y++) {
            for (int x = 70; x < 120; x++) {
                hole[y * W + x] = 1;
            }
        }
        PyramidLevel level = new PyramidLevel(W, H, bands, hole, hole, bands);
        PatchMatcher field = new PatchMatcher(
                level, LabFeatures.of(bands, 3, W * H), 3, 4, WorkerPool.of(2), new CancellationToken());

        Offsets offsets = DominantOffsets.find(field, 8, 5, new CancellationToken());

        int periodic = 0;
        for (int k = 0; k < offsets.size(); k++) {
            // the checkerboard repeats every two tiles each way and at one tile diagonally
            boolean onLattice = Math.floorMod(offsets.dx(k) + offsets.dy(k) / TILE_H * TILE_W, 2 * TILE_W) == 0
                    && offsets.dy(k) % TILE_H == 0
                    && offsets.dx(k) % TILE_W == 0;
            periodic += onLattice ? 1 : 0;
        }
        assertTrue(
                offsets.size() >= 4 && periodic >= offsets.size() - 1,
                periodic + " of " + offsets.size() + " offsets on the tiles' lattice: " + describe(offsets));
    }

    @Test
    void aBoxOverTilesIsFilledWithTheTilesInStep() {
        BufferedImage original = tiles(2);
        MaskPlane hole = new MaskPlane(W, H);
        for (int y = 45; y < 95; y++) {
            for (int x = 65; x < 125; x++) {
                hole.set(x, y, true);
            }
        }
        BufferedImage result = Inpainters.create(InpaintMethod.PATCH, 9)
                .inpaint(
                        QualityFloorTest.blackedOut(original, hole),
                        hole,
                        ProgressListener.NONE,
                        new CancellationToken());

        // in step, every pixel is within the noise of the original; a blur or a shifted tile is tens of levels off
        double sum = 0;
        int n = 0;
        for (int y = 45; y < 95; y++) {
            for (int x = 65; x < 125; x++) {
                sum += Math.abs((result.getRGB(x, y) & 0xff) - (original.getRGB(x, y) & 0xff));
                n++;
            }
        }
        assertTrue(sum / n < 8, "mean error in the box " + sum / n);
    }

    private static String describe(Offsets offsets) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < offsets.size(); k++) {
            text.append('(')
                    .append(offsets.dx(k))
                    .append(',')
                    .append(offsets.dy(k))
                    .append(") ");
        }
        return text.toString();
    }
}
