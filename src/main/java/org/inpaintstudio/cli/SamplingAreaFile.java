package org.inpaintstudio.cli;

import java.nio.file.Path;
import org.inpaintstudio.api.Base64Codec;
import org.inpaintstudio.api.ImageSource;
import org.inpaintstudio.api.InpaintRequest;
import org.inpaintstudio.image.ImageFiles;
import org.inpaintstudio.image.ImageInfo;
import org.inpaintstudio.image.ImageReadException;
import org.inpaintstudio.image.MaskCodec;
import org.inpaintstudio.image.MaskPlane;
import org.inpaintstudio.image.MaskSizeException;

/**
 * {@code --sample-area FILE}: a mask image, white where the fill may copy from, checked against the photo's size
 * before anything runs. A photo given by URL is only known once downloaded; the task checks the size then.
 */
final class SamplingAreaFile {
    private SamplingAreaFile() {}

    /** The sampling area, or null when the option is not given. */
    static MaskPlane read(Path file, InpaintRequest request) throws OptionException {
        if (file == null) {
            return null;
        }
        try {
            ImageInfo photo = photoInfo(request.image());
            if (photo == null) {
                return MaskCodec.fromImage(ImageFiles.read(file).image());
            }
            return MaskCodec.read(file, photo.width(), photo.height());
        } catch (MaskSizeException e) {
            throw new OptionException("--sample-area " + file + " is " + e.maskWidth() + " x " + e.maskHeight()
                    + " pixels but the image is " + e.imageWidth() + " x " + e.imageHeight()
                    + "; make it the photo's size, white where the fill may copy from");
        } catch (ImageReadException e) {
            throw new OptionException("--sample-area " + file + ": " + e.getMessage());
        }
    }

    /** The photo's size, or null when it is not at hand or unreadable (the task then says what is wrong). */
    private static ImageInfo photoInfo(ImageSource image) {
        try {
            if (image instanceof ImageSource.File upload) {
                return ImageFiles.probe(upload.upload().bytes());
            }
            if (image instanceof ImageSource.Base64 base64) {
                return ImageFiles.probe(Base64Codec.decode(base64.data()));
            }
        } catch (ImageReadException | IllegalArgumentException unreadable) {
            return null;
        }
        return null;
    }
}
