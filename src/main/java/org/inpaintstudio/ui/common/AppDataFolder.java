package org.inpaintstudio.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/** Where Inpaint Studio keeps settings and autosaves: the system property {@code inpaintstudio.appdata}, or the OS's usual place. */
public final class AppDataFolder {
    public static final String PROPERTY = "inpaintstudio.appdata";

    private AppDataFolder() {}

    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Inpaint Studio");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Inpaint Studio");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : home.resolve(".local").resolve("share"))
                .resolve("inpaint-studio");
    }
}
