package org.inpaintstudio.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;

/**
 * What to repair: exactly one of {@code mask_file}, {@code mask_url}, {@code mask_base64} (a mask image, white =
 * repair) or {@code rectangles}; or, for a backend in this process, the mask itself as a {@link Plane}.
 */
public sealed interface MaskSource
        permits MaskSource.File, MaskSource.Url, MaskSource.Base64, MaskSource.Rectangles, MaskSource.Plane {
    /** The multipart field this source travels in. */
    String field();

    /** A mask image file, uploaded as {@code mask_file}. */
    record File(FileUpload upload) implements MaskSource {
        public File {
            Objects.requireNonNull(upload, "upload");
        }

        public static File read(Path path) throws IOException {
            return new File(FileUpload.read(path));
        }

        @Override
        public String field() {
            return "mask_file";
        }
    }

    /** A mask image URL, as {@code mask_url}. */
    record Url(String url) implements MaskSource {
        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String field() {
            return "mask_url";
        }
    }

    /** A mask image as base64 text, as {@code mask_base64}. */
    record Base64(String data) implements MaskSource {
        public Base64 {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public String field() {
            return "mask_base64";
        }

        @Override
        public String toString() {
            return "MaskSource.Base64[" + data.length() + " characters]";
        }
    }

    /** Areas to repair, sent as the {@code rectangles} JSON. */
    record Rectangles(List<MaskRectangle> rectangles) implements MaskSource {
        public Rectangles {
            rectangles = List.copyOf(rectangles);
        }

        @Override
        public String field() {
            return "rectangles";
        }
    }

    /**
     * The mask itself, for a backend in this process, which takes it as it is. Anything that must send it elsewhere
     * sends {@link #toFile(String)} as {@code mask_file}.
     */
    record Plane(MaskPlane plane) implements MaskSource {
        public Plane {
            Objects.requireNonNull(plane, "plane");
        }

        @Override
        public String field() {
            return "mask_file";
        }

        /** The mask as an 8-bit gray PNG file (white = repair) named {@code fileName}, for the wire. */
        public File toFile(String fileName) {
            return new File(new FileUpload(MaskCodec.encodePng(plane), fileName));
        }

        /** Size and how much to repair; never the pixels. */
        @Override
        public String toString() {
            return "MaskSource.Plane[" + plane + "]";
        }
    }
}
