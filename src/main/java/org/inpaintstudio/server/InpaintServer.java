package org.inpaintstudio.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.backend.Backend;

/**
 * The API of API.md over HTTP, on an embedded Jetty (core handlers, no servlets), in front of a {@link Backend}.
 * The server owns the backend from {@link #start} on and shuts it down in {@link #stop}.
 */
public final class InpaintServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(InpaintServer.class.getName());
    private static final int MAX_HTTP_THREADS = 64;
    private static final long IDLE_TIMEOUT_MS = 30_000;
    private static final long SHUTDOWN_IDLE_TIMEOUT_MS = 200;
    private static final Duration STOP_MARGIN = Duration.ofSeconds(5);

    private final Server jetty;
    private final ServerConnector connector;
    private final Backend backend;
    private final TaskStore store;
    private final ServerFiles files;
    private final ServerSettings settings;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private InpaintServer(ServerSettings settings, Backend backend, ServerFiles files) {
        this.settings = settings;
        this.backend = backend;
        this.files = files;
        this.store = new TaskStore(backend, files.results(), settings.retention(), Clock.systemUTC());
        UploadLimits limits = UploadLimits.forImagesOf(ApiLimits.MAX_IMAGE_BYTES);
        ApiHandler api = new ApiHandler(
                ApiKeys.of(settings.apiKeys()),
                new PerKeyRateLimit(settings.qps()),
                new CreateTaskHandler(new MultipartReader(limits, files.uploads()), store, settings.syncWait()),
                new TaskQueryHandler(store),
                new ResultHandler(store));

        QueuedThreadPool threads = new QueuedThreadPool(MAX_HTTP_THREADS, 2);
        threads.setName("inpaint-http");
        threads.setDaemon(true);
        this.jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        this.connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        // At shutdown, idle keep-alive connections are closed quickly; requests still running are waited for.
        connector.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT_MS);
        jetty.addConnector(connector);
        jetty.setErrorHandler(new JsonErrorHandler());
        jetty.setRequestLog(new AccessLog(settings.accessLog()));
        jetty.setStopTimeout(settings.shutdownGrace().plus(STOP_MARGIN).toMillis());
        jetty.setHandler(new GracefulHandler(api));
    }

    /**
     * Starts listening.
     *
     * @throws IOException when the address cannot be bound (the port is taken, the host is not local)
     */
    public static InpaintServer start(ServerSettings settings, Backend backend) throws IOException {
        ServerFiles files = ServerFiles.create();
        InpaintServer server;
        try {
            server = new InpaintServer(settings, backend, files);
        } catch (RuntimeException e) {
            files.close();
            throw e;
        }
        try {
            server.jetty.start();
        } catch (Exception e) {
            server.stop();
            throw new IOException(
                    "cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        return server;
    }

    /** The port listened on, useful when the settings asked for any free one (0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port}, the base URL a client on this machine uses. */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port();
    }

    /** BackgroundWork currently known: running, queued, or finished and not yet expired. */
    int storedTasks() {
        return store.size();
    }

    /** Uploads being received, kept on disk: a test checks none is left behind. */
    long uploadFiles() throws IOException {
        return ServerFiles.count(files.uploads());
    }

    /** Results on disk. */
    long resultFiles() throws IOException {
        return ServerFiles.count(files.results());
    }

    Path resultsDirectory() {
        return files.results();
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /**
     * Stops gracefully: no new connections or requests are taken; running tasks get the shutdown grace to finish
     * (waiting clients get their answers), then are cancelled; finally every stored result is deleted.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        Thread jettyStop = new Thread(this::stopJetty, "inpaint-http-stop");
        jettyStop.start();
        backend.shutdown(settings.shutdownGrace());
        try {
            jettyStop.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
        files.close();
    }

    private void stopJetty() {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warning("the HTTP server did not stop cleanly: " + e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
