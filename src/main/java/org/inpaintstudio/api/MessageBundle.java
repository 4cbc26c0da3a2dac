package org.inpaintstudio.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One translatable message catalogue ({@code messages.properties}, {@code messages_zh_CN.properties}).
 *
 * <p>English is the base bundle. The JVM's default locale never leaks in: asking for English gives English even
 * on a Chinese system, so exception messages and logs stay in one language unless a caller asks otherwise.
 */
public final class MessageBundle {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    public MessageBundle(String baseName) {
        this.baseName = baseName;
    }

    /** The English text of {@code key}, with {@code {0}}-style arguments filled in. */
    public String format(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }

    public String format(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            throw new IllegalStateException("message " + key + " is missing from " + baseName);
        }
        // Always through MessageFormat, so a quote is written '' in every message, with or without arguments.
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The text of {@code key} as written in the catalogue of {@code locale} (or English), or null when missing. */
    public String pattern(Locale locale, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
