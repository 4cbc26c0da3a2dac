package org.inpaintstudio.bench;

import java.nio.file.Path;

/**
 * Where benchmarks find their photos: the repository's own test photos (src/test/resources/photos, two photos with
 * their masks, see its LICENSE.md), or the folder given with {@code -Dbench.data=FOLDER} (photos beside
 * {@code masks/<photo>_<kind>.png}), e.g. {@code -Dbench.data=../shared/testdata} for the five photos of the README's
 * figures. Never a path of one machine, so a benchmark runs the same on any clone.
 */
public final class BenchData {
    public static final Path REPOSITORY_PHOTOS = Path.of("src/test/resources/photos");

    private BenchData() {}

    /** The folder to read, as chosen; benchmarks print it with their figures. */
    public static Path folder() {
        String given = System.getProperty("bench.data");
        return given == null || given.isBlank() ? REPOSITORY_PHOTOS : Path.of(given);
    }

    /** A photo of {@link #folder()} by file name, falling back to the repository's coffee photo when absent. */
    public static Path photo(String name) {
        Path chosen = folder().resolve(name);
        return chosen.toFile().isFile() ? chosen : REPOSITORY_PHOTOS.resolve("coffee.png");
    }
}
