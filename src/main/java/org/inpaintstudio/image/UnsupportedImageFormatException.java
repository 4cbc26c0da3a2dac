package org.inpaintstudio.image;

/** The bytes are not in a format Inpaint Studio reads (GIF, HEIC, a PDF, random bytes, an empty file...). */
public class UnsupportedImageFormatException extends ImageReadException {
    private static final long serialVersionUID = 1L;

    public UnsupportedImageFormatException(String reason) {
        super(reason);
    }

    public UnsupportedImageFormatException(String source, String reason) {
        super(source, reason, null);
    }
}
