package org.inpaintstudio.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageInfo;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskRectangle;
import org.inpaintstudio.image.RectanglesJson;

/**
 * Checks a request against the limits of API.md before anything is sent, so a designer hears at once what to fix
 * instead of waiting for a 400: size (15 MB), pixels (4096 x 4096, read from the header), format, rectangles (at
 * most 50, inside the image), URLs (http, https or oss, at most 512 characters), return type 3 only with sync, and
 * a mask that repairs something and leaves something to repair it from.
 *
 * <p>A request that stays on this machine is checked {@link #withinBudget within a pixel budget} instead of the
 * service's size limits: a larger photo is cropped there, not refused.
 *
 * <p>Decoded {@link ImageSource.Pixels} and a {@link MaskSource.Plane} have no bytes to size: they are checked from
 * their dimensions, as bytes are from their header, and a plane must have the image's size as a mask file must.
 *
 * <p>{@link #validate} also repairs what API.md says to repair: a {@code \u0026} in a URL becomes {@code &}.
 */
public final class RequestValidator {
    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "oss");
    private static final double MEBIBYTE = 1024 * 1024;

    /** The pixel budget of a request that stays on this machine, or null for the service's size limits. */
    private final ImageLimits budget;

    /** Checks against API.md, size limits included: what a remote service would accept. */
    public RequestValidator() {
        this(null);
    }

    private RequestValidator(ImageLimits budget) {
        this.budget = budget;
    }

    /**
     * Checks against API.md but for its size limits (15 MB, 4096 x 4096), in whose place an image (and a mask)
     * may have at most {@code budget} pixels, read from the header before anything is decoded: for backends on
     * this machine that crop a photo larger than the service takes, as the editor's do.
     */
    public static RequestValidator withinBudget(ImageLimits budget) {
        return new RequestValidator(budget);
    }

    /** The request ready to send (URLs repaired), or every rule it breaks. */
    public InpaintRequest validate(InpaintRequest request) throws InvalidRequestException {
        List<RequestViolation> violations = new ArrayList<>();
        InpaintRequest repaired = repairUrls(request);
        ImageInfo image = checkImage(repaired.image(), violations);
        checkMask(repaired.mask(), image, violations);
        if (repaired.returnType() == ReturnType.BINARY && !repaired.sync()) {
            violations.add(RequestViolation.of("return_type", "validation.return-type.needs-sync"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return repaired;
    }

    private static InpaintRequest repairUrls(InpaintRequest request) {
        InpaintRequest repaired = request;
        if (request.image() instanceof ImageSource.Url url) {
            repaired = repaired.withImage(
                    new ImageSource.Url(ApiUrls.repairAmpersands(url.url().strip())));
        }
        if (request.mask() instanceof MaskSource.Url url) {
            repaired = repaired.withMask(
                    new MaskSource.Url(ApiUrls.repairAmpersands(url.url().strip())));
        }
        return repaired;
    }

    /** The image's format and size when it is sent as bytes or pixels, or null (a URL, or an image refused). */
    private ImageInfo checkImage(ImageSource source, List<RequestViolation> violations) {
        if (source instanceof ImageSource.Url url) {
            checkUrl(source.field(), url.url(), violations);
            return null;
        }
        if (source instanceof ImageSource.Pixels pixels) {
            ImageInfo info = new ImageInfo(
                    pixels.format(), pixels.image().getWidth(), pixels.image().getHeight());
            return withinSize(source.field(), info, violations) ? info : null;
        }
        byte[] bytes = source instanceof ImageSource.File file
                ? file.upload().bytes()
                : decodeBase64(source.field(), ((ImageSource.Base64) source).data(), violations);
        return bytes == null ? null : checkImageBytes(source.field(), bytes, violations);
    }

    private void checkMask(MaskSource source, ImageInfo image, List<RequestViolation> violations) {
        String field = source.field();
        if (source instanceof MaskSource.Url url) {
            checkUrl(field, url.url(), violations);
        } else if (source instanceof MaskSource.Rectangles rectangles) {
            checkRectangles(rectangles.rectangles(), image, violations);
        } else if (source instanceof MaskSource.Plane plane) {
            checkPlane(field, plane.plane(), image, violations);
        } else {
            byte[] bytes = source instanceof MaskSource.File file
                    ? file.upload().bytes()
                    : decodeBase64(field, ((MaskSource.Base64) source).data(), violations);
            ImageInfo mask = bytes == null ? null : checkImageBytes(field, bytes, violations);
            if (mask != null) {
                checkMaskImage(field, bytes, mask, image, violations);
            }
        }
    }

    private ImageInfo checkImageBytes(String field, byte[] bytes, List<RequestViolation> violations) {
        if (bytes.length == 0) {
            violations.add(RequestViolation.of(field, "validation.image.empty"));
            return null;
        }
        if (budget == null && bytes.length > ApiLimits.MAX_IMAGE_BYTES) {
            violations.add(RequestViolation.of(
                    field,
                    RequestViolation.IMAGE_TOO_LARGE,
                    megabytes(bytes.length),
                    megabytes(ApiLimits.MAX_IMAGE_BYTES)));
            return null;
        }
        ImageInfo info;
        try {
            info = ImageFiles.probe(bytes);
        } catch (ImageReadException e) {
            violations.add(RequestViolation.of(field, RequestViolation.IMAGE_UNREADABLE, e.reason()));
            return null;
        }
        return withinSize(field, info, violations) ? info : null;
    }

    /** Whether the sides (or, within a budget, the pixels) are allowed; else the violation is added. */
    private boolean withinSize(String field, ImageInfo info, List<RequestViolation> violations) {
        RequestViolation tooLarge = budget == null ? overServiceSides(field, info) : overBudget(field, info);
        if (tooLarge != null) {
            violations.add(tooLarge);
            return false;
        }
        return true;
    }

    /** A mask plane: sized like a mask image's header, then the image's size, then something (not all) to repair. */
    private void checkPlane(String field, MaskPlane plane, ImageInfo image, List<RequestViolation> violations) {
        ImageInfo mask = new ImageInfo(ImageFormat.PNG, plane.width(), plane.height());
        if (!withinSize(field, mask, violations)) {
            return;
        }
        if (!sizeDiffers(field, mask, image, violations)) {
            checkCoverage(field, plane, violations);
        }
    }

    private static RequestViolation overServiceSides(String field, ImageInfo info) {
        if (info.width() > ApiLimits.MAX_SIDE || info.height() > ApiLimits.MAX_SIDE) {
            return RequestViolation.of(
                    field, "validation.image.too-many-pixels", info.width(), info.height(), ApiLimits.MAX_SIDE);
        }
        return null;
    }

    private RequestViolation overBudget(String field, ImageInfo info) {
        if (budget.allows(info)) {
            return null;
        }
        return RequestViolation.of(
                field,
                RequestViolation.IMAGE_OVER_BUDGET,
                info.width(),
                info.height(),
                oneDecimal(budget.maxPixels() / 1_000_000.0));
    }

    private static void checkMaskImage(
            String field, byte[] bytes, ImageInfo mask, ImageInfo image, List<RequestViolation> violations) {
        if (sizeDiffers(field, mask, image, violations)) {
            return;
        }
        try {
            checkCoverage(field, MaskCodec.read(bytes, mask.width(), mask.height()), violations);
        } catch (ImageReadException e) {
            violations.add(RequestViolation.of(field, RequestViolation.IMAGE_UNREADABLE, e.reason()));
        }
    }

    /** Whether a mask's size differs from the image's (when known); if so the violation is added. */
    private static boolean sizeDiffers(
            String field, ImageInfo mask, ImageInfo image, List<RequestViolation> violations) {
        if (image != null && (mask.width() != image.width() || mask.height() != image.height())) {
            violations.add(RequestViolation.of(
                    field, "validation.mask.size", mask.width(), mask.height(), image.width(), image.height()));
            return true;
        }
        return false;
    }

    /** A mask must repair something and leave something to repair it from. */
    private static void checkCoverage(String field, MaskPlane plane, List<RequestViolation> violations) {
        if (plane.isEmpty()) {
            violations.add(RequestViolation.of(field, "validation.mask.empty"));
        } else if (plane.isFull()) {
            violations.add(RequestViolation.of(field, "validation.mask.full"));
        }
    }

    private static void checkRectangles(
            List<MaskRectangle> rectangles, ImageInfo image, List<RequestViolation> violations) {
        String field = "rectangles";
        if (rectangles.isEmpty()) {
            violations.add(RequestViolation.of(field, "validation.rectangles.empty"));
        } else if (rectangles.size() > ApiLimits.MAX_RECTANGLES) {
            violations.add(RequestViolation.of(
                    field, "validation.rectangles.too-many", rectangles.size(), ApiLimits.MAX_RECTANGLES));
        } else if (image != null
                && rectangles.stream().allMatch(r -> r.clippedTo(image.width(), image.height()) == null)) {
            violations.add(RequestViolation.of(field, "validation.rectangles.outside", image.width(), image.height()));
        } else if (image != null
                && RectanglesJson.toMask(rectangles, image.width(), image.height())
                        .isFull()) {
            violations.add(RequestViolation.of(field, "validation.mask.full"));
        }
    }

    private static void checkUrl(String field, String url, List<RequestViolation> violations) {
        if (url.isEmpty()) {
            violations.add(RequestViolation.of(field, "validation.url.empty"));
        } else if (!URL_SCHEMES.contains(ApiUrls.scheme(url)) || !parses(url)) {
            violations.add(RequestViolation.of(field, "validation.url.scheme"));
        } else if (url.length() > ApiLimits.MAX_URL_LENGTH) {
            violations.add(
                    RequestViolation.of(field, "validation.url.too-long", url.length(), ApiLimits.MAX_URL_LENGTH));
        }
    }

    private static boolean parses(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null || uri.getAuthority() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static byte[] decodeBase64(String field, String text, List<RequestViolation> violations) {
        try {
            return Base64Codec.decode(text);
        } catch (IllegalArgumentException e) {
            violations.add(RequestViolation.of(field, "validation.base64.invalid"));
            return null;
        }
    }

    /**
     * Sizes in MB (1024 x 1024 bytes) to one decimal, rounded up so that a file one byte over the limit reads
     * "15.1", never "15"; "15" for the limit itself.
     */
    private static String megabytes(long bytes) {
        return oneDecimal(Math.ceil(bytes * 10 / MEBIBYTE) / 10);
    }

    /** "15.1", and "15" rather than "15.0". */
    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
