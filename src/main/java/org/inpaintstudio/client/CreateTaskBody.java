package org.inpaintstudio.client;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.RectanglesJson;

/**
 * The multipart/form-data body of a create request, with the field names of API.md: one image field, one mask
 * field, then {@code sync} and {@code return_type}.
 */
final class CreateTaskBody {
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private CreateTaskBody() {}

    /** Decoded pixels and a mask plane go as the PNG files of {@link InpaintRequest#asFiles()}. */
    static RequestBody of(InpaintRequest given) {
        InpaintRequest request = given.asFiles();
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
        ImageSource image = request.image();
        if (image instanceof ImageSource.File file) {
            addFile(form, image.field(), file.upload());
        } else if (image instanceof ImageSource.Url url) {
            form.addFormDataPart(image.field(), url.url());
        } else if (image instanceof ImageSource.Base64 base64) {
            form.addFormDataPart(image.field(), base64.data());
        }
        MaskSource mask = request.mask();
        if (mask instanceof MaskSource.File file) {
            addFile(form, mask.field(), file.upload());
        } else if (mask instanceof MaskSource.Url url) {
            form.addFormDataPart(mask.field(), url.url());
        } else if (mask instanceof MaskSource.Base64 base64) {
            form.addFormDataPart(mask.field(), base64.data());
        } else if (mask instanceof MaskSource.Rectangles rectangles) {
            form.addFormDataPart(mask.field(), RectanglesJson.write(rectangles.rectangles()));
        }
        form.addFormDataPart("sync", request.sync() ? "1" : "0");
        form.addFormDataPart("return_type", String.valueOf(request.returnType().code()));
        return new OneShot(form.build());
    }

    private static void addFile(MultipartBody.Builder form, String field, FileUpload upload) {
        form.addFormDataPart(field, upload.fileName(), RequestBody.create(upload.bytes(), mediaType(upload.bytes())));
    }

    /** The type by the file's content, as the service will judge it, not by its name. */
    private static MediaType mediaType(byte[] bytes) {
        try {
            return MediaType.get(ImageFormat.detect(bytes).mimeType());
        } catch (ImageReadException unknown) {
            return OCTET_STREAM;
        }
    }

    /**
     * Marks the body as sendable once, so OkHttp itself never resends a create on a failed connection: whether to
     * resend is {@link HttpExchange}'s decision, and it says no once the body may have reached the service.
     */
    private static final class OneShot extends RequestBody {
        private final RequestBody body;

        OneShot(RequestBody body) {
            this.body = body;
        }

        @Override
        public MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() throws IOException {
            return body.contentLength();
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            body.writeTo(sink);
        }

        @Override
        public boolean isOneShot() {
            return true;
        }
    }
}
