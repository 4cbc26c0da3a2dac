package org.inpaintstudio.api;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Base64 images as the API carries them: plain base64, or with a {@code data:image/...;base64,} prefix, which is
 * accepted on the way in; line breaks and spaces are ignored.
 */
public final class Base64Codec {
    private static final Pattern DATA_URI_PREFIX = Pattern.compile("^data:[^,]*;base64,", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Base64Codec() {}

    /** The bytes, or {@link IllegalArgumentException} when the text is not base64. */
    public static byte[] decode(String text) {
        String body = DATA_URI_PREFIX.matcher(text.strip()).replaceFirst("");
        return Base64.getDecoder().decode(WHITESPACE.matcher(body).replaceAll(""));
    }

    /** Plain base64, no prefix, as the service answers return_type 2. */
    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
