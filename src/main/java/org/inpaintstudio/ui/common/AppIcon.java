package org.inpaintstudio.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon in the sizes window managers pick from (rendered from icons/inpaint-studio.svg). */
public enum AppIcon {
    PX_16(16),
    PX_32(32),
    PX_48(48),
    PX_64(64),
    PX_128(128),
    PX_256(256);

    private final int size;

    AppIcon(int size) {
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Every size, smallest first, for {@code Stage.getIcons()}. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (AppIcon icon : values()) {
            images.add(icon.image());
        }
        return images;
    }

    public Image image() {
        String name = "/org/inpaintstudio/ui/icons/app-" + size + ".png";
        try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("icon " + name + " is missing from the build");
            }
            return new Image(in);
        } catch (IOException e) {
            throw new IllegalStateException("icon " + name + " could not be read", e);
        }
    }
}
