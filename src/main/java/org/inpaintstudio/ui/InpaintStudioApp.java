package org.inpaintstudio.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: one main window. */
public final class InpaintStudioApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Inpaint Studio");
        stage.setScene(new Scene(new BorderPane(), 1100, 760));
        stage.show();
    }
}
