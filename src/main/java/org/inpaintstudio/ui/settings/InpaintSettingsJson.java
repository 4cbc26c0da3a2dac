package org.inpaintstudio.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The inpaint settings file's shape; unknown fields are ignored, missing ones take defaults. Never the key. */
@JsonIgnoreProperties(ignoreUnknown = true)
record InpaintSettingsJson(
        String backend,
        String baseUrl,
        Integer returnType,
        Boolean sync,
        Double requestsPerSecond,
        Integer jpegQuality,
        String modelFile) {}
