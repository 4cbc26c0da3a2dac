package org.inpaintstudio.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.inpaintstudio.api.FileUpload;

/**
 * The parts of a received multipart form, by field name. Large parts sit in temporary files until
 * {@link #close()} deletes them; a part is read only when asked for, and only up to the image limit.
 *
 * <p>A part sent empty counts as not sent: browsers send an empty {@code image_file} when no file was chosen.
 */
final class FormFields implements AutoCloseable {
    private final MultiPartFormData.Parts parts;
    private final Map<String, MultiPart.Part> firstByName = new HashMap<>();
    private final UploadLimits limits;

    FormFields(MultiPartFormData.Parts parts, UploadLimits limits) {
        this.parts = parts;
        this.limits = limits;
        for (MultiPart.Part part : parts) {
            if (part.getName() != null) {
                firstByName.putIfAbsent(part.getName(), part);
            }
        }
    }

    boolean has(String name) {
        MultiPart.Part part = firstByName.get(name);
        return part != null && part.getLength() != 0;
    }

    /** A file field's bytes and file name; refused with 413 when over the image limit. */
    Optional<FileUpload> file(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        MultiPart.Part part = firstByName.get(name);
        if (part.getLength() > limits.maxImageBytes()) {
            throw RequestRefused.tooLarge(name + " is " + part.getLength() + " bytes; the limit is "
                    + limits.describeImageLimit() + ". Send a smaller image.");
        }
        String fileName = part.getFileName() == null ? name : part.getFileName();
        return Optional.of(new FileUpload(bytes(part), fileName));
    }

    /**
     * A text field without surrounding white space; empty when not sent or blank. Bytes that are not UTF-8 become
     * U+FFFD, so the value is refused for what it is (not a URL, not base64) rather than for its encoding.
     */
    Optional<String> text(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        String value = new String(bytes(firstByName.get(name)), StandardCharsets.UTF_8).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static byte[] bytes(MultiPart.Part part) {
        try (InputStream in = Content.Source.asInputStream(part.createContentSource())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the received part " + part.getName(), e);
        }
    }

    @Override
    public void close() {
        parts.close();
    }
}
