package org.inpaintstudio.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.util.Duration;
import org.inpaintstudio.ui.common.TextFiles;
import org.inpaintstudio.ui.common.Theme;

/** Reads settings.json at start and writes it about a second after the last change. */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path folder) {
        this.file = folder.resolve("settings.json");
    }

    /** The saved settings, or the defaults when there are none or the file cannot be read. */
    public Settings load() {
        Settings settings = new Settings();
        if (!Files.isRegularFile(file)) {
            return settings;
        }
        try {
            apply(JSON.readValue(file.toFile(), SettingsJson.class), settings);
        } catch (IOException | RuntimeException e) {
            LOG.warning("settings file " + file + " could not be read, using defaults: " + e.getMessage());
        }
        return settings;
    }

    public void save(Settings settings) {
        List<String> recent = settings.recentFiles().stream().map(Path::toString).toList();
        SettingsJson json = new SettingsJson(settings.themeProperty().get().name(),
            settings.languageProperty().get().name(), settings.overlayOpacityProperty().get(),
            settings.brushSizeProperty().get(), recent);
        try {
            TextFiles.writeAtomically(file, JSON.writeValueAsString(json));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "settings could not be saved to " + file, e);
        }
    }

    /** Saves about a second after the last change (on the JavaFX thread). */
    public void saveOnChange(Settings settings) {
        PauseTransition delay = new PauseTransition(Duration.seconds(1));
        delay.setOnFinished(e -> save(settings));
        InvalidationListener restart = obs -> delay.playFromStart();
        for (Observable observable : settings.observables()) {
            observable.addListener(restart);
        }
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
