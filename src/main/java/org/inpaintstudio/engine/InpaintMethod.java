package org.inpaintstudio.engine;

import java.util.Locale;

/** Which algorithm fills a masked region. */
public enum InpaintMethod {
    /** Chooses per connected region: fast marching for thin damage, patch completion for the rest. */
    AUTO,
    /** Exemplar-based multi-scale patch completion over a smooth structure fill. */
    PATCH,
    /** Fast marching (Telea 2004): quick and smooth, meant for scratches, wires and text. */
    TELEA;

    /** The lower-case name used on the command line and in settings. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code auto}, {@code patch} or {@code telea} (any case, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the accepted values when the text is none of them
     */
    public static InpaintMethod parse(String text) {
        if (text != null) {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            for (InpaintMethod method : values()) {
                if (method.id().equals(wanted)) {
                    return method;
                }
            }
        }
        throw new IllegalArgumentException("unknown inpainting method '" + text + "': use auto, patch or telea");
    }
}
