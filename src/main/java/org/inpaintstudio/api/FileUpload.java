package org.inpaintstudio.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/** A file sent as a multipart file part: its bytes and the name it is sent under. */
public record FileUpload(byte[] bytes, String fileName) {
    public FileUpload {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
    }

    public static FileUpload read(Path path) throws IOException {
        return new FileUpload(Files.readAllBytes(path), path.getFileName().toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileUpload other && fileName.equals(other.fileName) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
    }

    /** The name and size, never the bytes. */
    @Override
    public String toString() {
        return "FileUpload[" + fileName + ", " + bytes.length + " bytes]";
    }
}
