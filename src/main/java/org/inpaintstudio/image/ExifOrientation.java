package org.inpaintstudio.image;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.tiff.TiffMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.lang.RandomAccessStreamReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The eight EXIF orientations: how the stored pixels must be turned to stand upright. No ImageIO reader applies
 * them, so {@link ImageFiles} does, with {@link OrientationTransform}.
 */
enum ExifOrientation {
    NORMAL,
    MIRROR_HORIZONTAL,
    ROTATE_180,
    MIRROR_VERTICAL,
    TRANSPOSE,
    ROTATE_90_CW,
    TRANSVERSE,
    ROTATE_270_CW;

    /** The orientation of an EXIF tag value 1..8; anything else (missing, corrupt) means upright. */
    static ExifOrientation fromTag(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** Orientations 5 to 8 turn the image a quarter, so width and height trade places. */
    boolean swapsAxes() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /**
     * Reads the orientation tag of an encoded image. A missing or unreadable tag means {@link #NORMAL}: broken
     * metadata is no reason to refuse a photo whose pixels are fine.
     */
    static ExifOrientation of(EncodedImage source, ImageFormat format) {
        if (format == ImageFormat.BMP) {
            return NORMAL;
        }
        try (InputStream in = source.openStream()) {
            Metadata metadata = switch (format) {
                case JPEG -> JpegMetadataReader.readMetadata(in, List.of(new ExifReader()));
                case PNG -> PngMetadataReader.readMetadata(in);
                case WEBP -> WebpMetadataReader.readMetadata(in);
                case TIFF -> TiffMetadataReader.readMetadata(new RandomAccessStreamReader(in));
                case BMP -> new Metadata();
            };
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return NORMAL;
            }
            return fromTag(exif.getInt(ExifIFD0Directory.TAG_ORIENTATION));
        } catch (IOException | MetadataException | RuntimeException | ImageProcessingException e) {
            return NORMAL;
        }
    }
}
