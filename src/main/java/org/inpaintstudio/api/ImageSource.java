package org.inpaintstudio.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** Where the service gets the image: exactly one of {@code image_file}, {@code image_url}, {@code image_base64}. */
public sealed interface ImageSource permits ImageSource.File, ImageSource.Url, ImageSource.Base64 {
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
}
