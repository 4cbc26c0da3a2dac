package org.inpaintstudio.backend;

import java.util.Arrays;
import java.util.Objects;
import org.inpaintstudio.image.ImageFormat;

/** The repaired image as encoded bytes, in the format the API gives back (PNG, or JPEG for a JPEG input). */
public record InpaintResult(byte[] bytes, ImageFormat format) {
    public InpaintResult {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InpaintResult other && format == other.format && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * format.hashCode() + Arrays.hashCode(bytes);
    }

    /** Format and size, never the bytes. */
    @Override
    public String toString() {
        return "InpaintResult[" + format.displayName() + ", " + bytes.length + " bytes]";
    }
}
