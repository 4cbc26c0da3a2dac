package org.inpaintstudio.ui.settings;

import java.util.Locale;

/** The UI languages; SYSTEM follows the system locale. */
public enum Language {
    SYSTEM(null, "settings.language.system"),
    ENGLISH(Locale.ENGLISH, "settings.language.english"),
    CHINESE_SIMPLIFIED(Locale.SIMPLIFIED_CHINESE, "settings.language.chinese");

    private final Locale locale;
    private final String nameKey;

    Language(Locale locale, String nameKey) {
        this.locale = locale;
        this.nameKey = nameKey;
    }

    public Locale locale() {
        return locale == null ? Locale.getDefault() : locale;
    }

    public String nameKey() {
        return nameKey;
    }
}
