package org.inpaintstudio.image;

/** A mask image whose size differs from the image it belongs to; masks are never stretched to fit. */
public class MaskSizeException extends ImageReadException {
    private static final long serialVersionUID = 1L;

    private final int maskWidth;
    private final int maskHeight;
    private final int imageWidth;
    private final int imageHeight;

    public MaskSizeException(String source, int maskWidth, int maskHeight, int imageWidth, int imageHeight) {
        super(
                source,
                "the mask is " + maskWidth + " x " + maskHeight + " pixels but the image is " + imageWidth + " x "
                        + imageHeight + "; make a mask of exactly the image's size",
                null);
        this.maskWidth = maskWidth;
        this.maskHeight = maskHeight;
        this.imageWidth = imageWidth;
        this.imageHeight = imageHeight;
    }

    public int maskWidth() {
        return maskWidth;
    }

    public int maskHeight() {
        return maskHeight;
    }

    public int imageWidth() {
        return imageWidth;
    }

    public int imageHeight() {
        return imageHeight;
    }
}
