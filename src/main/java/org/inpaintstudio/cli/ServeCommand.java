package org.inpaintstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.inpaintstudio.api.ApiUrls;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.backend.LocalBackend;
import org.inpaintstudio.backend.LocalBackendSettings;
import org.inpaintstudio.backend.ModelBackend;
import org.inpaintstudio.backend.TaskProblem;
import org.inpaintstudio.client.HostAllowList;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainter;
import org.inpaintstudio.engine.Inpainters;
import org.inpaintstudio.server.ApiKeys;
import org.inpaintstudio.server.InpaintServer;
import org.inpaintstudio.server.ResultRetention;
import org.inpaintstudio.server.ServerSettings;

/**
 * {@code serve}: the API of API.md on this machine, over the offline engine, until Ctrl+C or SIGTERM, which stop
 * it gracefully. Prints one access-log line per request; a key it generated is printed once, at start.
 */
final class ServeCommand {
    /** Jetty's own start and stop notices are noise on a command line; its warnings still show. */
    private static final Logger JETTY_LOG = Logger.getLogger("org.eclipse.jetty");

    static final String USAGE = """
        Usage: inpaint-studio serve [OPTIONS]

        Serves the inpainting API (POST /api/tasks/visual/inpaint, GET .../{task_id}) over
        the offline engine, for scripts, web pages and other machines. Ctrl+C stops it,
        letting running tasks finish for a few seconds first.

          --host ADDRESS          where to listen (default 127.0.0.1: this machine only)
          --port N                the port (default 8765; 0 picks a free one)
          --api-key-file FILE     read the X-API-KEY clients must send from FILE (or set
                                  INPAINT_SERVE_API_KEY); default: a random key, printed
                                  once at start
          --api-key KEY           the key on the command line (other local users can see
                                  it in the process list: prefer the two above)
          --qps N                 tasks a second per key (default 2, as the service; 0: no limit)
          --workers N             tasks processed at once (default: half the processor cores)
          --max-queue N           tasks that may wait for a worker (default 16); more are
                                  answered 429 with Retry-After
          --allow-url-hosts LIST  fetch image_url and mask_url only from these hosts, e.g.
                                  images.example.com,*.cdn.example.org (default: any host
                                  with a public address); hosts named here may be private
          --allow-private-urls    also fetch from loopback, private, link-local and
                                  multicast addresses (refused by default)
          --method auto|patch|telea   the engine's algorithm (default auto)
          --model FILE.onnx       serve an inpainting model you have (LaMa or MI-GAN ONNX
                                  export) instead of the offline engine; tasks take turns on it

        Limits as the service: images up to 15 MB and 4096 x 4096, 30 s of processing,
        results kept one hour. Exit codes: 0 stopped, 2 bad option or port in use.
        """;

    private final PrintStream out;
    private final PrintStream err;
    private final Function<InpaintMethod, Supplier<Inpainter>> engines;
    private final Map<String, String> environment;

    /** The command on the offline engine, one engine per task, with a fixed seed so results repeat. */
    static ServeCommand offline(PrintStream out, PrintStream err, Map<String, String> environment) {
        return new ServeCommand(
                out, err, method -> () -> Inpainters.create(method, Inpainters.DEFAULT_SEED), environment);
    }

    /** @param engines makes the engine supplier for a method; one engine is taken per task */
    ServeCommand(PrintStream out, PrintStream err, Function<InpaintMethod, Supplier<Inpainter>> engines) {
        this(out, err, engines, Map.of());
    }

    /** @param environment where {@value ServeOptions#KEY_VARIABLE} is read */
    ServeCommand(
            PrintStream out,
            PrintStream err,
            Function<InpaintMethod, Supplier<Inpainter>> engines,
            Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.engines = engines;
        this.environment = environment;
    }

    int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return ExitCode.OK;
        }
        InpaintServer server;
        try {
            server = start(args);
        } catch (OptionException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (server == null) {
            return ExitCode.BAD_INPUT;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            out.println("Stopping: running tasks may finish for "
                                    + ServerSettings.DEFAULT_GRACE.toSeconds() + " s, then are cancelled.");
                            server.stop();
                            out.println("Stopped.");
                        },
                        "inpaint-serve-stop"));
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
        return ExitCode.OK;
    }

    /** Starts the server and says where it listens; null (with the reason printed) when it cannot listen. */
    InpaintServer start(List<String> args) throws OptionException {
        ServeOptions options = ServeOptions.parse(args, environment);
        if ("--api-key".equals(options.apiKeySource())) {
            err.println("note: a key given with --api-key shows in the process list to every user of this machine;"
                    + " prefer --api-key-file FILE or " + ServeOptions.KEY_VARIABLE + ".");
        }
        if (options.apiKeyTrimmed()) {
            err.println("note: the API key from " + options.apiKeySource()
                    + " had spaces or line breaks around it; they were removed.");
        }
        JETTY_LOG.setLevel(Level.WARNING);
        boolean generated = options.apiKey() == null;
        String key = generated ? ApiKeys.generate() : options.apiKey();
        LocalBackendSettings backendSettings = LocalBackendSettings.defaults()
                .withWorkers(options.workers())
                .withMaxQueue(options.maxQueue())
                .withAllowUrlHosts(HostAllowList.of(options.allowUrlHosts()))
                .withAllowPrivateUrls(options.allowPrivateUrls());
        Backend backend;
        String runsOn;
        if (options.model() != null) {
            ModelBackend model;
            try {
                model = Backends.modelService(options.model(), backendSettings, Runnable::run);
            } catch (TaskProblem e) {
                err.println("error: " + e.getMessage());
                return null;
            }
            backend = model;
            runsOn = "model " + model.model().describe();
        } else {
            backend = new LocalBackend(engines.apply(options.method()), backendSettings, Runnable::run);
            runsOn = "offline engine: " + options.method().name().toLowerCase(java.util.Locale.ROOT);
        }
        ServerSettings settings = ServerSettings.defaults(List.of(key))
                .withAddress(options.host(), options.port())
                .withQps(options.qps())
                .withAccessLog(out::println);
        InpaintServer server;
        try {
            server = InpaintServer.start(settings, backend);
        } catch (IOException e) {
            backend.close();
            err.println("error: " + e.getMessage() + ". Choose another --port, or stop what uses this one.");
            return null;
        }
        describe(server, options, runsOn, generated ? key : null);
        return server;
    }

    private void describe(InpaintServer server, ServeOptions options, String runsOn, String generatedKey) {
        out.println("Inpaint Studio serves the inpainting API at " + server.baseUrl()
                + " (" + runsOn + ", "
                + options.workers() + " worker(s), queue " + options.maxQueue() + ", "
                + (options.qps() > 0 ? options.qps() + " tasks/s per key" : "no rate limit") + ")");
        out.println("  POST " + server.baseUrl() + ApiUrls.TASKS_PATH);
        out.println("  GET  " + server.baseUrl() + ApiUrls.TASKS_PATH + "/{task_id}");
        if (generatedKey != null) {
            out.println("API key for this run (send it as X-API-KEY; choose your own with --api-key):");
            out.println("  " + generatedKey);
        }
        if (options.reachableFromOtherMachines()) {
            err.println("warning: listening on " + options.host() + ": other machines can reach this server."
                    + (options.allowUrlHosts().isEmpty()
                            ? " It fetches image_url from any public host; restrict that with --allow-url-hosts."
                            : ""));
        }
        if (options.allowPrivateUrls()) {
            err.println("warning: --allow-private-urls: clients can make this server fetch from this machine and"
                    + " its networks.");
        }
        out.println("Results are kept for " + ResultRetention.DEFAULT.ttl().toMinutes() + " minutes. Ctrl+C stops.");
    }
}
