package org.inpaintstudio.server;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Attributes;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Reads a multipart/form-data body without holding a request thread while it arrives, with Jetty's streaming
 * parser: a part or body over its limit stops the upload there (413); parts over {@value #IN_MEMORY_BYTES} bytes
 * go to temporary files, so a large upload never sits whole in memory.
 */
final class MultipartReader {
    private static final int IN_MEMORY_BYTES = 64 * 1024;
    private static final int MAX_PARTS = 32;
    private static final int MAX_PART_HEADERS_BYTES = 8 * 1024;

    private final MultiPartConfig config;
    private final UploadLimits limits;

    MultipartReader(UploadLimits limits, Path spillDirectory) {
        this.limits = limits;
        this.config = new MultiPartConfig.Builder()
                .location(spillDirectory)
                .maxParts(MAX_PARTS)
                .maxPartSize(limits.maxPartBytes())
                .maxSize(limits.maxBodyBytes())
                .maxMemoryPartSize(IN_MEMORY_BYTES)
                .maxHeadersSize(MAX_PART_HEADERS_BYTES)
                .useFilesForPartsWithoutFileName(true)
                .build();
    }

    /** Parses the body, then calls exactly one of the two consumers, on a thread that may block. */
    void read(Request request, Consumer<FormFields> onForm, Consumer<RequestRefused> onRefused) {
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || MultiPart.extractBoundary(contentType) == null) {
            onRefused.accept(RequestRefused.badRequest(
                    "send the task as multipart/form-data (curl -F), with image_* and mask_* or rectangles fields"));
            return;
        }
        long declared = request.getLength();
        if (declared > limits.maxBodyBytes()) {
            onRefused.accept(tooLarge());
            return;
        }
        // Parts are kept in attributes of our own, not the request's: FormFields closes them (deleting their
        // files), and Jetty's end-of-request clean-up would only log a failed upload a second time.
        MultiPartFormData.onParts(
                request,
                new Attributes.Mapped(),
                contentType,
                config,
                Promise.Invocable.from(Invocable.InvocationType.BLOCKING, (parts, failure) -> {
                    if (failure != null) {
                        onRefused.accept(refusalFor(failure));
                    } else {
                        onForm.accept(new FormFields(parts, limits));
                    }
                }));
    }

    private RequestRefused refusalFor(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("headers max length exceeded")) {
            return RequestRefused.badRequest("the headers of a part are over " + MAX_PART_HEADERS_BYTES + " bytes");
        }
        if (cause instanceof HttpException http && http.getCode() == 413
                || message.contains("max length exceeded")
                || message.contains("max file size exceeded")) {
            return tooLarge();
        }
        if (message.contains("too many keys")) {
            return RequestRefused.badRequest("the form has more than " + MAX_PARTS + " parts");
        }
        return RequestRefused.badRequest("the multipart body could not be read (" + cause.getMessage()
                + "); send a complete multipart/form-data body");
    }

    private RequestRefused tooLarge() {
        return RequestRefused.tooLarge("the upload is over the size limit: an image or mask may be at most "
                + limits.describeImageLimit() + " (its base64 text a third more). Send a smaller image.");
    }
}
