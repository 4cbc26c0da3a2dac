package org.inpaintstudio.cli;

import java.nio.file.Path;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageWriteOptions;

/**
 * Writes a result image where {@code --out} says, atomically (see {@link ImageFiles#writeEncoded}). The result's
 * bytes are kept as they are when they are already in the format the file name asks for, and converted otherwise
 * (a PNG result saved as {@code .jpg}).
 */
final class ResultFile {
    private ResultFile() {}

    /**
     * @return the format written
     * @throws org.inpaintstudio.image.ImageWriteException when the file cannot be written, saying what to do
     * @throws org.inpaintstudio.image.ImageReadException when the bytes must be converted and cannot be decoded
     */
    static ImageFormat write(byte[] result, Path out) {
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
