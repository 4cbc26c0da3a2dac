package org.inpaintstudio.batch;

import java.util.Locale;
import java.util.Optional;
import org.inpaintstudio.image.ImageFormat;

/** The format of a batch's results: each photo's own, or one for all. */
public enum ResultFormat {
    SAME,
    PNG,
    JPG;

    /** {@code same}, {@code png} or {@code jpg} (also {@code jpeg}), any case. */
    public static Optional<ResultFormat> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "same" -> Optional.of(SAME);
            case "png" -> Optional.of(PNG);
            case "jpg", "jpeg" -> Optional.of(JPG);
            default -> Optional.empty();
        };
    }

    /** The result's file name: the photo's name, with the extension of the chosen format unless SAME. */
    public String resultName(String photoName) {
        if (this == SAME) {
            return photoName;
        }
        ImageFormat format = this == PNG ? ImageFormat.PNG : ImageFormat.JPEG;
        return ImageFormat.baseName(photoName) + "." + format.defaultExtension();
    }
}
