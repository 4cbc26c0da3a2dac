package org.inpaintstudio.ui.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.inpaintstudio.ui.common.Theme;

/** Reads settings.json at start and writes it about a second after the last change. */
public final class SettingsStore {
    private final JsonSettingsFile file;

    public SettingsStore(Path folder) {
        this.file = new JsonSettingsFile(folder.resolve("settings.json"));
    }

    /** The saved settings, or the defaults when there are none or the file cannot be read. */
    public Settings load() {
        Settings settings = new Settings();
        file.read(SettingsJson.class).ifPresent(json -> apply(json, settings));
        return settings;
    }

    public void save(Settings settings) {
        List<String> recent =
                settings.recentFiles().stream().map(Path::toString).toList();
        SettingsJson json = new SettingsJson(
                settings.themeProperty().get().name(),
                settings.languageProperty().get().name(),
                settings.overlayOpacityProperty().get(),
                settings.brushSizeProperty().get(),
                recent);
        file.write(json);
    }

    /** Saves about a second after the last change (on the JavaFX thread). */
    public void saveOnChange(Settings settings) {
        JsonSettingsFile.saveAfterChanges(settings.observables(), () -> save(settings));
    }

    private static void apply(SettingsJson json, Settings settings) {
        if (json.theme() != null) {
            enumValue(Theme.class, json.theme(), settings.themeProperty()::set);
        }
        if (json.language() != null) {
            enumValue(Language.class, json.language(), settings.languageProperty()::set);
        }
        if (json.overlayOpacity() != null) {
            settings.overlayOpacityProperty().set(Math.max(0.05, Math.min(1, json.overlayOpacity())));
        }
        if (json.brushSize() != null) {
            settings.brushSizeProperty().set(json.brushSize());
        }
        if (json.recentFiles() != null) {
            List<Path> recent = new ArrayList<>();
            for (String path : json.recentFiles()) {
                try {
                    recent.add(Path.of(path));
                } catch (InvalidPathException ignored) {
                    // a path from another system: leave it out
                }
            }
            settings.recentFiles().setAll(recent.subList(0, Math.min(Settings.MAX_RECENT, recent.size())));
        }
    }

    private static <E extends Enum<E>> void enumValue(Class<E> type, String name, Consumer<E> set) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                set.accept(value);
            }
        }
    }
}
