package org.inpaintstudio.ui.io;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.editor.EditorDocument;
import org.inpaintstudio.ui.editor.EditorViewModel;
import org.inpaintstudio.ui.editor.SamplingArea;
import org.inpaintstudio.ui.editor.SamplingMode;

/**
 * Autosaves the mask, rectangles and sampling area a short time after the last edit: the state is copied on the JavaFX thread,
 * written on a worker. Opening another image or closing the window writes what is pending first.
 */
public final class Autosaver {
    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());
    public static final Duration DELAY = Duration.seconds(1.5);

    private final EditorViewModel model;
    private final AutosaveStore store;
    private final BackgroundWork tasks;
    private final PauseTransition timer = new PauseTransition(DELAY);
    private long savedRevision;

    public Autosaver(EditorViewModel model, AutosaveStore store, BackgroundWork tasks) {
        this.model = model;
        this.store = store;
        this.tasks = tasks;
        timer.setOnFinished(e -> saveInBackground());
        model.history().revisionProperty().addListener((obs, old, now) -> {
            if (model.document() != null && now.longValue() != savedRevision) {
                timer.playFromStart();
            }
        });
        // Loading clears the history; that is not an edit worth saving.
        model.documentProperty().addListener((obs, old, now) -> {
            timer.stop();
            savedRevision = model.history().revisionProperty().get();
        });
    }

    public AutosaveStore store() {
        return store;
    }

    /** Writes a pending autosave now, on this thread (before the window closes or another image opens). */
    public void flushNow() {
        if (timer.getStatus() != PauseTransition.Status.RUNNING) {
            return;
        }
        timer.stop();
        Snapshot snapshot = snapshot();
        if (snapshot != null) {
            snapshot.write(store);
        }
    }

    private void saveInBackground() {
        Snapshot snapshot = snapshot();
        if (snapshot != null) {
            tasks.create(() -> {
                        snapshot.write(store);
                        return null;
                    })
                    .run();
        }
    }

    private Snapshot snapshot() {
        EditorDocument doc = model.document();
        if (doc == null || doc.autosaveKey() == null || model.mask() == null) {
            return null;
        }
        savedRevision = model.history().revisionProperty().get();
        SamplingArea area = model.samplingArea();
        return new Snapshot(
                doc.autosaveKey(),
                model.mask().plane().copy(),
                model.rectangles().snapshot(),
                area == null ? null : area.painted().plane().copy(),
                area == null ? SamplingMode.EXCLUDE : area.modeProperty().get());
    }

    private record Snapshot(
            String key, MaskPlane strokes, List<MaskRectangle> rectangles, MaskPlane sampled, SamplingMode mode) {
        void write(AutosaveStore store) {
            try {
                store.save(key, strokes, rectangles, sampled, mode);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "autosave failed; the work is still in the open window", e);
            }
        }
    }
}
