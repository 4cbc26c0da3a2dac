package org.inpaintstudio.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** URLs as the API passes them: some tools write {@code &} as the six characters {@code \u0026}. */
public final class ApiUrls {
    /** API.md's path of the tasks: POST to create one, GET {@code TASKS_PATH/{task_id}} to query it. */
    public static final String TASKS_PATH = "/api/tasks/visual/inpaint";

    private static final String ESCAPED_AMPERSAND = "\\u0026";
    /** scheme://, then user:password@ (dropped), then host and path, then ?query (values hidden), then #fragment. */
    private static final Pattern PARTS =
            Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)(?:[^/?#]*@)?([^?#]*)(\\?[^#]*)?(#.*)?$", Pattern.DOTALL);

    static final String HIDDEN = "***";

    private ApiUrls() {}

    /** Turns every literal {@code \u0026} back into {@code &}, as API.md asks before a URL is used. */
    public static String repairAmpersands(String url) {
        return url.replace(ESCAPED_AMPERSAND, "&");
    }

    /** The lower-case scheme before {@code ://}, or an empty string when there is none. */
    public static String scheme(String url) {
        int end = url.indexOf("://");
        return end <= 0 ? "" : url.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code url} as it may be shown in a message or a log: without {@code user:password@} and with every query
     * value hidden ({@code ?key=***}), since either may carry a credential. Text that is not a URL comes back as is.
     */
    public static String forMessage(String url) {
        if (url == null) {
            return null;
        }
        Matcher parts = PARTS.matcher(url.strip());
        if (!parts.matches()) {
            return url;
        }
        return parts.group(1) + parts.group(2) + hiddenQuery(parts.group(3));
    }

    /** "?a=1&b" becomes "?a=***&***": names stay, so the message still says which parameters there were. */
    private static String hiddenQuery(String query) {
        if (query == null || query.length() <= 1) {
            return query == null ? "" : query;
        }
        return "?"
                + Arrays.stream(query.substring(1).split("&", -1))
                        .map(pair ->
                                pair.indexOf('=') > 0 ? pair.substring(0, pair.indexOf('=')) + "=" + HIDDEN : HIDDEN)
                        .collect(Collectors.joining("&"));
    }
}
