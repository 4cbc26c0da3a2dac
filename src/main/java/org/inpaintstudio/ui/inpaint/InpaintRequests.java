package org.inpaintstudio.ui.inpaint;

import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.InvalidRequestException;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.RequestValidator;
import org.inpaintstudio.api.ReturnType;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;

/**
 * Turns what is drawn into a request: the pixels the mask was drawn on (EXIF orientation already applied), and the
 * mask as a plane, or only rectangles when only rectangles are drawn. Nothing is encoded here: a backend in this
 * process takes the pixels as they are, and one that sends them to a service sends them as PNG files.
 *
 * <p>The request is checked against the API's rules within the editor's pixel budget: every editor backend crops a
 * photo larger than its inner backend takes, so its size is the backend's business, not a violation.
 */
final class InpaintRequests {
    /** The editor's document keeps no format of its own; PNG keeps the result lossless, as the upload always was. */
    private static final ImageFormat FORMAT = ImageFormat.PNG;

    private InpaintRequests() {}

    static InpaintRequest build(InpaintInput input, boolean sync, ReturnType returnType)
            throws InvalidRequestException {
        MaskSource mask = input.rectanglesOnly()
                ? new MaskSource.Rectangles(input.rectangles())
                : new MaskSource.Plane(input.union());
        InpaintRequest request = new InpaintRequest(
                new ImageSource.Pixels(
                        input.document().source(), FORMAT, input.document().name()),
                mask,
                sync,
                sync ? returnType : asyncSafe(returnType));
        RequestValidator.withinBudget(ImageLimits.EDITOR).validate(request);
        return request;
    }

    /** Return type 3 needs sync; asynchronous tasks take the image as base64 instead of failing. */
    private static ReturnType asyncSafe(ReturnType wanted) {
        return wanted == ReturnType.BINARY ? ReturnType.BASE64 : wanted;
    }
}
