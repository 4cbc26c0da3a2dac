package org.inpaintstudio.image;

/**
 * What an image's header says: its format and its size as displayed, that is after EXIF orientation (a portrait
 * photo stored sideways with orientation 6 reports its upright width and height).
 */
public record ImageInfo(ImageFormat format, int width, int height) {
    public ImageInfo {
        if (format == null) {
            throw new IllegalArgumentException("format is required");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, was " + width + " x " + height);
        }
    }

    public long pixelCount() {
        return (long) width * height;
    }
}
