package org.inpaintstudio.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.inpaintstudio.ui.common.AppDataFolder;
import org.inpaintstudio.ui.common.AppIcon;
import org.inpaintstudio.ui.common.Messages;
import org.inpaintstudio.ui.common.Tasks;
import org.inpaintstudio.ui.io.AutosaveStore;
import org.inpaintstudio.ui.io.SystemFilePicker;
import org.inpaintstudio.ui.settings.Settings;
import org.inpaintstudio.ui.settings.SettingsStore;
import org.inpaintstudio.ui.window.MainWindow;

/** The JavaFX application: one editor window, opened on the image named on the command line if any. */
public final class InpaintStudioApp extends Application {
    private Tasks tasks;
    private SettingsStore settingsStore;
    private Settings settings;

    @Override
    public void start(Stage stage) {
        stage.getIcons().setAll(AppIcon.images());
        Path appData = AppDataFolder.resolve();
        settingsStore = new SettingsStore(appData);
        settings = settingsStore.load();
        Messages.use(settings.languageProperty().get().locale());
        settingsStore.saveOnChange(settings);
        tasks = Tasks.forJavaFx();
        MainWindow window = new MainWindow(stage, new MainWindow.Services(settings, new AutosaveStore(appData),
            tasks, SystemFilePicker::new));
        List<String> args = getParameters().getRaw();
        window.show(args.isEmpty() ? null : Path.of(args.get(0)));
    }

    @Override
    public void stop() {
        if (settingsStore != null) {
            settingsStore.save(settings);
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
