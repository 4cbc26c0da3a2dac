package org.inpaintstudio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inpaintstudio.backend.TestImages;
import org.inpaintstudio.image.MaskRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPlanTest {
    @TempDir
    Path dir;

    private Path folder(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name));
    }

    @Test
    void eachPhotoTakesTheMaskOfItsNameAndOnesWithoutAreSkippedWithTheReason() throws Exception {
        Path in = folder("in");
        Path masks = folder("masks");
        Files.write(in.resolve("a.jpg"), TestImages.png(20, 10));
        Files.write(in.resolve("b.png"), TestImages.png(20, 10));
        Files.writeString(in.resolve("notes.txt"), "not a photo");
        Files.write(in.resolve(".hidden.png"), TestImages.png(20, 10));
        Files.createDirectories(in.resolve("sub"));
        Files.write(masks.resolve("a.png"), TestImages.maskPng(20, 10, 1, 1, 4, 4));

        BatchPlan plan = BatchPlan.scan(BatchSpec.withMasks(in, masks, dir.resolve("out"), ResultFormat.SAME));

        assertEquals(1, plan.items().size());
        BatchItem a = plan.items().get(0);
        assertEquals("a.jpg", a.name());
        assertEquals(masks.resolve("a.png"), a.mask());
        assertEquals(dir.resolve("out").resolve("a.jpg"), a.result());
        assertEquals(List.of(new SkippedPhoto("b.png", "no mask b.png in " + masks)), plan.skipped());
        assertEquals(2, plan.photoCount());
    }

    @Test
    void rectanglesThatDoNotFitAPhotoSkipItSayingWhichAndHowBig() throws Exception {
        Path in = folder("in");
        Files.write(in.resolve("big.png"), TestImages.png(100, 80));
        Files.write(in.resolve("small.png"), TestImages.png(40, 30));
        List<MaskRectangle> rectangles = List.of(new MaskRectangle(2, 2, 10, 10), new MaskRectangle(50, 20, 30, 20));

        BatchPlan plan = BatchPlan.scan(BatchSpec.withRectangles(in, rectangles, dir.resolve("out"), ResultFormat.PNG));

        assertEquals(
                List.of("big.png"), plan.items().stream().map(BatchItem::name).toList());
        assertNull(plan.items().get(0).mask());
        SkippedPhoto small = plan.skipped().get(0);
        assertEquals("small.png", small.name());
        assertEquals("rectangle 2 (50, 20, 30 x 20) does not fit in the photo (40 x 30)", small.reason());
    }

    @Test
    void aResultFormatGivesTheResultsItsExtensionAndTwoPhotosMayNotShareAResult() throws Exception {
        Path in = folder("in");
        Files.write(in.resolve("a.jpg"), TestImages.png(20, 10));
        Files.write(in.resolve("a.png"), TestImages.png(20, 10));
        List<MaskRectangle> box = List.of(new MaskRectangle(1, 1, 4, 4));

        BatchPlan plan = BatchPlan.scan(BatchSpec.withRectangles(in, box, dir.resolve("out"), ResultFormat.PNG));

        assertEquals(dir.resolve("out").resolve("a.png"), plan.items().get(0).result());
        assertEquals("a.jpg", plan.items().get(0).name());
        assertEquals(
                "another photo of the folder already gives a.png",
                plan.skipped().get(0).reason());
        assertEquals("b.jpg", ResultFormat.JPG.resultName("b.webp"));
        assertEquals("b.webp", ResultFormat.SAME.resultName("b.webp"));
    }

    @Test
    void theOutputMayNotBeTheInputAndFoldersMustExist() throws Exception {
        Path in = folder("in");
        List<MaskRectangle> box = List.of(new MaskRectangle(1, 1, 4, 4));

        BatchSetupException same = assertThrows(
                BatchSetupException.class,
                () -> BatchPlan.scan(BatchSpec.withRectangles(in, box, in, ResultFormat.SAME)));
        assertTrue(same.getMessage().contains("would overwrite the photos"), same.getMessage());
        BatchSetupException missing = assertThrows(
                BatchSetupException.class,
                () -> BatchPlan.scan(
                        BatchSpec.withMasks(in, dir.resolve("nope"), dir.resolve("out"), ResultFormat.SAME)));
        assertTrue(missing.getMessage().contains("the masks folder"), missing.getMessage());
    }
}
