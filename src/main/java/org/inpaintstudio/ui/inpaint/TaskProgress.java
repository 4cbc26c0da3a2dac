package org.inpaintstudio.ui.inpaint;

import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.api.TaskStatus;

/**
 * The task bar's figures for one task at a time: its state, the progress bar and the state line with the elapsed
 * time. A new state shows at once; progress within a state waits for {@link #tick}, since repainting the bar for
 * every percent would take CPU from the engine that computes it.
 */
final class TaskProgress {
    private static final double NANOS_PER_SECOND = 1e9;

    private final LongSupplier clock;
    private final ReadOnlyObjectWrapper<TaskState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper(this, "stateText", "");
    private long startedAt;
    private int percent;

    /** @param clock nanoseconds, for the elapsed time */
    TaskProgress(LongSupplier clock) {
        this.clock = clock;
    }

    /** A task starts: no state yet, an indeterminate bar, the clock from zero. */
    void start() {
        percent = 0;
        startedAt = clock.getAsLong();
        state.set(null);
        progress.set(-1);
        tick();
    }

    /** A status of the running task. */
    void heard(TaskStatus status) {
        boolean newState = status.state() != state.get();
        state.set(status.state());
        percent = status.progress();
        if (newState) {
            tick();
        }
    }

    /** The state the task ended in (a failure's). */
    void endedIn(TaskState ended) {
        state.set(ended);
    }

    void tick() {
        TaskState now = state.get();
        progress.set(now == TaskState.PROCESSING ? percent / 100.0 : -1);
        line.set(TaskTexts.line(now, percent, seconds()));
    }

    /** The task finished: a full bar and "Done in 1.2 s". */
    void done() {
        progress.set(1);
        line.set(TaskTexts.done(seconds()));
    }

    /** The task stopped without a result: an empty bar and no line. */
    void stopped() {
        progress.set(0);
        line.set("");
    }

    void clearLine() {
        line.set("");
    }

    private double seconds() {
        return (clock.getAsLong() - startedAt) / NANOS_PER_SECOND;
    }

    ReadOnlyObjectProperty<TaskState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }
}
