package org.inpaintstudio.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One broken rule of a request: the field at fault ({@code image_file}, {@code rectangles}, ...) and a message that
 * says what to do, from the {@code validation.*} messages.
 */
public record RequestViolation(String field, String key, List<Object> args) {
    /** The key of an image or mask whose bytes cannot be read as an image. */
    public static final String IMAGE_UNREADABLE = "validation.image.unreadable";
    /** The key of an image or mask over the 15 MB limit. */
    public static final String IMAGE_TOO_LARGE = "validation.image.too-large";
    /** The key of an image or mask over the pixel budget of a request that stays on this machine. */
    public static final String IMAGE_OVER_BUDGET = "validation.image.over-budget";

    public RequestViolation {
        args = List.copyOf(args);
    }

    /** A violation whose message gets the field as {@code {0}} and {@code args} from {@code {1}} on, as text. */
    static RequestViolation of(String field, String key, Object... args) {
        List<Object> texts = new ArrayList<>();
        texts.add(field);
        for (Object arg : args) {
            texts.add(String.valueOf(arg)); // text, so that MessageFormat does not write 4096 as "4,096"
        }
        return new RequestViolation(field, key, texts);
    }

    public String message(Locale locale) {
        return ApiMessages.BUNDLE.format(locale, key, args.toArray());
    }

    @Override
    public String toString() {
        return message(Locale.ROOT);
    }
}
