package org.inpaintstudio.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real 64 KB tmpfs for tests of full and read-only drives. Mounting needs root on Linux (as on the CI machine);
 * {@link #mount} says false elsewhere, so that tests can skip with a reason.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /** Mounts a small disk on a new folder inside {@code parent}, or returns null when this machine cannot. */
    public static SmallDisk mount(Path parent) throws IOException, InterruptedException {
        Path folder = Files.createDirectory(parent.resolve("small-disk"));
        return run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.toString()) ? new SmallDisk(folder) : null;
    }

    public Path folder() {
        return folder;
    }

    /** Makes the mounted disk read-only; false when that failed. */
    public boolean makeReadOnly() throws IOException, InterruptedException {
        return run("mount", "-o", "remount,ro", folder.toString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", folder.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
