package org.inpaintstudio.cli;

/** The Ctrl+C hooks of commands that run long work: added for the run, removed after it. */
final class ShutdownHooks {
    private ShutdownHooks() {}

    static void remove(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting (Ctrl+C): the hook is running or has run
        }
    }
}
