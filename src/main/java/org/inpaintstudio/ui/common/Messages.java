package org.inpaintstudio.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import org.inpaintstudio.api.MessageBundle;

/**
 * The UI's text, from the bundles {@code org/inpaintstudio/ui/messages*.properties}, in the language chosen in
 * Settings. A text without arguments is shown as written; one with arguments goes through {@link MessageFormat}.
 */
public final class Messages {
    public static final String BUNDLE = "org.inpaintstudio.ui.messages";
    private static final MessageBundle CATALOGUE = new MessageBundle(BUNDLE);

    private static volatile Locale locale = Locale.getDefault();

    private Messages() {}

    /** Switches the language; windows built afterwards use it. */
    public static void use(Locale newLocale) {
        locale = newLocale;
    }

    public static Locale locale() {
        return locale;
    }

    public static String get(String key) {
        String text = CATALOGUE.pattern(locale, key);
        return text == null ? "!" + key + "!" : text;
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
