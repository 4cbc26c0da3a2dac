package org.inpaintstudio.ui.inpaint;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.backend.RemoteServiceSettings;
import org.inpaintstudio.backend.TaskProblem;
import org.inpaintstudio.ui.common.BackgroundWork;
import org.inpaintstudio.ui.settings.BackendKind;
import org.inpaintstudio.ui.settings.InpaintSettings;

/**
 * The backend the settings ask for, made when first needed and made again when the settings change; the old one
 * is shut down in the background. Callbacks arrive through the given executor ({@code Platform::runLater}).
 */
public final class BackendProvider implements Supplier<Backend>, AutoCloseable {
    /** Makes backends; the app uses {@link Backends}, tests may count or script them. */
    public interface Factory {
        Factory BACKENDS = new Factory() {
            @Override
            public Backend offline(Executor callbacks) {
                return Backends.offline(callbacks);
            }

            @Override
            public Backend remote(RemoteServiceSettings settings, Executor callbacks) {
                return Backends.remote(settings, callbacks);
            }

            @Override
            public Backend model(Path file, Executor callbacks) {
                return Backends.model(file, callbacks);
            }
        };

        Backend offline(Executor callbacks);

        Backend remote(RemoteServiceSettings settings, Executor callbacks);

        /** @throws TaskProblem of kind BAD_MODEL when the file cannot be used */
        Backend model(Path file, Executor callbacks);
    }

    private final InpaintSettings settings;
    private final Supplier<String> apiKey;
    private final Executor callbacks;
    private final Factory factory;
    private final BackgroundWork tasks;
    private Backend current;
    private Object madeFor;

    public BackendProvider(
            InpaintSettings settings,
            Supplier<String> apiKey,
            Executor callbacks,
            Factory factory,
            BackgroundWork tasks) {
        this.settings = settings;
        this.apiKey = apiKey;
        this.callbacks = callbacks;
        this.factory = factory;
        this.tasks = tasks;
    }

    /**
     * @throws TaskProblem of kind NOT_CONFIGURED when the remote service has no usable URL, of kind BAD_MODEL when
     *     the model file cannot be used
     */
    @Override
    public synchronized Backend get() {
        Object wanted = wanted();
        if (current == null || !Objects.equals(wanted, madeFor)) {
            Backend next = make(wanted);
            retire(current);
            current = next;
            madeFor = wanted;
        }
        return current;
    }

    private Object wanted() {
        if (settings.backendProperty().get() == BackendKind.OFFLINE) {
            return BackendKind.OFFLINE;
        }
        if (settings.backendProperty().get() == BackendKind.MODEL) {
            return new ModelChoice(settings.modelFileProperty().get().strip());
        }
        return new RemoteServiceSettings(
                settings.baseUrlProperty().get().strip(),
                apiKey.get(),
                settings.requestsPerSecondProperty().get());
    }

    private Backend make(Object wanted) {
        if (wanted instanceof ModelChoice model) {
            if (model.path().isEmpty()) {
                throw TaskProblem.badModel("no model file chosen");
            }
            try {
                return factory.model(Path.of(model.path()), callbacks);
            } catch (InvalidPathException e) {
                throw TaskProblem.badModel(e.getMessage());
            }
        }
        if (!(wanted instanceof RemoteServiceSettings remote)) {
            return factory.offline(callbacks);
        }
        if (remote.baseUrl().isEmpty()) {
            throw TaskProblem.notConfigured("no service URL");
        }
        try {
            return factory.remote(remote, callbacks);
        } catch (IllegalArgumentException e) {
            throw TaskProblem.notConfigured(e.getMessage());
        }
    }

    /** Lets the old backend finish or cancel its tasks without holding up the UI. */
    private void retire(Backend old) {
        if (old != null) {
            tasks.create(() -> {
                        old.close();
                        return null;
                    })
                    .run();
        }
    }

    /** The model file asked for; a new path makes a new backend. */
    private record ModelChoice(String path) {}

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
