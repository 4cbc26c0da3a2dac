package org.inpaintstudio.ui.batch;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.inpaintstudio.batch.BatchItemState;
import org.inpaintstudio.ui.common.Messages;

/** The batch's queue: a row a photo with its state, a progress bar and the reason it was skipped or failed. */
final class BatchQueueTable {
    private BatchQueueTable() {}

    static Node create(BatchViewModel model) {
        TableView<BatchRow> table = new TableView<>(model.rows());
        table.setId("batch-table");
        table.setPrefHeight(220);
        TableColumn<BatchRow, String> name = new TableColumn<>(Messages.get("batch.column.photo"));
        name.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().name()));
        name.setPrefWidth(200);
        TableColumn<BatchRow, BatchItemState> state = new TableColumn<>(Messages.get("batch.column.state"));
        state.setCellValueFactory(row -> row.getValue().stateProperty());
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(BatchItemState item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : stateText(item));
            }
        });
        state.setPrefWidth(110);
        TableColumn<BatchRow, Number> progress = new TableColumn<>(Messages.get("batch.column.progress"));
        progress.setCellValueFactory(row -> row.getValue().progressProperty());
        progress.setCellFactory(column -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                bar.setProgress(item == null ? 0 : item.doubleValue());
                setGraphic(empty ? null : bar);
            }
        });
        TableColumn<BatchRow, String> reason = new TableColumn<>(Messages.get("batch.column.reason"));
        reason.setCellValueFactory(row -> row.getValue().reasonProperty());
        reason.setPrefWidth(300);
        table.getColumns().setAll(List.of(name, state, progress, reason));
        VBox.setVgrow(table, Priority.SOMETIMES);
        return table;
    }

    static String stateText(BatchItemState state) {
        return Messages.get(
                switch (state) {
                    case WAITING -> "batch.state.waiting";
                    case RUNNING -> "batch.state.running";
                    case DONE -> "batch.state.done";
                    case ALREADY_DONE -> "batch.state.earlier";
                    case SKIPPED -> "batch.state.skipped";
                    case FAILED -> "batch.state.failed";
                    case CANCELLED -> "batch.state.cancelled";
                });
    }
}
