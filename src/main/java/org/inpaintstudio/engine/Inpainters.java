package org.inpaintstudio.engine;

import java.util.Objects;

/** Creates the offline engine's inpainters: the one entry point for the CLI, the server and the UI backend. */
public final class Inpainters {
    /** The seed used when none is chosen: the same photo and mask give the same result on every run. */
    public static final long DEFAULT_SEED = 2024L;

    private Inpainters() {}

    /** An inpainter for the method, deterministic for the seed, with the default options. */
    public static Inpainter create(InpaintMethod method, long seed) {
        return create(method, seed, EngineOptions.DEFAULTS);
    }

    /** An inpainter for the method, deterministic for the seed, with tuned options. */
    public static Inpainter create(InpaintMethod method, long seed, EngineOptions options) {
        return new RegionInpainter(
                Objects.requireNonNull(method, "method"), seed, Objects.requireNonNull(options, "options"));
    }
}
