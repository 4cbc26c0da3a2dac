package org.inpaintstudio.ui.inpaint;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.inpaintstudio.ui.common.Messages;

/**
 * The line along the bottom of the canvas that follows a task: a progress bar, the state with the elapsed time,
 * Cancel, and the message when something needs saying (the backend's own words in its tooltip). Hidden when there
 * is nothing to show.
 */
public final class TaskBar {
    private static final Duration TICK = Duration.millis(100);

    private TaskBar() {}

    public static HBox create(InpaintViewModel model, Runnable cancel) {
        ProgressBar progress = new ProgressBar();
        progress.setId("task-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progressProperty());
        BooleanBinding running = model.running();
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);

        Label state = new Label();
        state.setId("task-state");
        state.getStyleClass().add("task-state");
        state.textProperty().bind(model.stateTextProperty());
        state.setMinWidth(Label.USE_PREF_SIZE);
        state.managedProperty().bind(state.textProperty().isNotEmpty());

        Label message = new Label();
        message.setId("task-message");
        message.getStyleClass().add("task-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Tooltip why = new Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(520);
        why.textProperty().bind(model.detailProperty());
        model.detailProperty().addListener((obs, old, text) -> message.setTooltip(text.isEmpty() ? null : why));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);

        Button stop = new Button(Messages.get("inpaint.cancel"));
        stop.setId("task-cancel");
        stop.setTooltip(new Tooltip(Messages.get("inpaint.cancel.tooltip")));
        stop.setOnAction(e -> cancel.run());
        stop.visibleProperty().bind(running);
        stop.managedProperty().bind(running);
        stop.setFocusTraversable(false);

        Button close = new Button("\u2715");
        close.setId("task-message-close");
        close.getStyleClass().add("task-message-close");
        close.setOnAction(e -> model.clearMessage());
        BooleanBinding closable = running.not().and(model.messageProperty().isNotEmpty());
        close.visibleProperty().bind(closable);
        close.managedProperty().bind(closable);
        close.setFocusTraversable(false);

        HBox bar = new HBox(10, progress, state, message, stop, close);
        bar.setId("task-bar");
        bar.getStyleClass().add("task-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        // After success the line goes (the window's status bar tells it), so the compare view is free.
        BooleanBinding shown = running.or(model.messageProperty().isNotEmpty());
        bar.visibleProperty().bind(shown);
        bar.managedProperty().bind(shown);

        PseudoClass failed = PseudoClass.getPseudoClass("failed");
        model.phaseProperty()
                .addListener((obs, old, phase) ->
                        bar.pseudoClassStateChanged(failed, phase == InpaintViewModel.Phase.FAILED));

        Timeline clock = new Timeline(new KeyFrame(TICK, e -> model.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        running.addListener((obs, was, now) -> {
            if (now) {
                clock.play();
            } else {
                clock.stop();
            }
        });
        return bar;
    }
}
