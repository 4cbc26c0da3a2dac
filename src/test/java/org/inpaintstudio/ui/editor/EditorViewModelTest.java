package org.inpaintstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.TestImages;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.mask.BrushRasterizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {
    @BeforeAll
    static void english() {
        Messages.use(Locale.ENGLISH);
    }

    @AfterAll
    static void systemLanguage() {
        Messages.use(Locale.getDefault());
    }

    @Test
    void titleNamesTheImageAndMarksUnsavedWork() {
        EditorViewModel model = new EditorViewModel(BackgroundWork.using(Runnable::run, Runnable::run));
        assertEquals("Inpaint Studio", model.titleProperty().get());
        model.load(TestImages.blank("photo.jpg", 40, 30));
        assertEquals("photo.jpg \u2014 Inpaint Studio", model.titleProperty().get());
        paintStroke(model);
        assertEquals(
                "photo.jpg \u2022 \u2014 Inpaint Studio", model.titleProperty().get());
        assertTrue(model.isDirty());
        model.markSaved();
        assertEquals("photo.jpg \u2014 Inpaint Studio", model.titleProperty().get());
    }

    @Test
    void maskedShareCountsStrokesAndRectanglesOnce() {
        EditorViewModel model = TestImages.modelWithImage(100, 100);
        model.mask().beginEdit();
        model.mask().fillSpan(0, 0, 100, true); // row 0: 100 pixels
        model.history().record(model.mask().endEdit("history.brush"));
        model.rectangles().items().add(new MaskRectangle(0, 0, 10, 10)); // 90 new pixels
        model.rectangles().items().add(new MaskRectangle(5, 5, 10, 10)); // overlaps: 75 new
        assertEquals((100 + 90 + 75) / 10_000.0, model.maskedShareProperty().get(), 1e-12);
        assertEquals(100 + 90 + 75, model.maskUnion().repairCount());
    }

    @Test
    void clearInvertAndGrowAreSingleUndoableEdits() {
        EditorViewModel model = TestImages.modelWithImage(60, 40);
        model.rectangles().items().add(new MaskRectangle(10, 10, 5, 5));
        paintStroke(model);
        byte[] before = model.mask().plane().data().clone();
        List<MaskRectangle> rectanglesBefore = model.rectangles().snapshot();
        long unionBefore = model.maskUnion().repairCount();

        model.maskActions().invert();
        assertTrue(model.rectangles().items().isEmpty(), "inverting bakes the rectangles into the mask");
        assertFalse(model.mask().isRepair(12, 12));
        assertEquals(60 * 40 - unionBefore, model.mask().repairCount());
        model.undo();
        assertArrayEquals(before, model.mask().plane().data());
        assertEquals(rectanglesBefore, model.rectangles().snapshot());

        model.maskActions().growBy(2);
        assertTrue(model.mask().repairCount() > MaskPlane.wrap(60, 40, before).repairCount());
        model.undo();
        assertArrayEquals(before, model.mask().plane().data());

        model.maskActions().clear();
        assertEquals(0, model.mask().repairCount());
        assertTrue(model.rectangles().items().isEmpty());
        model.undo();
        assertArrayEquals(before, model.mask().plane().data());
        assertEquals(rectanglesBefore, model.rectangles().snapshot());
    }

    @Test
    void brushSizeStaysInRange() {
        EditorViewModel model = TestImages.modelWithImage(10, 10);
        model.brushSizeProperty().set(10_000);
        assertEquals(EditorViewModel.MAX_BRUSH, model.brushSizeProperty().get());
        model.brushSizeProperty().set(40);
        model.adjustBrushSize(1);
        assertEquals(46, model.brushSizeProperty().get());
        model.brushSizeProperty().set(1);
        model.adjustBrushSize(-1);
        assertEquals(EditorViewModel.MIN_BRUSH, model.brushSizeProperty().get());
    }

    @Test
    void loadingAnotherImageStartsClean() {
        EditorViewModel model = TestImages.modelWithImage(30, 30);
        paintStroke(model);
        model.rectangles().items().add(new MaskRectangle(1, 1, 3, 3));
        model.load(TestImages.blank("other.png", 50, 20));
        assertEquals(0, model.mask().repairCount());
        assertEquals(50, model.mask().width());
        assertTrue(model.rectangles().items().isEmpty());
        assertFalse(model.history().canUndoProperty().get());
        assertFalse(model.isDirty());
    }

    @Test
    void importingMoreRectanglesThanTheApiTakesChangesNothing() {
        EditorViewModel model = TestImages.modelWithImage(100, 100);
        List<MaskRectangle> many = IntStream.range(0, 51)
                .mapToObj(i -> new MaskRectangle(i, 0, 1, 1))
                .toList();
        assertFalse(model.maskActions().replaceRectangles(many));
        assertTrue(model.rectangles().items().isEmpty());
        assertTrue(model.maskActions().replaceRectangles(many.subList(0, 50)));
        assertEquals(50, model.rectangles().items().size());
    }

    private static void paintStroke(EditorViewModel model) {
        model.mask().beginEdit();
        BrushRasterizer.segment(model.mask(), 2, 2, 20, 15, 6, true);
        model.history().record(model.mask().endEdit("history.brush"));
    }
}
