package org.inpaintstudio.cli;

/** Entry point: no arguments (or an image path) opens the editor; otherwise a sub-command runs. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = new CommandLine(System.out, System.err).run(args);
        if (code != CommandLine.OPEN_EDITOR) {
            System.exit(code);
        }
    }
}
