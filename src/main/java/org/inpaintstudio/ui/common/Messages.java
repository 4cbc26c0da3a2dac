package org.inpaintstudio.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's text, from the bundles {@code org/inpaintstudio/ui/messages*.properties}. */
public final class Messages {
    public static final String BUNDLE = "org.inpaintstudio.ui.messages";

    private static volatile Locale locale = Locale.getDefault();
    private static volatile ResourceBundle bundle = load(locale);

    private Messages() {}

    /** Switches the language; windows built afterwards use it. */
    public static void use(Locale newLocale) {
        locale = newLocale;
        bundle = load(newLocale);
    }

    public static Locale locale() {
        return locale;
    }

    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    private static ResourceBundle load(Locale locale) {
        // Never fall back to the system locale when English is asked for explicitly.
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
