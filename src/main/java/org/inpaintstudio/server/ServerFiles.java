package org.inpaintstudio.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The server's own temporary folder, readable by its user only: uploads being received and task results. It is
 * removed when the server stops, so nothing outlives the process.
 */
final class ServerFiles implements AutoCloseable {
    private final Path root;
    private final Path uploads;
    private final Path results;

    private ServerFiles(Path root) throws IOException {
        this.root = root;
        this.uploads = Files.createDirectory(root.resolve("uploads"));
        this.results = Files.createDirectory(root.resolve("results"));
    }

    static ServerFiles create() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path root = posix
            ? Files.createTempDirectory("inpaint-serve-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
            : Files.createTempDirectory("inpaint-serve-");
        return new ServerFiles(root);
    }

    Path uploads() {
        return uploads;
    }

    Path results() {
        return results;
    }

    /** How many files are in a folder and below it. */
    static long count(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(ServerFiles::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + root, e);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Gone already, or held by a reader on Windows: the folder is removed at stop.
        }
    }
}
