package org.inpaintstudio.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.inpaintstudio.client.Cancellation;
import org.inpaintstudio.client.ClientConfig;

/**
 * {@code inpaint}: with {@code --api-url} on a remote service ({@link RemoteInpaint}), otherwise on the offline
 * engine. Ctrl+C cancels the task in flight.
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
    InpaintCommand(PrintStream out, PrintStream err, Map<String, String> environment,
        UnaryOperator<ClientConfig> tuning) {
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
        if (!options.remote()) {
            return runOffline(options);
        }
        if (options.method() != InpaintOptions.Method.AUTO || options.seed() != null) {
            err.println("note: --method and --seed choose the offline engine's algorithm; a remote service"
                + " ignores them.");
        }
        Cancellation cancellation = new Cancellation();
        Thread onCtrlC = new Thread(cancellation::cancel, "inpaint-cancel");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            return new RemoteInpaint(out, err, tuning).run(options, cancellation);
        } finally {
            removeHook(onCtrlC);
        }
    }

    // TODO(engine): run options.method()/options.seed() on the offline engine once it is merged; until then the
    // command says plainly that this build has none.
    private int runOffline(InpaintOptions options) {
        err.println("error: offline engine: not available in this build (method "
            + options.method().name().toLowerCase(Locale.ROOT)
            + "). Pass --api-url URL to use a remote inpainting service.");
        return ExitCode.BAD_INPUT;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting (Ctrl+C): the hook is running or has run
        }
    }
}
