package org.inpaintstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.PixelBox;
import org.junit.jupiter.api.Test;

class RegionPlannerTest {
    private static List<CropJob> plan(InpaintMethod method, MaskPlane mask) {
        MaskRegions regions = MaskRegions.label(mask);
        return new RegionPlanner(method, EngineOptions.DEFAULTS)
                .plan(regions, mask.width(), mask.height(), regions.pixelCounts());
    }

    @Test
    void autoSendsThinDamageToFastMarchingFirstAndWideHolesToPatches() {
        MaskPlane mask = new MaskPlane(400, 300);
        mask.fill(new MaskRectangle(10, 20, 120, 3), true);
        MaskPlane disc = TestImages.disc(400, 300, 300, 200, 40);
        for (int i = 0; i < disc.data().length; i++) {
            mask.data()[i] |= disc.data()[i];
        }

        List<CropJob> jobs = plan(InpaintMethod.AUTO, mask);

        assertEquals(2, jobs.size());
        assertTrue(jobs.get(0).telea(), "the 3 px line is thin damage");
        assertEquals(360, jobs.get(0).pixels());
        assertFalse(jobs.get(1).telea(), "the disc of radius 40 is a wide hole");
        PixelBox context = jobs.get(1).box();
        assertTrue(context.x0() < 260 && context.x1() > 340 && context.width() < 400, "context " + context);
    }

    @Test
    void regionsWhoseContextsOverlapShareOneJob() {
        MaskPlane mask = new MaskPlane(300, 200);
        mask.fill(new MaskRectangle(50, 50, 40, 40), true);
        mask.fill(new MaskRectangle(120, 60, 40, 40), true);

        List<CropJob> jobs = plan(InpaintMethod.PATCH, mask);

        assertEquals(1, jobs.size());
        assertArrayEquals(new int[] {1, 2}, jobs.get(0).labels());
        assertEquals(3200, jobs.get(0).pixels());
    }

    @Test
    void theInscribedRadiusIsExact() {
        MaskPlane mask = new MaskPlane(50, 50);
        mask.fill(new MaskRectangle(5, 5, 21, 9), true);
        mask.set(40, 40, true);
        MaskRegions regions = MaskRegions.label(mask);

        assertEquals(2, regions.count());
        assertEquals(5.0, regions.inscribedRadius(1), 1e-6);
        assertEquals(1.0, regions.inscribedRadius(2), 1e-6);
    }
}
