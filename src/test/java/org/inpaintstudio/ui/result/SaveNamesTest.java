package org.inpaintstudio.ui.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveNamesTest {
    @TempDir
    Path folder;

    @Test
    void theDefaultNameKeepsTheOriginalsFormatBesideIt() {
        assertEquals("photo-inpainted.jpg", SaveNames.defaultName("photo.jpg"));
        assertEquals("photo-inpainted.jpeg", SaveNames.defaultName("photo.JPEG"));
        assertEquals("holiday.2024-inpainted.webp", SaveNames.defaultName("holiday.2024.webp"));
        assertEquals("scan-inpainted.tif", SaveNames.defaultName("scan.tif"));
        assertEquals("Pasted image-inpainted.png", SaveNames.defaultName("Pasted image"));
        assertEquals("notes.txt-inpainted.png", SaveNames.defaultName("notes.txt"));
        EditorDocument doc = document(folder.resolve("a.bmp"));
        assertEquals(folder.resolve("a-inpainted.bmp").toAbsolutePath(), SaveNames.defaultTarget(doc));
        assertNull(SaveNames.defaultTarget(document(null)));
    }

    @Test
    void theOriginalIsRecognisedHoweverItsPathIsWritten() throws Exception {
        Path original = Files.createFile(folder.resolve("b.png"));
        EditorDocument doc = document(original);
        assertTrue(SaveNames.isOriginal(folder.resolve("sub/../b.png"), doc));
        assertTrue(SaveNames.isOriginal(original.toAbsolutePath(), doc));
        assertFalse(SaveNames.isOriginal(folder.resolve("b-inpainted.png"), doc));
        assertFalse(SaveNames.isOriginal(original, document(null)));
    }

    @Test
    void jpegUsesTheChosenQualityAndWebpIsLossless() {
        assertEquals(0.8f, SaveNames.options(ImageFormat.JPEG, 80).quality(), 1e-6);
        assertEquals(1f, SaveNames.options(ImageFormat.JPEG, 400).quality(), 1e-6);
        assertEquals(1f, SaveNames.options(ImageFormat.WEBP, 80).quality(), 1e-6);
    }

    private static EditorDocument document(Path path) {
        String name = path == null ? "Pasted image" : path.getFileName().toString();
        return new EditorDocument(name, path, new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), null, "k");
    }
}
