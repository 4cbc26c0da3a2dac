package org.inpaintstudio.image;

/**
 * How to encode an image.
 *
 * @param quality 0..1 for lossy formats: JPEG's quality, and WebP's, where 1 means lossless WebP. PNG, BMP and
 *     TIFF are always lossless and ignore it.
 */
public record ImageWriteOptions(float quality) {
    /** JPEG quality 0.95, the service's own output quality; lossy WebP at the same quality. */
    public static final ImageWriteOptions DEFAULT = new ImageWriteOptions(0.95f);
    /** Lossless where the format allows (WebP lossless); JPEG at its highest quality. */
    public static final ImageWriteOptions BEST = new ImageWriteOptions(1f);

    public ImageWriteOptions {
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("quality must be between 0 and 1, was " + quality);
        }
    }

    public static ImageWriteOptions quality(float quality) {
        return new ImageWriteOptions(quality);
    }

    boolean lossless() {
        return quality >= 1f;
    }
}
