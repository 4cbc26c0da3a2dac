package org.inpaintstudio.image;

import java.nio.file.Path;

/**
 * Writes a result image (a service's or the engine's encoded bytes) to a file, atomically (see {@link ImageFiles#writeEncoded}). The result's
 * bytes are kept as they are when they are already in the format the file name asks for, and converted otherwise
 * (a PNG result saved as {@code .jpg}).
 */
public final class ResultFile {
    private ResultFile() {}

    /**
     * @return the format written
     * @throws ImageWriteException when the file cannot be written, saying what to do
     * @throws ImageReadException when the bytes must be converted and cannot be decoded
     */
    public static ImageFormat write(byte[] result, Path out) {
        ImageFormat wanted = ImageFormat.fromFileName(out.getFileName().toString())
                .orElseThrow(() -> new IllegalArgumentException("no image extension: " + out));
        if (ImageFormat.detect(result) == wanted) {
            ImageFiles.writeEncoded(result, out);
        } else {
            ImageFiles.write(
                    ImageFiles.read(result, "the result", ImageLimits.EDITOR).image(),
                    out,
                    wanted,
                    ImageWriteOptions.DEFAULT);
        }
        return wanted;
    }
}
