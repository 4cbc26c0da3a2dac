package org.inpaintstudio.ui.settings;

import java.nio.file.Path;
import org.inpaintstudio.api.ReturnType;

/** Reads inpaint.json beside settings.json at start and writes it about a second after the last change. */
public final class InpaintSettingsStore {
    private final JsonSettingsFile file;

    public InpaintSettingsStore(Path folder) {
        this.file = new JsonSettingsFile(folder.resolve("inpaint.json"));
    }

    /** The saved settings, or the defaults when there are none or the file cannot be read. */
    public InpaintSettings load() {
        InpaintSettings settings = new InpaintSettings();
        file.read(InpaintSettingsJson.class).ifPresent(json -> apply(json, settings));
        return settings;
    }

    public void save(InpaintSettings settings) {
        InpaintSettingsJson json = new InpaintSettingsJson(
                settings.backendProperty().get().name(),
                settings.baseUrlProperty().get(),
                settings.returnTypeProperty().get().code(),
                settings.syncProperty().get(),
                settings.requestsPerSecondProperty().get(),
                settings.jpegQualityProperty().get(),
                settings.modelFileProperty().get());
        file.write(json);
    }

    /** Saves about a second after the last change (on the JavaFX thread). */
    public void saveOnChange(InpaintSettings settings) {
        JsonSettingsFile.saveAfterChanges(settings.observables(), () -> save(settings));
    }

    private static void apply(InpaintSettingsJson json, InpaintSettings settings) {
        if ("REMOTE".equals(json.backend())) {
            settings.backendProperty().set(BackendKind.REMOTE);
        } else if ("MODEL".equals(json.backend())) {
            settings.backendProperty().set(BackendKind.MODEL);
        }
        if (json.modelFile() != null) {
            settings.modelFileProperty().set(json.modelFile());
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
