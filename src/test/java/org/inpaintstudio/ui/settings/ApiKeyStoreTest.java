package org.inpaintstudio.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API key lives in its own owner-only file, never beside the settings and never in text about it. */
class ApiKeyStoreTest {
    private static final String KEY = "sk-live-4f1c9e0b7a";

    @TempDir
    Path appData;

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        ApiKeyStore store = new ApiKeyStore(appData);
        store.save(KEY);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        store.save(KEY + "2"); // replacing keeps the permissions
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        try (Stream<Path> files = Files.list(appData)) {
            assertEquals(List.of(store.file()), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void theKeyComesBackAfterARestartAndAnEmptyKeyRemovesTheFile() throws Exception {
        new ApiKeyStore(appData).save("  " + KEY + "\n");
        ApiKeyStore restarted = new ApiKeyStore(appData);
        assertEquals(KEY, restarted.current());
        restarted.save("");
        assertFalse(Files.exists(restarted.file()));
        assertEquals("", new ApiKeyStore(appData).current());
    }

    @Test
    void theKeyIsNeverInTheSettingsFileOrInText() throws Exception {
        ApiKeyStore store = new ApiKeyStore(appData);
        store.save(KEY);
        InpaintSettings settings = new InpaintSettings();
        settings.backendProperty().set(BackendKind.REMOTE);
        settings.baseUrlProperty().set("https://api.example.com");
        new InpaintSettingsStore(appData).save(settings);
        try (Stream<Path> files = Files.list(appData)) {
            for (Path file : files.filter(f -> !f.equals(store.file())).toList()) {
                assertFalse(Files.readString(file).contains(KEY), file + " holds the key");
            }
        }
        assertFalse(store.toString().contains(KEY));
        InpaintSettings loaded = new InpaintSettingsStore(appData).load();
        assertEquals(BackendKind.REMOTE, loaded.backendProperty().get());
        assertEquals("https://api.example.com", loaded.baseUrlProperty().get());
        assertTrue(Files.readString(store.file()).contains(KEY));
    }
}
