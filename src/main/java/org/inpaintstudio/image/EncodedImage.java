package org.inpaintstudio.image;

import com.twelvemonkeys.imageio.stream.BufferedFileImageInputStream;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.stream.ImageInputStream;

/** Encoded image bytes, in a file or in memory, that can be opened more than once (header, metadata, pixels). */
abstract class EncodedImage {
    private final String name;

    private EncodedImage(String name) {
        this.name = name;
    }

    static EncodedImage of(Path file) {
        Path fileName = file.getFileName();
        return new InFile(file, fileName == null ? file.toString() : fileName.toString());
    }

    static EncodedImage of(byte[] bytes, String name) {
        return new InMemory(bytes, name);
    }

    /** How messages refer to it: the file name, or e.g. "the image". */
    final String name() {
        return name;
    }

    /** The first bytes, for telling the format. */
    abstract byte[] head() throws IOException;

    abstract ImageInputStream openImageInput() throws IOException;

    abstract InputStream openStream() throws IOException;

    private static final class InFile extends EncodedImage {
        private final Path file;

        InFile(Path file, String name) {
            super(name);
            this.file = file;
        }

        @Override
        byte[] head() throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(FormatSignature.HEAD_LENGTH);
            }
        }

        @Override
        ImageInputStream openImageInput() throws IOException {
            return new BufferedFileImageInputStream(file.toFile());
        }

        @Override
        InputStream openStream() throws IOException {
            return Files.newInputStream(file);
        }
    }

    private static final class InMemory extends EncodedImage {
        private final byte[] bytes;

        InMemory(byte[] bytes, String name) {
            super(name);
            this.bytes = bytes;
        }

        @Override
        byte[] head() {
            return Arrays.copyOf(bytes, Math.min(bytes.length, FormatSignature.HEAD_LENGTH));
        }

        @Override
        ImageInputStream openImageInput() {
            return new ByteArrayImageInputStream(bytes);
        }

        @Override
        InputStream openStream() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
