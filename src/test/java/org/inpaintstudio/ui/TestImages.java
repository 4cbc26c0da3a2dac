package org.inpaintstudio.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.EditorViewModel;

/** Documents and view models for tests that need no window. */
public final class TestImages {
    public static final Path COFFEE = Path.of("src/test/resources/photos/coffee.png");

    private TestImages() {}

    /** A view model that runs background work on the calling thread, with a blank image of that size open. */
    public static EditorViewModel modelWithImage(int width, int height) {
        EditorViewModel model = new EditorViewModel(BackgroundWork.using(Runnable::run, Runnable::run));
        model.viewport().setViewSize(width, height);
        model.load(blank("photo.jpg", width, height));
        return model;
    }

    public static EditorDocument blank(String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        return new EditorDocument(name, Path.of(name), image, null, "test-" + name);
    }
}
