package org.inpaintstudio.api;

import java.util.Optional;

/**
 * What an X-API-KEY may hold: printable ASCII (an HTTP header carries nothing else safely). A key pasted with a
 * no-break space or a curly quote is refused here, by position and character, never by quoting the key.
 */
public final class ApiKeyFormat {
    private static final char FIRST_PRINTABLE = 0x20;
    private static final char LAST_PRINTABLE = 0x7e;

    private ApiKeyFormat() {}

    /**
     * {@code raw} without what copy and paste adds around a key: white space, line breaks, and also the no-break,
     * zero-width and byte-order-mark characters that {@link String#strip} leaves.
     */
    public static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isPadding(raw.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** True when {@link #trim} would drop something from {@code raw}. */
    public static boolean needsTrimming(String raw) {
        return raw != null && trim(raw).length() != raw.length();
    }

    private static boolean isPadding(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /**
     * Why {@code key} (already trimmed) cannot be sent, or empty when it can. The text names the position and the
     * Unicode code point of the first bad character, and nothing else of the key.
     */
    public static Optional<String> problem(String key) {
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            if (c < FIRST_PRINTABLE || c > LAST_PRINTABLE) {
                return Optional.of(String.format(
                        "the API key has a character that is not printable ASCII (U+%04X, character %d of %d); "
                                + "keys are letters, digits and punctuation: copy it again without that character",
                        c, key.codePointCount(0, i) + 1, key.codePointCount(0, key.length())));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }
}
