package org.inpaintstudio.client;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A response read whole, so that the OkHttp {@code Response} is closed before anything is decided about it.
 *
 * @param contentType the Content-Type header, or null
 * @param retryAfter the Retry-After header, or null
 * @param location the Location header, or null
 */
record HttpAnswer(int code, String contentType, String retryAfter, String location, byte[] body) {
    boolean isSuccessful() {
        return code >= 200 && code < 300;
    }

    /** 3xx: a redirect, or a 304 "not modified" that no request of ours asks for. */
    boolean isRedirect() {
        return code >= 300 && code < 400;
    }

    /** JSON by its type, or by its first character when the type is missing or generic: an image never starts so. */
    boolean looksLikeJson() {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    /** The start of the body as text, for an error message when the body is not the API's JSON. */
    String text(int maxChars) {
        String text = new String(body, 0, Math.min(body.length, maxChars * 4), StandardCharsets.UTF_8).strip();
        return text.length() > maxChars ? text.substring(0, maxChars) + "..." : text;
    }
}
