package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.work.CancellationToken;
import org.inpaintstudio.work.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every method promises: bit-exact outside the mask, deterministic, blind to what lies under the mask. */
class InpainterContractTest {
    private static final BufferedImage IMAGE = TestImages.texture(120, 90, BufferedImage.TYPE_INT_RGB, 7);
    private static final MaskPlane MASK = TestImages.disc(120, 90, 60, 45, 16);

    private static BufferedImage run(InpaintMethod method, long seed, BufferedImage image, MaskPlane mask) {
        return Inpainters.create(method, seed).inpaint(image, mask, ProgressListener.NONE, new CancellationToken());
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void pixelsOutsideTheMaskComeBackBitExactAndTheHoleIsFilled(InpaintMethod method) {
        BufferedImage result = run(method, 1, IMAGE, MASK);

        assertNotSame(IMAGE, result);
        TestImages.assertSameOutsideMask(IMAGE, result, MASK);
        int black = 0;
        for (int y = 0; y < 90; y++) {
            for (int x = 0; x < 120; x++) {
                if (MASK.isRepair(x, y) && (result.getRGB(x, y) & 0xffffff) == 0) {
                    black++;
                }
            }
        }
        assertEquals(0, black, "hole pixels left black");
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void theSameSeedGivesTheSameResult(InpaintMethod method) {
        TestImages.assertSamePixels(run(method, 5, IMAGE, MASK), run(method, 5, IMAGE, MASK));
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        EngineOptions one = EngineOptions.DEFAULTS.withThreads(1);
        EngineOptions two = EngineOptions.DEFAULTS.withThreads(2);
        BufferedImage a = Inpainters.create(InpaintMethod.PATCH, 3, one)
                .inpaint(IMAGE, MASK, ProgressListener.NONE, new CancellationToken());
        BufferedImage b = Inpainters.create(InpaintMethod.PATCH, 3, two)
                .inpaint(IMAGE, MASK, ProgressListener.NONE, new CancellationToken());
        TestImages.assertSamePixels(a, b);
    }

    @Test
    void anotherSeedGivesAnotherPatchFill() {
        BufferedImage a = run(InpaintMethod.PATCH, 1, IMAGE, MASK);
        BufferedImage b = run(InpaintMethod.PATCH, 2, IMAGE, MASK);
        int differing = 0;
        for (int y = 0; y < 90; y++) {
            for (int x = 0; x < 120; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 0, "the seed drives the random search");
    }

    @ParameterizedTest
    @EnumSource(InpaintMethod.class)
    void whatLiesUnderTheMaskDoesNotChangeTheResult(InpaintMethod method) {
        BufferedImage clean = run(method, 9, IMAGE, MASK);
        BufferedImage scribbled = run(method, 9, TestImages.scribbledUnder(IMAGE, MASK, 99), MASK);

        TestImages.assertSamePixels(clean, scribbled);
    }

    @Test
    void anEmptyMaskReturnsAnEqualCopyAndReportsCompletion() {
        double[] last = {-1};
        BufferedImage result = Inpainters.create(InpaintMethod.AUTO, 0)
                .inpaint(IMAGE, new MaskPlane(120, 90), f -> last[0] = f, new CancellationToken());

        assertNotSame(IMAGE, result);
        TestImages.assertSamePixels(IMAGE, result);
        assertEquals(1.0, last[0]);
    }

    @Test
    void aMaskOfAnotherSizeIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> run(InpaintMethod.AUTO, 0, IMAGE, new MaskPlane(10, 10)));
        assertTrue(e.getMessage().contains("10 x 10") && e.getMessage().contains("120 x 90"), e.getMessage());
    }

    @Test
    void methodsParseFromTheirNames() {
        assertEquals(InpaintMethod.AUTO, InpaintMethod.parse("auto"));
        assertEquals(InpaintMethod.PATCH, InpaintMethod.parse(" Patch "));
        assertEquals(InpaintMethod.TELEA, InpaintMethod.parse("TELEA"));
        assertEquals("telea", InpaintMethod.TELEA.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InpaintMethod.parse("fast"));
        assertTrue(e.getMessage().contains("auto, patch or telea"), e.getMessage());
    }
}
