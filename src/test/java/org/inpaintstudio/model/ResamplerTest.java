package org.inpaintstudio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResamplerTest {
    @Test
    void shrinkingAveragesTheAreaEachPixelCovers() {
        float[] src = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}; // 4 x 4
        float[] out = Resampler.resize(src, 1, 4, 4, 2, 2);
        assertArrayEquals(new float[] {2.5f, 4.5f, 10.5f, 12.5f}, out, 1e-5f);
    }

    @Test
    void shrinkingByAFractionWeighsPartlyCoveredPixels() {
        float[] out = Resampler.resize(new float[] {0, 3, 6}, 1, 3, 1, 2, 1);
        // each output covers 1.5 source pixels: (0 + 0.5 * 3) / 1.5 and (0.5 * 3 + 6) / 1.5
        assertArrayEquals(new float[] {1, 5}, out, 1e-5f);
    }

    @Test
    void flatPlanesStayFlatEitherWay() {
        float[] flat = new float[3 * 7 * 7];
        Arrays.fill(flat, 0.4f);
        for (float v : Resampler.resize(flat, 3, 7, 7, 19, 19)) {
            assertEquals(0.4f, v, 1e-5f);
        }
        for (float v : Resampler.resize(flat, 3, 7, 7, 3, 3)) {
            assertEquals(0.4f, v, 1e-5f);
        }
    }

    @Test
    void enlargingKeepsALinearRampLinearInside() {
        float[] ramp = new float[8];
        for (int i = 0; i < 8; i++) {
            ramp[i] = i;
        }
        float[] out = Resampler.resize(ramp, 1, 8, 1, 16, 1);
        // sample i sits at source position (i + 0.5) / 2 - 0.5; Catmull-Rom reproduces lines away from the edges
        for (int i = 4; i < 12; i++) {
            assertEquals((i + 0.5) / 2 - 0.5, out[i], 1e-4);
        }
    }

    @Test
    void sizesAreIndependentPerPlane() {
        float[] two = {1, 1, 1, 1, 0, 0, 0, 0}; // two 2 x 2 planes
        assertArrayEquals(new float[] {1, 0}, Resampler.resize(two, 2, 2, 2, 1, 1), 1e-6f);
    }
}
