package org.inpaintstudio.ui.common;

import java.net.URL;
import java.util.List;

/** The look: a stylesheet of named colour variables per theme, then the shared editor stylesheet using them. */
public enum Theme {
    LIGHT("light.css", "settings.theme.light"),
    DARK("dark.css", "settings.theme.dark");

    private static final String SHARED = "editor.css";

    private final String file;
    private final String nameKey;

    Theme(String file, String nameKey) {
        this.file = file;
        this.nameKey = nameKey;
    }

    public String nameKey() {
        return nameKey;
    }

    /** The stylesheets to put on a scene, in order. */
    public List<String> stylesheets() {
        return List.of(resource(file), resource(SHARED));
    }

    private static String resource(String name) {
        URL url = Theme.class.getResource("/org/inpaintstudio/ui/" + name);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + name + " is missing from the build");
        }
        return url.toExternalForm();
    }
}
