package org.inpaintstudio.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.util.Duration;
import org.inpaintstudio.ui.common.TextFiles;

/**
 * One settings file as JSON: read at start (a missing or broken file means defaults, with a warning), written
 * atomically, and saved about a second after the last change.
 */
final class JsonSettingsFile {
    private static final Logger LOG = Logger.getLogger(JsonSettingsFile.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    JsonSettingsFile(Path file) {
        this.file = file;
    }

    <T> Optional<T> read(Class<T> shape) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), shape));
        } catch (IOException | RuntimeException e) {
            LOG.warning("settings file " + file + " could not be read, using defaults: " + e.getMessage());
            return Optional.empty();
        }
    }

    void write(Object value) {
        try {
            TextFiles.writeAtomically(file, JSON.writeValueAsString(value));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "settings could not be saved to " + file, e);
        }
    }

    /** Runs {@code save} about a second after the last change of any of {@code observables} (JavaFX thread). */
    static void saveAfterChanges(Observable[] observables, Runnable save) {
        PauseTransition delay = new PauseTransition(Duration.seconds(1));
        delay.setOnFinished(e -> save.run());
        InvalidationListener restart = obs -> delay.playFromStart();
        for (Observable observable : observables) {
            observable.addListener(restart);
        }
    }
}
