package org.inpaintstudio.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.inpaintstudio.image.MaskRectangle;

/**
 * What a batch is asked to do: fill every photo of {@code input}, each with its own mask from {@code masks}
 * ({@code a.jpg} takes {@code a.png}) or with the same {@code rectangles}, and write the results to {@code out}.
 *
 * @param masks the folder of masks, or null when {@code rectangles} is given
 * @param rectangles the rectangles every photo gets, or null when {@code masks} is given
 */
public record BatchSpec(Path input, Path masks, List<MaskRectangle> rectangles, Path out, ResultFormat format) {
    public BatchSpec {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        if ((masks == null) == (rectangles == null)) {
            throw new IllegalArgumentException("give either a masks folder or rectangles");
        }
        rectangles = rectangles == null ? null : List.copyOf(rectangles);
    }

    public static BatchSpec withMasks(Path input, Path masks, Path out, ResultFormat format) {
        return new BatchSpec(input, masks, null, out, format);
    }

    public static BatchSpec withRectangles(Path input, List<MaskRectangle> rectangles, Path out, ResultFormat format) {
        return new BatchSpec(input, null, rectangles, out, format);
    }
}
