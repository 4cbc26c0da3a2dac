package org.inpaintstudio.api;

import java.util.Objects;
import org.inpaintstudio.image.ImageFormat;

/**
 * One create-task request: the image, what to repair, synchronous or not, and how the result comes back.
 *
 * <p>It carries exactly one image source and one mask source, so the service's priority rules (image_file &gt;
 * image_url &gt; image_base64; mask_file &gt; mask_url &gt; mask_base64 &gt; rectangles) never have to choose.
 */
public record InpaintRequest(ImageSource image, MaskSource mask, boolean sync, ReturnType returnType) {
    public InpaintRequest {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(returnType, "returnType");
    }

    /** Asynchronous, result as a download URL: the API's defaults. */
    public static InpaintRequest of(ImageSource image, MaskSource mask) {
        return new InpaintRequest(image, mask, false, ReturnType.URL);
    }

    public InpaintRequest withSync(boolean sync) {
        return new InpaintRequest(image, mask, sync, returnType);
    }

    public InpaintRequest withReturnType(ReturnType returnType) {
        return new InpaintRequest(image, mask, sync, returnType);
    }

    public InpaintRequest withImage(ImageSource image) {
        return new InpaintRequest(image, mask, sync, returnType);
    }

    public InpaintRequest withMask(MaskSource mask) {
        return new InpaintRequest(image, mask, sync, returnType);
    }

    /**
     * This request as it travels to a service: {@link ImageSource.Pixels} as a PNG {@code image_file} and
     * {@link MaskSource.Plane} as a PNG {@code mask_file} named after the photo ({@code photo-mask.png}); any other
     * source as it is.
     */
    public InpaintRequest asFiles() {
        InpaintRequest files = this;
        if (image instanceof ImageSource.Pixels pixels) {
            files = files.withImage(pixels.toFile());
        }
        if (mask instanceof MaskSource.Plane plane) {
            String name = image instanceof ImageSource.Pixels pixels
                    ? ImageFormat.baseName(pixels.name()) + "-mask.png"
                    : "mask.png";
            files = files.withMask(plane.toFile(name));
        }
        return files;
    }
}
