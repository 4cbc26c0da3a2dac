package org.inpaintstudio.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One broken rule of a request: the field at fault ({@code image_file}, {@code rectangles}, ...) and a message that
 * says what to do, from the {@code validation.*} messages.
 */
public record RequestViolation(String field, String key, List<Object> args) {
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
