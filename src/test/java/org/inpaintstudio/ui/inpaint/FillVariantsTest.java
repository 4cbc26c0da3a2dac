package org.inpaintstudio.ui.inpaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FillVariantsTest {
    private static InpaintedImage fill(long seed) {
        return new InpaintedImage(null, null, null, null, seed);
    }

    private static List<Long> seeds(FillVariants variants) {
        return variants.items().stream().map(InpaintedImage::seed).toList();
    }

    @Test
    void aNinthFillDropsTheOldestAndIsShown() {
        FillVariants variants = new FillVariants();
        assertNull(variants.current());
        assertFalse(variants.step(1), "nothing to step through");
        for (long seed = 1; seed <= 9; seed++) {
            variants.add(fill(seed));
        }
        assertEquals(LongStream.rangeClosed(2, 9).boxed().toList(), seeds(variants));
        assertEquals(FillVariants.MAX - 1, variants.shownProperty().get());
        assertEquals(9L, variants.current().seed());
    }

    @Test
    void stepsWrapAroundAndShowIgnoresIndicesOutside() {
        FillVariants variants = new FillVariants();
        variants.add(fill(1));
        assertFalse(variants.step(1), "one fill: the arrows do nothing");
        assertFalse(variants.several().get());
        variants.add(fill(2));
        variants.add(fill(3));
        assertTrue(variants.several().get());
        assertTrue(variants.step(1));
        assertEquals(1L, variants.current().seed(), "past the newest comes the oldest");
        assertTrue(variants.step(-1));
        assertEquals(3L, variants.current().seed());
        variants.show(7);
        assertEquals(3L, variants.current().seed());
        variants.show(1);
        assertEquals(2L, variants.current().seed());
    }

    @Test
    void fillsBroughtBackKeepTheNewestEightAndTheOneThatWasShown() {
        FillVariants variants = new FillVariants();
        List<InpaintedImage> earlier =
                LongStream.rangeClosed(1, 10).mapToObj(FillVariantsTest::fill).toList();
        variants.setAll(earlier, 3);
        assertEquals(LongStream.rangeClosed(3, 10).boxed().toList(), seeds(variants));
        assertSame(variants.items().get(3), variants.current());
        variants.clear();
        assertNull(variants.current());
        assertEquals(-1, variants.shownProperty().get());
    }
}
