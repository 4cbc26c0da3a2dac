package org.inpaintstudio.image;

/**
 * How many pixels an image may have before it is decoded: the guard against decompression bombs, whose header
 * claims a size that would exhaust memory. Checked on the header alone, before any pixel is allocated.
 *
 * @param maxPixels width x height allowed, at least 1
 */
public record ImageLimits(long maxPixels) {
    /** What the editor opens: photos up to 100 megapixels. */
    public static final ImageLimits EDITOR = new ImageLimits(100_000_000L);

    public ImageLimits {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be at least 1, was " + maxPixels);
        }
    }

    /** A budget of {@code megapixels} million pixels. */
    public static ImageLimits ofMegapixels(double megapixels) {
        return new ImageLimits(Math.round(megapixels * 1_000_000));
    }

    public boolean allows(long width, long height) {
        return width > 0 && height > 0 && width * height <= maxPixels;
    }

    public boolean allows(ImageInfo info) {
        return allows(info.width(), info.height());
    }
}
