package org.inpaintstudio.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InpaintSettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void theModelFileChoiceIsKept() {
        InpaintSettings settings = new InpaintSettings();
        settings.backendProperty().set(BackendKind.MODEL);
        settings.modelFileProperty().set("/models/big-lama.onnx");
        new InpaintSettingsStore(dir).save(settings);

        InpaintSettings loaded = new InpaintSettingsStore(dir).load();
        assertEquals(BackendKind.MODEL, loaded.backendProperty().get());
        assertEquals("/models/big-lama.onnx", loaded.modelFileProperty().get());
    }

    @Test
    void aFileFromBeforeModelsGivesTheOfflineEngineAndNoModel() throws Exception {
        Files.writeString(dir.resolve("inpaint.json"), "{\"backend\":\"OFFLINE\",\"baseUrl\":\"\",\"jpegQuality\":90}");
        InpaintSettings loaded = new InpaintSettingsStore(dir).load();
        assertEquals(BackendKind.OFFLINE, loaded.backendProperty().get());
        assertEquals("", loaded.modelFileProperty().get());
    }
}
