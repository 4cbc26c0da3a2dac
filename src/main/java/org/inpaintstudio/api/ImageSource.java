package org.inpaintstudio.api;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;

/**
 * Where the service gets the image: exactly one of {@code image_file}, {@code image_url}, {@code image_base64}; or,
 * for a backend in this process, the decoded {@link Pixels} themselves.
 */
public sealed interface ImageSource permits ImageSource.File, ImageSource.Url, ImageSource.Base64, ImageSource.Pixels {
    /** The multipart field this source travels in. */
    String field();

    /** The image file, uploaded as {@code image_file}. */
    record File(FileUpload upload) implements ImageSource {
        public File {
            Objects.requireNonNull(upload, "upload");
        }

        public static File read(Path path) throws IOException {
            return new File(FileUpload.read(path));
        }

        @Override
        public String field() {
            return "image_file";
        }
    }

    /** A URL the service downloads (http, https or the hosted service's oss://), as {@code image_url}. */
    record Url(String url) implements ImageSource {
        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String field() {
            return "image_url";
        }
    }

    /** The image as base64 text, as {@code image_base64}: a third larger on the wire, so discouraged. */
    record Base64(String data) implements ImageSource {
        public Base64 {
            Objects.requireNonNull(data, "data");
        }

        @Override
        public String field() {
            return "image_base64";
        }

        @Override
        public String toString() {
            return "ImageSource.Base64[" + data.length() + " characters]";
        }
    }

    /**
     * Decoded pixels for a backend in this process, which takes them as they are: nothing is encoded or decoded.
     * Anything that must send the image elsewhere sends {@link #toFile()} as {@code image_file}.
     *
     * @param format the format the photo came in, which picks the result's format
     * @param name the photo's file name, used for the file when the image must travel
     */
    record Pixels(BufferedImage image, ImageFormat format, String name) implements ImageSource {
        public Pixels {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String field() {
            return "image_file";
        }

        /** The pixels as a lossless PNG file named after the photo ({@code name} with {@code .png}), for the wire. */
        public File toFile() {
            byte[] png = ImageFiles.encode(image, ImageFormat.PNG, ImageWriteOptions.DEFAULT);
            return new File(new FileUpload(png, ImageFormat.baseName(name) + ".png"));
        }

        /** Size, format and name; never the pixels. */
        @Override
        public String toString() {
            return "ImageSource.Pixels[" + image.getWidth() + " x " + image.getHeight() + ", " + format.displayName()
                    + ", " + name + "]";
        }
    }
}
