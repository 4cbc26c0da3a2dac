package org.inpaintstudio.api;

import java.util.Locale;

/** URLs as the API passes them: some tools write {@code &} as the six characters {@code \u0026}. */
public final class ApiUrls {
    private static final String ESCAPED_AMPERSAND = "\\u0026";

    private ApiUrls() {
    }

    /** Turns every literal {@code \u0026} back into {@code &}, as API.md asks before a URL is used. */
    public static String repairAmpersands(String url) {
        return url.replace(ESCAPED_AMPERSAND, "&");
    }

    /** The lower-case scheme before {@code ://}, or an empty string when there is none. */
    public static String scheme(String url) {
        int end = url.indexOf("://");
        return end <= 0 ? "" : url.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
