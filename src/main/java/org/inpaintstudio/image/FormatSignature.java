package org.inpaintstudio.image;

import java.nio.charset.StandardCharsets;

/** Tells an image format from a file's first bytes, and names the common formats we refuse. */
final class FormatSignature {
    /** How many leading bytes {@link #detect} looks at. */
    static final int HEAD_LENGTH = 16;

    private static final String SAVE_AS = "save the image as PNG or JPEG and open that";

    private FormatSignature() {}

    static ImageFormat detect(byte[] head) {
        if (head.length == 0) {
            throw new UnsupportedImageFormatException(
                    "the file is empty (0 bytes); choose the image again or re-export it");
        }
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return ImageFormat.JPEG;
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ImageFormat.PNG;
        }
        if (startsWith(head, 0, 'B', 'M') && head.length >= 14) {
            return ImageFormat.BMP;
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return ImageFormat.WEBP;
        }
        if (startsWith(head, 0, 'I', 'I', 0x2A, 0x00)
                || startsWith(head, 0, 'M', 'M', 0x00, 0x2A)
                || startsWith(head, 0, 'I', 'I', 0x2B, 0x00)
                || startsWith(head, 0, 'M', 'M', 0x00, 0x2B)) {
            return ImageFormat.TIFF; // classic TIFF and BigTIFF
        }
        throw new UnsupportedImageFormatException(refusal(head));
    }

    /** Why the bytes are refused: the format's name when we recognise it, so people know what to convert. */
    private static String refusal(byte[] head) {
        String known = knownUnsupported(head);
        if (known != null) {
            return known + " is not supported; " + SAVE_AS;
        }
        return "this is not an image Inpaint Studio can open (supported: " + ImageFormat.supportedExtensions() + "); "
                + SAVE_AS;
    }

    private static String knownUnsupported(byte[] head) {
        if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
            String brand = ascii(head, 8, 4);
            return brand.startsWith("avi")
                    ? "AVIF"
                    : brand.startsWith("he") || brand.startsWith("mif") ? "HEIC" : "This video or ISO media file";
        }
        if (startsWith(head, 0, 0x00, 0x00, 0x00, 0x0C, 'j', 'P') || startsWith(head, 0, 0xFF, 0x4F, 0xFF, 0x51)) {
            return "JPEG 2000";
        }
        if (startsWith(head, 0, 0xFF, 0x0A) || startsWith(head, 0, 0x00, 0x00, 0x00, 0x0C, 'J', 'X', 'L')) {
            return "JPEG XL";
        }
        if (startsWith(head, 0, '8', 'B', 'P', 'S')) {
            return "Photoshop (PSD)";
        }
        if (startsWith(head, 0, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (startsWith(head, 0, 0x00, 0x00, 0x01, 0x00)) {
            return "ICO";
        }
        String text = ascii(head, 0, head.length).stripLeading();
        if (text.startsWith("<?xml") || text.startsWith("<svg")) {
            return "SVG";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        int end = Math.min(bytes.length, offset + length);
        return offset >= end ? "" : new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
    }
}
