package org.inpaintstudio.backend;

import java.util.concurrent.Executor;
import org.inpaintstudio.client.ApiKey;
import org.inpaintstudio.client.ClientConfig;
import org.inpaintstudio.client.InpaintClient;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;

/**
 * Builds the backends the editor offers, so that the UI never names the engine or the client: the offline engine,
 * or a remote service. Both take photos of any size: larger ones than the service allows are sent crop by crop.
 */
public final class Backends {
    /** The offline engine's seed when none is chosen: the same photo and mask give the same result every time. */
    public static final long SEED = 20_24L;
    /** Remote tasks the editor may have in flight at once (one, and a crop of the next). */
    private static final int REMOTE_TASKS = 2;

    private Backends() {
    }

    /** The built-in engine, one task at a time (it uses every core by itself), with the service's limits. */
    public static Backend offline(Executor callbacks) {
        LocalBackend local = new LocalBackend(seed -> Inpainters.create(InpaintMethod.AUTO, seed), SEED,
            LocalBackendSettings.defaults().withWorkers(1), callbacks);
        return new CroppingBackend(local, callbacks);
    }

    /**
     * A remote service through the project's client.
     *
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     */
    public static Backend remote(RemoteServiceSettings settings, Executor callbacks) {
        ClientConfig config = ClientConfig.defaults(settings.baseUrl(), ApiKey.of(settings.apiKey()))
            .withRequestsPerSecond(settings.requestsPerSecond());
        RemoteBackend remote = new RemoteBackend(new InpaintClient(config), callbacks, REMOTE_TASKS);
        return new CroppingBackend(remote, callbacks);
    }
}
