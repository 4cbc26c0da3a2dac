package org.inpaintstudio.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.util.Duration;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.ui.common.TextFiles;

/** Reads inpaint.json beside settings.json at start and writes it about a second after the last change. */
public final class InpaintSettingsStore {
    private static final Logger LOG = Logger.getLogger(InpaintSettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public InpaintSettingsStore(Path folder) {
        this.file = folder.resolve("inpaint.json");
    }

    /** The saved settings, or the defaults when there are none or the file cannot be read. */
    public InpaintSettings load() {
        InpaintSettings settings = new InpaintSettings();
        if (Files.isRegularFile(file)) {
            try {
                apply(JSON.readValue(file.toFile(), InpaintSettingsJson.class), settings);
            } catch (IOException | RuntimeException e) {
                LOG.warning("inpaint settings " + file + " could not be read, using defaults: " + e.getMessage());
            }
        }
        return settings;
    }

    public void save(InpaintSettings settings) {
        InpaintSettingsJson json = new InpaintSettingsJson(settings.backendProperty().get().name(),
            settings.baseUrlProperty().get(), settings.returnTypeProperty().get().code(),
            settings.syncProperty().get(), settings.requestsPerSecondProperty().get(),
            settings.jpegQualityProperty().get());
        try {
            TextFiles.writeAtomically(file, JSON.writeValueAsString(json));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "inpaint settings could not be saved to " + file, e);
        }
    }

    /** Saves about a second after the last change (on the JavaFX thread). */
    public void saveOnChange(InpaintSettings settings) {
        PauseTransition delay = new PauseTransition(Duration.seconds(1));
        delay.setOnFinished(e -> save(settings));
        InvalidationListener restart = obs -> delay.playFromStart();
        for (Observable observable : settings.observables()) {
            observable.addListener(restart);
        }
    }

    private static void apply(InpaintSettingsJson json, InpaintSettings settings) {
        if ("REMOTE".equals(json.backend())) {
            settings.backendProperty().set(BackendKind.REMOTE);
        }
        if (json.baseUrl() != null) {
            settings.baseUrlProperty().set(json.baseUrl());
        }
        if (json.returnType() != null) {
            ReturnType.fromCode(json.returnType()).ifPresent(settings.returnTypeProperty()::set);
        }
        if (json.sync() != null) {
            settings.syncProperty().set(json.sync());
        }
        if (json.requestsPerSecond() != null && json.requestsPerSecond() > 0) {
            settings.requestsPerSecondProperty().set(json.requestsPerSecond());
        }
        if (json.jpegQuality() != null) {
            settings.jpegQualityProperty().set(Math.max(1, Math.min(100, json.jpegQuality())));
        }
    }
}
