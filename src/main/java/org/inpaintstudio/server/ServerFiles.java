package org.inpaintstudio.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.inpaintstudio.image.ProcessTemporaries;

/**
 * The server's own temporary folder, readable by its user only: uploads being received and task results. It is
 * removed when the server stops, and a server killed before it could do so has its folder removed by the next one
 * to start.
 */
final class ServerFiles implements AutoCloseable {
    static final String PREFIX = "inpaint-serve-";
    private final Path root;
    private final Path uploads;
    private final Path results;

    private ServerFiles(Path root) throws IOException {
        this.root = root;
        this.uploads = Files.createDirectory(root.resolve("uploads"));
        this.results = Files.createDirectory(root.resolve("results"));
    }

    /** In the system's temporary folder; first removes the folders of servers that were killed. */
    static ServerFiles create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Named {@code inpaint-serve-<pid>-...}, so that a later start can tell a dead server's folder from a live one. */
    static ServerFiles create(Path temporaryFolder) throws IOException {
        ProcessTemporaries.removeStale(temporaryFolder, PREFIX);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        String prefix = ProcessTemporaries.prefix(PREFIX);
        Path root = posix
                ? Files.createTempDirectory(
                        temporaryFolder,
                        prefix,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory(temporaryFolder, prefix);
        return new ServerFiles(root);
    }

    Path root() {
        return root;
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
