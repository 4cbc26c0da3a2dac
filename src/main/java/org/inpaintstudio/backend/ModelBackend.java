package org.inpaintstudio.backend;

import java.time.Duration;
import java.util.function.Consumer;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.TaskStatus;
import org.inpaintstudio.model.InpaintModel;

/**
 * A model file as a backend: the offline engine's life cycle ({@link LocalBackend}: queued, preparing, processing
 * with progress per mask region, done or a failure state) with the model in place of the engine. Shutting down
 * closes the model and frees its memory.
 */
public final class ModelBackend implements Backend {
    private final Backend inner;
    private final InpaintModel model;

    ModelBackend(InpaintModel model, Backend inner) {
        this.model = model;
        this.inner = inner;
    }

    public InpaintModel model() {
        return model;
    }

    @Override
    public InpaintTask submit(InpaintRequest request, Consumer<TaskStatus> updates) {
        return inner.submit(request, updates);
    }

    @Override
    public boolean takesPixels() {
        return inner.takesPixels();
    }

    @Override
    public void shutdown(Duration grace) {
        try {
            inner.shutdown(grace);
        } finally {
            model.close();
        }
    }
}
