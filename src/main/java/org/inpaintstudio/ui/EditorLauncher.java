package org.inpaintstudio.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/** Starts JavaFX from a class that is not an Application, so the app runs from the class path. */
public final class EditorLauncher {
    /**
     * Run as {@code java -jar}, JavaFX warns at every start that it was loaded from the class path ("unsupported
     * configuration"). That is this project's deliberate set-up (see STACK.md), so the warning only alarms users.
     * JavaFX logs it on its "javafx" logger; its other warnings (CSS) still show in the tests, which start the
     * window without this launcher. Held in a field: java.util.logging keeps loggers weakly, and a collected one
     * would forget its level.
     */
    private static final Logger JAVAFX_START = Logger.getLogger("javafx");

    private EditorLauncher() {}

    public static void launch(String imagePath) {
        JAVAFX_START.setLevel(Level.SEVERE);
        if (imagePath == null) {
            Application.launch(InpaintStudioApp.class);
        } else {
            Application.launch(InpaintStudioApp.class, imagePath);
        }
    }
}
