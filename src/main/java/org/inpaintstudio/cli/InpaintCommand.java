package org.inpaintstudio.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.inpaintstudio.backend.Backend;
import org.inpaintstudio.backend.Backends;
import org.inpaintstudio.backend.InpaintTask;
import org.inpaintstudio.backend.TaskProblem;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.ClientConfig;
import org.inpaintstudio.engine.InpaintMethod;
import org.inpaintstudio.engine.Inpainters;

/**
 * {@code inpaint}: with {@code --api-url} on a remote service ({@link RemoteInpaint}), otherwise on the offline
 * engine, or with {@code --model} on a model file. Ctrl+C cancels the task in flight.
 */
final class InpaintCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final UnaryOperator<ClientConfig> tuning;

    InpaintCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
        this(out, err, environment, UnaryOperator.identity());
    }

    /** @param tuning adjusts the client's waits; tests shorten them */
    InpaintCommand(
            PrintStream out, PrintStream err, Map<String, String> environment, UnaryOperator<ClientConfig> tuning) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.tuning = tuning;
    }

    int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(Usage.inpaintText());
            return ExitCode.OK;
        }
        InpaintOptions options;
        try {
            options = new InpaintOptionsParser(environment).parse(args);
        } catch (OptionException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (options.model() != null) {
            return runModel(options);
        }
        if (!options.remote()) {
            return runOffline(options);
        }
        if (options.method() != InpaintMethod.AUTO || options.seed() != null) {
            err.println("note: --method and --seed choose the offline engine's algorithm; a remote service"
                    + " ignores them.");
        }
        Cancellation cancellation = new Cancellation();
        Thread onCtrlC = new Thread(cancellation::cancel, "inpaint-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            return new RemoteInpaint(out, err, tuning).run(options, cancellation);
        } finally {
            ShutdownHooks.remove(onCtrlC);
        }
    }

    private int runOffline(InpaintOptions options) {
        long seed = options.seed() == null ? Inpainters.DEFAULT_SEED : options.seed();
        return runLocally(options, Backends.offline(options.method(), seed, Runnable::run));
    }

    /** On a model file: a file that is not a usable model is bad input (exit 2), said before any work starts. */
    private int runModel(InpaintOptions options) {
        if (options.method() != InpaintMethod.AUTO || options.seed() != null) {
            err.println("note: --method and --seed choose the offline engine's algorithm; --model ignores them.");
        }
        Backend backend;
        try {
            backend = Backends.model(options.model(), Runnable::run);
        } catch (TaskProblem e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        return runLocally(options, backend);
    }

    private int runLocally(InpaintOptions options, Backend local) {
        AtomicReference<InpaintTask> running = new AtomicReference<>();
        Thread onCtrlC = new Thread(
                () -> {
                    InpaintTask task = running.get();
                    if (task != null) {
                        task.cancel();
                    }
                },
                "inpaint-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try (Backend backend = local) {
            return new OfflineInpaint(out, err).run(options, backend, running::set);
        } finally {
            ShutdownHooks.remove(onCtrlC);
        }
    }
}
