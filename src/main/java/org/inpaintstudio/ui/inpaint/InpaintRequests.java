package org.inpaintstudio.ui.inpaint;

import java.util.List;
import org.inpaintstudio.api.ApiLimits;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.RequestValidator;
import org.inpaintstudio.api.RequestViolation;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageWriteOptions;
import org.inpaintstudio.image.MaskCodec;

/**
 * Turns what is drawn into a request: the image lossless (the pixels the mask was drawn on, EXIF orientation
 * already applied), and the mask as mask_file, or only rectangles when only rectangles are drawn. The request is
 * checked against the API's rules first; a photo over the service's size is no violation, since the backend sends
 * it crop by crop.
 *
 * <p>The image travels as PNG to a remote service (the smallest lossless upload) and as BMP to the offline engine,
 * where nothing travels and BMP encodes and decodes several times faster; BMP too large for the limit goes as PNG.
 */
final class InpaintRequests {
    private static final List<String> CROPPED_IF_TOO_LARGE =
            List.of(RequestViolation.IMAGE_TOO_LARGE, "validation.image.too-many-pixels");

    private InpaintRequests() {}

    static InpaintRequest build(InpaintInput input, boolean sync, ReturnType returnType, boolean offline)
            throws InvalidRequestException {
        String base = baseName(input.document().name());
        ImageFormat format = offline && bmpFits(input) ? ImageFormat.BMP : ImageFormat.PNG;
        byte[] image = ImageFiles.encode(input.document().source(), format, ImageWriteOptions.DEFAULT);
        MaskSource mask = input.rectanglesOnly()
                ? new MaskSource.Rectangles(input.rectangles())
                : new MaskSource.File(new FileUpload(MaskCodec.encodePng(input.union()), base + "-mask.png"));
        InpaintRequest request = new InpaintRequest(
                new ImageSource.File(new FileUpload(image, base + "." + format.defaultExtension())),
                mask,
                sync,
                sync ? returnType : asyncSafe(returnType));
        validate(request);
        return request;
    }

    /** 24-bit BMP (three bytes a pixel, rows padded to four bytes) within the limit, for a photo without alpha. */
    private static boolean bmpFits(InpaintInput input) {
        if (input.document().source().getColorModel().hasAlpha()) {
            return false;
        }
        long row = (input.document().width() * 3L + 3) / 4 * 4;
        return row * input.document().height() + 54 <= ApiLimits.MAX_IMAGE_BYTES;
    }

    /** Return type 3 needs sync; asynchronous tasks take the image as base64 instead of failing. */
    private static ReturnType asyncSafe(ReturnType wanted) {
        return wanted == ReturnType.BINARY ? ReturnType.BASE64 : wanted;
    }

    private static void validate(InpaintRequest request) throws InvalidRequestException {
        try {
            new RequestValidator().validate(request);
        } catch (InvalidRequestException e) {
            List<RequestViolation> real = e.violations().stream()
                    .filter(v -> !CROPPED_IF_TOO_LARGE.contains(v.key()))
                    .toList();
            if (!real.isEmpty()) {
                throw new InvalidRequestException(real);
            }
        }
    }

    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
