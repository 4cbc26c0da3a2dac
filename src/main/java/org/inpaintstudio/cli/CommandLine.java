package org.inpaintstudio.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.inpaintstudio.ui.EditorLauncher;

/** Dispatches the command line to a sub-command, or to the editor window. */
public final class CommandLine {
    /** Returned when the editor was opened: the JavaFX thread keeps the process alive. */
    public static final int OPEN_EDITOR = -1;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    public CommandLine(PrintStream out, PrintStream err) {
        this(out, err, System.getenv());
    }

    /** @param environment the variables commands read (INPAINT_API_KEY); tests pass their own */
    public CommandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public int run(String[] args) {
        if (args.length == 0) {
            EditorLauncher.launch(null);
            return OPEN_EDITOR;
        }
        String first = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (first) {
            case "--help", "-h", "help":
                out.print(Usage.text());
                return ExitCode.OK;
            case "--version", "-V":
                out.println("Inpaint Studio " + Version.current());
                return ExitCode.OK;
            case "inpaint":
                return new InpaintCommand(out, err, environment).run(List.of(rest));
            case "batch":
                return new BatchCommand(out, err, environment, System.console() != null).run(List.of(rest));
            case "select":
                return new SelectCommand(out, err).run(List.of(rest));
            case "serve":
                return ServeCommand.offline(out, err, environment).run(List.of(rest));
            default:
                if (first.startsWith("-")) {
                    err.println("Unknown option " + first + ". Run with --help to see the commands.");
                    return ExitCode.BAD_INPUT;
                }
                EditorLauncher.launch(first);
                return OPEN_EDITOR;
        }
    }
}
