package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Test;

class TeleaFillTest {
    private static ProgressTracker tracker() {
        return new ProgressTracker(ProgressListener.NONE, new CancellationToken(), 1);
    }

    @Test
    void aThinLineOnASmoothGradientIsFilledClosely() {
        int w = 64;
        int h = 48;
        float[][] planes = new float[3][w * h];
        float[][] truth = new float[3][w * h];
        byte[] hole = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                for (int b = 0; b < 3; b++) {
                    truth[b][i] = 40 + 2.5f * x + 1.5f * y + 10 * b;
                    planes[b][i] = truth[b][i];
                }
                if (Math.abs(y - (10 + x / 3)) <= 1) {
                    hole[i] = 1;
                    for (float[] plane : planes) {
                        plane[i] = 0;
                    }
                }
            }
        }
        TeleaFill.fill(planes, hole, w, h, 5, tracker());

        double worst = 0;
        for (int i = 0; i < hole.length; i++) {
            for (int b = 0; b < 3; b++) {
                worst = Math.max(worst, Math.abs(planes[b][i] - truth[b][i]));
            }
        }
        assertTrue(worst < 1.5, "largest error " + worst + " levels");
    }

    @Test
    void aFlatImageStaysFlat() {
        int w = 30;
        int h = 30;
        float[][] planes = {new float[w * h]};
        java.util.Arrays.fill(planes[0], 77f);
        byte[] hole = new byte[w * h];
        for (int i = 200; i < 500; i++) {
            hole[i] = 1;
            planes[0][i] = 0;
        }
        TeleaFill.fill(planes, hole, w, h, 5, tracker());
        for (float v : planes[0]) {
            assertEquals(77f, v, 1e-3);
        }
    }
}
