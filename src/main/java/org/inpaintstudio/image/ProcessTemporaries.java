package org.inpaintstudio.image;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary files and folders named after the process that made them ({@code <base><pid>-...}), so that what a
 * killed process left behind can be told from what a running one is still writing, and removed.
 */
public final class ProcessTemporaries {
    private ProcessTemporaries() {}

    /** The name prefix for a temporary of this process: {@code base}, this process's id and a dash. */
    public static String prefix(String base) {
        return base + ProcessHandle.current().pid() + "-";
    }

    /**
     * Removes the entries of {@code folder} named {@code <base><pid>-...} whose process is no longer running
     * (folders with everything in them). Entries of running processes, and names of any other shape, are left.
     *
     * @return how many entries were removed
     */
    public static int removeStale(Path folder, String base) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, glob(base) + "*-*")) {
            for (Path entry : entries) {
                Long pid = pidOf(entry.getFileName().toString(), base);
                if (pid != null && !running(pid) && delete(entry)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: a folder that cannot be listed is left as it is.
        }
        return removed;
    }

    /** The pid in {@code name}, or null when the name is not one of ours. */
    static Long pidOf(String name, String base) {
        if (!name.startsWith(base)) {
            return null;
        }
        int dash = name.indexOf('-', base.length());
        if (dash <= base.length()) {
            return null;
        }
        String digits = name.substring(base.length(), dash);
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 18) {
            return null;
        }
        return Long.parseLong(digits);
    }

    private static boolean running(long pid) {
        return pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean delete(Path entry) {
        try (Stream<Path> paths = Files.walk(entry)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code base} with the characters a glob treats specially escaped. */
    private static String glob(String base) {
        return base.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
