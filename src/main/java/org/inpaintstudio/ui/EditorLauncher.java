package org.inpaintstudio.ui;

import javafx.application.Application;

/** Starts JavaFX from a class that is not an Application, so the app runs from the class path. */
public final class EditorLauncher {
    private EditorLauncher() {
    }

    public static void launch(String imagePath) {
        if (imagePath == null) {
            Application.launch(InpaintStudioApp.class);
        } else {
            Application.launch(InpaintStudioApp.class, imagePath);
        }
    }
}
