package org.inpaintstudio.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The settings file's shape. Unknown fields (from a newer version) are ignored; missing ones take defaults. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SettingsJson(
        String theme, String language, Double overlayOpacity, Integer brushSize, List<String> recentFiles) {}
