package org.inpaintstudio.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;

class AppIconTest {
    @Test
    void everySizeLoadsAtItsOwnSize() {
        for (AppIcon icon : AppIcon.values()) {
            Image image = icon.image();
            assertFalse(image.isError(), icon.name());
            assertEquals(icon.size(), image.getWidth(), icon.name());
            assertEquals(icon.size(), image.getHeight(), icon.name());
        }
    }
}
