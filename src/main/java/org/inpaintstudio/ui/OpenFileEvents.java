package org.inpaintstudio.ui;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * On macOS a photo double-clicked in the Finder (or dropped on the Dock icon) reaches the app as an open-file
 * event, not as a command-line argument; this forwards such events to the editor. The JDK queues events that
 * arrive before the handler is set, so a photo that launched the app is not lost. Other systems pass the path as
 * an argument, so AWT is left alone there (its desktop peer would load a second GTK next to JavaFX's).
 */
final class OpenFileEvents {
    private OpenFileEvents() {}

    /** Sends the first file of every open-file event to {@code open}, on the JavaFX thread. */
    static void forward(Consumer<Path> open) {
        if (!isMac() || GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
            return;
        }
        try {
            Desktop desktop = Desktop.getDesktop();
            if (desktop.isSupported(Desktop.Action.APP_OPEN_FILE)) {
                desktop.setOpenFileHandler(event -> event.getFiles().stream()
                        .findFirst()
                        .ifPresent(file -> Platform.runLater(() -> open.accept(file.toPath()))));
            }
        } catch (RuntimeException e) {
            // Without the handler, File > Open and drag and drop still work; never let it stop the window.
            System.getLogger(OpenFileEvents.class.getName())
                    .log(System.Logger.Level.WARNING, "Photos opened from the Finder will not reach the editor: " + e);
        }
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }
}
