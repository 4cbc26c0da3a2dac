package org.inpaintstudio.backend;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.client.ClientConfig;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.model.InpaintModel;
import org.inpaintstudio.model.ModelFileException;
import org.inpaintstudio.model.ModelInpainter;

/**
 * Builds the backends the editor offers, so that the UI never names the engine or the client: the offline engine,
 * or a remote service. Both take photos of any size: larger ones than the service allows are sent crop by crop.
 */
public final class Backends {
    /**
     * The offline engine's seed when none is chosen (the engine's own default, named here for the UI, which does
     * not import the engine): the same photo and mask give the same result every time.
     */
    public static final long SEED = Inpainters.DEFAULT_SEED;
    /** Remote tasks the editor may have in flight at once (one, and a crop of the next). */
    private static final int REMOTE_TASKS = 2;

    /**
     * How long a model may work on one photo on this machine: a large model on a slow CPU takes seconds a region,
     * and a photo may have many. The service's 30 s stays for {@code serve}.
     */
    public static final Duration MODEL_PROCESSING_LIMIT = Duration.ofMinutes(10);

    private Backends() {}

    /** The built-in engine as the editor runs it: {@link InpaintMethod#AUTO}, {@link #SEED}. */
    public static Backend offline(Executor callbacks) {
        return offline(InpaintMethod.AUTO, SEED, callbacks);
    }

    /**
     * The built-in engine, one task at a time (it uses every core by itself), with the service's life cycle; photos
     * of any size, larger ones than the service allows repaired crop by crop. The editor and {@code inpaint} both
     * get theirs here, so they take the same photos.
     *
     * @param seed the seed of tasks that choose none
     */
    public static Backend offline(InpaintMethod method, long seed, Executor callbacks) {
        LocalBackend local = new LocalBackend(
                chosen -> Inpainters.create(method, chosen),
                seed,
                LocalBackendSettings.defaults().withWorkers(1).withAllowPrivateUrls(true),
                callbacks);
        return new CroppingBackend(local, callbacks);
    }

    /**
     * A remote service through the project's client.
     *
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     */
    public static Backend remote(RemoteServiceSettings settings, Executor callbacks) {
        return remote(clientConfig(settings), REMOTE_TASKS, callbacks);
    }

    /**
     * A remote service for a batch: {@code tasksInFlight} tasks at once, each given {@code deadline} to finish
     * (waiting out the service's "slow down" answers included). All of them share the process's rate limit.
     *
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     */
    public static Backend remote(
            RemoteServiceSettings settings, int tasksInFlight, Duration deadline, Executor callbacks) {
        return remote(clientConfig(settings).withDeadline(deadline), tasksInFlight, callbacks);
    }

    private static ClientConfig clientConfig(RemoteServiceSettings settings) {
        return ClientConfig.defaults(settings.baseUrl(), ApiKey.of(settings.apiKey()))
                .withRequestsPerSecond(settings.requestsPerSecond());
    }

    private static Backend remote(ClientConfig config, int tasksInFlight, Executor callbacks) {
        RemoteBackend remote = new RemoteBackend(new InpaintClient(config), callbacks, tasksInFlight);
        return new CroppingBackend(remote, callbacks);
    }

    /**
     * A model file the user has, run on this machine's CPU: opens it (loading ONNX Runtime, which nothing else
     * does), one task at a time, photos of any size as the built-in engine takes them.
     *
     * @throws TaskProblem of kind BAD_MODEL when the file is missing, not ONNX, or not an inpainting model, naming
     *     what was found; nothing was started
     */
    public static ModelBackend model(Path file, Executor callbacks) {
        InpaintModel model = open(file);
        ModelInpainter inpainter = new ModelInpainter(model);
        LocalBackend local = new LocalBackend(
                () -> inpainter,
                LocalBackendSettings.defaults()
                        .withWorkers(1)
                        .withAllowPrivateUrls(true)
                        .withProcessingLimit(MODEL_PROCESSING_LIMIT),
                callbacks);
        return new ModelBackend(model, new CroppingBackend(local, callbacks));
    }

    /**
     * A model file behind the service's life cycle and limits, for {@code serve}; tasks take turns on the model.
     *
     * @throws TaskProblem of kind BAD_MODEL when the file cannot be used
     */
    public static ModelBackend modelService(Path file, LocalBackendSettings settings, Executor callbacks) {
        InpaintModel model = open(file);
        ModelInpainter inpainter = new ModelInpainter(model);
        return new ModelBackend(model, new LocalBackend(() -> inpainter, settings, callbacks));
    }

    static InpaintModel open(Path file) {
        try {
            return InpaintModel.open(file);
        } catch (ModelFileException e) {
            throw TaskProblem.badModel(e.getMessage());
        }
    }
}
