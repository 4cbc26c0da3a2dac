package org.inpaintstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.inpaintstudio.ui.common.AppDataFolder;
import org.inpaintstudio.ui.common.AppIcon;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.inpaint.BackendProvider;
import org.inpaintstudio.ui.io.AutosaveStore;
import org.inpaintstudio.ui.io.SystemFilePicker;
import org.inpaintstudio.ui.settings.ApiKeyStore;
import org.inpaintstudio.ui.settings.InpaintSettings;
import org.inpaintstudio.ui.settings.InpaintSettingsStore;
import org.inpaintstudio.ui.settings.Settings;
import org.inpaintstudio.ui.settings.SettingsStore;
import org.inpaintstudio.ui.window.MainWindow;

/**
 * The JavaFX application: one editor window, opened on the image named on the command line if any, or later on a
 * photo the system asks us to open (macOS).
 */
public final class InpaintStudioApp extends Application {
    private BackgroundWork tasks;
    private SettingsStore settingsStore;
    private Settings settings;
    private InpaintSettingsStore inpaintStore;
    private InpaintSettings inpaintSettings;

    @Override
    public void start(Stage stage) {
        stage.getIcons().setAll(AppIcon.images());
        Path appData = AppDataFolder.resolve();
        settingsStore = new SettingsStore(appData);
        settings = settingsStore.load();
        Messages.use(settings.languageProperty().get().locale());
        settingsStore.saveOnChange(settings);
        inpaintStore = new InpaintSettingsStore(appData);
        inpaintSettings = inpaintStore.load();
        inpaintStore.saveOnChange(inpaintSettings);
        tasks = BackgroundWork.forJavaFx();
        MainWindow window = new MainWindow(
                stage,
                new MainWindow.Services(
                        settings,
                        new AutosaveStore(appData),
                        tasks,
                        SystemFilePicker::new,
                        inpaintSettings,
                        new ApiKeyStore(appData),
                        BackendProvider.Factory.BACKENDS));
        List<String> args = getParameters().getRaw();
        window.show(args.isEmpty() ? null : Path.of(args.get(0)));
        OpenFileEvents.forward(window::open);
    }

    @Override
    public void stop() {
        if (settingsStore != null) {
            settingsStore.save(settings);
        }
        if (inpaintStore != null) {
            inpaintStore.save(inpaintSettings);
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
