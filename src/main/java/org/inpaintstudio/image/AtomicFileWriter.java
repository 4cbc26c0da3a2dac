package org.inpaintstudio.image;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Saves a file by writing a temporary file beside it and moving that into place, so that a failure half-way
 * (a full disk, a crash, a bad encoder) leaves any existing file as it was.
 */
final class AtomicFileWriter {
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    /** Writes the whole content to the given (temporary) file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFileWriter() {}

    static void write(Path target, Content content) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImageWriteException(name, "there is a folder of that name; choose another name", null);
        }
        Path temporary;
        String base = "." + name + ".";
        // What a killed run left beside the file (hidden .NAME.<pid>-<n>.tmp) goes before a new one is made.
        ProcessTemporaries.removeStale(folder, base);
        try {
            temporary = Files.createTempFile(folder, ProcessTemporaries.prefix(base), ".tmp");
        } catch (IOException e) {
            throw new ImageWriteException(name, reason(folder, e), e);
        }
        try {
            content.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it replaces the old file
            }
            keepPermissions(file, temporary);
            moveIntoPlace(temporary, file);
        } catch (IOException e) {
            throw new ImageWriteException(name, reason(folder, e), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A replaced file keeps its permissions; a new one gets the usual rw-r--r-- rather than the temp file's rw-------. */
    private static void keepPermissions(Path file, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(file) ? Files.getPosixFilePermissions(file) : NEW_FILE);
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // nothing more to do: it is a hidden temporary file
        }
    }

    /** ImageIO wraps the file system's error ("I/O error writing PNG file!"), so the causes are searched too. */
    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            String fsReason = t instanceof FileSystemException fs && fs.getReason() != null
                    ? fs.getReason().toLowerCase(Locale.ROOT)
                    : "";
            if (message.contains("no space") || message.contains("disk full") || fsReason.contains("no space")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Path folder, IOException e) {
        String detail = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        String otherReason = e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason().toLowerCase(Locale.ROOT)
                : detail;
        if (diskFull(e)) {
            return "the disk is full; free some space or save to another drive";
        }
        if (otherReason.contains("read-only file system")) {
            return "the drive is read-only; save to another drive";
        }
        if (otherReason.contains("not a directory")) {
            return "the path " + folder + " is not a folder (part of it is a file); choose another folder";
        }
        if (e instanceof AccessDeniedException) {
            return "you have no permission to write in the folder " + folder + "; choose another folder";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder + " does not exist; choose an existing folder";
        }
        return e.getMessage() + "; try another folder or file name";
    }
}
