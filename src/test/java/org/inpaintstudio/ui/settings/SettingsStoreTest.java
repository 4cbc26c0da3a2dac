package org.inpaintstudio.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inpaintstudio.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsEverySetting() {
        Settings settings = new Settings();
        settings.themeProperty().set(Theme.DARK);
        settings.languageProperty().set(Language.CHINESE_SIMPLIFIED);
        settings.overlayOpacityProperty().set(0.7);
        settings.brushSizeProperty().set(12);
        settings.addRecent(dir.resolve("a.png"));
        settings.addRecent(dir.resolve("b.png"));
        settings.addRecent(dir.resolve("a.png"));
        new SettingsStore(dir).save(settings);

        Settings loaded = new SettingsStore(dir).load();
        assertEquals(Theme.DARK, loaded.themeProperty().get());
        assertEquals(Language.CHINESE_SIMPLIFIED, loaded.languageProperty().get());
        assertEquals(0.7, loaded.overlayOpacityProperty().get(), 1e-9);
        assertEquals(12, loaded.brushSizeProperty().get());
        assertEquals(
                List.of(
                        dir.resolve("a.png").toAbsolutePath(),
                        dir.resolve("b.png").toAbsolutePath()),
                loaded.recentFiles());
    }

    @Test
    void unknownFieldsAndValuesAreIgnoredAndABrokenFileGivesDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"theme\":\"NEON\",\"future\":1,\"brushSize\":9}");
        Settings loaded = new SettingsStore(dir).load();
        assertEquals(Theme.LIGHT, loaded.themeProperty().get());
        assertEquals(9, loaded.brushSizeProperty().get());

        Files.writeString(dir.resolve("settings.json"), "{not json");
        assertEquals(40, new SettingsStore(dir).load().brushSizeProperty().get());
    }

    @Test
    void recentFilesKeepTheNewestTen() {
        Settings settings = new Settings();
        for (int i = 0; i < 15; i++) {
            settings.addRecent(dir.resolve(i + ".png"));
        }
        assertEquals(Settings.MAX_RECENT, settings.recentFiles().size());
        assertEquals(
                dir.resolve("14.png").toAbsolutePath(), settings.recentFiles().get(0));
    }
}
