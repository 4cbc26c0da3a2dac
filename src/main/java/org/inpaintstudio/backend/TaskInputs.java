package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import org.inpaintstudio.api.ApiUrls;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.api.TaskState;
import org.inpaintstudio.client.UrlFetchException;
import org.inpaintstudio.client.UrlFetcher;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageInfo;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskSizeException;
import org.inpaintstudio.image.RectanglesJson;

/**
 * The preparing step of a task: gets the image and mask bytes (downloading URLs), checks them against the limits
 * and decodes them. Decoded {@link ImageSource.Pixels} and a {@link MaskSource.Plane} are taken as they are, the
 * pixels checked against the largest side as a header would be. Every problem becomes the task's failure state: -3 or -5 for a download, -7 for an image or mask
 * that cannot be used.
 */
final class TaskInputs {
    /**
     * The decoded image, the format it came in (which picks the output format), the mask and the sampling area (or
     * null), all of the same size.
     */
    record Loaded(BufferedImage image, ImageFormat format, MaskPlane mask, MaskPlane samplingArea) {}

    private final UrlFetcher fetcher;
    private final LocalBackendSettings settings;

    TaskInputs(UrlFetcher fetcher, LocalBackendSettings settings) {
        this.fetcher = fetcher;
        this.settings = settings;
    }

    /** @param samplingArea where the fill may copy from, or null for anywhere */
    Loaded load(InpaintRequest request, MaskPlane samplingArea) throws TaskFailure {
        BufferedImage image;
        ImageFormat format;
        if (request.image() instanceof ImageSource.Pixels pixels) {
            image = pixels.image();
            format = pixels.format();
            checkSides(image.getWidth(), image.getHeight(), request.image().field());
        } else {
            byte[] imageBytes = imageBytes(request.image());
            ImageInfo info = probe(imageBytes, request.image().field());
            try {
                image = ImageFiles.read(imageBytes, request.image().field(), new ImageLimits(info.pixelCount()))
                        .image();
            } catch (ImageReadException e) {
                throw new TaskFailure(TaskState.INVALID_IMAGE, e.getMessage());
            }
            format = info.format();
        }
        MaskPlane mask = mask(request.mask(), image.getWidth(), image.getHeight());
        if (mask.isEmpty()) {
            throw new TaskFailure(
                    TaskState.INVALID_IMAGE,
                    "the mask marks nothing to repair; paint or send the area to remove in white");
        }
        if (mask.isFull()) {
            throw new TaskFailure(
                    TaskState.INVALID_IMAGE,
                    "the mask marks the whole image: nothing is left to fill it from; mark only what should be removed");
        }
        checkSamplingArea(samplingArea, image.getWidth(), image.getHeight());
        return new Loaded(image, format, mask, samplingArea);
    }

    private static void checkSamplingArea(MaskPlane area, int width, int height) throws TaskFailure {
        if (area == null) {
            return;
        }
        if (area.width() != width || area.height() != height) {
            throw new TaskFailure(
                    TaskState.INVALID_IMAGE,
                    "the sampling area is " + area.width() + " x "
                            + area.height() + " pixels but the image is " + width + " x " + height
                            + "; use a sampling area of the image's size");
        }
        if (area.isEmpty()) {
            throw new TaskFailure(
                    TaskState.INVALID_IMAGE,
                    "the sampling area leaves nothing to copy from; mark in white where the fill may copy from");
        }
    }

    private byte[] imageBytes(ImageSource source) throws TaskFailure {
        if (source instanceof ImageSource.File file) {
            return checkedSize(file.upload().bytes(), source.field());
        }
        if (source instanceof ImageSource.Base64 base64) {
            return checkedSize(decodeBase64(base64.data(), source.field()), source.field());
        }
        return download(((ImageSource.Url) source).url(), source.field());
    }

    private MaskPlane mask(MaskSource source, int width, int height) throws TaskFailure {
        if (source instanceof MaskSource.Rectangles rectangles) {
            return RectanglesJson.toMask(rectangles.rectangles(), width, height);
        }
        if (source instanceof MaskSource.Plane plane) {
            MaskPlane given = plane.plane();
            if (given.width() != width || given.height() != height) {
                throw new TaskFailure(
                        TaskState.INVALID_IMAGE,
                        new MaskSizeException("the mask", given.width(), given.height(), width, height).getMessage());
            }
            return given;
        }
        byte[] bytes;
        if (source instanceof MaskSource.File file) {
            bytes = checkedSize(file.upload().bytes(), source.field());
        } else if (source instanceof MaskSource.Base64 base64) {
            bytes = checkedSize(decodeBase64(base64.data(), source.field()), source.field());
        } else {
            bytes = download(((MaskSource.Url) source).url(), source.field());
        }
        try {
            return MaskCodec.read(bytes, width, height);
        } catch (ImageReadException e) {
            throw new TaskFailure(TaskState.INVALID_IMAGE, e.getMessage());
        }
    }

    private ImageInfo probe(byte[] bytes, String field) throws TaskFailure {
        ImageInfo info;
        try {
            info = ImageFiles.probe(bytes);
        } catch (ImageReadException e) {
            throw new TaskFailure(TaskState.INVALID_IMAGE, e.getMessage());
        }
        checkSides(info.width(), info.height(), field);
        return info;
    }

    private void checkSides(int width, int height, String field) throws TaskFailure {
        if (width > settings.maxSide() || height > settings.maxSide()) {
            throw new TaskFailure(
                    TaskState.INVALID_IMAGE,
                    field + " is " + width + " x " + height + " pixels; the limit is " + settings.maxSide() + " x "
                            + settings.maxSide() + ". Scale it down.");
        }
    }

    private byte[] download(String url, String field) throws TaskFailure {
        try {
            return fetcher.fetch(ApiUrls.repairAmpersands(url));
        } catch (UrlFetchException e) {
            TaskState state = e.tooLarge() ? TaskState.IMAGE_URL_TOO_LARGE : TaskState.IMAGE_URL_DOWNLOAD_FAILED;
            throw new TaskFailure(state, field + ": " + e.getMessage());
        }
    }

    private byte[] checkedSize(byte[] bytes, String field) throws TaskFailure {
        if (bytes.length > settings.maxImageBytes()) {
            throw new TaskFailure(
                    TaskState.INVALID_IMAGE,
                    field + " is " + bytes.length + " bytes; the limit is " + settings.maxImageBytes() + " bytes");
        }
        return bytes;
    }

    private static byte[] decodeBase64(String text, String field) throws TaskFailure {
        try {
            return Base64Codec.decode(text);
        } catch (IllegalArgumentException e) {
            throw new TaskFailure(TaskState.INVALID_IMAGE, field + " is not valid base64: " + e.getMessage());
        }
    }
}
