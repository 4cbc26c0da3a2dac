package org.inpaintstudio.ui.batch;

import java.nio.file.Path;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inpaintstudio.batch.BatchItemState;

/** One photo in the batch window's queue: its state, progress and reason, as the table shows them. */
public final class BatchRow {
    private final String name;
    private final Path photo;
    private final Path result;
    private final ObjectProperty<BatchItemState> state = new SimpleObjectProperty<>(BatchItemState.WAITING);
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty reason = new SimpleStringProperty("");

    /** @param result where its result goes, or null for a photo that was skipped before it started */
    BatchRow(String name, Path photo, Path result) {
        this.name = name;
        this.photo = photo;
        this.result = result;
    }

    public String name() {
        return name;
    }

    public Path photo() {
        return photo;
    }

    public Path result() {
        return result;
    }

    public ObjectProperty<BatchItemState> stateProperty() {
        return state;
    }

    /** 0 to 1, as a progress bar takes it. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
