package org.inpaintstudio.ui.mask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.inpaintstudio.image.MaskPlane;
import org.junit.jupiter.api.Test;

class MaskMorphologyTest {
    @Test
    void growAndShrinkMatchTheBruteForceDistanceOnRandomMasks() {
        Random random = new Random(5);
        int w = 61;
        int h = 47;
        for (int round = 0; round < 10; round++) {
            byte[] mask = new byte[w * h];
            for (int i = 0; i < mask.length; i++) {
                mask[i] = random.nextInt(round % 2 == 0 ? 40 : 2) == 0 ? MaskPlane.REPAIR : MaskPlane.KEEP;
            }
            int radius = 1 + random.nextInt(9);
            assertArrayEquals(bruteForce(mask, w, h, radius, true), MaskMorphology.grow(mask, w, h, radius));
            assertArrayEquals(bruteForce(mask, w, h, radius, false), MaskMorphology.shrink(mask, w, h, radius));
        }
    }

    @Test
    void growingOnePixelByFiveGivesADiscOfRadiusFive() {
        byte[] mask = new byte[21 * 21];
        mask[10 * 21 + 10] = MaskPlane.REPAIR;
        byte[] grown = MaskMorphology.grow(mask, 21, 21, 5);
        long count = 0;
        for (byte b : grown) {
            count += b;
        }
        assertEquals(81, count); // lattice points with dx^2 + dy^2 <= 25
    }

    private static byte[] bruteForce(byte[] mask, int w, int h, int radius, boolean grow) {
        byte[] out = new byte[mask.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean near = false;
                for (int yy = 0; yy < h && !near; yy++) {
                    for (int xx = 0; xx < w && !near; xx++) {
                        boolean feature = (mask[yy * w + xx] != MaskPlane.KEEP) == grow;
                        int dx = xx - x;
                        int dy = yy - y;
                        near = feature && dx * dx + dy * dy <= radius * radius;
                    }
                }
                boolean repair = grow ? near : !near;
                out[y * w + x] = repair ? MaskPlane.REPAIR : MaskPlane.KEEP;
            }
        }
        return out;
    }
}
