package org.inpaintstudio.backend;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.FileUpload;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.api.MaskSource;
import org.inpaintstudio.image.DecodedImage;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageFormat;
import org.inpaintstudio.image.ImageLimits;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskSizeException;
import org.inpaintstudio.image.RectanglesJson;

/**
 * What a cropped task works on and sends, made from its request: the whole photo as files when it fits after all,
 * the working photo and the mask, and each crop's request. Given {@link ImageSource.Pixels} for a backend that
 * {@link Backend#takesPixels takes pixels}, the photo is copied, not decoded, and each crop goes as a copy of its
 * pixels with its {@link MaskSource.Plane}; otherwise each crop goes as a file of {@link CropEncoding} with a PNG
 * mask.
 */
final class CropRequests {
    private final InpaintRequest request;
    /** The photo's bytes, or null when the request carries its pixels. */
    private final byte[] imageBytes;

    private final CroppingBackend.CropLimits limits;
    private final boolean takesPixels;

    CropRequests(InpaintRequest request, byte[] imageBytes, CroppingBackend.CropLimits limits, boolean takesPixels) {
        this.request = request;
        this.imageBytes = imageBytes;
        this.limits = limits;
        this.takesPixels = takesPixels;
    }

    /**
     * Pixels for a backend that takes files: the request as PNG files when the whole photo fits the limits, else
     * null (it goes crop by crop, as does anything given as files, which came here because it does not fit).
     */
    InpaintRequest wholeIfItFits() {
        if (!(request.image() instanceof ImageSource.Pixels pixels) || takesPixels) {
            return null;
        }
        if (pixels.image().getWidth() > limits.maxSide() || pixels.image().getHeight() > limits.maxSide()) {
            return null;
        }
        InpaintRequest files = request.asFiles();
        return ((ImageSource.File) files.image()).upload().bytes().length <= limits.maxBytes() ? files : null;
    }

    /** The photo to paste the repairs into: a copy of the pixels given (never changed), or the bytes decoded. */
    DecodedImage photo() {
        if (request.image() instanceof ImageSource.Pixels pixels) {
            return new DecodedImage(copyOf(pixels.image()), pixels.format());
        }
        return ImageFiles.read(imageBytes, request.image().field(), ImageLimits.EDITOR);
    }

    /**
     * A copy with its own raster of the image's size (a sub-image's raster alone would keep its parent's), in the
     * same colour model.
     */
    private static BufferedImage copyOf(BufferedImage image) {
        WritableRaster raster = image.getRaster().createCompatibleWritableRaster(image.getWidth(), image.getHeight());
        image.copyData(raster);
        return new BufferedImage(image.getColorModel(), raster, image.isAlphaPremultiplied(), null);
    }

    /** The crop as the inner backend takes it: pixels and a mask plane, or encoded files. */
    InpaintRequest piece(BufferedImage working, MaskPlane cropMask, RegionCropping.Crop crop, int index) {
        BufferedImage region = working.getSubimage(
                crop.box().x(), crop.box().y(), crop.box().width(), crop.box().height());
        if (takesPixels && request.image() instanceof ImageSource.Pixels pixels) {
            return request.withImage(
                            new ImageSource.Pixels(copyOf(region), pixels.format(), "region-" + (index + 1) + ".png"))
                    .withMask(new MaskSource.Plane(cropMask));
        }
        byte[] bytes = CropEncoding.fit(region, limits.maxBytes());
        String name = "region-" + (index + 1) + "." + ImageFormat.detect(bytes).defaultExtension();
        return request.withImage(new ImageSource.File(new FileUpload(bytes, name)))
                .withMask(new MaskSource.File(new FileUpload(MaskCodec.encodePng(cropMask), "region-mask.png")));
    }

    MaskPlane mask(int width, int height) {
        MaskSource source = request.mask();
        if (source instanceof MaskSource.Rectangles rectangles) {
            return RectanglesJson.toMask(rectangles.rectangles(), width, height);
        }
        if (source instanceof MaskSource.File file) {
            return MaskCodec.read(file.upload().bytes(), width, height);
        }
        if (source instanceof MaskSource.Base64 base64) {
            return MaskCodec.read(Base64Codec.decode(base64.data()), width, height);
        }
        if (source instanceof MaskSource.Plane plane) {
            if (plane.plane().width() != width || plane.plane().height() != height) {
                throw new MaskSizeException(
                        "the mask", plane.plane().width(), plane.plane().height(), width, height);
            }
            return plane.plane();
        }
        throw new ImageReadException("a photo over " + limits.maxSide() + " pixels needs its mask as a file, "
                + "base64 or rectangles, not a URL");
    }
}
